package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import org.junit.jupiter.api.Test;

class MutateTest {
    @Test
    void sets_wraps_appends_and_removes_along_a_path() {
        LineDeviceSurvey s = SampleForms.lineDeviceSurvey();
        LineDeviceSurvey changed = Mutate.set(s, "lines[2].vulnerabilityScan", SurveyWish.REQUESTED);
        assertThat(changed.lines().get(2).vulnerabilityScan()).contains(SurveyWish.REQUESTED);
        assertThat(s.lines().get(2).vulnerabilityScan()).contains(SurveyWish.NOT_REQUESTED);
        assertThat(Mutate.set(s, "basicInfo.facilityName", "別病院").basicInfo().facilityName()).isEqualTo("別病院");
        assertThat(Mutate.set(s, "terminals[+].hostName", "PC6").terminals()).hasSize(6);
        assertThat(Mutate.set(s, "terminals[-0]", null).terminals()).hasSize(4);
        assertThat(Mutate.set(s, "basicInfo.beds", null).basicInfo().beds()).isEmpty();
    }
}
