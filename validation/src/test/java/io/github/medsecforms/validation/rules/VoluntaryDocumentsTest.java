package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.inspection.Submission;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.PackageInput;
import io.github.medsecforms.validation.PackageReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seed 001: 「提出は任意となりますが」「写しの提供は医療機関側の任意とし」; documents 6 and 7 only 「作成していれば」; the
 * vendor checklist where there are vendors. A missing document is therefore never an error, only a warning (1, 3, 4,
 * 5: asked of every hospital) or an information (2, 6, 7).
 */
class VoluntaryDocumentsTest {

    @Test
    void a_list_that_submits_nothing_has_warnings_and_information_but_no_error() {
        InspectionDocuments ok = SampleForms.inspectionDocuments();
        InspectionDocuments none = ok;
        for (int i = 0; i < ok.documents().size(); i++) {
            none = Mutate.set(none, "documents[" + i + "].submission", Submission.NOT_SUBMITTED);
        }
        var report = RuleCase.DEFAULT.validate(none);

        assertThat(report.count(Severity.ERROR)).as(report.toText(Locale.JAPANESE)).isZero();
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.severity())
                .contains("INS-003 " + Severity.WARNING, "INS-009 " + Severity.INFO, "INS-005 " + Severity.WARNING);
    }

    @Test
    void a_list_of_only_the_hospital_checklist_has_no_error() {
        InspectionDocuments ok = SampleForms.inspectionDocuments();
        DocumentEntry first = ok.documents().get(0);
        var report = RuleCase.DEFAULT.validate(Mutate.set(ok, "documents", List.of(first)));

        assertThat(report.count(Severity.ERROR)).as(report.toText(Locale.JAPANESE)).isZero();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("INS-002")).hasSize(3);
    }

    @Test
    void a_package_of_only_the_hospital_checklist_has_no_cross_form_error() {
        PackageInput only = new PackageInput(List.of(PackageRuleCases.form("01_医療機関確認用.xlsx",
                SampleForms.hospitalChecklist())), List.of());
        PackageReport report = RuleCase.DEFAULT.validatePackage(only);

        assertThat(report.crossForm().findings()).as(report.toText(Locale.JAPANESE))
                .noneMatch(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.ruleId() + " " + f.severity())
                .contains("PKG-001 " + Severity.WARNING, "PKG-011 " + Severity.INFO);
    }

}
