package io.github.medsecforms.model.value;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * メールアドレス: a practical subset of RFC 5322 (dot-atom local part, a domain name with at least one dot).
 * Full-width characters are normalised (NFKC); the domain is lower-cased.
 *
 * @param value the address
 */
public record EmailAddress(String value) {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    /** Checks the address and lower-cases its domain (the local part is kept as written). */
    public EmailAddress {
        if (value == null || value.length() > 254) {
            throw new InvalidValueException(ValueError.EMAIL_ADDRESS_FORMAT, String.valueOf(value));
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at != value.indexOf('@') || at > 64
                || !LOCAL.matcher(value.substring(0, at)).matches()
                || !Fqdn.isDomainName(value.substring(at + 1), true)) {
            throw new InvalidValueException(ValueError.EMAIL_ADDRESS_FORMAT, value);
        }
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an address as written: full-width characters (including {@code ＠}) normalised, white space
     * removed, a leading {@code mailto:} dropped.
     *
     * @throws InvalidValueException {@link ValueError#EMAIL_ADDRESS_FORMAT} naming the input
     */
    public static EmailAddress parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text"));
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
        }
        try {
            return new EmailAddress(s);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueError.EMAIL_ADDRESS_FORMAT, text);
        }
    }

    /** The part after {@code @}. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
