package io.github.medsecforms.xlsx;

import static io.github.medsecforms.xlsx.WorkbookAnnotatorTest.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, items 4 and 5: a password list is recognised by what it holds, whatever its sheet is called; it is
 * reported by the reader and stripped from the annotated copy; a password list saved as its own workbook is named
 * as such.
 */
class PasswordListContentTest {
    static final String PASSWORD = "Qv7#planted-PASS";
    static final String SECOND = "Lm3$planted-ENABLE";

    /** A sheet name, the row its header starts on, and the header. */
    record Layout(String sheet, int headerRow, String[] header, int passwordColumn) {
        @Override
        public String toString() {
            return sheet + " " + String.join("|", header);
        }
    }

    static List<Layout> layouts() {
        return List.of(
                new Layout("PW一覧", 0, new String[] {"機器名", "ID", "PW"}, 2),
                new Layout("Passwords", 2, new String[] {"Host", "User", "Password"}, 2),
                new Layout("Sheet3", 4, new String[] {"No.", "装置", "ログインID", "パスワード（初期）"}, 3),
                new Layout("ログイン情報", 1, new String[] {"メーカー", "機種", "アカウント", "パスワード", "enableパスワード"}, 3),
                new Layout("メモ", 0, new String[] {"端末ホスト名", "ｱｶｳﾝﾄ", "ＰＷ"}, 2));
    }

    /** The line-device survey with one more sheet holding logins under {@code layout}. */
    static byte[] withLoginSheet(byte[] workbook, Layout layout) throws IOException {
        try (XSSFWorkbook wb = open(workbook)) {
            XSSFSheet sheet = wb.createSheet(layout.sheet());
            sheet.createRow(0).createCell(0).setCellValue(layout.headerRow() > 0 ? "機器のログイン情報（院内用）" : layout.header()[0]);
            XSSFRow header = sheet.getRow(layout.headerRow()) == null ? sheet.createRow(layout.headerRow()) : sheet.getRow(layout.headerRow());
            for (int c = 0; c < layout.header().length; c++) {
                header.createCell(c).setCellValue(layout.header()[c]);
            }
            String[][] rows = {{"UTM-01", "admin"}, {"RT-02", "root"}};
            String[] passwords = {PASSWORD, SECOND};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(layout.headerRow() + 1 + r);
                for (int c = 0; c < layout.header().length; c++) {
                    String value = c == layout.passwordColumn() ? passwords[r] : c < 2 ? rows[r][c] : "x" + c;
                    row.createCell(c).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private final byte[] survey = FormWriter.fill(SampleForms.lineDeviceSurvey()).bytes();

    @ParameterizedTest
    @MethodSource("layouts")
    void a_sheet_of_any_name_holding_passwords_is_read_as_a_password_list(Layout layout) throws Exception {
        ReadResult read = FormReader.create().read(withLoginSheet(survey, layout), "survey.xlsx");

        assertThat(read.formId()).isEqualTo("line-device-survey");
        assertThat(read.credentials()).isPresent();
        assertThat(read.credentials().get().hasAnyPassword()).isTrue();
        assertThat(read.toString()).doesNotContain(PASSWORD);
        assertThat(read.findings().toString()).doesNotContain(PASSWORD).doesNotContain(SECOND);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void the_annotated_copy_drops_a_sheet_of_any_name_holding_passwords(Layout layout) throws Exception {
        byte[] workbook = withLoginSheet(survey, layout);
        assertThat(partsText(workbook)).contains(PASSWORD);

        byte[] copy = WorkbookAnnotator.annotate(workbook,
                List.of(new CellMark(Severity.ERROR, layout.sheet(), "C2", "LDS-024", "パスワードは提出しないでください。")),
                Locale.JAPANESE);

        assertThat(partsText(copy)).doesNotContain(PASSWORD).doesNotContain(SECOND).doesNotContain("planted");
        try (XSSFWorkbook wb = open(copy)) {
            assertThat(wb.getSheet(layout.sheet())).isNull();
            for (String name : FormRegistry.get("line-device-survey").sheetNames()) {
                assertThat(wb.getSheet(name)).as("the form's own sheets stay: " + name).isNotNull();
            }
        }
    }

    @Test
    void an_id_column_alone_is_not_a_password_list_nor_is_the_line_sheet() throws Exception {
        Layout ids = new Layout("回線一覧", 0, new String[] {"回線ID", "機器名", "ログインID"}, 1);
        byte[] workbook = withLoginSheet(survey, ids);

        assertThat(FormReader.create().read(workbook, "survey.xlsx").credentials()).isEmpty();
        assertThat(FormReader.create().read(survey, "survey.xlsx").credentials()).isEmpty();
        try (XSSFWorkbook wb = open(WorkbookAnnotator.annotate(workbook, List.of(), Locale.JAPANESE))) {
            assertThat(wb.getSheet("回線一覧")).isNotNull();
            for (String name : FormRegistry.get("line-device-survey").sheetNames()) {
                assertThat(wb.getSheet(name)).isNotNull();
            }
        }
    }

    @Test
    void no_template_or_sample_of_any_form_is_taken_for_a_password_list() throws Exception {
        for (FormDescriptor form : FormRegistry.forms()) {
            for (byte[] workbook : List.of(Templates.template(form.id()), FormWriter.fill(SampleForms.full(form.id())).bytes())) {
                assertThat(FormReader.create().read(workbook, "x.xlsx").credentials()).as(form.id()).isEmpty();
                try (XSSFWorkbook before = open(workbook);
                     XSSFWorkbook after = open(WorkbookAnnotator.annotate(workbook, List.of(), Locale.JAPANESE))) {
                    assertThat(after.getNumberOfSheets()).as(form.id()).isEqualTo(before.getNumberOfSheets() + 1);
                }
            }
        }
    }

    @Test
    void a_password_list_saved_as_its_own_workbook_is_named_as_such() throws Exception {
        byte[] filled = FormWriter.fillCredentials(SampleForms.credentialList()).bytes();
        byte[] renamed;
        try (XSSFWorkbook wb = open(filled)) {
            wb.setSheetName(0, "PW一覧");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            renamed = out.toByteArray();
        }
        for (byte[] workbook : List.of(filled, renamed)) {
            assertThatThrownBy(() -> FormReader.create().read(workbook, "pw.xlsx"))
                    .isInstanceOfSatisfying(FormIoException.class, e -> {
                        assertThat(e.code()).isEqualTo("MSF-IO-2042");
                        assertThat(e.getMessage(Locale.JAPANESE)).contains("提出不要");
                        assertThat(e.getMessage(Locale.ENGLISH)).contains("not to be submitted");
                    });
            assertThatThrownBy(() -> FormReader.create().read(workbook, "pw.xlsx", "line-device-survey"))
                    .isInstanceOfSatisfying(FormIoException.class, e -> assertThat(e.code()).isEqualTo("MSF-IO-2042"));
        }
    }

    /** The text of every part of a workbook package. */
    static String partsText(byte[] workbook) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
