package io.github.medsecforms.bridge.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Query parameters, checked: an unknown parameter or a value out of its set is a 400 problem, never ignored. */
final class Params {
    private Params() {
    }

    /** Refuses parameters the route does not document. */
    static void allowOnly(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw Problem.of(400, "MSF-HTTP-1008", shorten(name),
                        allowed.isEmpty() ? "-" : String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** One of {@code values}, or {@code fallback} when absent. */
    static String choice(Context ctx, String name, String fallback, String... values) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        if (Arrays.asList(values).contains(value)) {
            return value;
        }
        throw Problem.of(400, "MSF-HTTP-0400", name, shorten(value), String.join(", ", values));
    }

    /** An ISO date ({@code 2025-03-31}). */
    static Optional<LocalDate> date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw Problem.of(400, "MSF-HTTP-0400", name, shorten(value), "YYYY-MM-DD");
        }
    }

    /** {@code true} or {@code false} (an empty value, {@code ?diagnosisDay}, means true). */
    static Optional<Boolean> bool(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "true", "" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw Problem.of(400, "MSF-HTTP-0400", name, shorten(value), "true, false");
        };
    }

    /** A value echoed in a message, cut to a readable length. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
