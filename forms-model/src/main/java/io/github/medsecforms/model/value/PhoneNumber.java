package io.github.medsecforms.model.value;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 電話番号: a Japanese fixed-line, mobile, IP or toll-free number (10 or 11 digits starting with 0), with hyphens
 * optional. The value keeps the hyphens as written (after NFKC), so {@code 086-226-7403} stays readable.
 *
 * @param value the number as written, normalised (ASCII digits and hyphens)
 */
public record PhoneNumber(String value) {
    /** The patterns of the check and of {@link #parse}, compiled once ({@code String}'s methods compile per call). */
    private static final Pattern FORMAT = Pattern.compile("0[0-9-]+");
    private static final Pattern EXCHANGE_IN_PARENTHESES = Pattern.compile("^(0[0-9]+)\\(([0-9]+)\\)");
    private static final Pattern AREA_CODE_IN_PARENTHESES = Pattern.compile("^\\((0[0-9]+)\\)");

    public PhoneNumber {
        if (value == null || !FORMAT.matcher(value).matches() || value.contains("--") || value.endsWith("-")) {
            throw new InvalidValueException(ValueError.PHONE_NUMBER_FORMAT, String.valueOf(value));
        }
        int digits = value.replace("-", "").length();
        if (digits < 10 || digits > 11) {
            throw new InvalidValueException(ValueError.PHONE_NUMBER_FORMAT, value);
        }
    }

    /**
     * Parses a number; full-width digits, spaces, parentheses around the area code ({@code (086)226-7403}) or the
     * local exchange ({@code 086(226)7403}), long dashes and a leading {@code TEL}/{@code TEL:} are tolerated.
     *
     * @throws InvalidValueException {@link ValueError#PHONE_NUMBER_FORMAT} naming the input
     */
    public static PhoneNumber parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text"));
        if (s.regionMatches(true, 0, "TEL", 0, 3)) {
            s = s.substring(3);
            if (s.startsWith(":")) {
                s = s.substring(1);
            }
        }
        // 086(226)7403 -> 086-226-7403
        s = EXCHANGE_IN_PARENTHESES.matcher(s).replaceFirst("$1-$2-");
        s = AREA_CODE_IN_PARENTHESES.matcher(s).replaceFirst("$1-");
        try {
            return new PhoneNumber(s);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueError.PHONE_NUMBER_FORMAT, text);
        }
    }

    /** The digits only. */
    public String digits() {
        return value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
