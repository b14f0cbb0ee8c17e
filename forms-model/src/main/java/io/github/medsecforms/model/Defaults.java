package io.github.medsecforms.model;

import java.util.List;
import java.util.Optional;

/**
 * The model's rule for absent values, applied in every record's compact constructor: no component is ever
 * {@code null}. Absent text is {@code ""}, an absent value is {@link Optional#empty()}, an absent list is empty
 * (lists are copied and unmodifiable), an absent group is the group's {@code EMPTY} constant.
 */
public final class Defaults {
    private Defaults() {
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    public static <T> T orElse(T value, T empty) {
        return value == null ? empty : value;
    }
}
