package io.github.medsecforms.model.value;

/**
 * 医療機関コード: 10 digits = 都道府県番号(2) + 点数表番号(1: 医科1, 歯科3, 薬局4) + 郡市区番号(2) + 医療機関番号(4)
 * + 検証番号(1). The check digit is Luhn (mod 10) over the first nine digits, weights 2,1,2,1,… starting with 2 on
 * the rightmost of the nine; two-digit products add their digits; check = (10 − sum mod 10) mod 10.
 *
 * <p>Forms often carry only the 7-digit form (郡市区 + 番号 + 検証); {@link #expand} adds prefecture and table.</p>
 *
 * @param value the ten digits
 */
public record HospitalCode(String value) {
    /** Validates the ten digits: prefecture 01–47 or 51–97, table 1, 3 or 4, and the check digit. */
    public HospitalCode {
        if (value == null || value.length() != 10 || !Text.isAsciiDigits(value)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_FORMAT, String.valueOf(value));
        }
        int prefecture = Integer.parseInt(value.substring(0, 2));
        if (!isPrefectureNumber(prefecture)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_PREFECTURE, value, value.substring(0, 2));
        }
        char table = value.charAt(2);
        if (table != '1' && table != '3' && table != '4') {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_TABLE, value, String.valueOf(table));
        }
        int expected = checkDigit(value.substring(0, 9));
        if (value.charAt(9) - '0' != expected) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_CHECK_DIGIT, value, expected);
        }
    }

    /**
     * Parses a 10-digit code as written on a form: full-width digits, spaces and hyphens are tolerated.
     *
     * @throws InvalidValueException if it is not ten digits or fails a check
     */
    public static HospitalCode parse(CharSequence text) {
        String digits = Text.compact(text).replace("-", "");
        if (digits.length() != 10 || !Text.isAsciiDigits(digits)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_FORMAT, text);
        }
        return new HospitalCode(digits);
    }

    /**
     * Expands the 7-digit form (郡市区番号 + 医療機関番号 + 検証番号, e.g. {@code 0712362}) with the prefecture number
     * and 点数表番号 (1 医科, 3 歯科, 4 薬局): {@code expand("0712362", 34, 1)} is {@code 3410712362}.
     */
    public static HospitalCode expand(CharSequence sevenDigits, int prefecture, int table) {
        String digits = Text.compact(sevenDigits).replace("-", "");
        if (digits.length() != 7 || !Text.isAsciiDigits(digits)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_FORMAT, sevenDigits);
        }
        if (!isPrefectureNumber(prefecture)) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_PREFECTURE, sevenDigits,
                    String.format("%02d", prefecture));
        }
        if (table != 1 && table != 3 && table != 4) {
            throw new InvalidValueException(ValueError.HOSPITAL_CODE_TABLE, sevenDigits, table);
        }
        return new HospitalCode(String.format("%02d%d%s", prefecture, table, digits));
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

    /** Whether {@code text} parses as a valid 10-digit code. */
    public static boolean isValid(CharSequence text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
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
