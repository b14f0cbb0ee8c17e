package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.ReadPlacement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medsec-forms read FILE [--explain]} on real workbooks written by {@link FormWriter} and read back. */
class ReadCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NOTE = "院長確認は来週になります（総務課）";

    @TempDir
    Path dir;

    @Test
    void read_prints_the_form_as_the_json_of_the_bridge_s_parse() throws Exception {
        Form form = SampleForms.lineDeviceSurvey();
        Path file = Files.write(dir.resolve("回線調査.xlsx"), FormWriter.fill(form).bytes());

        Run run = Run.of("read", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(FormJson.write(form) + "\n");
        assertThat(FormJson.read(run.out())).usingRecursiveComparison().isEqualTo(form);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void read_lists_what_it_did_not_read_on_standard_error_and_still_exits_0() throws Exception {
        Path file = withNote(dir.resolve("支援.xlsx"));

        Run run = Run.of("read", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(MAPPER.readTree(run.out()).get("formId").asText()).isEqualTo("support-request");
        assertThat(run.err()).startsWith("読み取りの指摘: ").contains("MSF-IO-2008", NOTE);
    }

    @Test
    void explain_prints_every_value_with_its_cell_and_how_then_the_text_not_read() throws Exception {
        Path file = withNote(dir.resolve("支援.xlsx"));
        ReadExplanation expected = FormReader.create().explain(file);

        Run run = Run.of("read", file.toString(), "--explain");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] parts = run.out().split("\n\n");
        assertThat(parts[0]).isEqualTo("支援.xlsx（support-request: "
                + io.github.medsecforms.model.FormRegistry.get("support-request").title() + "）");
        assertThat(parts[1]).startsWith("読み取った値（" + expected.placed().size() + " 件）\n  項目");
        for (ReadPlacement p : expected.placed()) {
            assertThat(parts[1]).contains(p.label(), p.location(), p.how());
        }
        ReadPlacement unread = expected.unread().get(0);
        assertThat(parts[2]).startsWith("読み取っていない記入（1 件）\n").contains(unread.location() + "  " + NOTE);
    }

    @Test
    void explain_as_json_has_the_placements_and_the_unread_cells_in_english_with_lang_en() throws Exception {
        Path file = withNote(dir.resolve("request.xlsx"));
        ReadExplanation expected = FormReader.create().explain(file);

        Run run = Run.of("--lang", "en", "read", file.toString(), "--explain", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("file").asText()).isEqualTo("request.xlsx");
        assertThat(json.get("formId").asText()).isEqualTo("support-request");
        assertThat(json.get("submissions").asInt()).isEqualTo(1);
        assertThat(json.get("placements")).hasSize(expected.placed().size());
        for (int i = 0; i < expected.placed().size(); i++) {
            ReadPlacement p = expected.placed().get(i);
            JsonNode n = json.get("placements").get(i);
            assertThat(n.get("path").asText()).isEqualTo(p.path());
            assertThat(n.get("label").asText()).isEqualTo(p.labelEn());
            assertThat(n.get("sheet").asText() + "!" + n.get("cell").asText()).isEqualTo(p.location());
            assertThat(n.get("value").asText()).isEqualTo(p.value());
            assertThat(n.get("how").asText()).isEqualTo(p.how());
        }
        assertThat(json.get("unread")).singleElement().satisfies(n -> assertThat(n.get("text").asText()).isEqualTo(NOTE));
    }

    @Test
    void a_missing_file_a_folder_and_a_file_that_is_no_form_exit_2_with_a_coded_message() throws Exception {
        Run missing = Run.of("read", dir.resolve("nowhere.xlsx").toString());
        Run folder = Run.of("read", dir.toString());
        Run notAForm = Run.of("read", Files.writeString(dir.resolve("memo.xlsx"), "not a workbook").toString(), "--explain");
        Run markdown = Run.of("read", dir.toString(), "--format", "markdown");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("MSF-CLI-0001");
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.err()).contains("MSF-CLI-0015");
        assertThat(notAForm.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAForm.err()).contains("MSF-IO-", "memo.xlsx");
        assertThat(notAForm.out()).isEmpty();
        assertThat(markdown.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void help_names_the_command_in_both_languages() {
        assertThat(Run.of("--help").out()).contains("read");
        assertThat(Run.of("read", "--help").out()).contains("--explain", "見つけ方");
        assertThat(Run.of("--lang", "en", "read", "--help").out()).contains("--explain", "how it was found");
    }

    /** The support request, filled, with a note typed in a row the reader read, far right of the form. */
    private static Path withNote(Path file) throws Exception {
        byte[] filled = FormWriter.fill(SampleForms.supportRequest()).bytes();
        var origin = FormReader.create().read(filled, "x.xlsx").origins().asMap().values().iterator().next();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            XSSFSheet sheet = wb.getSheet(origin.sheet());
            int row = new CellReference(origin.cell()).getRow();
            Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            r.createCell(14).setCellValue(NOTE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Files.write(file, out.toByteArray());
        }
    }
}
