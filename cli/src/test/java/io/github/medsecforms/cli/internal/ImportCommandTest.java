package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.cli.ListFiles;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.selection.BandQuota;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.BedBand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void support_requests_become_one_row_each_with_the_fields_a_prefecture_sends_on() {
        Path inbox = Fixtures.supportRequestInbox(dir.resolve("inbox"));
        Path list = dir.resolve("一覧.xlsx");

        Run run = Run.of("import", inbox.toString(), "--form", "support-request", "-o", list.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE); // three files could not be read
        assertThat(ListFiles.sheetNames(list)).containsExactly("一覧", "読み込めなかったファイル");
        List<List<String>> rows = ListFiles.sheet(list, "一覧");
        assertThat(rows.get(0)).startsWith("医療機関コード", "病院名（正式名称）", "郵便番号", "住所", "電話番号",
                "担当者①/所属・役職", "担当者①/氏名", "担当者①/Mail アドレス", "担当者②/所属・役職");
        assertThat(rows.get(0)).contains("サイバーセキュリティ調査における回答データの活用の可否", "備考")
                .endsWith("様式の版", "ファイル", "読取元", "エラー件数", "警告件数", "主なエラー");
        assertThat(rows).hasSize(6);
        int name = rows.get(0).indexOf("病院名（正式名称）");
        int file = rows.get(0).indexOf("ファイル");
        int errors = rows.get(0).indexOf("エラー件数");
        int first = rows.get(0).indexOf("主なエラー");
        assertThat(rows.subList(1, 6)).extracting(r -> r.get(name)).containsExactly("香川県立サンプル中央病院",
                "=HYPERLINK(\"http://example.com\",\"高松みなと病院\")", "", "坂出サンプル病院", "さぬきサンプル病院");
        assertThat(rows.get(1).get(0)).isEqualTo(Fixtures.supportRequest(1, "x").hospitalCode().get().value());
        assertThat(rows.get(3).get(errors)).isNotEqualTo("0");
        assertThat(rows.get(3).get(first)).contains("回答様式!");
        assertThat(rows.get(3).get(file)).endsWith("03_丸亀病院_記入漏れ.xlsx");
        assertThat(rows.get(5).get(file)).contains("東讃");

        List<List<String>> unreadable = ListFiles.sheet(list, "読み込めなかったファイル");
        assertThat(unreadable.get(0)).containsExactly("ファイル", "コード", "内容");
        assertThat(unreadable.subList(1, unreadable.size())).extracting(r -> r.get(1))
                .containsExactly("MSF-IO-1002", "MSF-IO-1018", "MSF-IO-2041");
        assertThat(unreadable.get(1).get(2)).contains("06_壊れたファイル.xlsx");
        assertThat(run.out()).contains("ファイル 8 件のうち 5 件を読み込み、一覧 5 行を書き出しました（エラーあり 1 件、読み込めない 3 件）");
        assertThat(run.err()).contains("06_壊れたファイル.xlsx: 読み込めません — MSF-IO-1002");
    }

    @Test
    void the_columns_are_the_forms_single_fields_in_metadata_order() {
        Path list = dir.resolve("l.xlsx");
        Fixtures.write(dir.resolve("in"), "a.xlsx", Fixtures.workbook(SampleForms.supportRequest()));

        Run.of("import", dir.resolve("in").toString(), "--form", "support-request", "-o", list.toString());

        List<String> expected = FormRegistry.get("support-request").sheets().get(0).fields().stream()
                .map(FieldDescriptor::qualifiedLabel).toList();
        assertThat(ListFiles.sheet(list, "一覧").get(0).subList(0, expected.size())).isEqualTo(expected);
    }

    @Test
    void csv_is_utf8_with_bom_quoted_per_rfc_4180_with_formulas_neutralised_and_errors_beside_it() {
        Path inbox = Fixtures.supportRequestInbox(dir.resolve("inbox"));
        Path list = dir.resolve("out/一覧.csv");

        Run run = Run.of("import", inbox.toString(), "--form", "support-request", "-o", list.toString());

        List<List<String>> rows = ListFiles.csv(list);
        assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
        int name = rows.get(0).indexOf("病院名（正式名称）");
        int remarks = rows.get(0).indexOf("備考");
        assertThat(rows.get(2).get(name)).isEqualTo("'=HYPERLINK(\"http://example.com\",\"高松みなと病院\")");
        assertThat(rows.get(1).get(remarks)).contains("\n"); // a line break inside a quoted field
        List<List<String>> errors = ListFiles.csv(dir.resolve("out/一覧.errors.csv"));
        assertThat(errors).hasSize(4);
        assertThat(errors.get(1).get(1)).isEqualTo("MSF-IO-1002");
        assertThat(run.out()).contains("一覧.errors.csv");
    }

    @Test
    void jsonl_has_a_record_per_submission_and_per_unreadable_file() {
        Path inbox = Fixtures.supportRequestInbox(dir.resolve("inbox"));
        Path list = dir.resolve("list.jsonl");

        Run.of("import", inbox.toString(), "--form", "support-request", "-o", list.toString());

        List<JsonNode> records = ListFiles.jsonl(list);
        assertThat(records).hasSize(8);
        JsonNode first = records.get(0);
        assertThat(first.get("type").asText()).isEqualTo("submission");
        assertThat(first.get("hospitalName").asText()).isEqualTo("香川県立サンプル中央病院");
        assertThat(first.get("contact1.email").asText()).isEqualTo("kako@sample-hospital.example.jp");
        assertThat(first.get("dataUse").asText()).isEqualTo("可");
        assertThat(first.get("errors").asInt()).isZero();
        assertThat(first.get("firstErrors")).isEmpty();
        JsonNode invalid = records.get(2);
        assertThat(invalid.get("hospitalName").isNull()).isTrue();
        assertThat(invalid.get("firstErrors").get(0).get("location").asText()).startsWith("回答様式!");
        assertThat(records.subList(5, 8)).allSatisfy(r -> assertThat(r.get("type").asText()).isEqualTo("unreadable"));
    }

    @Test
    void hospital_selections_list_each_hospital_and_summarise_the_quota_of_each_bed_band() {
        HospitalSelection okayama = SampleForms.hospitalSelection();
        // 倉敷みなと病院 (20～199床) removed, and the quota of that band raised to 3
        HospitalSelection short1 = Mutate.set(okayama, "hospitals[-1]", null);
        HospitalSelection withBand = Mutate.set(short1, "quotas[0]",
                new BandQuota(Optional.of(BedBand.parse("20～199床")), Optional.of(3)));
        Fixtures.write(dir.resolve("in"), "33_岡山県.xlsx", Fixtures.workbook(okayama));
        Fixtures.write(dir.resolve("in"), "34_広島県.xlsx", Fixtures.workbook(withBand));
        Path list = dir.resolve("選定.xlsx");

        Run run = Run.of("import", dir.resolve("in").toString(), "--form", "hospital-selection", "-o", list.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCodes.FINDINGS);
        // both files are selections of 岡山県 (the second only named 広島県): a duplicate across submissions (BAT-001)
        assertThat(ListFiles.sheetNames(list)).containsExactly("一覧", "支援枠の集計", "提出間の照合", "読み込めなかったファイル");
        assertThat(ListFiles.sheet(list, "提出間の照合").get(1)).contains("BAT-001");
        List<List<String>> rows = ListFiles.sheet(list, "一覧");
        assertThat(rows.get(0)).startsWith("都道府県名", "行番号", "医療機関コード", "病院名", "病床数", "病床規模区分",
                "電子カルテ導入", "選定理由");
        assertThat(rows).hasSize(1 + 3 + 2);
        assertThat(rows.get(1)).startsWith("岡山県", "1", "3310712363", "岡山サンプル病院", "150");
        List<List<String>> quotas = ListFiles.sheet(list, "支援枠の集計");
        assertThat(quotas.get(0)).containsExactly("都道府県名", "病床規模", "支援枠", "選定数", "過不足（選定数−支援枠）", "ファイル");
        assertThat(quotas.get(1)).startsWith("岡山県", "20~199床", "2", "2", "0");
        assertThat(quotas.get(2)).startsWith("岡山県", "200床以上", "1", "1", "0");
        assertThat(quotas.get(3)).startsWith("岡山県", "20~199床", "3", "1", "-2");
        assertThat(quotas.get(4)).startsWith("岡山県", "200床以上", "1", "1", "0");
    }

    @Test
    void hospital_selection_quotas_are_records_of_their_own_in_jsonl_and_a_file_beside_the_csv() {
        Fixtures.write(dir.resolve("in"), "33.xlsx", Fixtures.workbook(SampleForms.hospitalSelection()));

        Run.of("import", dir.resolve("in").toString(), "--form", "hospital-selection", "-o", dir.resolve("s.jsonl").toString());
        Run.of("import", dir.resolve("in").toString(), "--form", "hospital-selection", "-o", dir.resolve("s.csv").toString());

        List<JsonNode> records = ListFiles.jsonl(dir.resolve("s.jsonl"));
        assertThat(records).extracting(r -> r.get("type").asText()).containsExactly("hospital", "hospital", "hospital",
                "quota", "quota");
        assertThat(records.get(3).get("band").asText()).isEqualTo("20~199床"); // BedBand keeps the NFKC wording
        assertThat(records.get(3).get("difference").asInt()).isZero();
        assertThat(ListFiles.csv(dir.resolve("s.quotas.csv"))).hasSize(3);
    }

    @Test
    void other_forms_list_their_single_fields_and_the_number_of_rows_of_each_table() {
        Fixtures.write(dir.resolve("in"), "lds.xlsx", Fixtures.workbook(SampleForms.lineDeviceSurvey()));
        Path list = dir.resolve("lds.xlsx");

        Run run = Run.of("import", dir.resolve("in").toString(), "--form", "line-device-survey", "-o", list.toString());

        List<List<String>> rows = ListFiles.sheet(list, "一覧");
        assertThat(rows.get(0)).contains("医療機関名", "担当者（行数）", "回線・機器情報（行数）", "調査端末情報（行数）");
        assertThat(rows.get(1).get(rows.get(0).indexOf("医療機関名"))).isEqualTo("サンプル総合病院");
        assertThat(rows.get(1).get(rows.get(0).indexOf("回線・機器情報（行数）"))).isEqualTo("3");
        assertThat(rows.get(0)).noneMatch(h -> h.contains("平面図"));
        assertThat(run.exitCode()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    }

    @Test
    void an_output_of_unknown_kind_or_an_unknown_form_is_a_usage_error_and_nothing_is_written() {
        Run kind = Run.of("import", dir.toString(), "--form", "support-request", "-o", dir.resolve("x.txt").toString());
        Run form = Run.of("import", dir.toString(), "--form", "nope", "-o", dir.resolve("x.xlsx").toString());
        Run missing = Run.of("import", dir.toString(), "-o", dir.resolve("x.xlsx").toString());

        assertThat(kind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(kind.err()).contains("MSF-CLI-0003");
        assertThat(form.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--form");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void english_headers_with_lang_en() {
        Fixtures.write(dir.resolve("in"), "a.xlsx", Fixtures.workbook(SampleForms.supportRequest()));

        Run.of("--lang", "en", "import", dir.resolve("in").toString(), "--form", "support-request", "-o",
                dir.resolve("l.xlsx").toString());

        assertThat(ListFiles.sheetNames(dir.resolve("l.xlsx"))).containsExactly("List", "Unreadable files");
        assertThat(ListFiles.sheet(dir.resolve("l.xlsx"), "List").get(0)).startsWith("Medical institution code");
    }
}
