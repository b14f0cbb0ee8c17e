package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;

import static io.github.medsecforms.validation.Fixtures.offlineBackup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinMaxValidationTest {
    private final FieldValidator validator = FieldValidator.create();

    @Test
    void a_patient_count_below_the_minimum_is_an_error_in_japanese_by_default() {
        assertThat(validator.validate(offlineBackup(0))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0101");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("patientCount");
            assertThat(v.label()).isEqualTo("患者数");
            assertThat(v.message()).isEqualTo("患者数：0は1より小さい値です。1以上の数値を指定してください。");
        });
        assertThat(validator.validate(offlineBackup(0), Locale.ENGLISH)).singleElement()
                .extracting(FieldViolation::message)
                .isEqualTo("Number of patients: 0 is less than 1; enter a number of at least 1.");
    }

    @Test
    void a_patient_count_above_the_maximum_is_an_error() {
        assertThat(validator.validate(offlineBackup(3001))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0102");
            assertThat(v.path()).isEqualTo("patientCount");
            assertThat(v.message()).isEqualTo("患者数：3001は3000より大きい値です。3000以下の数値を指定してください。");
        });
        assertThat(validator.validate(offlineBackup(3001), Locale.ENGLISH)).singleElement()
                .extracting(FieldViolation::message)
                .isEqualTo("Number of patients: 3001 is greater than 3000; enter a number of at most 3000.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 1200, 2999, 3000})
    void patient_counts_from_1_to_3000_are_accepted(int patients) {
        assertThat(validator.validate(offlineBackup(patients))).isEmpty();
    }
}
