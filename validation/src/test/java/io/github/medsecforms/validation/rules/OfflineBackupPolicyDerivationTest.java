package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.offlinebackup.SupportPolicy;
import io.github.medsecforms.validation.Report;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** OBI-006: the derived 支援方針 and the hospital's tasks, in the report's derived values and in the info finding. */
class OfflineBackupPolicyDerivationTest {

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of(SupportPolicy.NOT_ELIGIBLE, OfflineBackupIntentRuleCases.NOT_ELIGIBLE),
                Arguments.of(SupportPolicy.REPORT_ONLY, OfflineBackupIntentRuleCases.REPORT_ONLY),
                Arguments.of(SupportPolicy.SUPPORT_A, OfflineBackupIntentRuleCases.SUPPORT_A),
                Arguments.of(SupportPolicy.SUPPORT_B, OfflineBackupIntentRuleCases.SUPPORT_B),
                Arguments.of(SupportPolicy.SUPPORT_C, OfflineBackupIntentRuleCases.SUPPORT_C));
    }

    @Test
    void the_cases_cover_every_policy() {
        assertThat(policies().map(a -> a.get()[0])).containsExactlyInAnyOrder((Object[]) SupportPolicy.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void the_report_carries_the_policy_and_the_hospital_tasks(SupportPolicy policy, OfflineBackupIntent form) {
        assertThat(form.supportPolicy()).contains(policy);
        Report report = RuleCase.DEFAULT.validate(form);

        assertThat(report.count(Severity.ERROR)).as(report.toText(java.util.Locale.JAPANESE)).isZero();
        assertThat(report.derived())
                .containsEntry("supportPolicy", policy.label())
                .containsEntry("hospitalTasks", String.join(" / ", policy.hospitalTasks()))
                .containsEntry("programmeTasks", String.join(" / ", policy.programmeTasks()));
        assertThat(List.copyOf(report.derived().keySet()))
                .containsExactly("supportPolicy", "hospitalTasks", "programmeTasks");

        List<Finding> info = report.findings().stream().filter(f -> f.ruleId().equals("OBI-006")).toList();
        assertThat(info).hasSize(1);
        Finding f = info.get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.value()).contains(policy.label());
        assertThat(f.message()).contains("「" + policy.label() + "」");
        for (String task : policy.hospitalTasks()) {
            assertThat(f.message()).contains(task);
        }
        // every task has an English text: the English message carries no Japanese sentence
        assertThat(f.messageEn()).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    }

    @Test
    void an_undecided_policy_derives_nothing() {
        Report report = RuleCase.DEFAULT.validate(OfflineBackupIntentRuleCases.with("intent", null));
        assertThat(report.derived()).isEmpty();
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("OBI-006"));
    }
}
