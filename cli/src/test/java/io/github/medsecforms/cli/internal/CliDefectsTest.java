package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.cli.ListFiles;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.WorkbookAnnotator;
import io.github.medsecforms.xlsx.WrittenWorkbook;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 as a user of the command line meets it: items 2, 5, 6, 7, 8 and 9. */
class CliDefectsTest {
    static final String PASSWORD = "Hx5%planted-CLI";

    @TempDir
    Path dir;

    /** The support request with its 医療機関コード written as {@code code} (a check digit that does not match). */
    static byte[] supportRequestWithCode(String code) throws Exception {
        WrittenWorkbook written = FormWriter.fill(Fixtures.supportRequest(1, "観音寺サンプル病院"));
        CellOrigin at = written.origins().find("hospitalCode").orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written.bytes()))) {
            CellReference ref = new CellReference(at.cell());
            XSSFSheet sheet = wb.getSheet(at.sheet());
            sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(code);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The line survey with a sheet {@code PW一覧} of logins. */
    static byte[] surveyWithPasswords() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.workbook(SampleForms.lineDeviceSurvey())))) {
            XSSFSheet sheet = wb.createSheet("PW一覧");
            String[][] rows = {{"機器名", "ID", "PW"}, {"UTM-01", "admin", PASSWORD}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ item 2: annotate

    @Test
    void annotate_writes_one_marked_copy_per_workbook_into_the_output_folder() throws Exception {
        Path inbox = dir.resolve("受付");
        Fixtures.write(inbox, "病院A.xlsx", supportRequestWithCode("3710112348"));
        Fixtures.write(inbox, "病院B.xlsx", Fixtures.workbook(Fixtures.supportRequest(2, "病院B")));
        Path out = dir.resolve("返送");

        Run run = Run.of("annotate", inbox.toString(), "-o", out.toString(), "--as-of", "2025-03-31");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        Path a = out.resolve("病院A.検証結果.xlsx");
        assertThat(a).exists();
        assertThat(out.resolve("病院B.検証結果.xlsx")).exists();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(a))) {
            XSSFSheet results = wb.getSheet(WorkbookAnnotator.RESULT_SHEET);
            assertThat(results).isNotNull();
            assertThat(results.getLastRowNum()).isPositive();
        }
        // a second run does not take the copies for inputs, and never overwrites without --force
        Run again = Run.of("annotate", inbox.toString(), "-o", out.toString(), "--as-of", "2025-03-31");
        assertThat(again.err()).contains("MSF-CLI-0004");
    }

    @Test
    void annotate_of_one_file_writes_the_named_file_and_explains_a_legacy_xls() throws Exception {
        Path one = Fixtures.write(dir, "回答.xlsx", Fixtures.workbook(Fixtures.supportRequest(3, "病院C")));
        Path xls = Fixtures.write(dir, "旧形式.xls", XlsWorkbooks.fromXlsx(Fixtures.workbook(Fixtures.supportRequest(4, "病院D"))));

        Run run = Run.of("annotate", one.toString(), "-o", dir.resolve("結果.xlsx").toString(), "--as-of", "2025-03-31");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("結果.xlsx")).exists();

        Run legacy = Run.of("annotate", xls.toString());
        assertThat(legacy.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(legacy.err()).contains("MSF-IO-3002").contains(".xlsx").doesNotContain("Exception");
    }

    // ------------------------------------------------------------------ items 4, 5: passwords never travel

    @Test
    void a_password_list_workbook_fails_the_package_and_is_named_by_validate() throws Exception {
        Path pkg = dir.resolve("一式");
        Fixtures.write(pkg, "別紙2-1.xlsx", Fixtures.workbook(SampleForms.lineDeviceSurvey()));
        Fixtures.write(pkg, "PW.xlsx", FormWriter.fillCredentials(SampleForms.credentialList()).bytes());

        Run pack = Run.of("package", pkg.toString(), "--as-of", "2025-03-31");
        assertThat(pack.exitCode()).as(pack.out()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(pack.out()).contains("PKG-012").contains("PW.xlsx");

        Run validate = Run.of("validate", pkg.resolve("PW.xlsx").toString());
        assertThat(validate.out() + validate.err()).contains("MSF-IO-2042").contains("提出不要");
    }

    @Test
    void no_output_of_any_kind_carries_a_planted_password() throws Exception {
        Path in = dir.resolve("in");
        Fixtures.write(in, "survey.xlsx", surveyWithPasswords());
        Fixtures.write(in, "pw.xlsx", FormWriter.fillCredentials(SampleForms.credentialList()).bytes());
        StringBuilder all = new StringBuilder();
        for (String format : List.of("text", "json", "tsv")) {
            Run run = Run.of("validate", in.toString(), "--format", format, "--as-of", "2025-03-31");
            all.append(run.out()).append(run.err());
            Run pack = Run.of("package", in.toString(), "--format", format, "--as-of", "2025-03-31");
            all.append(pack.out()).append(pack.err());
        }
        Run validateWithPdf = Run.of("validate", in.toString(), "--pdf", dir.resolve("r.pdf").toString());
        all.append(validateWithPdf.out()).append(validateWithPdf.err());
        for (String ext : List.of("xlsx", "csv", "jsonl")) {
            Run run = Run.of("import", in.toString(), "--form", "line-device-survey", "-o", dir.resolve("list." + ext).toString());
            all.append(run.out()).append(run.err());
        }
        Run annotate = Run.of("annotate", in.toString(), "-o", dir.resolve("copies").toString());
        all.append(annotate.out()).append(annotate.err());
        assertThat(dir.resolve("copies/survey.検証結果.xlsx")).exists();

        assertThat(all.toString()).contains("LDS-024").doesNotContain(PASSWORD).doesNotContain("secret");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(in)).toList()) {
                assertThat(textOf(file)).as(file.toString()).doesNotContain(PASSWORD).doesNotContain("secret");
            }
        }
    }

    /** A file's bytes as text, and the text of every part when it is a zip (xlsx). */
    static String textOf(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        StringBuilder out = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    out.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ item 6: zips from Linux

    @Test
    void a_zip_with_utf8_names_without_the_flag_is_read_and_a_broken_zip_says_so_in_japanese() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("提出書類/別紙2-1_回線・機器情報.xlsx"));
            out.write(Fixtures.workbook(SampleForms.lineDeviceSurvey()));
            out.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        for (int i = 0; i + 10 < zip.length; i++) { // Info-ZIP's zip: UTF-8 names, no language-encoding flag
            if (zip[i] == 'P' && zip[i + 1] == 'K' && (zip[i + 2] == 3 && zip[i + 3] == 4 || zip[i + 2] == 1 && zip[i + 3] == 2)) {
                int flagByte = i + (zip[i + 2] == 3 ? 7 : 9);
                zip[flagByte] = (byte) (zip[flagByte] & ~0x08);
            }
        }
        Path file = Files.write(dir.resolve("linux.zip"), zip);

        Run run = Run.of("package", file.toString(), "--as-of", "2025-03-31");
        assertThat(run.err()).doesNotContain("MSF-CLI-0010");
        assertThat(run.out()).contains("別紙2-1_回線・機器情報.xlsx");

        Path broken = Files.write(dir.resolve("broken.zip"), java.util.Arrays.copyOf(zip, 40));
        Run bad = Run.of("package", broken.toString());
        assertThat(bad.err()).contains("MSF-CLI-0010").doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}")
                .doesNotContain("Exception");
    }

    // ------------------------------------------------------------------ item 7: lists keep what was written

    @Test
    void the_consolidated_list_keeps_a_hospital_code_with_a_wrong_check_digit_as_written() throws Exception {
        Path inbox = dir.resolve("inbox");
        Fixtures.write(inbox, "a.xlsx", supportRequestWithCode("3710112348"));
        for (String ext : List.of("xlsx", "csv", "jsonl")) {
            Path list = dir.resolve("list." + ext);
            Run run = Run.of("import", inbox.toString(), "--form", "support-request", "-o", list.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
            String text = switch (ext) {
                case "xlsx" -> ListFiles.sheet(list, "一覧").toString();
                case "csv" -> ListFiles.csv(list).toString();
                default -> ListFiles.jsonl(list).toString();
            };
            assertThat(text).as(ext).contains("3710112348").contains("MSF-VAL");
        }
    }

    // ------------------------------------------------------------------ item 8: no FAX-ready PDF of a form with errors

    @Test
    void render_pdf_refuses_a_form_with_errors_unless_allowed() throws Exception {
        Path json = Files.writeString(dir.resolve("request.json"), FormJson.write(Fixtures.invalidSupportRequest()));

        Run refused = Run.of("render", json.toString(), "--pdf");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(refused.err()).contains("MSF-CLI-0017").contains("--allow-errors");
        assertThat(dir.resolve("request.pdf")).doesNotExist();

        Run allowed = Run.of("render", json.toString(), "--pdf", "--allow-errors");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("--allow-errors");
        assertThat(dir.resolve("request.pdf")).exists();
    }

    // ------------------------------------------------------------------ item 9: help that is true

    @Test
    void every_extension_validate_help_names_is_read_and_none_is_said_to_be_unreadable() throws Exception {
        for (String lang : List.of("ja", "en")) {
            String help = Run.of("--lang", lang, "validate", "--help").out();
            assertThat(help).doesNotContain("読み込めない旧形式").doesNotContain(".xls, reported as unreadable");
            Matcher m = Pattern.compile("\\.(xlsx|xlsm|xls)(?![a-z])").matcher(help);
            java.util.Set<String> named = new java.util.TreeSet<>();
            while (m.find()) {
                named.add(m.group(1));
            }
            assertThat(named).as(help).contains("xlsx", "xlsm", "xls");
            for (String ext : named) {
                byte[] workbook = Fixtures.workbook(Fixtures.supportRequest(5, "病院E"));
                byte[] bytes = ext.equals("xls") ? XlsWorkbooks.fromXlsx(workbook) : workbook;
                Path folder = dir.resolve(lang + "-" + ext);
                Fixtures.write(folder, "form." + ext, bytes);
                Run run = Run.of("--lang", lang, "validate", folder.toString(), "--as-of", "2025-03-31");
                assertThat(run.exitCode()).as(ext + ": " + run.out() + run.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
                assertThat(run.out()).as(ext).contains("form." + ext);
            }
        }
    }
}
