package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.Report;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The briefing (seed 002) shows the device's メーカー and 機種名 only in the account and password list, which is 提出不要;
 * the submitted line sheet has no such columns. A version-check line without them is therefore no error and no
 * warning: LDS-012 only reminds, once, to prepare the devices' login details for the day.
 */
class DeviceMakerAndModelTest {

    @Test
    void a_version_check_without_maker_and_model_is_neither_an_error_nor_a_warning() {
        LineDeviceSurvey form = SampleForms.lineDeviceSurvey();
        for (int i = 0; i < form.lines().size(); i++) {
            form = Mutate.set(Mutate.set(form, "lines[" + i + "].deviceMaker", ""), "lines[" + i + "].deviceModel", "");
        }
        Report report = RuleCase.DEFAULT.validate(form);

        assertThat(report.findings()).as(report.toText(Locale.JAPANESE))
                .noneMatch(f -> f.path().endsWith("deviceMaker") || f.path().endsWith("deviceModel"));
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LDS-012"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("回線1、回線3").contains("提出不要");
                });
    }
}
