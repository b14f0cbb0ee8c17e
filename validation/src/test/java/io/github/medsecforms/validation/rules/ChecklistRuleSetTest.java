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
}
