package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.cli.ListFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code import} over several submissions at once: the findings across submissions, the batch
 * summary, {@code import --latest} with its list of superseded files, and {@code --order}.
 */
class BatchCommandTest {
    private static final Instant T0 = Instant.parse("2025-01-10T00:00:00Z");

    @TempDir
    Path dir;

    /** 回答.xlsx and its corrected copy 回答_修正版.xlsx (newer), and another hospital's answer. */
    private Path inbox() throws IOException {
        Path in = dir.resolve("受付");
        write(in, "回答.xlsx", Fixtures.supportRequest(1, "ミナト病院"), T0);
        write(in, "回答_修正版.xlsx", Fixtures.supportRequest(1, "ミナト病院"), T0.plusSeconds(3600));
        write(in, "ヤマ病院.xlsx", Fixtures.supportRequest(2, "ヤマ病院"), T0);
        return in;
    }

    private static void write(Path in, String name, io.github.medsecforms.model.Form form, Instant modified)
            throws IOException {
        Path file = Fixtures.write(in, name, Fixtures.workbook(form));
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    @Test
    void validate_flags_the_older_of_two_submissions_of_one_hospital_and_prints_the_batch_summary() throws IOException {
        Run run = Run.of("validate", inbox().toString(), "--as-of", "2025-03-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("提出間の照合（提出 3 件）: エラー 0 件、警告 1 件",
                "回答.xlsx 回答様式!", "BAT-001", "回答_修正版.xlsx にもあり",
                "support-request: ファイル 3 件、病院 2、重複 1 件、食い違い 0 件");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("合計: ファイル 3 件");
    }

    @Test
    void one_file_alone_has_no_batch_section() throws IOException {
        Run run = Run.of("validate", inbox().resolve("回答.xlsx").toString(), "--as-of", "2025-03-31");

        assertThat(run.out()).doesNotContain("提出間", "BAT-");
    }

    @Test
    void json_has_the_batch_summary_the_superseded_files_and_the_findings() throws Exception {
        Run run = Run.of("validate", inbox().toString(), "--as-of", "2025-03-31", "--format", "json", "--lang", "en");

        JsonNode batch = new ObjectMapper().readTree(run.out()).get("batch");
        assertThat(batch.get("submissions").asInt()).isEqualTo(3);
        assertThat(batch.get("forms").get(0).get("duplicates").asInt()).isEqualTo(1);
        assertThat(batch.get("forms").get(0).get("hospitals").asInt()).isEqualTo(2);
        assertThat(batch.get("superseded").get(0).get("file").asText()).endsWith("回答.xlsx");
        assertThat(batch.get("superseded").get(0).get("reason").asText()).contains("modified");
        assertThat(batch.get("report").get("findings").get(0).get("ruleId").asText()).isEqualTo("BAT-001");
        assertThat(batch.get("report").get("findings").get(0).get("stage").asText()).isEqualTo("across submissions");
    }

    @Test
    void tsv_lists_the_batch_findings_with_their_file_like_the_others() throws IOException {
        Run run = Run.of("validate", inbox().toString(), "--as-of", "2025-03-31", "--format", "tsv");

        assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(6));
        assertThat(run.out().lines().filter(l -> l.contains("\tBAT-001\t"))).singleElement()
                .satisfies(l -> assertThat(l).contains("回答.xlsx\t警告\t回答様式\t"));
    }

    @Test
    void import_without_latest_keeps_both_rows_and_lists_the_findings_on_their_own_sheet() throws IOException {
        Path list = dir.resolve("一覧.xlsx");

        Run run = Run.of("import", inbox().toString(), "--form", "support-request", "-o", list.toString(),
                "--as-of", "2025-03-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ListFiles.sheet(list, "一覧")).hasSize(4);
        assertThat(ListFiles.sheetNames(list)).containsExactly("一覧", "提出間の照合", "読み込めなかったファイル");
        assertThat(ListFiles.sheet(list, "提出間の照合").get(1)).contains("BAT-001");
        assertThat(run.out()).contains("BAT-001", "重複 1 件");
    }

    @Test
    void import_latest_keeps_the_newest_row_and_lists_the_superseded_file_with_the_reason() throws IOException {
        Path list = dir.resolve("一覧.xlsx");

        Run run = Run.of("import", inbox().toString(), "--form", "support-request", "-o", list.toString(),
                "--as-of", "2025-03-31", "--latest");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<List<String>> rows = ListFiles.sheet(list, "一覧");
        assertThat(rows).hasSize(3);
        int file = rows.get(0).indexOf("ファイル");
        assertThat(rows.subList(1, 3)).extracting(r -> r.get(file))
                .allSatisfy(f -> assertThat(f).doesNotEndWith("受付/回答.xlsx"));
        assertThat(ListFiles.sheetNames(list).get(1)).isEqualTo("置き換えられた提出");
        List<List<String>> superseded = ListFiles.sheet(list, "置き換えられた提出");
        assertThat(superseded).hasSize(2);
        assertThat(superseded.get(1).get(0)).endsWith("回答.xlsx");
        assertThat(superseded.get(1).get(2)).endsWith("回答_修正版.xlsx");
        assertThat(superseded.get(1).get(3)).contains("更新日時");
        assertThat(ListFiles.sheetNames(list)).doesNotContain("提出間の照合");
        assertThat(run.out()).contains("古い提出 1 件を一覧から外しました", "ファイル 3 件のうち 3 件を読み込み、一覧 2 行");
    }

    @Test
    void import_latest_to_csv_writes_the_superseded_side_file() throws IOException {
        Path list = dir.resolve("out/一覧.csv");

        Run run = Run.of("import", inbox().toString(), "--form", "support-request", "-o", list.toString(), "--latest");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ListFiles.csv(list)).hasSize(3);
        List<List<String>> side = ListFiles.csv(dir.resolve("out/一覧.superseded.csv"));
        assertThat(side).hasSize(2);
        assertThat(side.get(1).get(0)).endsWith("回答.xlsx");
        assertThat(Files.exists(dir.resolve("out/一覧.batch.csv"))).isFalse();
    }

    @Test
    void import_latest_to_json_lines_writes_superseded_records() throws IOException {
        Path list = dir.resolve("一覧.jsonl");

        Run.of("import", inbox().toString(), "--form", "support-request", "-o", list.toString(), "--latest");

        List<JsonNode> records = ListFiles.jsonl(list);
        assertThat(records).filteredOn(r -> r.get("type").asText().equals("submission")).hasSize(2);
        assertThat(records).filteredOn(r -> r.get("type").asText().equals("superseded")).singleElement()
                .satisfies(r -> assertThat(r.get("newer").asText()).endsWith("回答_修正版.xlsx"));
    }

    @Test
    void an_order_file_overrides_the_modification_times() throws IOException {
        Path in = inbox();
        Path order = Files.writeString(dir.resolve("順序.txt"), "# oldest first\n回答_修正版.xlsx\n回答.xlsx\n");
        Path list = dir.resolve("一覧.xlsx");

        Run run = Run.of("import", in.toString(), "--form", "support-request", "-o", list.toString(), "--latest",
                "--order", order.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<List<String>> superseded = ListFiles.sheet(list, "置き換えられた提出");
        assertThat(superseded.get(1).get(0)).endsWith("回答_修正版.xlsx");
        assertThat(superseded.get(1).get(3)).contains("順序ファイル");
    }

    @Test
    void an_order_file_that_cannot_be_read_is_a_coded_usage_error() throws IOException {
        Run run = Run.of("validate", inbox().toString(), "--order", dir.resolve("nope.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-CLI-0019", "nope.txt");
    }

    /** A Microsoft Forms export of the offline backup survey: one answer of {@code hospital}, completed {@code completed}. */
    private static void export(Path in, String name, String hospital, String completed, Instant modified)
            throws IOException {
        List<String> header = List.of("ID", "開始時刻", "完了時刻", "メール", "名前", "病院名", "患者数",
                "電子カルテのオフラインバックアップの現状", "本事業での支援の意向", "バックアップの保存先", "備考");
        List<Object> row = List.of(1, completed, completed, "anonymous", "", hospital, 800,
                "オフラインバックアップ未実施", "サーバ・物品を年度内に調達して新設する", "院内の物理媒体", "");
        Path file = Fixtures.write(in, name, io.github.medsecforms.xlsx.TableWorkbook.write(
                List.of(new io.github.medsecforms.xlsx.TableWorkbook.Table("Sheet1", header, List.of(row)))));
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    @Test
    void import_latest_keeps_the_survey_answer_completed_last_whatever_the_files_times_and_names()
            throws IOException {
        Path in = dir.resolve("アンケート");
        export(in, "ミナト病院.xlsx", "ミナト病院", "2024/8/28 17:40:05", T0);
        export(in, "ミナト病院_再回答.xlsx", "ミナト病院", "2024/8/20 9:15:00", T0.plusSeconds(86_400));
        Path list = dir.resolve("意向一覧.xlsx");

        Run run = Run.of("import", in.toString(), "--form", "offline-backup-intent", "-o", list.toString(),
                "--as-of", "2025-03-31", "--latest");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ListFiles.sheet(list, "一覧")).hasSize(2);
        List<List<String>> superseded = ListFiles.sheet(list, "置き換えられた提出");
        assertThat(superseded).hasSize(2);
        assertThat(superseded.get(1).get(0)).endsWith("ミナト病院_再回答.xlsx");
        assertThat(superseded.get(1).get(2)).endsWith("ミナト病院.xlsx");
        assertThat(superseded.get(1).get(3)).contains("完了時刻", "2024-08-20 09:15:00", "2024-08-28 17:40:05");
    }
}
