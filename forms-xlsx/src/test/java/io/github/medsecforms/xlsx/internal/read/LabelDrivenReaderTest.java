package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.ReadLimits;
import io.github.medsecforms.xlsx.internal.grid.Grid;
import io.github.medsecforms.xlsx.internal.grid.GridReader;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelDrivenReaderTest {

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    static WorkbookFormReader.Result read(byte[] bytes, String formId) throws Exception {
        Grid grid = GridReader.read(bytes, ReadLimits.DEFAULT);
        return WorkbookFormReader.read(grid, FormRegistry.get(formId));
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void reads_a_plain_layout_of_every_form_back_to_the_same_model(String id) throws Exception {
        Form form = SampleForms.full(id);
        WorkbookFormReader.Result result = read(VariantWorkbooks.write(form, Options.PLAIN), id);
        assertThat(result.findings()).isEmpty();
        assertThat(result.form()).isEqualTo(form);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void reads_the_minimal_form_as_empty_without_errors(String id) throws Exception {
        Form form = SampleForms.minimal(id);
        WorkbookFormReader.Result result = read(VariantWorkbooks.write(form, Options.PLAIN), id);
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(result.form()).isEqualTo(form);
    }

    /** Layouts of the official forms as hospitals and other software change them; each named in the test name. */
    static Stream<Arguments> variants() {
        List<Arguments> layouts = List.of(
                layout("inserted title rows above everything",
                        new Options(3, 1, 0, false, false, false, false, false, 0, false, false, false, false)),
                layout("moved blocks: more blank rows between blocks, everything two columns right",
                        new Options(0, 3, 2, false, false, false, false, false, 0, false, false, false, false)),
                layout("moved blocks: the blocks of each sheet in reverse order",
                        new Options(0, 2, 1, false, false, false, false, false, 0, false, false, false, true)),
                layout("reordered table columns",
                        new Options(0, 1, 0, true, false, false, false, false, 0, false, false, false, false)),
                layout("merged label cells",
                        new Options(0, 1, 0, false, true, false, false, false, 0, false, false, false, false)),
                layout("renamed by width: full-width ASCII in labels and headers, line breaks inside",
                        new Options(0, 1, 0, false, false, true, true, false, 0, false, false, false, false)),
                layout("renamed by width: half-width katakana and brackets in labels and headers",
                        new Options(0, 1, 0, false, false, false, false, false, 0, false, false, false, false, true)),
                layout("a 記入例 row above the data and trailing blank rows",
                        new Options(0, 1, 0, false, false, false, false, true, 3, false, false, false, false)),
                layout("numbers as text, dates as date-formatted serials",
                        new Options(0, 1, 0, false, false, false, false, false, 0, true, true, false, false)),
                layout("checklist rows by item wording (no 項番 column)",
                        new Options(0, 1, 0, false, false, false, false, false, 0, false, false, true, false)),
                layout("every variation at once", Options.EVERY_VARIATION));
        return formIds().flatMap(id -> layouts.stream().map(l -> Arguments.of(id, l.get()[0], l.get()[1])));
    }

    private static Arguments layout(String name, Options options) {
        return Arguments.of(name, options);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void reads_layout_variants_of_every_form_to_the_same_model(String id, String layout, Options options) throws Exception {
        Form form = SampleForms.full(id);
        WorkbookFormReader.Result result = read(VariantWorkbooks.write(form, options), id);
        assertThat(result.findings()).as("findings").isEmpty();
        assertThat(result.form()).isEqualTo(form);
    }

    @Property(tries = 25)
    void generated_forms_read_back_equal_from_a_plain_layout(@ForAll("anyForm") Form form) throws Exception {
        String id = FormRegistry.describe(form).id();
        WorkbookFormReader.Result result = read(VariantWorkbooks.write(form, Options.PLAIN), id);
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(result.form()).isEqualTo(form);
    }

    @Test
    void a_checklist_row_with_only_a_remark_is_kept_as_the_items_entry() throws Exception {
        // found by generated_forms_read_back_equal_from_a_plain_layout: the remark was dropped with its row
        var entry = new io.github.medsecforms.model.checklist.ChecklistEntry("1-(1)", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), "ぁ");
        Form form = new io.github.medsecforms.model.checklist.VendorChecklist(SampleForms.R6, "", "", "",
                java.util.Optional.empty(), List.of(entry));
        WorkbookFormReader.Result result = read(VariantWorkbooks.write(form, Options.PLAIN), "checklist-vendor");
        assertThat(result.form()).isEqualTo(form);
    }

    @Provide
    Arbitrary<Form> anyForm() {
        return FormArbitraries.anyForm();
    }

    @Test
    void the_half_width_layout_really_spells_labels_in_half_width_katakana() throws Exception {
        Options halfWidth = new Options(0, 1, 0, false, false, false, false, false, 0, false, false, false, false, true);
        byte[] bytes = VariantWorkbooks.write(SampleForms.lineDeviceSurvey(), halfWidth);
        List<String> texts = new java.util.ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        }
        assertThat(texts).contains("ﾒｰﾙｱﾄﾞﾚｽ", "医療機関名(かな)", "ｸﾞﾛｰﾊﾞﾙIPｱﾄﾞﾚｽ (*)").doesNotContain("メールアドレス");
        LineDeviceSurvey read = (LineDeviceSurvey) read(bytes, "line-device-survey").form();
        assertThat(read).isEqualTo(SampleForms.lineDeviceSurvey());
    }

    @Test
    void reads_two_row_headers_with_required_marks() throws Exception {
        LineDeviceSurvey survey = SampleForms.lineDeviceSurvey();
        LineDeviceSurvey read = (LineDeviceSurvey) read(VariantWorkbooks.write(survey, Options.PLAIN), "line-device-survey").form();
        // 調査希望 / 技術バージョン確認 (*) and 脆弱性診断 (*) differ on 回線2; the two グローバルIPアドレス columns differ too
        assertThat(read.lines().get(1).versionCheck()).contains(SurveyWish.NOT_REQUESTED);
        assertThat(read.lines().get(1).vulnerabilityScan()).contains(SurveyWish.REQUESTED);
        assertThat(read.lines().get(1).globalIpAddress()).map(Object::toString).contains("203.141.10.20");
        assertThat(read.lines().get(1).diagnosisDayAddress()).map(Object::toString).contains("203.141.10.21");
    }

    @Test
    void recognises_every_form_from_its_labels_alone() throws Exception {
        for (FormDescriptor form : FormRegistry.forms()) {
            byte[] bytes = VariantWorkbooks.write(SampleForms.full(form.id()), Options.PLAIN);
            assertThat(WorkbookFormReader.recognise(GridReader.read(bytes, ReadLimits.DEFAULT)))
                    .as(form.id()).map(FormDescriptor::id).contains(form.id());
        }
    }

    @Test
    void three_wrong_typed_cells_on_three_sheets_give_three_findings_and_the_rest_is_read() throws Exception {
        LineDeviceSurvey survey = SampleForms.lineDeviceSurvey();
        byte[] bytes = VariantWorkbooks.write(survey, Options.PLAIN);
        var origins = read(bytes, "line-device-survey").origins();
        CellOrigin postal = origins.find("basicInfo.postalCode").orElseThrow();
        CellOrigin ip = origins.find("lines[0].globalIpAddress").orElseThrow();
        CellOrigin terminal = origins.find("terminals[1].ipAddress").orElseThrow();
        byte[] broken = overwrite(bytes, List.of(postal, ip, terminal), List.of("七〇〇の八五七〇", "999.1.1.1", "172.16.10.151"));

        WorkbookFormReader.Result result = read(broken, "line-device-survey");

        assertThat(result.findings()).extracting(f -> f.sheet() + "!" + f.cell())
                .containsExactlyInAnyOrder(postal.toString(), ip.toString(), terminal.toString());
        assertThat(result.findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("MSF-VAL-0201", "MSF-VAL-0501", "MSF-VAL-0502");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("「");
            assertThat(f.stage()).isEqualTo(Stage.TYPES);
            assertThat(f.messageEn()).isNotBlank();
        });
        LineDeviceSurvey read = (LineDeviceSurvey) result.form();
        assertThat(read.basicInfo().postalCode()).isEmpty();
        assertThat(read.lines().get(0).globalIpAddress()).isEmpty();
        assertThat(read.terminals().get(1).ipAddress()).isEmpty();
        // everything else is still there
        assertThat(read.basicInfo().facilityName()).isEqualTo(survey.basicInfo().facilityName());
        assertThat(read.lines()).hasSize(3);
        assertThat(read.lines().get(0).purpose()).isEqualTo("電子カルテ");
        assertThat(read.terminals()).hasSize(5);
        assertThat(read.terminals().get(1).hostName()).isEqualTo("PCXXXX02");
    }

    @Test
    void reads_formula_cells_by_their_cached_value() throws Exception {
        LineDeviceSurvey survey = SampleForms.lineDeviceSurvey();
        byte[] bytes = VariantWorkbooks.write(survey, Options.PLAIN);
        CellOrigin beds = read(bytes, "line-device-survey").origins().find("basicInfo.beds").orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            CellReference ref = new CellReference(beds.cell());
            var cell = wb.getSheet(beds.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
            cell.setCellFormula("300+50");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        LineDeviceSurvey read = (LineDeviceSurvey) read(bytes, "line-device-survey").form();
        assertThat(read.basicInfo().beds()).contains(350);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void a_date_before_1990_or_a_year_zero_edition_does_not_stop_reading(String id) throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("令和0年度版"); // the edition of a one-version form
            sheet.createRow(1).createCell(0).setCellValue("1899/12/31"); // the version guessed from dates
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        WorkbookFormReader.Result result = read(bytes, id);
        assertThat(result.form().version()).isEqualTo(FormRegistry.get(id).latestVersion());
    }

    private static byte[] overwrite(byte[] bytes, List<CellOrigin> cells, List<String> texts) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < cells.size(); i++) {
                CellReference ref = new CellReference(cells.get(i).cell());
                var row = wb.getSheet(cells.get(i).sheet()).getRow(ref.getRow());
                var cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                cell.setCellValue(texts.get(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
