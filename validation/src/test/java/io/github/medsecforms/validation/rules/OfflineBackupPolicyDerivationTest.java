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
                .containsEntry("hospitalTasks", String.join(" / ", form.hospitalTasks()))
                .containsEntry("programmeTasks", String.join(" / ", form.programmeTasks()));
        if (form.configuration().isPresent()) {
            assertThat(report.derived()).containsEntry("configuration", form.configuration().get());
            assertThat(List.copyOf(report.derived().keySet()))
                    .containsExactly("supportPolicy", "hospitalTasks", "programmeTasks", "configuration");
        } else {
            assertThat(List.copyOf(report.derived().keySet()))
                    .containsExactly("supportPolicy", "hospitalTasks", "programmeTasks");
        }

        List<Finding> info = report.findings().stream().filter(f -> f.ruleId().equals("OBI-006")).toList();
        assertThat(info).hasSize(1);
        Finding f = info.get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.value()).contains(policy.label());
        assertThat(f.message()).contains("「" + policy.label() + "」");
        for (String task : form.hospitalTasks()) {
            assertThat(f.message()).contains(task);
        }
        // every task has an English text: the English message carries no Japanese sentence
        assertThat(f.messageEn()).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    }

    @Test
    void a_cloud_under_support_a_gets_no_warning_and_the_cloud_duties() {
        OfflineBackupIntent cloudA = OfflineBackupIntentRuleCases.with("storage",
                io.github.medsecforms.model.offlinebackup.BackupStorage.EXTERNAL_CLOUD);
        Report report = RuleCase.DEFAULT.validate(cloudA);

        assertThat(report.count(Severity.WARNING)).as(report.toText(java.util.Locale.JAPANESE)).isZero();
        assertThat(report.derived()).containsEntry("supportPolicy", "支援A");
        assertThat(report.derived().get("hospitalTasks")).doesNotContain("新設サーバ")
                .contains("バックアップ媒体（クラウドサービス）の調達");
        assertThat(report.derived().get("configuration")).startsWith("クラウド接続装置を院内へ新設し");
        Finding info = report.findings().stream().filter(f -> f.ruleId().equals("OBI-006")).findFirst().orElseThrow();
        assertThat(info.message()).contains("構成: クラウド接続装置を院内へ新設し");
        assertThat(info.messageEn()).contains("Configuration: a cloud connection device");
    }

    @Test
    void an_undecided_policy_derives_nothing() {
        Report report = RuleCase.DEFAULT.validate(OfflineBackupIntentRuleCases.with("intent", null));
        assertThat(report.derived()).isEmpty();
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("OBI-006"));
    }
}
