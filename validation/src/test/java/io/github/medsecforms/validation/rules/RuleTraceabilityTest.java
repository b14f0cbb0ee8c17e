package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.testing.Seeds;
import io.github.medsecforms.validation.RuleCatalogue;
import io.github.medsecforms.validation.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule is traced (issue 17, item 11): its definition gives a seed and a short quote, or our design and one
 * sentence of reason; every quoted phrase is found in the text of the seed it names ({@code ../shared/seeds/}: without
 * it the quote check fails under {@code CI=true} and is skipped elsewhere).
 */
class RuleTraceabilityTest {

    @Test
    void every_rule_quotes_a_seed_or_gives_the_reason_of_our_design() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : RuleCatalogue.rules()) {
            Basis b = r.basis();
            switch (b.kind()) {
                case SEED -> {
                    if (b.quotes().isEmpty() || b.quotes().stream().anyMatch(q -> q.text().isBlank())) {
                        problems.add(r.id() + ": a seed basis needs its quotes written out");
                    }
                }
                case OUR_DESIGN -> {
                    if (b.reason().isBlank()) {
                        problems.add(r.id() + ": our design needs its reason");
                    }
                }
                default -> problems.add(r.id() + ": a rule is quoted from a seed or our design, not " + b.kind());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rationales_leave_the_citation_to_the_basis() {
        for (RuleInfo r : RuleCatalogue.rules()) {
            assertThat(r.rationale()).as(r.id()).doesNotContainPattern("seeds? ?0[0-9]{2}");
        }
    }

    @Test
    void every_quoted_phrase_is_in_the_seed_it_names() {
        Seeds seeds = Seeds.load();
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : RuleCatalogue.rules()) {
            problems.addAll(seeds.problems(r.id(), r.basis(), ""));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_quote_check_refuses_a_phrase_the_seed_does_not_say() {
        Seeds seeds = Seeds.load();

        assertThat(seeds.contains("002", "閉域網に接続された回線は対象外")).isTrue();
        assertThat(seeds.contains("002", "閉域網に接続された回線も対象")).isFalse();
        assertThat(seeds.contains("001", "閉域網に接続された回線は対象外")).as("another seed").isFalse();
        assertThat(seeds.problems("x", Basis.seed("000", "過不足なく選定"), "")).isEmpty();
        assertThat(seeds.problems("x", Basis.seed("000", "過不足なく選定しなくてよい"), "")).hasSize(1);
        assertThat(seeds.problems("x", Basis.ourDesign(""), "")).hasSize(1);
    }
}
