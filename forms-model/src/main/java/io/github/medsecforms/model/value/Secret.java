package io.github.medsecforms.model.value;

import java.util.Objects;

/**
 * A password or other credential. Its text is never shown by {@link #toString()}, and serialisers, reports and
 * logs of medsec-forms print only whether it is empty. Only {@link #reveal()} gives the text back, for the
 * hospital's own password list.
 */
public final class Secret {
    private static final Secret EMPTY = new Secret("");
    private final String text;

    private Secret(String text) {
        this.text = text;
    }

    public static Secret of(CharSequence text) {
        String s = text == null ? "" : text.toString();
        return s.isEmpty() ? EMPTY : new Secret(s);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** Whether no text was entered (white space alone counts as empty). */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The text itself. Never log or serialise it. */
    public String reveal() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    /** {@code ********} when set, empty otherwise; never the text. */
    @Override
    public String toString() {
        return isEmpty() ? "" : "********";
    }
}
