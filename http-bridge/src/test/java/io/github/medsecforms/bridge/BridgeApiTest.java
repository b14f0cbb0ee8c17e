package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.XLSM;
import static io.github.medsecforms.bridge.TestBridge.XLSX;
import static io.github.medsecforms.bridge.TestBridge.json;
import static io.github.medsecforms.bridge.TestBridge.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.PackageReport;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.WorkbookAnnotator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of a real bridge on a free loopback port, with real workbooks. */
class BridgeApiTest {
    private static TestBridge server;
    private static final WorkbookChecker IN_PROCESS =
            MedsecForms.checker(c -> c.asOf(TestBridge.AS_OF));

    /** One finding as every answer can show it. */
    record Row5(String severity, String sheet, String cell, String ruleId, String message) {
    }

    @BeforeAll
    static void start() {
        server = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ------------------------------------------------------------------ GET

    @Test
    void health_and_version_name_the_server_and_every_supported_form_and_version() {
        var health = server.get("/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("ok");
        assertThat(json(health).get("tokenRequired").asBoolean()).isFalse();

        JsonNode version = json(server.get("/api/v1/version"));
        assertThat(version.get("name").asText()).isEqualTo("medsec-forms");
        assertThat(version.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(version.get("api").asText()).isEqualTo("v1");
        Map<String, List<String>> forms = new LinkedHashMap<>();
        version.get("forms").forEach(f -> {
            List<String> versions = new ArrayList<>();
            f.get("versions").forEach(v -> versions.add(v.asText()));
            forms.put(f.get("id").asText(), versions);
        });
        Map<String, List<String>> expected = new LinkedHashMap<>();
        FormRegistry.forms().forEach(f -> expected.put(f.id(), f.versions().stream().map(v -> v.code()).toList()));
        assertThat(forms).isEqualTo(expected);
    }

    @Test
    void forms_lists_ids_titles_versions_and_sheets_of_the_registry() {
        HttpResponse<byte[]> response = server.get("/api/v1/forms");

        assertThat(contentType(response)).isEqualTo("application/json;charset=utf-8");
        JsonNode list = json(response);
        assertThat(list).hasSize(FormRegistry.forms().size());
        for (int i = 0; i < list.size(); i++) {
            FormDescriptor form = FormRegistry.forms().get(i);
            JsonNode f = list.get(i);
            assertThat(f.get("id").asText()).isEqualTo(form.id());
            assertThat(f.get("title").asText()).isEqualTo(form.title());
            List<String> sheets = new ArrayList<>();
            f.get("sheets").forEach(s -> sheets.add(s.asText()));
            assertThat(sheets).isEqualTo(form.sheetNames());
            assertThat(f.get("template").asText()).isEqualTo("/api/v1/forms/" + form.id() + "/template");
        }
    }

    @Test
    void every_template_downloads_as_an_xlsx_named_in_japanese_that_reads_back_as_its_form() {
        for (FormDescriptor form : FormRegistry.forms()) {
            HttpResponse<byte[]> response = server.get("/api/v1/forms/" + form.id() + "/template");

            assertThat(response.statusCode()).as(form.id()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
            String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
            assertThat(disposition).startsWith("attachment; filename=\"" + form.id() + ".xlsx\"; filename*=UTF-8''");
            assertThat(fileNameStar(disposition)).isEqualTo(form.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx");
            assertThat(FormReader.create().recognise(response.body(), "t.xlsx")).as(form.id()).hasValue(form.id());
        }
        HttpResponse<byte[]> r6 = server.get("/api/v1/forms/checklist-hospital/template?version=R6");
        assertThat(r6.statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ POST /validate

    @Test
    void json_tsv_and_annotated_xlsx_agree_with_each_other_and_with_in_process_validation() throws Exception {
        byte[] workbook = Workbooks.withErrors();
        Report expected = IN_PROCESS.readAndCheck(workbook, "survey.xlsx", Optional.empty()).report();
        assertThat(expected.findings()).extracting(Finding::ruleId).contains("MSF-FLD-0001", "LDS-005");
        List<Row5> expectedJa = rows(expected, Locale.JAPANESE);

        HttpResponse<byte[]> jsonAnswer = server.post("/api/v1/validate?filename=survey.xlsx", workbook, XLSX);
        HttpResponse<byte[]> tsvAnswer = server.post("/api/v1/validate?format=tsv&lang=ja&filename=survey.xlsx", workbook, XLSX);
        HttpResponse<byte[]> xlsxAnswer = server.post("/api/v1/validate?format=xlsx&filename=survey.xlsx", workbook, XLSX);

        assertThat(jsonAnswer.statusCode()).isEqualTo(200);
        assertThat(text(jsonAnswer)).isEqualTo(expected.toJson(Locale.JAPANESE));
        JsonNode report = json(jsonAnswer);
        assertThat(report.get("valid").asBoolean()).isFalse();
        List<Row5> fromJson = new ArrayList<>();
        report.get("findings").forEach(f -> fromJson.add(new Row5(Severity.valueOf(f.get("severity").asText()
                .toUpperCase(Locale.ROOT)).label(), f.path("sheet").asText(""), f.path("cell").asText(""),
                f.get("ruleId").asText(), f.get("message").asText())));
        assertThat(fromJson).isEqualTo(expectedJa);

        assertThat(contentType(tsvAnswer)).isEqualTo("text/tab-separated-values;charset=utf-8");
        assertThat(tsvRows(text(tsvAnswer))).isEqualTo(expectedJa);

        assertThat(xlsxAnswer.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(fileNameStar(xlsxAnswer.headers().firstValue("Content-Disposition").orElseThrow()))
                .isEqualTo("survey_検証結果.xlsx");
        try (XSSFWorkbook copy = open(xlsxAnswer.body())) {
            assertThat(resultRows(copy)).isEqualTo(expectedJa);
            for (Row5 row : expectedJa) {
                if (!row.cell().isEmpty()) {
                    XSSFCell cell = cell(copy, row.sheet(), row.cell());
                    assertThat(cell.getCellStyle().getFillForegroundXSSFColor()).as(row.toString()).isNotNull();
                    assertThat(cell.getCellComment().getString().getString()).contains(row.ruleId());
                }
            }
        }
    }

    @Test
    void the_annotated_workbook_reopens_with_every_cell_of_the_users_sheets_unchanged() throws Exception {
        byte[] workbook = Workbooks.withErrors();

        byte[] copy = server.post("/api/v1/validate?format=xlsx", workbook, XLSX).body();

        try (XSSFWorkbook before = open(workbook); XSSFWorkbook after = open(copy)) {
            for (int i = 0; i < before.getNumberOfSheets(); i++) {
                XSSFSheet sheet = before.getSheetAt(i);
                assertThat(cells(after.getSheet(sheet.getSheetName()))).as(sheet.getSheetName()).isEqualTo(cells(sheet));
            }
            assertThat(after.getSheetName(after.getNumberOfSheets() - 1)).isEqualTo(WorkbookAnnotator.RESULT_SHEET);
        }
        // and it still is the same form to the reader: the user can fix it and check it again
        assertThat(FormReader.create().read(copy, "copy.xlsx").form())
                .isEqualTo(FormReader.create().read(workbook, "orig.xlsx").form());
    }

    @Test
    void the_annotated_copy_of_a_workbook_with_a_password_sheet_has_no_password_in_it() throws Exception {
        byte[] workbook = Workbooks.withPasswordSheet(Workbooks.filled("line-device-survey"));

        HttpResponse<byte[]> json = server.post("/api/v1/validate", workbook, XLSX);
        HttpResponse<byte[]> tsv = server.post("/api/v1/validate?format=tsv", workbook, XLSX);
        HttpResponse<byte[]> xlsx = server.post("/api/v1/validate?format=xlsx", workbook, XLSX);

        assertThat(text(json)).contains("LDS-024").doesNotContain(Workbooks.PASSWORD);
        assertThat(text(tsv)).contains("LDS-024").doesNotContain(Workbooks.PASSWORD);
        assertThat(partsText(xlsx.body())).doesNotContain(Workbooks.PASSWORD);
        try (XSSFWorkbook copy = open(xlsx.body())) {
            assertThat(copy.getSheet(Workbooks.PASSWORD_SHEET)).isNull();
        }
    }

    @Test
    void a_macro_enabled_workbook_comes_back_macro_enabled_with_its_macros() throws Exception {
        byte[] vba = "the hospital's own macros".getBytes(StandardCharsets.UTF_8);
        byte[] xlsm = asXlsm(Workbooks.withErrors(), vba);

        HttpResponse<byte[]> response = server.post("/api/v1/validate?format=xlsx&filename=" + encode("様式.xlsm"), xlsm, XLSM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSM);
        assertThat(fileNameStar(response.headers().firstValue("Content-Disposition").orElseThrow())).isEqualTo("様式_検証結果.xlsm");
        assertThat(parts(response.body()).get("xl/vbaProject.bin")).isEqualTo(vba);
    }

    @Test
    void a_multipart_upload_is_the_same_as_a_raw_one() {
        byte[] workbook = Workbooks.withErrors();
        String boundary = "----medsec" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"survey.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> multipart = server.post("/api/v1/validate", body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
        HttpResponse<byte[]> raw = server.post("/api/v1/validate?filename=survey.xlsx", workbook, XLSX);

        assertThat(multipart.statusCode()).isEqualTo(200);
        assertThat(text(multipart)).isEqualTo(text(raw));
    }

    @Test
    void english_is_given_for_lang_en_or_accept_language_en_and_japanese_otherwise() {
        byte[] workbook = Workbooks.withErrors();
        Report expected = IN_PROCESS.readAndCheck(workbook, "workbook.xlsx", Optional.empty()).report();

        String byParam = text(server.post("/api/v1/validate?lang=en", workbook, XLSX));
        String byHeader = text(server.post("/api/v1/validate", workbook, XLSX, "Accept-Language", "en-US,en;q=0.9,ja;q=0.5"));
        String byDefault = text(server.post("/api/v1/validate", workbook, XLSX, "Accept-Language", "fr-FR"));

        assertThat(byParam).isEqualTo(expected.toJson(Locale.ENGLISH)).isEqualTo(byHeader);
        assertThat(byDefault).isEqualTo(expected.toJson(Locale.JAPANESE));
        assertThat(text(server.post("/api/v1/validate?format=tsv&lang=en", workbook, XLSX)))
                .isEqualTo(expected.toTsv(Locale.ENGLISH));
    }

    @Test
    void as_of_and_diagnosis_day_parameters_change_the_validation_like_the_validator_options() {
        byte[] workbook = Workbooks.filled("line-device-survey");
        LocalDate day = LocalDate.of(2025, 6, 1);
        Report expected = MedsecForms.checker(c -> c.asOf(day).diagnosisDay(true))
                .readAndCheck(workbook, "workbook.xlsx", Optional.empty()).report();
        Report normal = IN_PROCESS.readAndCheck(workbook, "workbook.xlsx", Optional.empty()).report();

        String answer = text(server.post("/api/v1/validate?asOf=2025-06-01&diagnosisDay=true", workbook, XLSX));

        assertThat(answer).isEqualTo(expected.toJson(Locale.JAPANESE));
        assertThat(expected.toJson(Locale.JAPANESE)).isNotEqualTo(normal.toJson(Locale.JAPANESE));
    }

    @Test
    void the_form_parameter_reads_a_checklist_as_the_checklist_asked_for() {
        byte[] workbook = Workbooks.filled("checklist-hospital");

        JsonNode report = json(server.post("/api/v1/validate?form=checklist-hospital", workbook, XLSX));

        assertThat(report.get("formId").asText()).isEqualTo("checklist-hospital");
    }

    // ------------------------------------------------------------------ parse, render

    @Test
    void parse_gives_the_form_json_and_render_turns_it_back_into_a_workbook_of_the_same_form() {
        for (FormDescriptor form : FormRegistry.forms()) {
            byte[] workbook = Workbooks.filled(form.id());

            HttpResponse<byte[]> parsed = server.post("/api/v1/forms/" + form.id() + "/parse", workbook, XLSX);

            assertThat(parsed.statusCode()).as(form.id()).isEqualTo(200);
            var read = FormReader.create().read(workbook, "w.xlsx", form.id()).form();
            assertThat(text(parsed)).isEqualTo(FormJson.write(read) + "\n");

            HttpResponse<byte[]> rendered = server.post("/api/v1/forms/" + form.id() + "/render", parsed.body(),
                    "application/json");

            assertThat(rendered.statusCode()).as(form.id()).isEqualTo(200);
            assertThat(rendered.headers().firstValue("Content-Type")).hasValue(XLSX);
            // the same workbook as FormWriter in process (compared as read back: a file carries its creation time)
            byte[] inProcess = FormWriter.fill(FormJson.read(parsed.body(), form.type())).bytes();
            assertThat(FormReader.create().read(rendered.body(), "r.xlsx", form.id()).form()).as(form.id())
                    .isEqualTo(FormReader.create().read(inProcess, "p.xlsx", form.id()).form());
            assertThat(FormReader.create().recognise(rendered.body(), "r.xlsx")).hasValue(form.id());
        }
    }

    @Test
    void parse_never_turns_a_password_into_json() {
        byte[] workbook = Workbooks.withPasswordSheet(Workbooks.filled("line-device-survey"));

        String json = text(server.post("/api/v1/forms/line-device-survey/parse", workbook, XLSX));

        assertThat(json).doesNotContain(Workbooks.PASSWORD).doesNotContain("パスワード");
    }

    @Test
    void renders_the_support_request_as_a_pdf_and_refuses_forms_without_a_pdf_layout() throws Exception {
        byte[] json = FormJson.writeBytes(SampleForms.supportRequest());

        HttpResponse<byte[]> response = server.post("/api/v1/forms/support-request/render?format=pdf", json, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("香川県立サンプル中央病院");
        }
        HttpResponse<byte[]> refused = server.post("/api/v1/forms/line-device-survey/render?format=pdf",
                FormJson.writeBytes(SampleForms.lineDeviceSurvey()), "application/json");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("code").asText()).isEqualTo("MSF-HTTP-0501");
    }

    // ------------------------------------------------------------------ packages

    @Test
    void a_package_is_validated_like_in_process_and_unreadable_files_are_named() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("提出書類/別紙2-1.xlsx", Workbooks.filled("line-device-survey"));
        files.put("提出書類/回答様式.xlsx", Workbooks.filled("support-request"));
        files.put("提出書類/チェックリスト.xlsx", Workbooks.filled("checklist-hospital"));
        files.put("提出書類/壊れた.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
        files.put("提出書類/ネットワーク構成図.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Workbooks.zip(files);
        List<WorkbookChecker.NamedFile> named = files.entrySet().stream()
                .map(e -> new WorkbookChecker.NamedFile(e.getKey().substring(e.getKey().lastIndexOf('/') + 1), e.getValue()))
                .toList();
        WorkbookChecker.PackageOutcome expected = IN_PROCESS.checkPackage(named);

        HttpResponse<byte[]> response = server.post("/api/v1/packages/validate?filename=" + encode("一式.zip"), zip, "application/zip");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response);
        JsonNode inProcess = TestBridge.JSON.valueToTree(parseJson(expected.report().toJson(Locale.JAPANESE)));
        assertThat(answer.get("valid")).isEqualTo(inProcess.get("valid"));
        assertThat(answer.get("documents")).isEqualTo(inProcess.get("documents"));
        assertThat(answer.get("forms")).isEqualTo(inProcess.get("forms"));
        assertThat(answer.get("crossForm")).isEqualTo(inProcess.get("crossForm"));
        assertThat(answer.get("file").asText()).isEqualTo("一式.zip");
        assertThat(answer.get("unreadable")).hasSize(1);
        assertThat(answer.get("unreadable").get(0).get("file").asText()).isEqualTo("壊れた.xlsx");
        assertThat(answer.get("unreadable").get(0).get("code").asText()).isEqualTo("MSF-IO-1002");

        String tsv = text(server.post("/api/v1/packages/validate?format=tsv", zip, "application/x-zip-compressed"));
        PackageReport report = expected.report();
        assertThat(tsv).endsWith(report.toTsv(Locale.JAPANESE)).contains("MSF-IO-1002");
        assertThat(tsv.lines()).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(5));
    }

    // ------------------------------------------------------------------ helpers

    static List<Row5> rows(Report report, Locale locale) {
        return report.findings().stream().map(f -> new Row5(
                        LocalizedSeverity.of(f.severity(), locale), f.origin().map(CellOrigin::sheet).orElse(""),
                        f.origin().map(CellOrigin::cell).orElse(""), f.ruleId(), oneLine(f.message(locale))))
                .collect(Collectors.toList());
    }

    /** TSV answer lines as findings: exactly five tab-separated fields a line. */
    static List<Row5> tsvRows(String tsv) {
        List<Row5> rows = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(5);
            rows.add(new Row5(f[0], f[1], f[2], f[3], f[4]));
        }
        return rows;
    }

    static String oneLine(String s) {
        return s.replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Severity names as the Japanese or English answers spell them. */
    static final class LocalizedSeverity {
        static String of(Severity s, Locale locale) {
            return locale.getLanguage().equals("en") ? s.labelEn() : s.label();
        }
    }

    static List<Row5> resultRows(XSSFWorkbook copy) {
        XSSFSheet sheet = copy.getSheet(WorkbookAnnotator.RESULT_SHEET);
        List<Row5> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            rows.add(new Row5(str(row, 0), str(row, 1), str(row, 2), str(row, 3), oneLine(str(row, 4))));
        }
        return rows;
    }

    private static String str(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static XSSFCell cell(XSSFWorkbook wb, String sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** Every non-blank cell's type, value and number format, by address. */
    static Map<String, String> cells(XSSFSheet sheet) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.BLANK) {
                    continue;
                }
                String value = switch (c.getCellType()) {
                    case STRING -> c.getStringCellValue();
                    case NUMERIC -> String.valueOf(c.getNumericCellValue());
                    case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
                    case FORMULA -> c.getCellFormula();
                    case ERROR -> String.valueOf(c.getErrorCellValue());
                    default -> "";
                };
                out.put(c.getAddress().formatAsString(), c.getCellType() + " " + value + " | "
                        + c.getCellStyle().getDataFormatString());
            }
        }
        return out;
    }

    /** The Content-Type without spaces, lower case (Jetty writes {@code application/json;charset=utf-8}). */
    static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    static String fileNameStar(String disposition) {
        int i = disposition.indexOf("filename*=UTF-8''");
        return URLDecoder.decode(disposition.substring(i + "filename*=UTF-8''".length()), StandardCharsets.UTF_8);
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Object parseJson(String json) {
        try {
            return TestBridge.JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static String partsText(byte[] zip) throws IOException {
        return parts(zip).values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
    }

    static byte[] asXlsm(byte[] workbook, byte[] vba) throws Exception {
        try (XSSFWorkbook wb = open(workbook)) {
            wb.setWorkbookType(XSSFWorkbookType.XLSM);
            OPCPackage pkg = wb.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart part = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
            try (OutputStream out = part.getOutputStream()) {
                out.write(vba);
            }
            wb.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
