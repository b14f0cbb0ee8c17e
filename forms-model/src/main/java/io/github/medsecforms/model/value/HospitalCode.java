package io.github.medsecforms.model.value;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * 医療機関コード: 10 digits = 都道府県番号(2) + 点数表番号(1: 医科1, 歯科3, 薬局4) + 郡市区番号(2) + 医療機関番号(4)
 * + 検証番号(1). The check digit is Luhn (mod 10) over the first nine digits, weights 2,1,2,1,… starting with 2 on
 * the rightmost of the nine; two-digit products add their digits; check = (10 − sum mod 10) mod 10.
 *
 * <p>Forms often carry only the 7-digit form (郡市区 + 番号 + 検証); with the prefecture known,
 * {@link #parse(CharSequence, Optional)} expands it with 点数表番号 1 (医科: the programme is for hospitals) and checks it;
 * {@link #expand} takes any prefecture and table.</p>
 *
 * @param value the ten digits
 */
public record HospitalCode(String value) {
    /** Validates the ten digits: prefecture 01–47 or 51–97, table 1, 3 or 4, and the check digit. */
    public HospitalCode {
        validate(value, value);
    }

    /**
     * Parses a 10-digit code as written on a form: full-width digits, spaces and hyphens are tolerated
     * ({@code ３４１－０７１２３６２}, {@code 34 1 07 1236 2}). Errors name the input as given.
     *
     * @throws InvalidValueException if it is not ten digits ({@link ValueError#HOSPITAL_CODE_FORMAT}) or fails a
     *                               check ({@code HOSPITAL_CODE_PREFECTURE}, {@code _TABLE}, {@code _CHECK_DIGIT})
     */
    public static HospitalCode parse(CharSequence text) {
        String digits = Text.compact(Objects.requireNonNull(text, "text")).replace("-", "");
        validate(digits, text);
        return new HospitalCode(digits);
    }

    /**
     * Parses a code as written on a form whose prefecture may be known (the selection form's 都道府県名, another form
     * of the same package, the user's {@code --prefecture}): ten digits as {@link #parse(CharSequence)}; seven digits
     * (郡市区番号 + 医療機関番号 + 検証番号) expanded with the prefecture's number and 点数表番号 1 — 医科, since the programme
     * supports hospitals — and checked like any code ({@code 0712362} in 広島県 is {@code 3410712362}).
     *
     * @throws InvalidValueException {@link ValueError#HOSPITAL_CODE_SHORT} for seven digits without a prefecture, else
     *                               as {@link #parse(CharSequence)} and {@link #expand}
     */
    public static HospitalCode parse(CharSequence text, Optional<Prefecture> prefecture) {
        Objects.requireNonNull(prefecture, "prefecture");
        String digits = Text.compact(Objects.requireNonNull(text, "text")).replace("-", "");
        if (digits.length() == 7 && Text.isAsciiDigits(digits)) {
            if (prefecture.isEmpty()) {
                throw new InvalidValueException(ValueError.HOSPITAL_CODE_SHORT, text);
            }
            return expand(text, prefecture.get().code(), 1);
        }
        return parse(text);
    }

    /**
     * Expands the 7-digit form (郡市区番号 + 医療機関番号 + 検証番号, e.g. {@code 0712362}) with the prefecture number
     * and 点数表番号 (1 医科, 3 歯科, 4 薬局): {@code expand("0712362", 34, 1)} is {@code 3410712362}. Full-width
     * digits, spaces and hyphens are tolerated as in {@link #parse}.
     *
     * @param prefecture 都道府県番号, 1–47 or 51–97
     * @param table      点数表番号, 1, 3 or 4
     * @throws InvalidValueException naming {@code sevenDigits} if it is not seven digits, the prefecture or table
     *                               is out of range, or the check digit does not match
     */
    public static HospitalCode expand(CharSequence sevenDigits, int prefecture, int table) {
        String digits = Text.compact(Objects.requireNonNull(sevenDigits, "sevenDigits")).replace("-", "");
        if (digits.length() != 7 || !Text.isAsciiDigits(digits)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_FORMAT, sevenDigits);
        }
        if (!isPrefectureNumber(prefecture)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_PREFECTURE, sevenDigits,
                    String.format(Locale.ROOT, "%02d", prefecture));
        }
        if (table != 1 && table != 3 && table != 4) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_TABLE, sevenDigits, table);
        }
        String code = String.format(Locale.ROOT, "%02d%d%s", prefecture, table, digits);
        validate(code, sevenDigits);
        return new HospitalCode(code);
    }

    /** The Luhn check digit for nine digits, as the catalogue defines it. */
    public static int checkDigit(CharSequence nineDigits) {
        if (nineDigits.length() != 9 || !Text.isAsciiDigits(nineDigits)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_FORMAT, nineDigits);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(8 - i) - '0';
            int product = (i % 2 == 0) ? digit * 2 : digit;
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether {@code text} parses as a valid 10-digit code ({@code false} for {@code null}). */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Checks ten ASCII digits; errors name {@code input}, the text as the caller was given it. */
    private static void validate(String value, CharSequence input) {
        if (value == null || value.length() != 10 || !Text.isAsciiDigits(value)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_FORMAT, String.valueOf(input));
        }
        String prefecture = value.substring(0, 2);
        if (!isPrefectureNumber(Integer.parseInt(prefecture))) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_PREFECTURE, input, prefecture);
        }
        char table = value.charAt(2);
        if (table != '1' && table != '3' && table != '4') {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_TABLE, input, String.valueOf(table));
        }
        int expected = checkDigit(value.substring(0, 9));
        if (value.charAt(9) - '0' != expected) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_CHECK_DIGIT, input, expected);
        }
    }

    static boolean isPrefectureNumber(int n) {
        return (n >= 1 && n <= 47) || (n >= 51 && n <= 97);
    }

    /** 都道府県番号 as written (01–47, or 51–97 for a main code + 50). */
    public int prefectureNumber() {
        return Integer.parseInt(value.substring(0, 2));
    }

    /** The prefecture: 51–97 map to the prefecture of (number − 50). */
    public Prefecture prefecture() {
        int n = prefectureNumber();
        return Prefecture.ofCode(n > 50 ? n - 50 : n);
    }

    /** 点数表番号: 1 医科, 3 歯科, 4 薬局. */
    public int tableNumber() {
        return value.charAt(2) - '0';
    }

    /** The 7-digit short form: 郡市区番号 + 医療機関番号 + 検証番号. */
    public String shortForm() {
        return value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
