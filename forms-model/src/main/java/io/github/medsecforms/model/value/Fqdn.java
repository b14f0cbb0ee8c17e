package io.github.medsecforms.model.value;

import java.util.Locale;
import java.util.Objects;

/**
 * A fully qualified domain name: labels of letters, digits and hyphens (1–63 characters, not starting or ending
 * with a hyphen), at least two labels, at most 253 characters; a trailing dot is dropped; lower-cased.
 *
 * @param value the name, lower case, without a trailing dot
 */
public record Fqdn(String value) {
    /** Checks the name and lower-cases it, so {@code new Fqdn("Host.Example.JP")} equals its parsed form. */
    public Fqdn {
        if (value == null || !isDomainName(value, true)) {
            throw new InvalidValueException(ValueError.FQDN_FORMAT, String.valueOf(value));
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a name as written: full-width characters normalised (NFKC), white space removed, a trailing dot
     * dropped, lower-cased.
     *
     * @throws InvalidValueException {@link ValueError#FQDN_FORMAT} naming the input
     */
    public static Fqdn parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text")).toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return new Fqdn(s);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueError.FQDN_FORMAT, text);
        }
    }

    static boolean isDomainName(String s, boolean requireDot) {
        if (s.isEmpty() || s.length() > 253 || (requireDot && s.indexOf('.') < 0)) {
            return false;
        }
        String[] labels = s.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                if (!ok) {
                    return false;
                }
            }
        }
        // the top-level label is not all digits (that would be an IPv4 address)
        return !Text.isAsciiDigits(labels[labels.length - 1]);
    }

    @Override
    public String toString() {
        return value;
    }
}
