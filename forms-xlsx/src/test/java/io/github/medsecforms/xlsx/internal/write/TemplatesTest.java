package io.github.medsecforms.xlsx.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Prefecture;
import io.github.medsecforms.xlsx.Templates;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

class TemplatesTest {
    private static final Set<Role> LABEL_ROLES = Set.of(Role.TITLE, Role.GROUP_LABEL, Role.FIELD_LABEL, Role.HEADER,
            Role.ROW_LABEL, Role.EXAMPLE_LABEL, Role.EXAMPLE, Role.KEY, Role.ITEM_TEXT, Role.SECTION, Role.HINT,
            Role.BLOCK_TITLE, Role.IMAGE_AREA);

    /** Every form in every version it supports. */
    static Stream<Arguments> templates() {
        return FormRegistry.forms().stream()
                .flatMap(f -> f.versions().stream().map(v -> Arguments.of(f.id(), v)));
    }

    private static Layout layout(String formId, FiscalYear version) {
        return Layout.template(FormRegistry.get(formId), version);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void template_opens_with_the_official_sheet_names_in_order(String formId, FiscalYear version) throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            assertThat(Workbooks.visibleSheets(wb)).containsExactlyElementsOf(FormRegistry.get(formId).sheetNames());
            assertThat(Workbooks.text(wb.getSheetAt(0).getRow(0).getCell(0))).isEqualTo(FormRegistry.get(formId).title());
            assertThat(Workbooks.text(wb.getSheetAt(0).getRow(1).getCell(0))).isEqualTo(version.label() + "版");
        }
    }

    @Test
    void template_without_a_version_is_the_latest_version() {
        FormDescriptor checklist = FormRegistry.get("checklist-hospital");
        assertThat(layoutOfBytes(Templates.template("checklist-hospital")))
                .isEqualTo(checklist.latestVersion().code());
    }

    private static String layoutOfBytes(byte[] bytes) {
        try (XSSFWorkbook wb = Workbooks.open(bytes)) {
            return wb.getName(WorkbookRenderer.FORM_VERSION_NAME).getRefersToFormula().replace("\"", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void unknown_forms_and_versions_are_refused() {
        assertThatThrownBy(() -> Templates.template("no-such-form")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> Templates.template("support-request", FiscalYear.reiwa(9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R9");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void every_choice_field_has_a_dropdown_with_the_official_wording(String formId, FiscalYear version)
            throws Exception {
        Layout layout = layout(formId, version);
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            int dropdowns = 0;
            for (SheetPlan plan : layout.sheets()) {
                XSSFSheet sheet = wb.getSheet(plan.name());
                for (Placed input : plan.inputs()) {
                    FieldDescriptor field = input.field();
                    if (field.choices().isEmpty()) {
                        continue;
                    }
                    String where = plan.name() + "!" + input.region().topLeft() + " " + field.qualifiedLabel();
                    XSSFDataValidation dv = Workbooks.validationAt(sheet, input.region().firstRow(),
                            input.region().firstCol()).orElseThrow(() -> new AssertionError("no dropdown at " + where));
                    assertThat(dv.getValidationConstraint().getValidationType()).as(where).isEqualTo(ValidationType.LIST);
                    assertThat(Workbooks.listValues(wb, dv)).as(where).containsExactlyElementsOf(field.choices());
                    if (field.kind() == ValueKind.CHOICE) {
                        List<String> official = Arrays.stream(field.javaType().getEnumConstants())
                                .map(c -> ((Choice) c).label()).toList();
                        assertThat(Workbooks.listValues(wb, dv)).as(where).containsExactlyElementsOf(official);
                        assertThat(dv.getShowErrorBox()).as(where + " rejects other text").isTrue();
                        assertThat(dv.getErrorStyle()).as(where).isEqualTo(DataValidation.ErrorStyle.STOP);
                    } else {
                        assertThat(field.strict()).isFalse();
                        assertThat(dv.getShowErrorBox()).as(where + " accepts other text").isFalse();
                    }
                    dropdowns++;
                }
                if (sheet.getCTWorksheet().isSetDataValidations()) {
                    // OOXML's showDropDown="1" would hide the in-cell arrow of a list
                    assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                            .as(plan.name() + " dropdown arrows").noneMatch(ct -> ct.getShowDropDown());
                }
            }
            long choiceFields = FormRegistry.get(formId).sheets().stream()
                    .flatMap(s -> Stream.concat(s.fields().stream(), s.tables().stream().flatMap(t -> t.columns().stream())))
                    .filter(f -> f.appliesTo(version) && !f.choices().isEmpty()).count();
            assertThat(dropdowns).as("dropdown cells").isGreaterThanOrEqualTo((int) choiceFields);
        }
    }

    @Test
    void the_prefectures_are_a_named_list_on_a_very_hidden_sheet() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("hospital-selection"))) {
            XSSFSheet sheet = wb.getSheet("別紙様式");
            Placed prefecture = layout("hospital-selection", FiscalYear.reiwa(6)).sheets().get(0).inputs().get(0);
            XSSFDataValidation dv = Workbooks.validationAt(sheet, prefecture.region().firstRow(),
                    prefecture.region().firstCol()).orElseThrow();
            String name = dv.getValidationConstraint().getFormula1();
            assertThat(name).isEqualTo("MSF_LIST_Prefecture");
            XSSFName defined = wb.getName(name);
            assertThat(defined.getRefersToFormula()).startsWith("'_lists'!");
            assertThat(defined.isHidden()).isTrue();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(ChoiceLists.SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(Workbooks.listValues(wb, dv)).hasSize(47).startsWith("北海道", "青森県").endsWith("沖縄県")
                    .containsExactlyElementsOf(Arrays.stream(Prefecture.values()).map(Prefecture::label).toList());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void labels_are_locked_and_input_cells_unlocked(String formId, FiscalYear version) throws Exception {
        Layout layout = layout(formId, version);
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            for (SheetPlan plan : layout.sheets()) {
                XSSFSheet sheet = wb.getSheet(plan.name());
                for (Placed p : plan.cells()) {
                    XSSFCell cell = Workbooks.cell(sheet, p.region());
                    String where = plan.name() + "!" + p.region() + " " + p.role();
                    if (p.role() == Role.INPUT) {
                        assertThat(cell.getCellStyle().getLocked()).as(where).isFalse();
                        assertThat(Workbooks.text(cell)).as(where + " is blank").isEmpty();
                    } else if (LABEL_ROLES.contains(p.role())) {
                        assertThat(cell.getCellStyle().getLocked()).as(where).isTrue();
                    }
                    if (p.role() == Role.FIELD_LABEL || p.role() == Role.HEADER || p.role() == Role.GROUP_LABEL) {
                        assertThat(Workbooks.text(cell)).as(where).isEqualTo(p.text());
                    }
                }
            }
        }
    }

    @Test
    void labels_carry_the_forms_required_mark() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("support-request"))) {
            String all = Workbooks.everyText(wb);
            // the notice prints 【必須】 only on 担当者①②; the other fields are asked for without a mark
            assertThat(all).contains("担当者① 【必須】", "担当者② 【必須】", "医療機関コード")
                    .doesNotContain("担当者③ 【必須】").doesNotContain("医療機関コード 【必須】")
                    .doesNotContain("病院名（正式名称） 【必須】").doesNotContain("(*)");
        }
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("line-device-survey"))) {
            XSSFSheet lines = wb.getSheet("回線・機器情報記入シート");
            String all = Workbooks.everyText(wb);
            assertThat(all).contains("技術バージョン確認 (*)", "脆弱性診断 (*)", "回線終端装置設置場所 (*)", "調査希望")
                    .doesNotContain("調査希望 (*)").doesNotContain("【必須】")
                    .doesNotContain("医療機関名 (*)").doesNotContain("病床数 (*)");
            assertThat((Object) lines).isNotNull();
        }
    }

    @Test
    void two_row_headers_merge_groups_across_their_columns_and_ungrouped_labels_down() throws Exception {
        Layout layout = layout("line-device-survey", FiscalYear.reiwa(6));
        SheetPlan plan = layout.sheets().get(1);
        Placed wish = plan.cells().stream().filter(p -> p.role() == Role.HEADER && "調査希望".equals(p.text()))
                .findFirst().orElseThrow();
        assertThat(wish.region().cols()).isEqualTo(2);
        Placed ehr = plan.cells().stream().filter(p -> p.role() == Role.HEADER && p.text().startsWith("電子カルテ"))
                .findFirst().orElseThrow();
        assertThat(ehr.region().rows()).as("down to the last of the three header rows (回線と紐付くグローバルIPアドレス / 脆弱性診断当日記入欄 / グローバルIP確認)").isEqualTo(3);
        assertThat(ehr.region().firstRow()).isEqualTo(wish.region().firstRow());
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("line-device-survey"))) {
            XSSFSheet sheet = wb.getSheet(plan.name());
            assertThat(sheet.getMergedRegions()).contains(wish.region().toRange(), ehr.region().toRange());
            // the 記入例 row follows the headers: grey example values, then 回線1
            int example = ehr.region().lastRow() + 1;
            assertThat(Workbooks.text(sheet.getRow(example).getCell(0))).isEqualTo("記入例");
            assertThat(Workbooks.text(sheet.getRow(example).getCell(1))).isEqualTo("調査希望あり");
            assertThat(Workbooks.text(sheet.getRow(example + 1).getCell(0))).isEqualTo("回線1");
            assertThat(sheet.getRow(example).getCell(1).getCellStyle().getLocked()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void sheets_are_protected_without_a_password(String formId, FiscalYear version) throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            for (String name : Workbooks.visibleSheets(wb)) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(sheet.getProtect()).as(name).isTrue();
                CTSheetProtection protection = sheet.getCTWorksheet().getSheetProtection();
                assertThat(protection.isSetPassword()).as(name + " password").isFalse();
                assertThat(protection.isSetHashValue()).as(name + " hash").isFalse();
                assertThat(sheet.isInsertRowsLocked()).as(name + " insert rows").isFalse();
                assertThat(sheet.isFormatCellsLocked()).as(name + " format cells").isFalse();
                assertThat(sheet.isObjectsLocked()).as(name + " objects").isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void print_setup_is_A4_and_fits_one_page_wide(String formId, FiscalYear version) throws Exception {
        Layout layout = layout(formId, version);
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            for (SheetPlan plan : layout.sheets()) {
                XSSFSheet sheet = wb.getSheet(plan.name());
                PrintSetup setup = sheet.getPrintSetup();
                assertThat(setup.getPaperSize()).as(plan.name()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(plan.name()).isTrue();
                assertThat(setup.getFitWidth()).as(plan.name()).isEqualTo((short) 1);
                assertThat(setup.getFitHeight()).as(plan.name()).isIn((short) 0, (short) 1);
                assertThat(setup.getLandscape()).as(plan.name()).isEqualTo(plan.landscape());
                assertThat(wb.getPrintArea(wb.getSheetIndex(sheet))).as(plan.name()).isNotNull();
            }
        }
    }

    @Test
    void wide_tables_print_landscape_with_their_header_rows_repeated() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("line-device-survey"))) {
            assertThat(wb.getSheet("回線・機器情報記入シート").getPrintSetup().getLandscape()).isTrue();
            assertThat(wb.getSheet("設置場所記入シート").getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(wb.getSheet("調査端末情報記入シート").getRepeatingRows()).isNotNull();
        }
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("checklist-minimum"))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(Workbooks.text(sheet.getRow(sheet.getRepeatingRows().getFirstRow()).getCell(0))).isEqualTo("項番");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void form_id_and_version_are_recorded_as_hidden_names_and_properties(String formId, FiscalYear version)
            throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            XSSFName id = wb.getName(WorkbookRenderer.FORM_ID_NAME);
            XSSFName ver = wb.getName(WorkbookRenderer.FORM_VERSION_NAME);
            assertThat(id.getRefersToFormula()).isEqualTo("\"" + formId + "\"");
            assertThat(ver.getRefersToFormula()).isEqualTo("\"" + version.code() + "\"");
            assertThat(id.isHidden()).isTrue();
            assertThat(ver.isHidden()).isTrue();
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getSubject()).isEqualTo(formId);
            assertThat(core.getTitle()).isEqualTo(FormRegistry.get(formId).title());
            assertThat(wb.getProperties().getCustomProperties().getProperty(WorkbookRenderer.FORM_ID_NAME).getLpwstr())
                    .isEqualTo(formId);
            assertThat(wb.getProperties().getCustomProperties().getProperty(WorkbookRenderer.FORM_VERSION_NAME)
                    .getLpwstr()).isEqualTo(version.code());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void code_like_and_date_cells_are_formatted_as_text_and_dates(String formId, FiscalYear version)
            throws Exception {
        Layout layout = layout(formId, version);
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            for (SheetPlan plan : layout.sheets()) {
                XSSFSheet sheet = wb.getSheet(plan.name());
                for (Placed input : plan.inputs()) {
                    String format = Workbooks.cell(sheet, input.region()).getCellStyle().getDataFormatString();
                    switch (input.field().kind()) {
                        case DATE -> assertThat(format).isEqualTo("yyyy/m/d");
                        case INTEGER -> assertThat(format).isEqualTo("0");
                        default -> assertThat(format).as(input.field().qualifiedLabel()).isEqualTo("@");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void tables_offer_their_template_rows_and_the_example_row(String formId, FiscalYear version) throws Exception {
        FormDescriptor form = FormRegistry.get(formId);
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            for (var sheetDescriptor : form.sheets()) {
                XSSFSheet sheet = wb.getSheet(sheetDescriptor.name());
                String columnA = columnA(sheet);
                for (var table : sheetDescriptor.tables()) {
                    for (int n = 1; n <= table.templateRows(); n++) {
                        assertThat(columnA).as(table.label()).contains("\n" + table.rowLabel(n) + "\n");
                    }
                    if (table.exampleRow()) {
                        assertThat(columnA).contains("\n記入例\n");
                    }
                }
            }
        }
    }

    private static String columnA(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder("\n");
        for (var row : sheet) {
            sb.append(Workbooks.text(row.getCell(0))).append('\n');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("checklists")
    void checklist_rows_are_the_catalogue_items_of_the_version(String formId, FiscalYear version) throws Exception {
        List<ChecklistItem> items = ChecklistCatalogue.items(formId, version);
        assertThat(items).isNotEmpty();
        try (XSSFWorkbook wb = Workbooks.open(Templates.template(formId, version))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> ids = new java.util.ArrayList<>();
            List<String> texts = new java.util.ArrayList<>();
            List<String> columnA = new java.util.ArrayList<>();
            for (var row : sheet) {
                String a = Workbooks.text(row.getCell(0));
                columnA.add(a);
                boolean itemRow = row.getCell(2) != null && !row.getCell(2).getCellStyle().getLocked();
                if (itemRow && items.stream().anyMatch(i -> i.id().equals(a))) {
                    ids.add(a);
                    texts.add(Workbooks.text(row.getCell(1)));
                    assertThat(row.getCell(0).getCellStyle().getLocked()).isTrue();
                    assertThat(row.getCell(1).getCellStyle().getLocked()).isTrue();
                }
            }
            assertThat(ids).containsExactlyElementsOf(items.stream().map(ChecklistItem::id).toList());
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                assertThat(texts.get(i)).startsWith(item.text());
                if (item.unverified()) {
                    assertThat(texts.get(i)).endsWith(Layout.UNVERIFIED_MARK);
                } else {
                    assertThat(texts.get(i)).isEqualTo(item.text());
                }
            }
            assertThat(columnA).containsAll(items.stream().map(ChecklistItem::section).distinct().toList());
            if (items.stream().anyMatch(ChecklistItem::unverified)) {
                assertThat(Workbooks.everyText(wb)).contains(Layout.UNVERIFIED_NOTE);
            }
        }
    }

    static Stream<Arguments> checklists() {
        return templates().filter(a -> a.get()[0].toString().startsWith("checklist-"));
    }

    @Test
    void checklist_versions_differ_in_their_items() {
        FiscalYear r6 = FiscalYear.reiwa(6);
        FiscalYear r7 = FiscalYear.reiwa(7);
        long keysR6 = keys(layout("checklist-hospital", r6));
        long keysR7 = keys(layout("checklist-hospital", r7));
        assertThat(keysR6).isEqualTo(ChecklistCatalogue.items("checklist-hospital", r6).size());
        assertThat(keysR7).isEqualTo(ChecklistCatalogue.items("checklist-hospital", r7).size()).isGreaterThan(keysR6);
        // 確認日 on the sheet from R7 on (since = R7)
        assertThat(layout("checklist-hospital", r6).sheets().get(0).inputs().stream()
                .anyMatch(p -> p.field().label().equals("確認日") && p.field().groups().isEmpty())).isFalse();
        assertThat(layout("checklist-hospital", r7).sheets().get(0).inputs().stream()
                .anyMatch(p -> p.field().label().equals("確認日") && p.field().groups().isEmpty())).isTrue();
    }

    private static long keys(Layout layout) {
        return layout.sheets().get(0).cells().stream().filter(p -> p.role() == Role.KEY).count();
    }

    @Test
    void hints_become_input_messages() throws Exception {
        Layout layout = layout("line-device-survey", FiscalYear.reiwa(6));
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("line-device-survey"))) {
            for (SheetPlan plan : layout.sheets()) {
                for (Placed input : plan.inputs()) {
                    if (input.field().hint().isEmpty()) {
                        continue;
                    }
                    XSSFDataValidation dv = Workbooks.validationAt(wb.getSheet(plan.name()),
                            input.region().firstRow(), input.region().firstCol()).orElseThrow();
                    assertThat(dv.getShowPromptBox()).isTrue();
                    assertThat(dv.getPromptBoxText()).isEqualTo(input.field().hint());
                }
            }
        }
    }

    @Test
    void line_device_survey_template_has_no_password_sheet_and_no_password_text() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("line-device-survey"))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).doesNotContain("パスワード");
            }
            assertThat(Workbooks.everyText(wb)).doesNotContain("パスワード");
        }
    }

    @Test
    void floor_plan_sheet_has_a_bordered_image_area_and_one_placeholder_callout_per_template_row() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.template("line-device-survey"))) {
            XSSFSheet sheet = wb.getSheet("設置場所記入シート");
            assertThat(Workbooks.everyText(wb)).contains("平面図（画像を貼り付けてください） (*)");
            assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getNumberOfCells() >= 13 * 20);
            List<String> callouts = Workbooks.textBoxes(sheet).stream().map(s -> s.getText()).toList();
            assertThat(callouts).containsExactly("回線1", "回線2", "回線3", "回線4", "回線5", "回線6", "回線7", "回線8",
                    "回線9", "回線10", "No.1", "No.2", "No.3", "No.4", "No.5");
            assertThat(Workbooks.pictures(sheet)).isEmpty();
            assertThat(Workbooks.textBoxes(sheet)).allMatch(box -> !box.getCTShape().getTextlink().isBlank());
        }
    }

    @Test
    void credential_list_template_is_its_own_workbook_with_a_not_for_submission_banner() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Templates.credentialListTemplate())) {
            assertThat(Workbooks.visibleSheets(wb)).containsExactly("アカウント(ログインID)・パスワードリスト");
            XSSFSheet sheet = wb.getSheetAt(0);
            String banner = Workbooks.text(sheet.getRow(2).getCell(0));
            assertThat(banner).startsWith("提出不要");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(wb.getName(WorkbookRenderer.FORM_ID_NAME).getRefersToFormula())
                    .isEqualTo("\"line-device-survey-credentials\"");
            assertThat(Workbooks.everyText(wb)).contains("パスワード", "特権(enable)モード パスワード", "回線1", "端末5");
            assertThat(sheet.getProtect()).isTrue();
        }
    }
}
