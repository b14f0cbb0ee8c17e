package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.XLSX;
import static io.github.medsecforms.bridge.TestBridge.json;
import static io.github.medsecforms.bridge.TestBridge.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.ReadPlacement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/read} on a real bridge on a free loopback port, with real workbooks. */
class ReadApiTest {
    static final String NOTE = "院長確認は来週になります（総務課）";

    private static TestBridge server;

    @BeforeAll
    static void start() {
        server = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void read_gives_the_form_json_of_parse_recognising_the_form_and_no_map_unless_asked() throws Exception {
        byte[] workbook = Workbooks.filled("line-device-survey");

        HttpResponse<byte[]> read = server.post("/api/v1/read?filename=" + enc("回線調査.xlsx"), workbook, XLSX);
        HttpResponse<byte[]> parsed = server.post("/api/v1/forms/line-device-survey/parse", workbook, XLSX);

        assertThat(read.statusCode()).as(text(read)).isEqualTo(200);
        JsonNode node = json(read);
        assertThat(node.get("file").asText()).isEqualTo("回線調査.xlsx");
        assertThat(node.get("formId").asText()).isEqualTo("line-device-survey");
        assertThat(node.get("title").asText()).startsWith("別紙2-1");
        assertThat(node.get("forms")).singleElement().isEqualTo(json(parsed));
        assertThat(node.has("placements")).isFalse();
        assertThat(node.has("unread")).isFalse();
    }

    @Test
    void explain_gives_every_value_with_its_cell_and_how_as_the_reader_does_in_process() {
        byte[] workbook = withNote(Workbooks.filled("support-request"));
        ReadExplanation expected = FormReader.create().explain(workbook, "支援.xlsx");

        HttpResponse<byte[]> response = server.post("/api/v1/read?explain=true&filename=" + enc("支援.xlsx"), workbook, XLSX);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode node = json(response);
        JsonNode placements = node.get("placements");
        assertThat(placements).hasSize(expected.placed().size());
        for (int i = 0; i < placements.size(); i++) {
            ReadPlacement p = expected.placed().get(i);
            JsonNode n = placements.get(i);
            assertThat(n.get("path").asText()).isEqualTo(p.path());
            assertThat(n.get("label").asText()).isEqualTo(p.label());
            assertThat(n.get("sheet").asText()).isEqualTo(p.sheet());
            assertThat(n.get("cell").asText()).isEqualTo(p.cell());
            assertThat(n.get("value").asText()).isEqualTo(p.value());
            assertThat(n.get("how").asText()).isEqualTo(p.how());
        }
        assertThat(node.get("unread")).singleElement().satisfies(u -> {
            assertThat(u.get("text").asText()).isEqualTo(NOTE);
            assertThat(u.get("sheet").asText() + "!" + u.get("cell").asText()).isEqualTo(expected.unread().get(0).location());
        });
        assertThat(FormJson.read(node.get("forms").get(0).toString())).usingRecursiveComparison()
                .isEqualTo(expected.result().form());
    }

    @Test
    void labels_follow_the_language_and_a_given_form_is_checked() {
        byte[] workbook = Workbooks.filled("support-request");

        JsonNode en = json(server.post("/api/v1/read?explain&lang=en&form=support-request", workbook, XLSX));
        HttpResponse<byte[]> wrong = server.post("/api/v1/read?form=line-device-survey", workbook, XLSX);
        HttpResponse<byte[]> unknown = server.post("/api/v1/read?form=nope", workbook, XLSX);

        assertThat(en.get("placements")).isNotEmpty().allSatisfy(n -> assertThat(n.get("label").asText())
                .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(json(wrong).get("code").asText()).isEqualTo("MSF-IO-2041");
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void bad_input_is_a_coded_problem_and_a_password_never_appears() {
        HttpResponse<byte[]> notAWorkbook = server.post("/api/v1/read?explain=true", "hello".getBytes(), XLSX);
        HttpResponse<byte[]> typo = server.post("/api/v1/read?explian=true", Workbooks.filled("support-request"), XLSX);
        HttpResponse<byte[]> badFlag = server.post("/api/v1/read?explain=yes", Workbooks.filled("support-request"), XLSX);
        String withPasswords = text(server.post("/api/v1/read?explain=true",
                Workbooks.withPasswordSheet(Workbooks.filled("line-device-survey")), XLSX));

        assertThat(notAWorkbook.statusCode()).isEqualTo(422);
        assertThat(json(notAWorkbook).get("code").asText()).startsWith("MSF-IO-");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(badFlag.statusCode()).isEqualTo(400);
        assertThat(withPasswords).contains("\"placements\"").doesNotContain(Workbooks.PASSWORD);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@link #NOTE} typed in a row the reader read, far to the right of the form. */
    static byte[] withNote(byte[] filled) {
        var origin = FormReader.create().read(filled, "x.xlsx").origins().asMap().values().iterator().next();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            XSSFSheet sheet = wb.getSheet(origin.sheet());
            int row = new CellReference(origin.cell()).getRow();
            Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            r.createCell(14).setCellValue(NOTE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
