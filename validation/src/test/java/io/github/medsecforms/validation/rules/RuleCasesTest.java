package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.RuleCatalogue;
import io.github.medsecforms.validation.RuleInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule has a case that triggers it and a close case that does not; the list of rules comes from the engine, so
 * a rule added without its cases fails {@link #every_rule_has_a_triggering_and_a_passing_case()}.
 */
class RuleCasesTest {
    static final List<RuleCaseSource> SOURCES = List.of(
            new SupportRequestRuleCases(),
            new HospitalSelectionRuleCases(),
            new LineDeviceSurveyRuleCases(),
            new BackupVpnSurveyRuleCases(),
            new OfflineBackupIntentRuleCases(),
            new ChecklistRuleCases(),
            new InspectionDocumentsRuleCases(),
            new PackageRuleCases(),
            new BatchRuleCases());

    static Stream<RuleCase> cases() {
        return SOURCES.stream().flatMap(s -> s.cases().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_case(RuleCase c) {
        List<Finding> all = new java.util.ArrayList<>();
        String text;
        if (c.batch() != null) {
            var report = c.validator().validateBatch(c.batch(), List.of());
            all.addAll(report.findings().findings());
            text = report.toText(java.util.Locale.JAPANESE);
        } else if (c.pkg() != null) {
            var report = c.validator().validatePackage(c.pkg());
            all.addAll(report.crossForm().findings());
            report.reports().forEach(r -> all.addAll(r.findings()));
            text = report.toText(java.util.Locale.JAPANESE);
        } else {
            Report report = c.validator().validate(c.submission());
            all.addAll(report.findings());
            text = report.toText(java.util.Locale.JAPANESE);
        }
        List<Finding> ofRule = all.stream().filter(f -> f.ruleId().equals(c.ruleId())).toList();
        if (c.triggers()) {
            assertThat(ofRule).as(c + "\n" + text).isNotEmpty();
            RuleInfo info = RuleCatalogue.rule(c.ruleId()).orElseThrow();
            for (Finding f : ofRule) {
                assertThat(f.severity()).isEqualTo(info.severity());
                assertThat(f.stage()).isEqualTo(info.stage());
                assertThat(f.message()).doesNotContainPattern("\\{[0-9]+\\}").isNotBlank();
                assertThat(f.messageEn()).doesNotContainPattern("\\{[0-9]+\\}").isNotBlank()
                        .doesNotContainPattern("[\\p{IsHiragana}]{3,}");
            }
        } else {
            assertThat(ofRule).as(c + "\n" + text).isEmpty();
        }
    }

    @Test
    void every_rule_has_a_triggering_and_a_passing_case() {
        Set<String> triggering = new HashSet<>();
        Set<String> passing = new HashSet<>();
        cases().forEach(c -> (c.triggers() ? triggering : passing).add(c.ruleId()));
        List<String> ids = RuleCatalogue.rules().stream().map(RuleInfo::id).toList();
        assertThat(ids).as("rules without a triggering case").allMatch(triggering::contains);
        assertThat(ids).as("rules without a passing case").allMatch(passing::contains);
        assertThat(triggering).as("cases naming no rule").allMatch(ids::contains);
    }

    @Test
    void the_full_samples_of_every_form_have_no_errors() {
        for (FormDescriptor form : FormRegistry.forms()) {
            Report report = RuleCase.DEFAULT.validate(SampleForms.full(form.id()));
            assertThat(report.count(Severity.ERROR)).as(report.toText(java.util.Locale.JAPANESE)).isZero();
        }
    }

    @Test
    void every_rule_has_a_japanese_and_an_english_message_a_rationale_and_an_example() {
        for (RuleInfo r : RuleCatalogue.rules()) {
            assertThat(r.message()).as(r.id()).isNotBlank();
            assertThat(r.messageEn()).as(r.id()).isNotBlank();
            assertThat(r.rationale()).as(r.id()).isNotBlank();
            assertThat(r.example()).as(r.id()).isNotBlank();
            assertThat(r.id()).matches("[A-Z]{3}-[0-9]{3}");
        }
    }
}
