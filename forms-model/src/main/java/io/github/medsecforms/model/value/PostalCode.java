package io.github.medsecforms.model.value;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 郵便番号, held as {@code NNN-NNNN}. Parsing accepts 7 digits with or without the hyphen, full-width digits and
 * a leading {@code 〒}.
 *
 * @param value {@code NNN-NNNN}
 */
public record PostalCode(String value) {
    /** {@code NNN-NNNN}, compiled once ({@code String.matches} would compile it per call). */
    private static final Pattern FORMAT = Pattern.compile("[0-9]{3}-[0-9]{4}");

    public PostalCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ValueError.POSTAL_CODE_FORMAT, String.valueOf(value));
        }
    }

    /**
     * Parses {@code 7008570}, {@code 700-8570}, {@code 〒700－8570} or full-width digits.
     *
     * @throws InvalidValueException {@link ValueError#POSTAL_CODE_FORMAT} naming the input
     */
    public static PostalCode parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text"));
        if (s.startsWith("〒")) {
            s = s.substring(1);
        }
        String digits = s.replace("-", "");
        boolean hyphenOk = s.indexOf('-') < 0 || (s.indexOf('-') == 3 && s.lastIndexOf('-') == 3);
        if (digits.length() != 7 || !Text.isAsciiDigits(digits) || !hyphenOk) {
            throw new InvalidValueException(ValueError.POSTAL_CODE_FORMAT, text);
        }
        return new PostalCode(digits.substring(0, 3) + "-" + digits.substring(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
