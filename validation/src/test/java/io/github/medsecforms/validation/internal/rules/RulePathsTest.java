package io.github.medsecforms.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every model path a rule reports is one the form's metadata describes, so a typo in
 * {@code "lines[" + i + "].vulnerabilityScan"} fails here, not in a user's report (issue 12, item 7). Two checks:
 * the paths written in the rules' sources (string literals and concatenations with an index, each index read as 0)
 * are checked against the metadata of the forms their rules are about, whether or not a test makes the rule fire; and
 * {@link RuleContext} asserts every reported path while the tests run (assertions are on under surefire).
 */
class RulePathsTest {
    private static final Path RULES = Path.of("src/main/java/io/github/medsecforms/validation/internal/rules");

    /** The forms each file's rules are about. */
    private static final Map<String, List<Class<? extends Form>>> FORMS = Map.of(
            "SupportRequestRules.java", List.of(SupportRequest.class),
            "HospitalSelectionRules.java", List.of(HospitalSelection.class),
            "LineDeviceSurveyRules.java", List.of(LineDeviceSurvey.class),
            "BackupVpnSurveyRules.java", List.of(BackupVpnSurvey.class),
            "OfflineBackupIntentRules.java", List.of(OfflineBackupIntent.class),
            "ChecklistRules.java", List.of(HospitalChecklist.class, VendorChecklist.class, MinimumChecklist.class),
            "InspectionDocumentsRules.java", List.of(InspectionDocuments.class));

    /** {@code report("…")} or {@code reportValue("…" + i + "…")}: the path argument as written. */
    private static final Pattern REPORT = Pattern.compile(
            "\\.report(?:Value)?\\(\\s*(\"[^\"]*\"(?:\\s*\\+\\s*[^\"+,;]+?\\s*\\+\\s*\"[^\"]*\")*)");
    private static final Pattern INDEX_EXPRESSION = Pattern.compile("\"\\s*\\+\\s*[^\"+,;]+?\\s*\\+\\s*\"");

    @Test
    void every_path_the_rules_sources_report_is_described_by_the_metadata_of_their_forms() throws IOException {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Class<? extends Form>>> file : FORMS.entrySet()) {
            String source = Files.readString(RULES.resolve(file.getKey()));
            Matcher m = REPORT.matcher(source);
            while (m.find()) {
                String path = path(m.group(1));
                checked++;
                boolean known = RuleContext.OUTSIDE_THE_FORM.contains(path) || file.getValue().stream()
                        .anyMatch(type -> ModelPaths.isKnown(FormRegistry.describe(type), path));
                if (!known) {
                    unknown.add(file.getKey() + ": " + m.group(1));
                }
            }
        }

        assertThat(checked).as("paths found in the rules' sources").isGreaterThan(50);
        assertThat(unknown).as("paths no form's metadata describes").isEmpty();
    }

    @Test
    void a_typo_in_a_path_is_unknown() {
        FormDescriptor survey = FormRegistry.describe(LineDeviceSurvey.class);

        assertThat(ModelPaths.isKnown(survey, "lines[2].vulnerabilityScan")).isTrue();
        assertThat(ModelPaths.isKnown(survey, "lines[2]")).isTrue();
        assertThat(ModelPaths.isKnown(survey, "lines")).isTrue();
        assertThat(ModelPaths.isKnown(survey, "lines[2].vulnerabilityScna")).isFalse();
        assertThat(ModelPaths.isKnown(survey, "line[2].vulnerabilityScan")).isFalse();
        assertThat(path("\"lines[\" + rows.get(0) + \"].versionCheck\"")).isEqualTo("lines[0].versionCheck");
    }

    @Test
    void a_rule_reporting_an_unknown_path_fails_the_tests() {
        LineDeviceSurvey form = SampleForms.lineDeviceSurvey();
        Rule<LineDeviceSurvey> typo = Rule.of(LineDeviceSurvey.class, "LDS-012", Severity.ERROR, Stage.CROSS_FIELD,
                "test", Basis.ourDesign("test"), "test", (f, c) -> c.report("lines[0].vulnerabilityScna"));
        RuleContext context = new RuleContext(form, LocalDate.of(2025, 3, 31), false, Origins.empty(), Optional.empty());

        assertThatThrownBy(() -> typo.check(form, context)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("lines[0].vulnerabilityScna");
    }

    /** A path argument as written in the source, each index expression read as 0. */
    private static String path(String written) {
        String joined = INDEX_EXPRESSION.matcher(written).replaceAll("0");
        return joined.substring(1, joined.length() - 1);
    }
}
