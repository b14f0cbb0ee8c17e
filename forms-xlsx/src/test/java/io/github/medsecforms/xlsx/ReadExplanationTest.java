package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FormReader#explain}: the same read as {@link FormReader#readAll}, with where and how each value was found. */
class ReadExplanationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"support-request", "hospital-selection", "line-device-survey", "backup-vpn-survey",
        "offline-backup-intent", "checklist-hospital", "checklist-vendor", "checklist-minimum", "inspection-documents"})
    void explains_every_value_of_a_filled_workbook_at_the_cell_it_was_read_from(String id) {
        Form form = SampleForms.full(id);
        byte[] workbook = FormWriter.fill(form).bytes();

        ReadExplanation explained = FormReader.create().explain(workbook, id + ".xlsx");

        ReadResult read = FormReader.create().read(workbook, id + ".xlsx");
        assertThat(explained.results()).hasSize(1);
        assertThat(explained.formId()).isEqualTo(id);
        assertThat(explained.fileName()).isEqualTo(id + ".xlsx");
        assertThat(explained.result().form()).usingRecursiveComparison().isEqualTo(read.form());
        assertThat(explained.result().findings()).isEqualTo(read.findings());
        assertThat(explained.placed()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.read()).isTrue();
            assertThat(p.path()).isNotEmpty();
            assertThat(p.label()).isNotEmpty();
            assertThat(p.labelEn()).isNotEmpty();
            assertThat(p.sheet()).isNotEmpty();
            assertThat(p.value()).isNotEmpty();
            assertThat(p.how()).isNotEmpty();
            Optional<CellOrigin> origin = read.origins().find(p.path());
            if (origin.isPresent() && !p.cell().isEmpty()) {
                assertThat(p.location()).as(p.path()).isEqualTo(origin.get().toString());
            }
        });
        assertThat(explained.unread()).isEmpty();
    }

    @Test
    void names_a_field_by_its_label_and_a_table_cell_by_its_row_and_column() {
        byte[] workbook = FormWriter.fill(SampleForms.lineDeviceSurvey()).bytes();

        ReadExplanation explained = FormReader.create().explain(workbook, "survey.xlsx");

        ReadResult read = explained.result();
        ReadPlacement ip = explained.placed().stream().filter(p -> p.path().equals("lines[0].globalIpAddress"))
                .findFirst().orElseThrow();
        assertThat(ip.label()).startsWith("回線1/").endsWith("グローバルIPアドレス");
        assertThat(ip.labelEn()).doesNotContain("回線").contains("1/");
        assertThat(ip.location()).isEqualTo(read.origins().find("lines[0].globalIpAddress").orElseThrow().toString());
        assertThat(ip.how()).contains("table column");
        assertThat(explained.placed()).anySatisfy(p -> assertThat(p.how()).contains("label"));
    }

    @Test
    void text_the_reader_did_not_place_is_in_the_explanation_as_not_read_with_its_whole_text() throws Exception {
        byte[] filled = FormWriter.fill(SampleForms.supportRequest()).bytes();
        ReadResult plain = FormReader.create().read(filled, "x.xlsx");
        CellOrigin some = plain.origins().asMap().values().iterator().next();
        String note = "病院長の確認は来週になります。事務局に電話で連絡済み、詳細は後日メールでお送りします（担当：総務課）";
        byte[] workbook = withText(filled, some.sheet(), some.cell(), 14, note);
        Path file = Files.write(dir.resolve("支援の希望調査.xlsx"), workbook);

        ReadExplanation explained = FormReader.create().explain(file);

        assertThat(explained.result().findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("MSF-IO-2008"));
        assertThat(explained.unread()).singleElement().satisfies(p -> {
            assertThat(p.read()).isFalse();
            assertThat(p.how()).isEqualTo(ReadPlacement.NOT_READ);
            assertThat(p.sheet()).isEqualTo(some.sheet());
            assertThat(p.value()).isEqualTo(note);
            assertThat(p.path()).isEmpty();
        });
        assertThat(explained.placements()).endsWith(explained.unread().get(0));
        assertThat(explained.result().form()).usingRecursiveComparison().isEqualTo(plain.form());
    }

    @Test
    void reads_as_a_given_form_and_refuses_another() {
        byte[] workbook = FormWriter.fill(SampleForms.supportRequest()).bytes();

        assertThat(FormReader.create().explain(workbook, "x.xlsx", "support-request").formId())
                .isEqualTo("support-request");
        assertThatThrownBy(() -> FormReader.create().explain(workbook, "x.xlsx", "line-device-survey"))
                .isInstanceOf(FormIoException.class).hasMessageContaining("MSF-IO-2041");
        assertThatThrownBy(() -> FormReader.create().explain("no workbook".getBytes(), "x.xlsx"))
                .isInstanceOf(FormIoException.class);
    }

    @Test
    void the_placements_are_immutable() {
        ReadExplanation explained = FormReader.create().explain(FormWriter.fill(SampleForms.supportRequest()).bytes(), "x.xlsx");

        assertThatThrownBy(() -> explained.placements().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> explained.results().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** {@code text} in the row of {@code cell}, {@code column} (0-based). */
    static byte[] withText(byte[] workbook, String sheet, String cell, int column, String text) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet s = wb.getSheet(sheet);
            int row = new org.apache.poi.ss.util.CellReference(cell).getRow();
            Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
            r.createCell(column).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
