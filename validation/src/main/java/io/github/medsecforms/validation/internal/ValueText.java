package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.value.Secret;

/** How a rejected value is shown in a message: short, on one line, and never the text of a {@link Secret}. */
final class ValueText {
    /** Shown instead of a secret, whatever it holds (even whether it is empty is not told). */
    static final String MASK = "********";
    private static final int MAX_CODE_POINTS = 40;
    private static final String VALUE_PACKAGE = Secret.class.getPackageName();

    private ValueText() {
    }

    /**
     * The value as a message shows it: {@link #MASK} for secrets (by type, or when the field is a secret field),
     * a choice's label, plain values as text; empty for {@code null} and for records of fields (groups, rows).
     */
    static String of(Object value, boolean secretField) {
        if (value == null) {
            return "";
        }
        if (secretField || value instanceof Secret) {
            return MASK;
        }
        String text;
        if (value instanceof Choice choice) {
            text = choice.label();
        } else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor
                || value.getClass().getPackageName().equals(VALUE_PACKAGE)) {
            text = value.toString();
        } else {
            return "";
        }
        return shorten(text.replaceAll("\\p{Cntrl}+", " "));
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CODE_POINTS)) + "…";
    }
}
