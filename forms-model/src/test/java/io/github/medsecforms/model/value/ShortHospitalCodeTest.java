package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Forms often carry the 7-digit 医療機関コード (郡市区番号 + 医療機関番号 + 検証番号); with the prefecture known it is
 * expanded to ten digits with 点数表番号 1 (医科: the programme supports hospitals) and checked.
 */
class ShortHospitalCodeTest {

    @Test
    void seven_digits_with_the_prefecture_known_expand_to_the_ten_digit_code_of_a_hospital() {
        HospitalCode code = HospitalCode.parse("0712362", Optional.of(Prefecture.HIROSHIMA));

        assertThat(code.value()).isEqualTo("3410712362");
        assertThat(code.tableNumber()).isEqualTo(1);
        assertThat(code.prefecture()).isEqualTo(Prefecture.HIROSHIMA);
    }

    @Test
    void seven_digits_are_read_leniently_like_ten() {
        assertThat(HospitalCode.parse("０７－１２３６２", Optional.of(Prefecture.HIROSHIMA)).value()).isEqualTo("3410712362");
    }

    @Test
    void an_expanded_code_is_checked_like_any_code() {
        assertThatThrownBy(() -> HospitalCode.parse("0712363", Optional.of(Prefecture.HIROSHIMA)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.error()).isEqualTo(ValueError.HOSPITAL_CODE_CHECK_DIGIT);
                    assertThat(e.getMessage(java.util.Locale.JAPANESE)).contains("0712363");
                });
    }

    @Test
    void seven_digits_without_a_prefecture_say_what_is_needed() {
        assertThatThrownBy(() -> HospitalCode.parse("0712362", Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.error()).isEqualTo(ValueError.HOSPITAL_CODE_SHORT);
                    assertThat(e.code()).isEqualTo("MSF-VAL-0105");
                    assertThat(e.getMessage(java.util.Locale.JAPANESE)).contains("7桁", "都道府県");
                });
    }

    @Test
    void ten_digits_are_taken_as_written_whatever_the_prefecture() {
        assertThat(HospitalCode.parse("3410712362", Optional.of(Prefecture.OKAYAMA)).value()).isEqualTo("3410712362");
        assertThat(HospitalCode.parse("3410712362", Optional.empty()).value()).isEqualTo("3410712362");
    }

    @Test
    void other_lengths_stay_a_format_error() {
        assertThatThrownBy(() -> HospitalCode.parse("071236", Optional.of(Prefecture.HIROSHIMA)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.error()).isEqualTo(ValueError.HOSPITAL_CODE_FORMAT));
    }

    @Test
    void an_address_that_starts_with_a_prefecture_names_it() {
        assertThat(Prefecture.ofAddress("香川県高松市番町4-1-10")).contains(Prefecture.KAGAWA);
        assertThat(Prefecture.ofAddress("〒700-8570 岡山県岡山市北区内山下2-4-6")).contains(Prefecture.OKAYAMA);
        assertThat(Prefecture.ofAddress("北海道札幌市")).contains(Prefecture.HOKKAIDO);
        assertThat(Prefecture.ofAddress("高松市番町4-1-10")).isEmpty();
    }
}
