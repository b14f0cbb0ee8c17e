package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.Secret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormPathsTest {
    @Test
    void finds_values_by_path_through_blocks_lists_and_optionals() {
        var survey = SampleForms.lineDeviceSurvey();
        assertThat(FormPaths.value(survey, "basicInfo.facilityName")).contains("サンプル総合病院");
        assertThat(FormPaths.value(survey, "lines[1].globalIpAddress")).map(Object::toString).contains("203.141.10.20");
        assertThat(FormPaths.value(survey, "lines[9].purpose")).isEmpty();
        assertThat(FormPaths.value(survey, "lines[2].globalIpAddress")).isEmpty();
        assertThat(FormPaths.value(survey, "nothing.here")).isEmpty();
    }

    @Test
    void empty_means_blank_text_absent_values_empty_lists_empty_secrets_and_records_of_those() {
        assertThat(FormPaths.isEmpty("  ")).isTrue();
        assertThat(FormPaths.isEmpty(Optional.empty())).isTrue();
        assertThat(FormPaths.isEmpty(List.of())).isTrue();
        assertThat(FormPaths.isEmpty(Secret.of(" "))).isTrue();
        assertThat(FormPaths.isEmpty(new Terminal(null, null, null, null, null, null, null, null, null))).isTrue();
        assertThat(FormPaths.isEmpty(new Terminal("電子カルテ", null, null, null, null, null, null, null, null))).isFalse();
        assertThat(FormPaths.isEmpty(0)).isFalse();
    }
}
