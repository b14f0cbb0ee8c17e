package io.github.medsecforms.bridge.internal;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: {@code ?lang=ja|en}, else the first language of {@code Accept-Language}, else
 * Japanese. The JVM's default locale is never consulted.
 */
final class Lang {
    private Lang() {
    }

    /** The language, ignoring an invalid {@code lang} (for answers about other errors). */
    static Locale lenient(Context ctx) {
        String lang = ctx.queryParam("lang");
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("ja".equals(lang)) {
            return Locale.JAPANESE;
        }
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    /** The language; an invalid {@code lang} is a 400 problem. */
    static Locale strict(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.equals("ja") && !lang.equals("en")) {
            throw Problem.of(400, "MSF-HTTP-0400", "lang", Params.shorten(lang), "ja, en");
        }
        return lenient(ctx);
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            if (!ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en")) {
                return Locale.ENGLISH;
            }
        } catch (RuntimeException e) {
            // a malformed header: the default. Not only IllegalArgumentException: the JDK's parser throws
            // ArrayIndexOutOfBoundsException for "-" (found by BridgeFuzzTest), so any failure falls back
        }
        return Locale.JAPANESE;
    }
}
