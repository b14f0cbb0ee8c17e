package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.json;
import static io.github.medsecforms.bridge.TestBridge.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.internal.list.ListLayout;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.validation.Report;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The folder view's routes on a real bridge: one workbook of a folder answers its report, annotated copy and entry;
 * the entries sent back give the findings across submissions and the consolidated list import makes; what is not an
 * entry is a coded 4xx.
 */
class BatchApiTest {
    private static TestBridge server;
    private static final WorkbookChecker CHECKER = MedsecForms.checker(c -> c.asOf(TestBridge.AS_OF));

    @BeforeAll
    static void start() {
        server = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode validateOne(byte[] workbook, String name, long modified) {
        HttpResponse<byte[]> r = server.post("/api/v1/batch/validate?filename=" + BridgeApiTest.encode(name)
                + "&modified=" + modified, workbook, TestBridge.XLSX);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        return json(r);
    }

    private static byte[] sent(List<JsonNode> answers, List<String[]> unreadable) {
        ObjectNode body = TestBridge.JSON.createObjectNode();
        ArrayNode entries = body.putArray("entries");
        answers.forEach(a -> entries.add(a.get("entry")));
        ArrayNode files = body.putArray("unreadable");
        unreadable.forEach(u -> files.addObject().put("file", u[0]).put("code", u[1]).put("message", u[2]));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void one_workbook_of_a_folder_answers_its_report_its_annotated_copy_and_its_list_rows() throws Exception {
        byte[] workbook = Workbooks.withErrors();
        String name = "受付/北病院/回線.xlsx";
        WorkbookChecker.Checked expected = CHECKER.readAndCheck(workbook, name, Optional.empty());

        JsonNode answer = validateOne(workbook, name, 1_700_000_000_000L);

        assertThat(answer.get("file").asText()).isEqualTo(name);
        assertThat(answer.get("formId").asText()).isEqualTo("line-device-survey");
        assertThat(answer.get("report")).isEqualTo(TestBridge.JSON.readTree(expected.report().toJson(Locale.JAPANESE)));
        assertThat(answer.at("/annotated/fileName").asText()).isEqualTo("受付/北病院/回線.検証結果.xlsx");
        byte[] copy = Base64.getDecoder().decode(answer.at("/annotated/data").asText());
        try (XSSFWorkbook wb = BridgeApiTest.open(copy)) {
            assertThat(BridgeApiTest.resultRows(wb)).isEqualTo(BridgeApiTest.rows(expected.report(), Locale.JAPANESE));
        }
        ListLayout.Entry rows = new ListLayout(FormRegistry.get("line-device-survey"), Locale.JAPANESE)
                .entry(expected.read().form(), expected.read().findings(), expected.report());
        assertThat(answer.at("/entry/rows").size()).isEqualTo(rows.rows().size());
        assertThat(answer.at("/entry/rows/0").size()).isEqualTo(rows.rows().get(0).size());
        assertThat(answer.at("/entry/batch/file").asText()).isEqualTo(name);
        assertThat(answer.at("/entry/batch/modified").asText()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L).toString());
        assertThat(answer.at("/entry/errors").asInt()).isEqualTo(expected.report().count(io.github.medsecforms.model.Severity.ERROR));
    }

    @Test
    void the_entries_sent_back_give_the_findings_across_submissions_and_the_list_import_makes() throws Exception {
        byte[] request = Workbooks.filled("support-request");
        List<JsonNode> answers = List.of(
                validateOne(request, "受付/回答.xlsx", 1_000L),
                validateOne(request, "受付/回答_修正版.xlsx", 2_000L),
                validateOne(Workbooks.withErrors(), "受付/回線.xlsx", 3_000L));
        List<String[]> unreadable = List.<String[]>of(new String[] {"受付/壊れた.xlsx", "MSF-IO-1002", "ZIP形式ではありません"});

        HttpResponse<byte[]> check = server.post("/api/v1/batch/check", sent(answers, unreadable), "application/json");
        assertThat(check.statusCode()).as(text(check)).isEqualTo(200);
        JsonNode batch = json(check);
        assertThat(batch.get("submissions").asInt()).isEqualTo(3);
        assertThat(batch.at("/report/findings")).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("BAT-001");
            assertThat(f.get("file").asText()).isEqualTo("受付/回答.xlsx");
        });
        assertThat(batch.get("forms")).anySatisfy(f -> {
            assertThat(f.get("formId").asText()).isEqualTo("support-request");
            assertThat(f.get("files").asInt()).isEqualTo(2);
            assertThat(f.get("duplicates").asInt()).isEqualTo(1);
        });

        HttpResponse<byte[]> list = server.post("/api/v1/batch/list?form=support-request", sent(answers, unreadable),
                "application/json");
        assertThat(list.statusCode()).as(text(list)).isEqualTo(200);
        assertThat(BridgeApiTest.fileNameStar(list.headers().firstValue("Content-Disposition").orElseThrow()))
                .isEqualTo(FormRegistry.get("support-request").title() + "_一覧.xlsx");
        try (XSSFWorkbook wb = BridgeApiTest.open(list.body())) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("一覧", "提出間の照合", "読み込めなかったファイル");
            List<List<String>> rows = rows(wb.getSheet("一覧"));
            ListLayout layout = new ListLayout(FormRegistry.get("support-request"), Locale.JAPANESE);
            assertThat(rows.get(0)).isEqualTo(layout.columns().stream().map(ListLayout.Column::header).toList());
            assertThat(rows).hasSize(3); // the header and the two submissions of the form, never the line survey
            int file = rows.get(0).indexOf("ファイル");
            assertThat(rows.get(1).get(file)).isEqualTo("受付/回答.xlsx");
            assertThat(rows.get(2).get(file)).isEqualTo("受付/回答_修正版.xlsx");
            Report expected = CHECKER.readAndCheck(request, "受付/回答.xlsx", Optional.empty()).report();
            List<Object> expectedRow = layout.entry(CHECKER.readAndCheck(request, "受付/回答.xlsx", Optional.empty())
                    .read().form(), expected).rows().get(0);
            List<String> shown = new ArrayList<>(rows.get(1));
            while (shown.size() < expectedRow.size()) {
                shown.add(""); // POI's row ends at its last non-blank cell
            }
            for (int c = 0; c < expectedRow.size(); c++) {
                Object v = expectedRow.get(c);
                if (v instanceof java.time.LocalDate) {
                    assertThat(shown.get(c)).as(rows.get(0).get(c)).isNotEmpty();
                } else if (c != file) {
                    assertThat(shown.get(c)).as(rows.get(0).get(c)).isEqualTo(v == null ? "" : v.toString());
                }
            }
            assertThat(rows(wb.getSheet("提出間の照合"))).anySatisfy(r -> assertThat(r).contains("BAT-001"));
            assertThat(rows(wb.getSheet("読み込めなかったファイル")).get(1))
                    .containsExactly("受付/壊れた.xlsx", "MSF-IO-1002", "ZIP形式ではありません");
        }

        HttpResponse<byte[]> latest = server.post("/api/v1/batch/list?form=support-request&latest=true",
                sent(answers, unreadable), "application/json");
        try (XSSFWorkbook wb = BridgeApiTest.open(latest.body())) {
            assertThat(rows(wb.getSheet("一覧"))).hasSize(2);
            List<List<String>> superseded = rows(wb.getSheet("置き換えられた提出"));
            assertThat(superseded).hasSize(2);
            assertThat(superseded.get(1).get(0)).isEqualTo("受付/回答.xlsx");
            assertThat(superseded.get(1).get(2)).isEqualTo("受付/回答_修正版.xlsx");
        }
    }

    @Test
    void what_is_not_an_entry_or_too_many_entries_or_no_form_is_a_coded_client_error() {
        HttpResponse<byte[]> broken = server.post("/api/v1/batch/check", "{\"entries\": [{\"formId\": 3}]}"
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).get("code").asText()).isEqualTo("MSF-HTTP-1014");
        assertThat(json(broken).get("detail").asText()).contains("entries[0].formId");

        HttpResponse<byte[]> notJson = server.post("/api/v1/batch/check", "entries".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("code").asText()).isEqualTo("MSF-HTTP-1014");

        StringBuilder many = new StringBuilder("{\"entries\": [");
        for (int i = 0; i <= 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        HttpResponse<byte[]> tooMany = server.post("/api/v1/batch/check", many.append("]}").toString()
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(json(tooMany).get("code").asText()).isEqualTo("MSF-HTTP-1015");

        HttpResponse<byte[]> noForm = server.post("/api/v1/batch/list", "{\"entries\": []}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(noForm.statusCode()).isEqualTo(400);
        assertThat(json(noForm).get("code").asText()).isEqualTo("MSF-HTTP-1013");

        HttpResponse<byte[]> badTime = server.post("/api/v1/batch/validate?modified=yesterday", Workbooks.withErrors(),
                TestBridge.XLSX);
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(json(badTime).get("code").asText()).isEqualTo("MSF-HTTP-0400");

        HttpResponse<byte[]> csv = server.post("/api/v1/batch/validate?filename=a.xlsx",
                "病院名,コード\n".getBytes(StandardCharsets.UTF_8), TestBridge.XLSX);
        assertThat(csv.statusCode()).isEqualTo(422);
        assertThat(json(csv).get("code").asText()).isEqualTo("MSF-IO-1002");
    }

    /** A printed support request (its QR codes as render --pdf prints them) received as a FAX: a G3 TIFF at 204 × 98 dpi. */
    static byte[] faxedSupportRequest() {
        var form = io.github.medsecforms.model.testing.SampleForms.supportRequest();
        byte[] pdf = io.github.medsecforms.pdf.FormPdf.render(form,
                io.github.medsecforms.pdf.PdfFont.locate(Optional.empty()),
                io.github.medsecforms.pdf.FaxData.of(io.github.medsecforms.json.FormJson.writeBytes(form)));
        List<java.awt.image.BufferedImage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < io.github.medsecforms.pdf.testing.FaxRaster.pages(pdf); i++) {
            pages.add(io.github.medsecforms.pdf.testing.FaxRaster.page(pdf, i,
                    io.github.medsecforms.pdf.testing.FaxRaster.DPI_X, io.github.medsecforms.pdf.testing.FaxRaster.STANDARD_Y));
        }
        return io.github.medsecforms.pdf.testing.FaxImages.tiff(pages, io.github.medsecforms.pdf.testing.FaxImages.Tiff.G3,
                204, 98);
    }

    @Test
    void a_fax_in_the_folder_is_read_from_its_codes_listed_as_a_scan_and_has_no_annotated_copy() {
        HttpResponse<byte[]> r = server.post("/api/v1/batch/validate?filename=" + BridgeApiTest.encode("FAX受信/0401.tif")
                + "&modified=1000", faxedSupportRequest(), "application/octet-stream");

        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        JsonNode answer = json(r);
        assertThat(answer.get("formId").asText()).isEqualTo("support-request");
        assertThat(answer.get("annotated").isNull()).isTrue();
        assertThat(answer.at("/annotatedProblem/code").asText()).isEqualTo("MSF-IO-0619");
        assertThat(answer.at("/entry/rows").toString()).contains("スキャン（FAX）")
                .contains(io.github.medsecforms.model.testing.SampleForms.supportRequest().hospitalName());
    }

    @Test
    void a_text_pdf_without_a_code_in_the_folder_is_no_scan_and_says_so() throws Exception {
        byte[] pdf;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Network diagram");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }

        HttpResponse<byte[]> r = server.post("/api/v1/batch/validate?filename=" + BridgeApiTest.encode("提出/構成図.pdf"),
                pdf, "application/octet-stream");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("code").asText()).isEqualTo("MSF-HTTP-1016");
    }

    @Test
    void a_fax_validated_alone_answers_its_report_but_no_annotated_workbook() {
        byte[] tiff = faxedSupportRequest();
        HttpResponse<byte[]> report = server.post("/api/v1/validate?filename=" + BridgeApiTest.encode("0401.tif"), tiff,
                "application/octet-stream");
        assertThat(report.statusCode()).as(text(report)).isEqualTo(200);
        assertThat(json(report).get("formId").asText()).isEqualTo("support-request");

        HttpResponse<byte[]> copy = server.post("/api/v1/validate?format=xlsx&filename=" + BridgeApiTest.encode("0401.tif"),
                tiff, "application/octet-stream");
        assertThat(copy.statusCode()).isEqualTo(422);
        assertThat(json(copy).get("code").asText()).isEqualTo("MSF-HTTP-1017");
    }

    @Test
    void a_path_inside_the_folder_keeps_its_sub_folders_but_never_climbs_out() {
        JsonNode answer = validateOne(Workbooks.filled("support-request"), "../..//受付\\北:病院/./回答.xlsx", 0L);

        assertThat(answer.get("file").asText()).isEqualTo("受付/北_病院/回答.xlsx");
        assertThat(answer.at("/annotated/fileName").asText()).isEqualTo("受付/北_病院/回答.検証結果.xlsx");
    }

    static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
