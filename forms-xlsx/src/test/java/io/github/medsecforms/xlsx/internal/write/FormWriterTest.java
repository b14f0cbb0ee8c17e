package io.github.medsecforms.xlsx.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.linesurvey.FloorPlan;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Secret;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.Templates;
import io.github.medsecforms.xlsx.WrittenWorkbook;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormWriterTest {

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void fill_writes_every_value_of_the_full_sample_at_its_origin(String formId) throws Exception {
        Form form = SampleForms.full(formId);
        WrittenWorkbook written = FormWriter.fill(form);
        assertThat(written.origins().isEmpty()).isFalse();
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            assertThat(Workbooks.visibleSheets(wb)).containsExactlyElementsOf(FormRegistry.get(formId).sheetNames());
            for (Map.Entry<String, CellOrigin> e : written.origins().asMap().entrySet()) {
                assertCellHolds(wb, e.getValue(), e.getKey(), valueAt(form, e.getKey()), false);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void origins_cover_every_value_of_the_full_sample(String formId) {
        Form form = SampleForms.full(formId);
        Origins origins = FormWriter.layoutOf(form);
        List<String> missing = new ArrayList<>();
        collectPaths(form, "", missing);
        missing.removeIf(p -> origins.asMap().containsKey(p));
        assertThat(missing).as("model paths with a value but no origin").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void layoutOf_is_the_mapping_fill_returns_and_no_two_paths_share_a_cell(String formId) {
        Form form = SampleForms.full(formId);
        Origins origins = FormWriter.layoutOf(form);
        assertThat(FormWriter.fill(form).origins()).isEqualTo(origins);
        assertThat(origins.asMap().values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void the_minimal_sample_fills_to_the_blank_template_with_its_single_fields_mapped(String formId)
            throws Exception {
        Form form = SampleForms.minimal(formId);
        WrittenWorkbook written = FormWriter.fill(form);
        FormDescriptor descriptor = FormRegistry.get(formId);
        long singleFields = descriptor.sheets().stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.appliesTo(form.version())).count();
        assertThat(written.origins().asMap()).hasSize((int) singleFields);
        try (XSSFWorkbook filled = Workbooks.open(written.bytes());
             XSSFWorkbook template = Workbooks.open(Templates.template(formId, form.version()))) {
            for (String sheet : descriptor.sheetNames()) {
                assertThat(filled.getSheet(sheet).getLastRowNum()).isEqualTo(template.getSheet(sheet).getLastRowNum());
                assertThat(filled.getSheet(sheet).getDataValidations()).hasSameSizeAs(
                        template.getSheet(sheet).getDataValidations());
            }
        }
    }

    @Test
    void codes_keep_their_leading_zeros_as_text() throws Exception {
        SupportRequest form = withCode(SampleForms.supportRequest(), HospitalCode.parse("0110113719"));
        WrittenWorkbook written = FormWriter.fill(form);
        CellOrigin origin = written.origins().find("hospitalCode").orElseThrow();
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            XSSFCell cell = Workbooks.cell(wb, origin).orElseThrow();
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("0110113719");
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
            XSSFCell postal = Workbooks.cell(wb, written.origins().find("postalCode").orElseThrow()).orElseThrow();
            assertThat(postal.getStringCellValue()).isEqualTo("760-8570");
        }
    }

    private static SupportRequest withCode(SupportRequest r, HospitalCode code) {
        return new SupportRequest(r.version(), Optional.of(code), r.hospitalName(), r.postalCode(), r.address(),
                r.phoneNumber(), r.contact1(), r.contact2(), r.contact3(), r.dataUse(), r.remarks(),
                r.notSupportedBefore(), r.hasEhr(), r.surveyFeasible());
    }

    @Test
    void dates_are_date_cells_and_integers_numbers_and_choices_their_label() throws Exception {
        HospitalChecklist form = SampleForms.hospitalChecklist();
        WrittenWorkbook written = FormWriter.fill(form);
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            XSSFCell date = Workbooks.cell(wb, written.origins().find("entries[2].targetDate").orElseThrow()).orElseThrow();
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy/m/d");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(form.entries().get(2).targetDate().orElseThrow());
            assertThat(Workbooks.text(date)).isEqualTo("2025/1/1");
            XSSFCell answer = Workbooks.cell(wb, written.origins().find("entries[2].firstAnswer").orElseThrow()).orElseThrow();
            assertThat(answer.getStringCellValue()).isEqualTo("いいえ");
        }
        WrittenWorkbook lds = FormWriter.fill(SampleForms.lineDeviceSurvey());
        try (XSSFWorkbook wb = Workbooks.open(lds.bytes())) {
            XSSFCell beds = Workbooks.cell(wb, lds.origins().find("basicInfo.beds").orElseThrow()).orElseThrow();
            assertThat(beds.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(beds.getNumericCellValue()).isEqualTo(350);
            assertThat(lds.origins().find("basicInfo.facilityName").orElseThrow().sheet()).isEqualTo("基本情報記入シート");
            assertThat(lds.origins().find("lines[2].globalIpAddress").orElseThrow().sheet())
                    .isEqualTo("回線・機器情報記入シート");
        }
    }

    @Test
    void a_table_grows_beyond_its_template_rows_keeping_validation_and_format() throws Exception {
        LineDeviceSurvey sample = SampleForms.lineDeviceSurvey();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(sample.lines().get(i % sample.lines().size()));
        }
        LineDeviceSurvey form = new LineDeviceSurvey(sample.version(), sample.basicInfo(), sample.contacts(), lines,
                sample.ports(), sample.terminals(), FloorPlan.EMPTY);
        WrittenWorkbook written = FormWriter.fill(form);
        Origins origins = written.origins();
        CellOrigin first = origins.find("lines[0].communicationType").orElseThrow();
        CellOrigin last = origins.find("lines[11].communicationType").orElseThrow();
        CellOrigin port = origins.find("ports[0].port").orElseThrow();
        assertThat(row(last)).isEqualTo(row(first) + 11);
        assertThat(row(port)).as("the next table moves down").isGreaterThan(row(last) + 2);
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            XSSFSheet sheet = wb.getSheet(last.sheet());
            assertThat(Workbooks.text(sheet.getRow(row(last)).getCell(0))).isEqualTo("回線12");
            XSSFDataValidation dv = Workbooks.validationAt(sheet, row(last), col(last)).orElseThrow();
            assertThat(Workbooks.listValues(wb, dv)).containsExactly("インターネット", "インターネットVPN", "閉域網");
            assertThat(dv.getShowErrorBox()).as("the user's own term is accepted").isFalse();
            assertThat(Workbooks.validationAt(sheet, row(first), col(first)).orElseThrow().getRegions()
                    .getCellRangeAddresses()).containsExactly(dv.getRegions().getCellRangeAddresses());
            XSSFCell a = Workbooks.cell(wb, first).orElseThrow();
            XSSFCell b = Workbooks.cell(wb, last).orElseThrow();
            assertThat(b.getCellStyle().getIndex()).isEqualTo(a.getCellStyle().getIndex());
            assertThat(b.getStringCellValue()).isEqualTo(lines.get(11).communicationType());
            // print area and the callouts (generated from the rows) follow
            var printArea = new org.apache.poi.ss.util.AreaReference(wb.getPrintArea(wb.getSheetIndex(sheet)),
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
            assertThat(printArea.getLastCell().getRow()).isGreaterThanOrEqualTo(row(port) + 9);
            List<String> callouts = Workbooks.textBoxes(wb.getSheet("設置場所記入シート")).stream()
                    .map(XSSFSimpleShape::getText).toList();
            assertThat(callouts).hasSize(12 + sample.terminals().size())
                    .contains("回線12 検査 / 2F サーバー室A ラック", "No.1 PCXXXX01 / 西棟 2F 診察室A-1");
        }
    }

    @Test
    void rows_beyond_the_forms_maximum_are_still_written_for_validation_to_report() {
        LineDeviceSurvey sample = SampleForms.lineDeviceSurvey();
        List<Terminal> terminals = new ArrayList<>(sample.terminals());
        terminals.add(sample.terminals().get(0));
        LineDeviceSurvey form = new LineDeviceSurvey(sample.version(), sample.basicInfo(), sample.contacts(),
                sample.lines(), sample.ports(), terminals, sample.floorPlan());
        assertThat(FormWriter.fill(form).origins().find("terminals[5].hostName")).isPresent();
    }

    @Test
    void the_floor_plan_image_and_callouts_are_drawn_on_the_floor_plan_sheet() throws Exception {
        LineDeviceSurvey form = SampleForms.lineDeviceSurvey();
        WrittenWorkbook written = FormWriter.fill(form);
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            XSSFSheet sheet = wb.getSheet("設置場所記入シート");
            List<XSSFPicture> pictures = Workbooks.pictures(sheet);
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(SampleForms.tinyPng());
            assertThat(Workbooks.anchorCell(pictures.get(0)))
                    .isEqualTo(written.origins().find("floorPlan.image").orElseThrow().cell());
            List<XSSFSimpleShape> boxes = Workbooks.textBoxes(sheet);
            assertThat(boxes).extracting(XSSFSimpleShape::getText)
                    .containsExactlyElementsOf(form.floorPlan().callouts().stream().map(Callout::text).toList());
            assertThat(boxes).extracting(XSSFSimpleShape::getShapeName)
                    .allMatch(n -> n.startsWith(WorkbookRenderer.CALLOUT_SHAPE_PREFIX));
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(Workbooks.anchorCell(boxes.get(i)))
                        .isEqualTo(written.origins().find("floorPlan.callouts[" + i + "]").orElseThrow().cell());
            }
        }
    }

    @Test
    void callouts_are_generated_from_lines_and_terminals_when_the_form_has_none() throws Exception {
        LineDeviceSurvey sample = SampleForms.lineDeviceSurvey();
        LineDeviceSurvey form = new LineDeviceSurvey(sample.version(), sample.basicInfo(), sample.contacts(),
                sample.lines(), sample.ports(), sample.terminals(),
                new FloorPlan(sample.floorPlan().image(), List.of()));
        WrittenWorkbook written = FormWriter.fill(form);
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            assertThat(Workbooks.textBoxes(wb.getSheet("設置場所記入シート"))).extracting(XSSFSimpleShape::getText)
                    .containsExactly("回線1 電子カルテ / 本部棟 3F サーバー室 1番ラック 3U", "回線2 リモート保守 / 2F サーバー室A ラック",
                            "回線3 検査 / 2F サーバー室A ラック",
                            "回線4", "回線5", "回線6", "回線7", "回線8", "回線9", "回線10",
                            "No.1 PCXXXX01 / 西棟 2F 診察室A-1",
                            "No.2 PCXXXX02 / 本館 1F 医事課", "No.3 PCXXXX03 / 本館 B1F 検査室",
                            "No.4 PCXXXX04 / 本館 1F 放射線科", "No.5 PCXXXX05 / 本館 1F 薬剤部");
        }
        assertThat(written.origins().asMap()).doesNotContainKey("floorPlan.callouts[0]");
    }

    @Test
    void generated_callouts_are_linked_to_formulas_that_follow_the_table_rows() throws Exception {
        LineDeviceSurvey sample = SampleForms.lineDeviceSurvey();
        LineDeviceSurvey form = new LineDeviceSurvey(sample.version(), sample.basicInfo(), sample.contacts(),
                sample.lines(), sample.ports(), sample.terminals(), FloorPlan.EMPTY);
        WrittenWorkbook written = FormWriter.fill(form);
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            XSSFSheet sheet = wb.getSheet("設置場所記入シート");
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            // the user changes 回線2's purpose: its callout follows once Excel recalculates
            XSSFCell purpose = Workbooks.cell(wb, written.origins().find("lines[1].purpose").orElseThrow()).orElseThrow();
            purpose.setCellValue("医事");
            for (XSSFSimpleShape box : Workbooks.textBoxes(sheet)) {
                String link = box.getCTShape().getTextlink();
                assertThat(link).as(box.getText()).isNotBlank();
                XSSFCell helper = Workbooks.cell(wb, new CellOrigin(sheet.getSheetName(), link.replace("$", ""))).orElseThrow();
                assertThat(sheet.isColumnHidden(helper.getColumnIndex())).isTrue();
                assertThat(helper.getStringCellValue()).as("cached value").isEqualTo(box.getText());
                String now = evaluator.evaluate(helper).getStringValue();
                if (box.getText().startsWith("回線2 ")) {
                    assertThat(now).isEqualTo("回線2 医事 / 2F サーバー室A ラック");
                } else {
                    assertThat(now).isEqualTo(box.getText());
                }
            }
        }
    }

    @Test
    void checklist_entries_go_to_the_row_of_their_item_and_unknown_items_follow() throws Exception {
        HospitalChecklist sample = SampleForms.hospitalChecklist();
        List<ChecklistEntry> entries = new ArrayList<>(sample.entries());
        java.util.Collections.reverse(entries);
        entries.add(ChecklistEntry.blank("9-(9)"));
        HospitalChecklist form = new HospitalChecklist(sample.version(), sample.facilityName(), sample.checkedOn(),
                entries);
        WrittenWorkbook written = FormWriter.fill(form);
        Origins origins = written.origins();
        int last = entries.size() - 2;
        // the reversed list: entries[last] is the first catalogue item, so it is written above entries[0]
        assertThat(row(origins.find("entries[" + last + "].itemId").orElseThrow()))
                .isLessThan(row(origins.find("entries[0].itemId").orElseThrow()));
        CellOrigin unknown = origins.find("entries[" + (entries.size() - 1) + "].itemId").orElseThrow();
        assertThat(row(unknown)).isGreaterThan(row(origins.find("entries[0].itemId").orElseThrow()));
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            assertThat(Workbooks.text(Workbooks.cell(wb, unknown).orElseThrow())).isEqualTo("9-(9)");
            assertThat(Workbooks.everyText(wb)).contains(Layout.UNKNOWN_ITEMS);
            for (Map.Entry<String, CellOrigin> e : origins.asMap().entrySet()) {
                assertCellHolds(wb, e.getValue(), e.getKey(), valueAt(form, e.getKey()), false);
            }
        }
    }

    @Test
    void the_password_list_is_written_only_by_fillCredentials_as_its_own_workbook() throws Exception {
        CredentialList list = SampleForms.credentialList();
        assertThatThrownBy(() -> FormWriter.fill(list)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fillCredentials");
        WrittenWorkbook written = FormWriter.fillCredentials(list);
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            assertThat(Workbooks.visibleSheets(wb)).containsExactly("アカウント(ログインID)・パスワードリスト");
            assertThat(Workbooks.text(wb.getSheetAt(0).getRow(2).getCell(0))).startsWith("提出不要");
            for (Map.Entry<String, CellOrigin> e : written.origins().asMap().entrySet()) {
                assertCellHolds(wb, e.getValue(), e.getKey(), valueAt(list, e.getKey()), true);
            }
            assertThat(Workbooks.everyText(wb)).contains("Zx9!secret-ROUTER", "En4ble!secret", "Pc1$secret-TERM");
        }
        assertThat(written.origins().toString()).doesNotContain("secret");
        assertThat(written.toString()).doesNotContain("secret");
    }

    @Test
    void the_filled_line_device_survey_contains_no_password_text_anywhere() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(FormWriter.fill(SampleForms.lineDeviceSurvey()).bytes())) {
            String all = Workbooks.everyText(wb);
            assertThat(all).doesNotContain("パスワード").doesNotContain("secret");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).doesNotContain("パスワード");
            }
        }
    }

    @Test
    void writing_is_repeatable() {
        Form form = SampleForms.full("line-device-survey");
        assertThat(FormWriter.fill(form).origins()).isEqualTo(FormWriter.fill(form).origins());
        assertThat(FormWriter.layoutOf(form).find("lines[1]")).isEqualTo(FormWriter.layoutOf(form).find("lines[1].versionCheck"));
    }

    // --------------------------------------------------------------------------------------------- helpers

    static int row(CellOrigin origin) {
        return new CellReference(origin.cell()).getRow();
    }

    static int col(CellOrigin origin) {
        return new CellReference(origin.cell()).getCol();
    }

    /**
     * Asserts the cell at {@code origin} shows {@code value} as the writer promises: text values as strings,
     * integers as numbers, dates as date cells, choices as their label; images and callouts as drawings anchored
     * there.
     */
    static void assertCellHolds(XSSFWorkbook wb, CellOrigin origin, String path, Object value, boolean secrets) {
        XSSFSheet sheet = wb.getSheet(origin.sheet());
        assertThat((Object) sheet).as(path + " sheet").isNotNull();
        if (value instanceof ImageData image) {
            if (image.size() > 0) {
                assertThat(Workbooks.pictures(sheet)).as(path).anyMatch(p -> Workbooks.anchorCell(p).equals(origin.cell())
                        && java.util.Arrays.equals(p.getPictureData().getData(), image.bytes()));
            }
            return;
        }
        if (value instanceof Callout callout) {
            assertThat(Workbooks.textBoxes(sheet)).as(path).anyMatch(b -> Workbooks.anchorCell(b).equals(origin.cell())
                    && b.getText().equals(callout.text().isBlank() ? callout.target() : callout.text()));
            return;
        }
        XSSFCell cell = Workbooks.cell(wb, origin).orElse(null);
        String where = path + " at " + origin;
        if (value == null && Layout.IMAGE_AREA_TEXT.equals(Workbooks.text(cell))) {
            // an image field without an image: its origin is the empty image area, which shows where to paste
            assertThat(Workbooks.pictures(sheet)).as(where).noneMatch(p -> Workbooks.anchorCell(p).equals(origin.cell()));
            return;
        }
        if (value == null || (value instanceof String s && s.isEmpty())
                || (value instanceof Secret secret && (!secrets || secret.reveal().isEmpty()))) {
            assertThat(Workbooks.text(cell)).as(where).isEmpty();
            return;
        }
        assertThat(cell).as(where).isNotNull();
        if (value instanceof Integer i) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(i.doubleValue());
        } else if (value instanceof LocalDate date) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(date);
        } else {
            String expected = value instanceof Choice c ? c.label()
                    : value instanceof FiscalYear y ? y.label()
                    : value instanceof BedBand b ? b.label()
                    : value instanceof Secret s ? s.reveal()
                    : value.toString();
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(WorkbookRenderer.clean(expected));
        }
    }

    /** The model value at a path, read independently of the writer: record components by name, Optionals unwrapped. */
    static Object valueAt(Object root, String path) {
        Object current = root;
        for (String segment : path.split("\\.")) {
            String name = segment.contains("[") ? segment.substring(0, segment.indexOf('[')) : segment;
            current = component(current, name);
            if (segment.contains("[")) {
                int index = Integer.parseInt(segment.substring(segment.indexOf('[') + 1, segment.indexOf(']')));
                current = ((List<?>) current).get(index);
            }
            if (current instanceof Optional<?> o) {
                current = o.orElse(null);
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static Object component(Object record, String name) {
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getAccessor().invoke(record);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + "." + name);
    }

    /** Paths of every non-empty leaf value below a record (lists as {@code name[i]}), except the version. */
    static void collectPaths(Object record, String prefix, List<String> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (prefix.isEmpty() && c.getName().equals("version")) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String path = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            collect(v, path, out);
        }
    }

    private static void collect(Object v, String path, List<String> out) {
        if (v instanceof Optional<?> o) {
            o.ifPresent(x -> collect(x, path, out));
        } else if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", out);
            }
        } else if (v instanceof Callout) {
            out.add(path);
        } else if (v instanceof Record r && !isValue(r)) {
            collectPaths(r, path, out);
        } else if (v != null && !(v instanceof String s && s.isEmpty())) {
            out.add(path);
        }
    }

    private static boolean isValue(Record r) {
        return r.getClass().getPackageName().endsWith(".value");
    }
}
