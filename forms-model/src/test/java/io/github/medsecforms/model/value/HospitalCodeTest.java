package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HospitalCodeTest {

    /** The two valid codes of the catalogue. */
    static final List<String> CATALOGUE_CODES = List.of("3410712362", "0110113719");

    /** A valid code built for this test so that it holds an adjacent 0 and 9, the pair Luhn cannot tell apart. */
    static final String CODE_WITH_ADJACENT_0_AND_9 = "3410912368";

    /**
     * Luhn detects every single-digit change (doubling mod 9 is a permutation of 0–9), so there are no exceptions.
     */
    static final Set<String> SINGLE_DIGIT_CHANGES_LUHN_CANNOT_DETECT = Set.of();

    /**
     * Adjacent transpositions that leave the code valid: swapping an adjacent 0 and 9 (both weigh 9 under Luhn),
     * computed by hand: 341[09]12368 → 341[90]12368.
     */
    static final Set<String> TRANSPOSITIONS_LUHN_CANNOT_DETECT = Set.of("3419012368");

    /**
     * Adjacent swaps of two equal digits, which are no change at all (code@index of the left digit):
     * 0[11]0113719 and 0110[11]3719.
     */
    static final Set<String> SWAPS_OF_EQUAL_DIGITS = Set.of("0110113719@1", "0110113719@4");

    /** Luhn over all ten digits, written independently of the class under test: valid iff the sum is 0 mod 10. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = tenDigits.charAt(9 - i) - '0';
            int product = i % 2 == 1 ? digit * 2 : digit;
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }

    /** The ten digits with the check digit that makes {@code nine} valid under {@link #luhnValid}. */
    static String withCheckDigit(String nine) {
        for (char c = '0'; c <= '9'; c++) {
            if (luhnValid(nine + c)) {
                return nine + c;
            }
        }
        throw new AssertionError(nine);
    }

    @Test
    void reference_luhn_agrees_with_the_catalogue_examples() {
        assertThat(CATALOGUE_CODES).allMatch(HospitalCodeTest::luhnValid);
        assertThat(luhnValid(CODE_WITH_ADJACENT_0_AND_9)).isTrue();
        assertThat(luhnValid("3410712363")).isFalse();
    }

    @Test
    void computes_the_worked_example_check_digit_of_the_catalogue() {
        assertThat(HospitalCode.checkDigit("341071236")).isEqualTo(2);
        assertThat(HospitalCode.checkDigit("011011371")).isEqualTo(9);
        assertThat(HospitalCode.checkDigit("341091236")).isEqualTo(8);
    }

    @Test
    void check_digit_refuses_anything_but_nine_ascii_digits() {
        refused(() -> HospitalCode.checkDigit("34107123"), ValueError.HOSPITAL_CODE_FORMAT, "34107123");
        refused(() -> HospitalCode.checkDigit("3410712362"), ValueError.HOSPITAL_CODE_FORMAT, "3410712362");
        refused(() -> HospitalCode.checkDigit("３４１０７１２３６"), ValueError.HOSPITAL_CODE_FORMAT, "３４１０７１２３６");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3410712362", "0110113719", CODE_WITH_ADJACENT_0_AND_9})
    void accepts_valid_codes(String code) {
        HospitalCode parsed = HospitalCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.toString()).isEqualTo(code);
        assertThat(parsed).isEqualTo(new HospitalCode(code));
        assertThat(HospitalCode.isValid(code)).isTrue();
    }

    @Test
    void splits_a_code_into_its_parts() {
        HospitalCode hiroshima = HospitalCode.parse("3410712362");
        assertThat(hiroshima.prefectureNumber()).isEqualTo(34);
        assertThat(hiroshima.prefecture()).isEqualTo(Prefecture.HIROSHIMA);
        assertThat(hiroshima.tableNumber()).isEqualTo(1);
        assertThat(hiroshima.shortForm()).isEqualTo("0712362");
        HospitalCode hokkaido = HospitalCode.parse("0110113719");
        assertThat(hokkaido.prefectureNumber()).isEqualTo(1);
        assertThat(hokkaido.prefecture()).isEqualTo(Prefecture.HOKKAIDO);
        assertThat(hokkaido.shortForm()).isEqualTo("0113719");
    }

    @Test
    void rejects_every_single_digit_change_of_a_valid_code() {
        Set<String> undetected = new TreeSet<>();
        int refusals = 0;
        for (String code : CATALOGUE_CODES) {
            for (int position = 0; position < 10; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (code.charAt(position) == digit) {
                        continue;
                    }
                    String changed = code.substring(0, position) + digit + code.substring(position + 1);
                    if (HospitalCode.isValid(changed)) {
                        undetected.add(changed);
                        continue;
                    }
                    refusals++;
                    InvalidValueException e = refusal(changed);
                    if (position >= 3) {
                        // prefecture and table are untouched: only the check digit can catch it
                        assertThat(e.error()).as(changed).isEqualTo(ValueError.HOSPITAL_CODE_CHECK_DIGIT);
                    } else {
                        assertThat(e.error()).as(changed).isIn(ValueError.HOSPITAL_CODE_PREFECTURE,
                                ValueError.HOSPITAL_CODE_TABLE, ValueError.HOSPITAL_CODE_CHECK_DIGIT);
                    }
                }
            }
        }
        assertThat(undetected).isEqualTo(SINGLE_DIGIT_CHANGES_LUHN_CANNOT_DETECT);
        assertThat(refusals).isEqualTo(2 * 10 * 9);
    }

    @Test
    void rejects_every_adjacent_transposition_except_those_luhn_cannot_detect() {
        Set<String> undetected = new TreeSet<>();
        Set<String> noChange = new TreeSet<>();
        List<String> codes = new ArrayList<>(CATALOGUE_CODES);
        codes.add(CODE_WITH_ADJACENT_0_AND_9);
        for (String code : codes) {
            for (int i = 0; i < 9; i++) {
                char[] digits = code.toCharArray();
                char left = digits[i];
                digits[i] = digits[i + 1];
                digits[i + 1] = left;
                String swapped = new String(digits);
                if (swapped.equals(code)) {
                    noChange.add(code + "@" + i);
                } else if (HospitalCode.isValid(swapped)) {
                    undetected.add(swapped);
                } else {
                    refusal(swapped);
                }
            }
        }
        assertThat(undetected).isEqualTo(TRANSPOSITIONS_LUHN_CANNOT_DETECT);
        assertThat(noChange).isEqualTo(SWAPS_OF_EQUAL_DIGITS);
    }

    @Test
    void luhn_blind_spot_is_a_0_9_transposition_only() {
        // the undetected transposition really is the 0↔9 swap of the listed code, and Luhn (not luck) accepts it
        assertThat(TRANSPOSITIONS_LUHN_CANNOT_DETECT).allSatisfy(code -> {
            assertThat(luhnValid(code)).isTrue();
            assertThat(code).contains("90");
            assertThat(code.replace("90", "09")).isEqualTo(CODE_WITH_ADJACENT_0_AND_9);
        });
    }

    @Test
    void expands_the_seven_digit_form_with_prefecture_and_table() {
        assertThat(HospitalCode.expand("0712362", 34, 1)).isEqualTo(HospitalCode.parse("3410712362"));
        assertThat(HospitalCode.expand("0712362", 34, 1).value()).isEqualTo("3410712362");
        assertThat(HospitalCode.expand("0113719", 1, 1).value()).isEqualTo("0110113719");
        assertThat(HospitalCode.expand("０７１－２３６２", 34, 1).value()).isEqualTo("3410712362");
    }

    @Test
    void expand_is_independent_of_the_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            // Arabic and Thai number formatting would write non-ASCII digits with String.format's default locale
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(HospitalCode.expand("0113719", 1, 1).value()).isEqualTo("0110113719");
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(HospitalCode.expand("0113719", 1, 1).value()).isEqualTo("0110113719");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void expand_refuses_bad_short_forms_prefectures_and_tables() {
        refused(() -> HospitalCode.expand("071236", 34, 1), ValueError.HOSPITAL_CODE_FORMAT, "071236");
        refused(() -> HospitalCode.expand("07123620", 34, 1), ValueError.HOSPITAL_CODE_FORMAT, "07123620");
        refused(() -> HospitalCode.expand("071236x", 34, 1), ValueError.HOSPITAL_CODE_FORMAT, "071236x");
        refused(() -> HospitalCode.expand("0712363", 34, 1), ValueError.HOSPITAL_CODE_CHECK_DIGIT, "0712363");
        refused(() -> HospitalCode.expand("0712362", 33, 1), ValueError.HOSPITAL_CODE_CHECK_DIGIT, "0712362");
        for (int prefecture : new int[] {0, 48, 50, 98, -1, 134}) {
            InvalidValueException e = refused(() -> HospitalCode.expand("0712362", prefecture, 1),
                    ValueError.HOSPITAL_CODE_PREFECTURE, "0712362");
            assertThat(e.getMessage()).contains(String.format(Locale.ROOT, "%02d", prefecture));
        }
        for (int table : new int[] {0, 2, 5, 9, 10}) {
            refused(() -> HospitalCode.expand("0712362", 34, table), ValueError.HOSPITAL_CODE_TABLE, "0712362");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"３４１０７１２３６２", "34-1-07-1236-2", "341-0712362", "３４１－０７１２３６２", "34 1 07 1236 2",
            "341\u30000712362", " 3410712362\t", "341‐071‐2362", "341ー0712362", "\u200B3410712362\uFEFF"})
    void parse_tolerates_full_width_digits_hyphens_and_spaces(String written) {
        assertThat(HospitalCode.parse(written).value()).isEqualTo("3410712362");
        assertThat(HospitalCode.isValid(written)).isTrue();
    }

    @Test
    void accepts_prefecture_numbers_01_to_47_and_51_to_97_only() {
        for (int n = 0; n <= 99; n++) {
            String code = withCheckDigit(String.format(Locale.ROOT, "%02d1071236", n));
            boolean expected = (n >= 1 && n <= 47) || (n >= 51 && n <= 97);
            if (expected) {
                HospitalCode parsed = HospitalCode.parse(code);
                assertThat(parsed.prefectureNumber()).isEqualTo(n);
                assertThat(parsed.prefecture().code()).isEqualTo(n > 50 ? n - 50 : n);
            } else {
                InvalidValueException e = refused(() -> HospitalCode.parse(code),
                        ValueError.HOSPITAL_CODE_PREFECTURE, code);
                assertThat(e.getMessage()).contains("「" + code.substring(0, 2) + "」");
                assertThat(e.getMessage(Locale.ENGLISH)).contains("\"" + code.substring(0, 2) + "\"");
            }
        }
    }

    @Test
    void accepts_table_digits_1_3_and_4_only() {
        for (char table = '0'; table <= '9'; table++) {
            String code = withCheckDigit("34" + table + "071236");
            if (table == '1' || table == '3' || table == '4') {
                assertThat(HospitalCode.parse(code).tableNumber()).isEqualTo(table - '0');
            } else {
                refused(() -> HospitalCode.parse(code), ValueError.HOSPITAL_CODE_TABLE, code);
            }
        }
    }

    @Test
    void wrong_check_digit_message_names_the_input_as_written_and_the_expected_digit() {
        InvalidValueException e = refused(() -> HospitalCode.parse("３４１０７１２３６３"),
                ValueError.HOSPITAL_CODE_CHECK_DIGIT, "３４１０７１２３６３");
        assertThat(e.getMessage()).contains("３４１０７１２３６３").contains("2");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("expected 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "341071236", "34107123621", "34107l2362", "3410712362x", "34.1071.2362", "abcdefghij",
            "-3410712362-1"})
    void refuses_anything_but_ten_digits(String text) {
        refused(() -> HospitalCode.parse(text), ValueError.HOSPITAL_CODE_FORMAT, text);
        assertThat(HospitalCode.isValid(text)).isFalse();
    }

    @Test
    void constructor_takes_only_ten_ascii_digits() {
        refused(() -> new HospitalCode(null), ValueError.HOSPITAL_CODE_FORMAT, "null");
        refused(() -> new HospitalCode("３４１０７１２３６２"), ValueError.HOSPITAL_CODE_FORMAT, "３４１０７１２３６２");
        refused(() -> new HospitalCode("341-0712362"), ValueError.HOSPITAL_CODE_FORMAT, "341-0712362");
        refused(() -> new HospitalCode("3410712363"), ValueError.HOSPITAL_CODE_CHECK_DIGIT, "3410712363");
        assertThat(HospitalCode.isValid(null)).isFalse();
    }

    private static InvalidValueException refusal(String code) {
        try {
            HospitalCode.parse(code);
        } catch (InvalidValueException e) {
            return refused(() -> HospitalCode.parse(code), e.error(), code);
        }
        throw new AssertionError("accepted " + code);
    }
}
