package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.validation.RuleCatalogue;
import io.github.medsecforms.validation.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three checklists share one rule set: the same number means the same rule, message and stage under each prefix. */
class ChecklistRuleSetTest {
    private static Map<String, RuleInfo> byNumber(String prefix) {
        return RuleCatalogue.rules().stream().filter(r -> r.id().startsWith(prefix + "-"))
                .collect(Collectors.toMap(r -> r.id().substring(4), Function.identity()));
    }

    @Test
    void the_same_number_is_the_same_rule_under_every_prefix() {
        Map<String, RuleInfo> hospital = byNumber("CLH");
        for (String prefix : List.of("CLV", "CLM")) {
            Map<String, RuleInfo> other = byNumber(prefix);
            other.remove("017"); // the vendor form's own: its reconstructed items (D-78)
            assertThat(hospital.keySet()).as(prefix).containsAll(other.keySet());
            other.forEach((n, r) -> {
                RuleInfo h = hospital.get(n);
                assertThat(r.severity()).as(r.id()).isEqualTo(h.severity());
                assertThat(r.stage()).as(r.id()).isEqualTo(h.stage());
                assertThat(r.message()).as(r.id()).isEqualTo(h.message());
                assertThat(r.messageEn()).as(r.id()).isEqualTo(h.messageEn());
            });
        }
    }

    @Test
    void only_the_hospital_checklist_has_the_premise_rule_and_only_the_minimum_one_has_no_provisional_wording() {
        assertThat(byNumber("CLH")).containsKeys("015", "016");
        assertThat(byNumber("CLV")).containsKey("015").doesNotContainKey("016");
        assertThat(byNumber("CLM")).doesNotContainKeys("015", "016");
        assertThat(Optional.ofNullable(byNumber("CLM").get("014"))).isPresent();
    }

    @Test
    void only_the_vendor_checklist_warns_of_a_missing_row_of_a_reconstructed_item() {
        assertThat(byNumber("CLV")).containsKey("017");
        assertThat(byNumber("CLV").get("017").severity()).isEqualTo(io.github.medsecforms.model.Severity.WARNING);
        assertThat(byNumber("CLH")).doesNotContainKey("017");
        assertThat(byNumber("CLM")).doesNotContainKey("017");
    }

    @Test
    void a_target_date_after_the_fiscal_year_is_no_finding_on_the_minimum_checklist_and_a_warning_on_the_mhlw_ones() {
        java.time.LocalDate may = java.time.LocalDate.of(2025, 4, 30);
        var minimum = io.github.medsecforms.model.testing.Mutate.set(
                io.github.medsecforms.model.testing.SampleForms.minimumChecklist(), "entries[2].targetDate", may);
        var hospital = io.github.medsecforms.model.testing.Mutate.set(
                io.github.medsecforms.model.testing.SampleForms.hospitalChecklist(), "entries[2].targetDate", may);

        assertThat(RuleCase.DEFAULT.validate(minimum).findings())
                .noneMatch(f -> f.path().equals("entries[2].targetDate"));
        assertThat(RuleCase.DEFAULT.validate(hospital).findings())
                .filteredOn(f -> f.path().equals("entries[2].targetDate"))
                .extracting(f -> f.ruleId() + " " + f.severity())
                .containsExactly("CLH-009 " + io.github.medsecforms.model.Severity.WARNING);
    }
}
