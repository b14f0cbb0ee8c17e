package io.github.medsecforms.xlsx;

import static io.github.medsecforms.xlsx.WorkbookAnnotatorTest.open;
import static io.github.medsecforms.xlsx.WorkbookAnnotatorTest.rowTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 11, items 1 and 3: an annotated copy never fails because of where findings fall; cell-less findings link. */
class AnnotatedCopyDefectsTest {
    private final WrittenWorkbook written = FormWriter.fill(SampleForms.lineDeviceSurvey());

    private CellMark at(Severity severity, CellOrigin origin, int columnShift, String ruleId, String message) {
        CellReference ref = new CellReference(origin.cell());
        String cell = new CellReference(ref.getRow(), ref.getCol() + columnShift).formatAsString(false);
        return new CellMark(severity, origin.sheet(), cell, ruleId, message);
    }

    @Test
    void findings_on_neighbouring_cells_of_one_row_each_get_their_own_comment_in_either_order() throws Exception {
        CellOrigin ip = written.origins().find("terminals[0].ipAddress").orElseThrow();
        CellMark bad = at(Severity.ERROR, ip, 0, "MSF-VAL-0501", "IPアドレスではありません。");
        CellMark beside = at(Severity.WARNING, ip, 1, "LDS-021", "吹き出しが平面図上にありません。");
        CellMark again = at(Severity.INFO, ip, 0, "X-1", "同じセルの二つ目。");

        for (List<CellMark> marks : List.of(List.of(bad, beside, again), List.of(beside, bad, again))) {
            byte[] copy = WorkbookAnnotator.annotate(written.bytes(), marks, Locale.JAPANESE);
            try (XSSFWorkbook wb = open(copy)) {
                XSSFSheet sheet = wb.getSheet(ip.sheet());
                Map<CellAddress, XSSFComment> comments = sheet.getCellComments();
                String onIp = comments.get(new CellAddress(bad.cell())).getString().getString();
                String onBeside = comments.get(new CellAddress(beside.cell())).getString().getString();
                assertThat(onIp).contains("MSF-VAL-0501").contains("X-1").doesNotContain("LDS-021");
                assertThat(onBeside).contains("LDS-021").doesNotContain("MSF-VAL-0501");
                assertThat(comments).as("one comment per marked cell").hasSize(2);
                // the box is drawn beside its cell, not over it
                assertThat((int) comments.get(new CellAddress(bad.cell())).getClientAnchor().getCol1())
                        .isEqualTo(new CellAddress(bad.cell()).getColumn() + 1);
            }
        }
    }

    @Test
    void a_user_comment_on_the_next_cell_does_not_collide() throws Exception {
        CellOrigin ip = written.origins().find("terminals[0].ipAddress").orElseThrow();
        byte[] commented = WorkbookAnnotator.annotate(written.bytes(),
                List.of(at(Severity.INFO, ip, 1, "USER", "利用者のメモ")), Locale.JAPANESE);

        byte[] copy = WorkbookAnnotator.annotate(commented,
                List.of(at(Severity.ERROR, ip, 0, "MSF-VAL-0501", "IPアドレスではありません。")), Locale.JAPANESE);

        try (XSSFWorkbook wb = open(copy)) {
            Map<CellAddress, XSSFComment> comments = wb.getSheet(ip.sheet()).getCellComments();
            assertThat(comments).hasSize(2);
        }
    }

    @Property(tries = 12)
    void random_findings_on_random_cells_of_every_template_always_make_a_copy(
            @ForAll("templates") String formId, @ForAll("marks") List<RawMark> raw) throws Exception {
        FormDescriptor form = FormRegistry.get(formId);
        byte[] template = Templates.template(formId, form.latestVersion());
        List<String> sheets = form.sheetNames();
        List<CellMark> marks = new ArrayList<>();
        for (RawMark r : raw) {
            String sheet = r.sheet() < 0 ? "" : sheets.get(r.sheet() % sheets.size());
            String cell = r.sheet() < 0 ? "" : new CellReference(r.row(), r.col()).formatAsString(false);
            marks.add(new CellMark(r.severity(), sheet, cell, "R-" + r.row(), "m" + r.col()));
        }

        byte[] copy = WorkbookAnnotator.annotate(template, marks, Locale.JAPANESE);

        try (XSSFWorkbook wb = open(copy)) {
            XSSFSheet results = wb.getSheet(WorkbookAnnotator.RESULT_SHEET);
            assertThat(results.getLastRowNum()).isEqualTo(marks.size());
            long cells = marks.stream().filter(CellMark::hasCell).map(m -> m.sheet() + "!" + m.cell()).distinct().count();
            long comments = 0;
            for (String sheet : sheets) {
                if (wb.getSheet(sheet) != null) {
                    comments += wb.getSheet(sheet).getCellComments().size();
                }
            }
            assertThat(comments).as("one comment per marked cell").isGreaterThanOrEqualTo(cells);
        }
        assertThat(FormReader.create().read(copy, "copy.xlsx").formId()).isEqualTo(formId);
    }

    record RawMark(Severity severity, int sheet, int row, int col) {
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(FormRegistry.forms().stream().map(FormDescriptor::id).toList());
    }

    @Provide
    Arbitrary<List<RawMark>> marks() {
        // small rows and columns so that findings often share a cell or sit side by side
        Arbitrary<RawMark> mark = Combinators.combine(Arbitraries.of(Severity.values()), Arbitraries.integers().between(-1, 5),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 8)).as(RawMark::new);
        return mark.list().ofMinSize(0).ofMaxSize(120);
    }

    @Test
    void a_legacy_xls_is_refused_with_a_clear_coded_message() {
        byte[] xls = XlsWorkbooks.fromXlsx(written.bytes());

        assertThatThrownBy(() -> WorkbookAnnotator.annotate(xls, List.of(), Locale.JAPANESE))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-3002");
                    assertThat(e.getMessage(Locale.JAPANESE)).contains(".xlsx").doesNotContain("Exception");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains(".xlsx");
                });
    }

    @Test
    void a_floor_plan_sheet_without_its_picture_has_a_cell_for_findings_about_the_picture() throws Exception {
        var sample = SampleForms.lineDeviceSurvey();
        var noPicture = new io.github.medsecforms.model.linesurvey.LineDeviceSurvey(sample.version(), sample.basicInfo(),
                sample.contacts(), sample.confirmation(), sample.lines(), sample.ports(), sample.terminals(),
                new io.github.medsecforms.model.linesurvey.FloorPlan(java.util.Optional.empty(), List.of()));
        ReadResult read = FormReader.create().read(FormWriter.fill(noPicture).bytes(), "no-picture.xlsx");

        CellOrigin origin = read.origins().find("floorPlan.image").orElseThrow();
        String floorPlanSheet = FormRegistry.get("line-device-survey").sheets().stream()
                .filter(s -> s.blocks().stream().anyMatch(b -> b.path().equals("floorPlan"))).findFirst().orElseThrow().name();
        assertThat(origin.sheet()).isEqualTo(floorPlanSheet);
        // the other findings keep their own cells
        assertThat(read.origins().find("terminals[0].ipAddress"))
                .isEqualTo(FormReader.create().read(written.bytes(), "a.xlsx").origins().find("terminals[0].ipAddress"));
        try (XSSFWorkbook wb = open(WorkbookAnnotator.annotate(FormWriter.fill(noPicture).bytes(),
                List.of(new CellMark(Severity.ERROR, origin.sheet(), origin.cell(), "LDS-020", "平面図がありません。")),
                Locale.JAPANESE))) {
            assertThat(wb.getSheet(WorkbookAnnotator.RESULT_SHEET).getRow(1).getCell(2).getHyperlink()).isNotNull();
            assertThat(rowTexts(wb.getSheet(WorkbookAnnotator.RESULT_SHEET).getRow(1))).contains("LDS-020");
        }
    }
}
