package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.model.testing.SampleForms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void valid_workbooks_exit_0_with_a_report_each_and_a_summary() {
        Fixtures.write(dir, "a.xlsx", Fixtures.workbook(SampleForms.full("support-request")));
        Fixtures.write(dir, "b.xlsx", Fixtures.workbook(SampleForms.full("hospital-selection")));

        Run run = Run.of("validate", dir.toString(), "--as-of", "2025-03-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("a.xlsx (support-request): 問題なし", "b.xlsx (hospital-selection): 問題なし",
                "合計: ファイル 2 件 — 問題なし 2 件、エラーあり 0 件、読み込めない 0 件");
    }

    @Test
    void a_form_with_errors_exits_1_and_names_the_cells() {
        Path file = Fixtures.write(dir, "丸亀.xlsx", Fixtures.workbook(Fixtures.invalidSupportRequest()));

        Run run = Run.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("丸亀.xlsx (support-request): エラーあり", "[エラー] 回答様式!");
    }

    @Test
    void an_unreadable_file_is_reported_and_the_others_are_still_validated_with_exit_2() {
        Fixtures.write(dir, "1.xlsx", Fixtures.workbook(Fixtures.invalidSupportRequest()));
        Fixtures.write(dir, "2.xlsx", Fixtures.notAWorkbook());
        Fixtures.write(dir, "3.xlsx", Fixtures.workbook(SampleForms.full("support-request")));

        Run run = Run.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        List<String> lines = run.out().lines().filter(l -> !l.startsWith(" ")).toList();
        assertThat(lines.get(0)).contains("1.xlsx (support-request): エラーあり");
        assertThat(lines.get(1)).contains("2.xlsx: 読み込めません — MSF-IO-1002", "2.xlsx");
        assertThat(lines.get(2)).contains("3.xlsx (support-request): 問題なし");
        assertThat(run.out()).contains("問題なし 1 件、エラーあり 1 件、読み込めない 1 件");
    }

    @Test
    void a_path_that_does_not_exist_is_a_coded_error_and_no_workbook_at_all_is_exit_2() {
        Run run = Run.of("validate", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-CLI-0001", "nope", "MSF-CLI-0002");
    }

    @Test
    void json_is_one_document_with_every_report_the_unreadable_files_and_a_summary() throws Exception {
        Fixtures.write(dir, "1.xlsx", Fixtures.workbook(SampleForms.full("support-request")));
        Fixtures.write(dir, "2.xls", Fixtures.legacyXls());
        Fixtures.write(dir, "3.xlsx", Fixtures.workbook(Fixtures.invalidSupportRequest()));

        Run run = Run.of("validate", dir.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("reports")).hasSize(2);
        assertThat(json.get("reports").get(0).get("valid").asBoolean()).isTrue();
        assertThat(json.get("reports").get(1).get("findings").get(0).get("sheet").asText()).isEqualTo("回答様式");
        assertThat(json.get("unreadable").get(0).get("code").asText()).isEqualTo("MSF-IO-1018");
        assertThat(json.get("summary").get("files").asInt()).isEqualTo(3);
        assertThat(json.get("summary").get("invalid").asInt()).isEqualTo(1);
    }

    @Test
    void json_with_only_unreadable_files_is_still_valid_json() throws Exception {
        Fixtures.write(dir, "x.xlsx", Fixtures.notAWorkbook());

        Run run = Run.of("validate", dir.toString(), "--format", "json", "--lang", "en");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("reports")).isEmpty();
        assertThat(json.get("unreadable").get(0).get("message").asText()).contains("Not an Excel workbook");
    }

    @Test
    void tsv_lines_start_with_the_file() {
        Fixtures.write(dir, "3.xlsx", Fixtures.workbook(Fixtures.invalidSupportRequest()));
        Fixtures.write(dir, "4.xlsx", Fixtures.notAWorkbook());

        Run run = Run.of("validate", dir.toString(), "--format", "tsv");

        assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(6));
        assertThat(run.out().lines().filter(l -> l.contains("3.xlsx\tエラー\t回答様式\t"))).isNotEmpty();
        assertThat(run.out()).contains("4.xlsx\tエラー\t\t\tMSF-IO-1002\t");
    }

    @Test
    void a_form_asked_for_refuses_workbooks_of_another_form() {
        Fixtures.write(dir, "survey.xlsx", Fixtures.workbook(SampleForms.full("line-device-survey")));

        Run run = Run.of("validate", dir.toString(), "--form", "support-request");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("MSF-IO-2041");
    }

    @Test
    void an_unknown_form_id_is_a_usage_error() {
        Run run = Run.of("validate", dir.toString(), "--form", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("フォームID「nope」はありません");
    }

    @Test
    void the_as_of_date_accepts_japanese_notations_and_refuses_nonsense() {
        Fixtures.write(dir, "a.xlsx", Fixtures.workbook(SampleForms.full("support-request")));

        assertThat(Run.of("validate", dir.toString(), "--as-of", "令和7年3月31日").exitCode()).isZero();
        Run bad = Run.of("validate", dir.toString(), "--as-of", "someday");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--as-of", "someday");
    }

    @Test
    void english_reports_with_lang_en() {
        Fixtures.write(dir, "a.xlsx", Fixtures.workbook(Fixtures.invalidSupportRequest()));

        Run run = Run.of("--lang", "en", "validate", dir.toString());

        assertThat(run.out()).contains("INVALID", "Total: 1 files");
    }

    @Test
    void one_thread_and_many_give_the_same_output_in_the_same_order() {
        for (int i = 0; i < 12; i++) {
            Fixtures.write(dir, String.format("%02d.xlsx", i), i % 3 == 0 ? Fixtures.notAWorkbook()
                    : Fixtures.workbook(i % 3 == 1 ? Fixtures.invalidSupportRequest() : SampleForms.supportRequest()));
        }

        Run one = Run.of("validate", dir.toString(), "--threads", "1");
        Run four = Run.of("validate", dir.toString(), "--threads", "4");

        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
