package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the SEL and SRQ findings say and where they point: band, quota and count; the row duplicated; the field missing. */
class SelectionAndSupportRequestMessagesTest {
    private static List<Finding> findings(Form form, String ruleId) {
        return RuleCase.DEFAULT.validate(form).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void too_many_names_band_quota_and_count_at_the_quota_row() {
        var form = Mutate.set(SampleForms.hospitalSelection(), "quotas[1].quota", 0);
        assertThat(findings(form, "SEL-005")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("quotas[1].quota");
            assertThat(f.message()).isEqualTo("病床規模「200床以上」の支援枠は0病院ですが、1病院が選定されています（1病院多い）。"
                    + "支援枠どおり過不足なく選定してください。");
            assertThat(f.messageEn()).contains("\"200床以上\"", "quota is 0", "1 hospital is selected", "1 too many");
        });
        assertThat(findings(form, "SEL-006")).isEmpty();
    }

    @Test
    void too_few_names_band_quota_and_count_at_the_quota_row() {
        var form = Mutate.set(SampleForms.hospitalSelection(), "quotas[0].quota", 4);
        assertThat(findings(form, "SEL-006")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("quotas[0].quota");
            assertThat(f.message()).contains("「20~199床」", "支援枠は4病院", "選定は2病院", "2病院不足");
            assertThat(f.messageEn()).contains("quota is 4", "2 hospitals are selected", "2 missing");
        });
        assertThat(findings(form, "SEL-005")).isEmpty();
    }

    @Test
    void a_duplicate_code_is_reported_on_the_later_row_naming_the_first() {
        var ok = SampleForms.hospitalSelection();
        var form = Mutate.set(ok, "hospitals[2].hospitalCode", ok.hospitals().get(0).hospitalCode().orElseThrow());
        assertThat(findings(form, "SEL-010")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("hospitals[2].hospitalCode");
            assertThat(f.value()).contains("3310712363");
            assertThat(f.message()).contains("1行目（岡山サンプル病院）");
        });
    }

    @Test
    void a_partly_filled_contact_3_names_each_missing_field() {
        var form = Mutate.set(SampleForms.supportRequest(), "contact3",
                new SupportContact("総務課", "", Optional.empty()));
        assertThat(findings(form, "SRQ-002")).extracting(Finding::path)
                .containsExactly("contact3.name", "contact3.email");
        assertThat(findings(form, "SRQ-002")).extracting(Finding::message)
                .allMatch(m -> m.startsWith("「担当者③/"));
        assertThat(findings(form, "SRQ-001")).isEmpty();
    }
}
