package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;

import static io.github.medsecforms.validation.Fixtures.basicInfo;
import static io.github.medsecforms.validation.Fixtures.record;
import static io.github.medsecforms.validation.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HospitalBedsValidationTest {
    private final FieldValidator validator = FieldValidator.create();

    @Test
    void fewer_than_twenty_beds_is_a_warning() {
        var violations = validator.validate(survey(basicInfo("beds", Optional.of(19))));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0003");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.isError()).isFalse();
            assertThat(v.path()).isEqualTo("basicInfo.beds");
            assertThat(v.label()).isEqualTo("病床数");
            assertThat(v.message()).isEqualTo("病床数：19床は20床未満です。病院（20床以上）の病床数であることを確認してください。");
        });
        assertThat(validator.validate(survey(basicInfo("beds", Optional.of(19))), Locale.ENGLISH))
                .singleElement().extracting(FieldViolation::message)
                .isEqualTo("Beds: 19 beds is fewer than 20; check that the facility is a hospital (20 beds or more).");
    }

    @Test
    void twenty_beds_is_a_hospital() {
        assertThat(validator.validate(survey(basicInfo("beds", Optional.of(20))))).isEmpty();
    }

    @Test
    void selected_hospitals_in_a_prefectures_report_are_checked_row_by_row() {
        HospitalSelection selection = record(HospitalSelection.class, "hospitals", List.of(
                record(SelectedHospital.class, "hospitalName", "岡山サンプル病院", "beds", Optional.of(150)),
                record(SelectedHospital.class, "hospitalName", "サンプル診療所", "beds", Optional.of(0))));

        assertThat(validator.validate(selection)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0003");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("hospitals[1].beds");
            assertThat(v.label()).isEqualTo("支援対象病院/病床数");
            assertThat(v.message()).startsWith("支援対象病院/2/病床数：0床は20床未満です。");
        });
    }
}
