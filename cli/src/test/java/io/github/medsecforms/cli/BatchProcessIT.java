package io.github.medsecforms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch commands end to end: the runnable jar as a real process over folders of real workbooks — valid, with
 * errors, unreadable and hostile — checking exit codes, the consolidated lists read back (POI, an RFC 4180 parser,
 * Jackson) and that an unreadable or hostile file is reported without stopping the run.
 */
class BatchProcessIT {
    private static final Path JAR = Path.of(System.getProperty("medsec.cli.jar", "target/medsec-forms-all.jar"));

    @TempDir
    static Path work;
    static Path inbox;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void prefectureInbox() {
        inbox = Fixtures.supportRequestInbox(work.resolve("受付"));
        byte[] valid = Fixtures.workbook(SampleForms.supportRequest());
        Fixtures.write(inbox, "09_zip爆弾.xlsx", Fixtures.zipBomb(valid));
        Fixtures.write(inbox, "10_実体展開.xlsx", Fixtures.entityExpansion(valid));
        Fixtures.write(inbox, "11_途中で切れた.xlsx", Fixtures.truncated(valid));
        Fixtures.write(inbox, "12_空.xlsx", new byte[0]);
    }

    @Test
    void validate_reports_every_file_in_order_and_exits_2_when_some_cannot_be_read() throws Exception {
        Result r = run(work, "validate", "受付", "--as-of", "2025-03-31");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        List<String> heads = r.out().lines().filter(l -> !l.startsWith(" ")).toList();
        assertThat(heads).hasSize(14);
        assertThat(heads.get(0)).startsWith("受付/01_香川中央病院.xlsx (support-request): 問題なし");
        assertThat(heads.get(2)).startsWith("受付/03_丸亀病院_記入漏れ.xlsx (support-request): エラーあり");
        assertThat(heads.get(4)).contains("06_壊れたファイル.xlsx: 読み込めません — MSF-IO-1002");
        assertThat(heads.get(5)).contains("07_旧形式.xls: 読み込めません — MSF-IO-1018");
        assertThat(heads.get(6)).contains("08_別の様式.xlsx (line-device-survey)");
        assertThat(heads.get(7)).contains("09_zip爆弾.xlsx: 読み込めません — MSF-IO-1105");
        assertThat(heads.get(8)).contains("10_実体展開.xlsx: 読み込めません — MSF-IO-1013");
        assertThat(heads.get(9)).contains("11_途中で切れた.xlsx: 読み込めません — MSF-IO-");
        assertThat(heads.get(10)).contains("12_空.xlsx: 読み込めません — MSF-IO-1001");
        assertThat(heads.get(11)).startsWith("受付/東讃/05_さぬき病院.xlsx (support-request): 問題なし");
        // the batch summary (issue 15): six submissions read together, nothing found across them
        assertThat(heads.get(12)).isEqualTo("提出間の照合（提出 6 件）: エラー 0 件、警告 0 件、情報 0 件");
        assertThat(heads.get(13)).startsWith("合計: ファイル 12 件 — 問題なし 5 件、エラーあり 1 件、読み込めない 6 件");
        assertThat(r.out()).doesNotContain("~$").doesNotContain(".DS_Store");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("Log4j");
    }

    @Test
    void validate_exits_1_for_errors_and_0_for_valid_forms() throws Exception {
        Result invalid = run(work, "validate", "受付/03_丸亀病院_記入漏れ.xlsx");
        Result valid = run(work, "validate", "受付/01_香川中央病院.xlsx", "受付/東讃");

        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(valid.exitCode()).as(valid.out()).isZero();
        assertThat(valid.out()).contains("問題なし 2 件");
    }

    @Test
    void import_writes_the_consolidated_xlsx_with_the_unreadable_files_on_their_own_sheet() throws Exception {
        Result r = run(work, "import", "受付", "--form", "support-request", "-o", "一覧/支援希望一覧.xlsx");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        Path list = work.resolve("一覧/支援希望一覧.xlsx");
        List<List<String>> rows = ListFiles.sheet(list, "一覧");
        assertThat(rows).hasSize(1 + 5);
        assertThat(rows.get(0)).startsWith("医療機関コード", "病院名（正式名称）");
        assertThat(rows.subList(1, 6)).extracting(row -> row.get(1)).contains("香川県立サンプル中央病院", "さぬきサンプル病院");
        List<List<String>> unreadable = ListFiles.sheet(list, "読み込めなかったファイル");
        assertThat(unreadable.subList(1, unreadable.size())).extracting(row -> row.get(1))
                .containsExactly("MSF-IO-1002", "MSF-IO-1018", "MSF-IO-2041", "MSF-IO-1105", "MSF-IO-1013",
                        unreadable.get(6).get(1), "MSF-IO-1001");
        assertThat(r.out()).contains("ファイル 12 件のうち 5 件を読み込み");
    }

    @Test
    void import_writes_csv_and_jsonl_that_parse() throws Exception {
        Result csv = run(work, "import", "受付", "--form", "support-request", "-o", "list.csv");
        Result jsonl = run(work, "import", "受付", "--form", "support-request", "-o", "list.jsonl");

        assertThat(csv.exitCode()).isEqualTo(2);
        List<List<String>> rows = ListFiles.csv(work.resolve("list.csv"));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2).get(1)).startsWith("'=HYPERLINK");
        assertThat(ListFiles.csv(work.resolve("list.errors.csv"))).hasSize(8);
        assertThat(jsonl.exitCode()).isEqualTo(2);
        List<JsonNode> records = ListFiles.jsonl(work.resolve("list.jsonl"));
        assertThat(records).hasSize(12);
        assertThat(records.stream().filter(n -> n.get("type").asText().equals("unreadable"))).hasSize(7);
    }

    @Test
    void import_of_valid_forms_only_exits_0() throws Exception {
        Result r = run(work, "import", "受付/東讃", "--form", "support-request", "-o", "東讃.xlsx");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ListFiles.sheet(work.resolve("東讃.xlsx"), "一覧")).hasSize(2);
    }

    @Test
    void validate_pdf_and_render_pdf_write_japanese_pdfs() throws Exception {
        Path json = Files.writeString(work.resolve("request.json"), FormJson.write(SampleForms.supportRequest()));

        Result report = run(work, "validate", "受付", "--pdf", "検証結果.pdf");
        Result fax = run(work, "render", json.getFileName().toString(), "--pdf", "-o", "fax.pdf", "--force");

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(text(work.resolve("検証結果.pdf"))).contains("検証結果報告", "03_丸亀病院_記入漏れ.xlsx", "MSF-IO-1105");
        assertThat(fax.exitCode()).as(fax.err()).isZero();
        assertThat(text(work.resolve("fax.pdf")).replaceAll("\\s", "")).contains("当病院は、当該事業の支援を希望します。");
    }

    @Test
    void help_lists_the_new_commands_and_their_exit_codes() throws Exception {
        Result top = run(work, "--help");
        Result validate = run(work, "validate", "--help");

        assertThat(top.out()).contains("template", "schema", "validate", "import", "package", "render");
        assertThat(validate.out()).contains("終了コード:", "1   エラーのある様式がある", "2   読み込めないファイルがある");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("it", ".out");
        Path err = Files.createTempFile("it", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("MEDSEC_FORMS_LANG");
        pb.environment().remove("MEDSEC_FORMS_FONT");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
