package io.github.medsecforms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which of several submissions of one hospital and form is the newest (docs/batch.md), and the hospital key. */
class BatchOrderTest {
    private static final FormValidator VALIDATOR = FormValidator.builder().asOf(LocalDate.of(2025, 3, 31)).build();
    private static final FiscalYear R7 = FiscalYear.reiwa(7);
    private static final Instant EARLY = Instant.parse("2025-01-10T00:00:00Z");
    private static final Instant LATE = Instant.parse("2025-02-10T00:00:00Z");

    private static Form checklist(String name, LocalDate checkedOn) {
        return new HospitalChecklist(R7, name, Optional.ofNullable(checkedOn), SampleForms.entries("checklist-hospital", R7));
    }

    private static BatchEntry entry(String file, Form form, Instant modified) {
        return BatchEntry.of(new SubmittedForm(form, file, Origins.empty(), List.of(), Optional.empty()),
                Optional.ofNullable(modified));
    }

    private static SubmittedForm intent(String file) {
        return new SubmittedForm(SampleForms.offlineBackupIntent(), file, Origins.empty(), List.of(), Optional.empty());
    }

    private static BatchReport.Superseded only(List<BatchEntry> entries, List<String> order) {
        BatchReport report = VALIDATOR.validateBatch(entries, order);
        assertThat(report.superseded()).hasSize(1);
        return report.superseded().get(0);
    }

    @Test
    void the_date_in_the_form_decides_before_the_modification_time() {
        var s = only(List.of(entry("b.xlsx", checklist("みなと病院", LocalDate.of(2025, 2, 1)), EARLY),
                entry("a.xlsx", checklist("みなと病院", LocalDate.of(2025, 1, 1)), LATE)), List.of());
        assertThat(s.file()).isEqualTo("a.xlsx");
        assertThat(s.newer()).isEqualTo("b.xlsx");
        assertThat(s.reason()).contains("確認日", "2025-01-01", "2025-02-01");
        assertThat(s.reason(Locale.ENGLISH)).contains("Checked on", "is before");
    }

    @Test
    void the_survey_tools_completion_time_decides_before_the_modification_time() {
        BatchEntry first = BatchEntry.of(intent("forms_export_1.xlsx"),
                Optional.of(LocalDateTime.of(2024, 8, 20, 9, 15, 2)), Optional.of(LATE));
        BatchEntry second = BatchEntry.of(intent("forms_export_2.xlsx"),
                Optional.of(LocalDateTime.of(2024, 8, 28, 17, 40, 0)), Optional.of(EARLY));
        var s = only(List.of(second, first), List.of());
        assertThat(s.file()).isEqualTo("forms_export_1.xlsx");
        assertThat(s.newer()).isEqualTo("forms_export_2.xlsx");
        assertThat(s.reason()).contains("完了時刻", "2024-08-20 09:15:02", "2024-08-28 17:40:00");
        assertThat(s.reason(Locale.ENGLISH)).contains("completion time");
    }

    @Test
    void a_completion_time_on_only_some_submissions_leaves_the_decision_to_the_modification_time() {
        var s = only(List.of(BatchEntry.of(intent("export.xlsx"),
                        Optional.of(LocalDateTime.of(2024, 8, 28, 17, 40, 0)), Optional.of(EARLY)),
                BatchEntry.of(intent("typed.xlsx"), Optional.empty(), Optional.of(LATE))), List.of());
        assertThat(s.file()).isEqualTo("export.xlsx");
        assertThat(s.reason()).contains("更新日時");
    }

    @Test
    void without_a_date_in_the_form_the_modification_time_decides() {
        var s = only(List.of(entry("回答_修正版.xlsx", checklist("みなと病院", null), EARLY),
                entry("回答.xlsx", checklist("みなと病院", null), LATE)), List.of());
        assertThat(s.file()).isEqualTo("回答_修正版.xlsx");
        assertThat(s.reason()).contains("更新日時");
    }

    @Test
    void without_dates_or_times_the_later_name_is_the_newer() {
        var s = only(List.of(entry("回答_修正版.xlsx", checklist("みなと病院", null), null),
                entry("回答.xlsx", checklist("みなと病院", null), LATE)), List.of());
        assertThat(s.file()).isEqualTo("回答.xlsx");
        assertThat(s.newer()).isEqualTo("回答_修正版.xlsx");
        assertThat(s.reason()).contains("ファイル名の順");
    }

    @Test
    void an_order_file_overrides_dates_and_matches_by_file_name_alone() {
        var s = only(List.of(entry("受付/b.xlsx", checklist("みなと病院", LocalDate.of(2025, 2, 1)), LATE),
                entry("受付/a.xlsx", checklist("みなと病院", LocalDate.of(2025, 1, 1)), EARLY)),
                List.of("b.xlsx", "a.xlsx"));
        assertThat(s.file()).isEqualTo("受付/b.xlsx");
        assertThat(s.reason()).contains("順序ファイル");
    }

    @Test
    void the_summary_counts_files_hospitals_duplicates_and_conflicts_per_form() {
        BatchReport report = VALIDATOR.validateBatch(List.of(
                entry("1.xlsx", checklist("みなと病院", null), EARLY),
                entry("2.xlsx", checklist("医療法人 みなと病院", null), LATE),
                entry("3.xlsx", checklist("やま病院", null), EARLY),
                entry("4.xlsx", checklist("", null), EARLY)), List.of());
        assertThat(report.forms()).containsExactly(
                new BatchReport.FormSummary("checklist-hospital", 4, 2, 1, 1, 0));
        assertThat(report.latest().findings().total()).isZero();
        assertThat(report.toText(Locale.JAPANESE)).contains("checklist-hospital: ファイル 4 件、病院 2",
                "重複 1 件、食い違い 0 件");
    }

    @Test
    void names_are_compared_without_width_spaces_and_corporate_prefixes() {
        assertThat(BatchEntry.normalisedName("医療法人社団　みなと会 ＡＢＣ病院")).isEqualTo("みなと会ABC病院");
        assertThat(BatchEntry.normalisedName("（医）みなと病院")).isEqualTo("みなと病院");
        assertThat(BatchEntry.normalisedName("社会医療法人 みなと病院")).isEqualTo("みなと病院");
    }

    @Test
    void the_hospital_key_is_the_code_where_the_form_has_one_else_the_name_with_the_prefecture() {
        BatchEntry request = BatchEntry.of(SubmittedForm.of(SampleForms.supportRequest()), Optional.empty());
        assertThat(request.hospitalKey()).contains("code:" + SampleForms.supportRequest().hospitalCode().get().value());
        BatchEntry survey = BatchEntry.of(SubmittedForm.of(SampleForms.lineDeviceSurvey()), Optional.empty());
        assertThat(survey.hospitalKey()).contains("name:サンプル総合病院|岡山県");
        assertThat(survey.addresses()).extracting(BatchEntry.Address::value)
                .contains("121.119.249.222", "vpn.sample-hospital.example.jp", "203.141.10.20");
        BatchEntry backup = BatchEntry.of(SubmittedForm.of(SampleForms.backupVpnSurvey()), Optional.empty());
        assertThat(backup.hospitalKey()).isEmpty();
    }
}
