package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.Report;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A free-text Q9 is never reported as missing (seed 003: Q9 is 記述方式). */
class VpnDescriptionValidationTest {

    @Test
    void a_description_that_cannot_be_split_is_neither_missing_nor_incomplete() {
        BackupVpnSurvey form = Mutate.set(Mutate.set(SampleForms.backupVpnSurvey(), "vpnDevices", List.of()),
                "vpnDevicesText", "保守業者が設置したVPN装置1台（型番は確認中）");
        Report report = RuleCase.DEFAULT.validate(form);

        assertThat(report.findings()).as(report.toText(Locale.JAPANESE))
                .noneMatch(f -> f.path().startsWith("vpnDevices"))
                .noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
