package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;

import static io.github.medsecforms.validation.Fixtures.basicInfo;
import static io.github.medsecforms.validation.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KanaValidationTest {
    private final FieldValidator validator = FieldValidator.create();

    @Test
    void kanji_in_a_kana_reading_is_an_error_naming_the_field() {
        var violations = validator.validate(survey(basicInfo("facilityNameKana", "さんぷる総合病院")));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0002");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("basicInfo.facilityNameKana");
            assertThat(v.label()).isEqualTo("医療機関名（かな）");
            assertThat(v.message()).isEqualTo("医療機関名（かな）：「さんぷる総合病院」はひらがなまたはカタカナで記入してください（漢字や英字は使えません）。");
        });
        assertThat(validator.validate(survey(basicInfo("facilityNameKana", "さんぷる総合病院")), Locale.ENGLISH))
                .singleElement().extracting(FieldViolation::message).asString()
                .startsWith("Facility name (kana): \"さんぷる総合病院\" must be written in hiragana or katakana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sample", "さんぷるＢ", "ほんかん2号館"})
    void latin_letters_and_kanji_are_refused(String reading) {
        assertThat(validator.validate(survey(basicInfo("buildingKana", reading))))
                .extracting(FieldViolation::code, FieldViolation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSF-FLD-0002", "basicInfo.buildingKana"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"さんぷるそうごうびょういん", "サンプル　ソウゴウビョウイン", "ｻﾝﾌﾟﾙ ｿｳｺﾞｳﾋﾞｮｳｲﾝ", "おかやまけんおかやましきたくうちさんげ2-4-6",
            "セントラル・ビル ５かい", "ヴィラ（ほんかん）、ひがしとう。", "ケアセンター"})
    void readings_in_hiragana_or_katakana_with_digits_spaces_and_punctuation_are_accepted(String reading) {
        assertThat(validator.validate(survey(basicInfo("addressKana", reading)))).isEmpty();
    }

    @Test
    void an_empty_reading_is_accepted_presence_is_a_separate_concern() {
        assertThat(validator.validate(survey(basicInfo("facilityNameKana", "", "addressKana", "")))).isEmpty();
    }
}
