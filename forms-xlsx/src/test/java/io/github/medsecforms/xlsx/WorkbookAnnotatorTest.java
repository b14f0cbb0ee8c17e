package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/** The annotated copy of a real filled workbook: marks where the findings are, the user's data untouched. */
class WorkbookAnnotatorTest {
    static final String PASSWORD = "Zx9!secret-ROUTER";
    static final String PASSWORD_SHEET = "アカウント(ログインID)・パスワードリスト";

    private final WrittenWorkbook written = FormWriter.fill(SampleForms.lineDeviceSurvey());

    private CellMark mark(Severity severity, String path, String ruleId, String message) {
        CellOrigin origin = written.origins().find(path).orElseThrow();
        return new CellMark(severity, origin.sheet(), origin.cell(), ruleId, message);
    }

    @Test
    void every_cell_of_every_original_sheet_keeps_its_value_and_format_and_marked_cells_are_coloured() throws Exception {
        List<CellMark> marks = List.of(
                mark(Severity.ERROR, "lines[0].globalIpAddress", "MSF-FLD-0001", "グローバルIPアドレスではありません。"),
                mark(Severity.WARNING, "lines[0].globalIpAddress", "LDS-019", "重複しています。"),
                mark(Severity.INFO, "basicInfo.facilityName", "X-001", "情報です。"),
                mark(Severity.WARNING, "lines[1].diagnosisDayAddress", "LDS-010", "当日に確認してください。"));

        byte[] copy = WorkbookAnnotator.annotate(written.bytes(), marks, Locale.JAPANESE);

        try (XSSFWorkbook before = open(written.bytes()); XSSFWorkbook after = open(copy)) {
            for (int i = 0; i < before.getNumberOfSheets(); i++) {
                String name = before.getSheetName(i);
                assertThat(after.getSheet(name)).as(name).isNotNull();
                assertThat(cells(after.getSheet(name))).as(name).isEqualTo(cells(before.getSheet(name)));
                assertThat(after.getSheetAt(i).getSheetName()).as("sheet order").isEqualTo(name);
            }
            assertThat(after.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets() + 1);

            XSSFCell ip = cell(after, marks.get(0));
            assertThat(ip.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(rgb(ip)).as("the most serious finding decides").isEqualTo("FFC7CE");
            XSSFCell originalIp = cell(before, marks.get(0));
            assertThat(ip.getCellStyle().getFont().getFontName()).isEqualTo(originalIp.getCellStyle().getFont().getFontName());
            assertThat(ip.getCellStyle().getLocked()).isEqualTo(originalIp.getCellStyle().getLocked());
            assertThat(ip.getCellStyle().getBorderLeft()).isEqualTo(originalIp.getCellStyle().getBorderLeft());
            XSSFComment comment = ip.getCellComment();
            assertThat(comment.getString().getString())
                    .contains("[エラー] MSF-FLD-0001: グローバルIPアドレスではありません。")
                    .contains("[警告] LDS-019: 重複しています。");
            assertThat(rgb(cell(after, marks.get(2)))).isEqualTo("DDEBF7");
            assertThat(rgb(cell(after, marks.get(3)))).isEqualTo("FFEB9C");

            XSSFSheet results = after.getSheet(WorkbookAnnotator.RESULT_SHEET);
            assertThat(after.getSheetIndex(results)).isEqualTo(after.getNumberOfSheets() - 1);
            assertThat(after.getActiveSheetIndex()).isEqualTo(after.getSheetIndex(results));
            assertThat(rowTexts(results.getRow(0))).containsExactly("重大度", "シート", "セル", "ルール", "メッセージ");
            for (int r = 0; r < marks.size(); r++) {
                CellMark m = marks.get(r);
                XSSFRow row = results.getRow(r + 1);
                assertThat(rowTexts(row)).containsExactly(m.severity().label(), m.sheet(), m.cell(), m.ruleId(), m.message());
                var link = row.getCell(2).getHyperlink();
                assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(link.getAddress()).isEqualTo("'" + m.sheet() + "'!" + m.cell());
            }
        }
    }

    @Test
    void the_copy_reads_back_as_the_same_form() {
        List<CellMark> marks = List.of(mark(Severity.ERROR, "lines[2].vulnerabilityScan", "LDS-005", "閉域網です。"));

        byte[] copy = WorkbookAnnotator.annotate(written.bytes(), marks, Locale.JAPANESE);

        ReadResult original = FormReader.create().read(written.bytes(), "a.xlsx");
        ReadResult annotated = FormReader.create().read(copy, "a.xlsx");
        assertThat(annotated.form()).isEqualTo(original.form());
        assertThat(annotated.findings()).isEqualTo(original.findings());
        assertThat(annotated.origins()).isEqualTo(original.origins());
    }

    @Test
    void password_sheets_are_removed_and_no_password_text_is_left_in_any_part() throws Exception {
        byte[] withPasswords = addPasswordSheet(written.bytes());
        assertThat(partsText(withPasswords)).contains(PASSWORD);

        byte[] copy = WorkbookAnnotator.annotate(withPasswords,
                List.of(new CellMark(Severity.ERROR, PASSWORD_SHEET, "C2", "LDS-024", "パスワードは提出しないでください。")),
                Locale.JAPANESE);

        assertThat(partsText(copy)).doesNotContain(PASSWORD).doesNotContain("secret");
        try (XSSFWorkbook wb = open(copy)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).doesNotContain("パスワード");
            }
            XSSFSheet results = wb.getSheet(WorkbookAnnotator.RESULT_SHEET);
            assertThat(rowTexts(results.getRow(1))).contains("LDS-024");
            assertThat(results.getRow(1).getCell(2).getHyperlink()).as("no link to a removed sheet").isNull();
            // the formula that showed a password elsewhere is emptied, the rest of that sheet is intact
            XSSFSheet basic = wb.getSheetAt(0);
            assertThat(basic.getRow(0).getCell(20).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void a_macro_enabled_workbook_stays_macro_enabled_with_its_macros() throws Exception {
        byte[] vba = "fake vbaProject.bin bytes — kept as they are".getBytes(StandardCharsets.UTF_8);
        byte[] xlsm = asXlsm(written.bytes(), vba);

        byte[] copy = WorkbookAnnotator.annotate(xlsm,
                List.of(mark(Severity.ERROR, "basicInfo.facilityName", "X-1", "m")), Locale.JAPANESE);

        Map<String, byte[]> parts = parts(copy);
        assertThat(parts.get("xl/vbaProject.bin")).isEqualTo(vba);
        assertThat(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8))
                .contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .contains("vbaProject");
        assertThat(new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)).contains("vbaProject");
    }

    @Test
    void annotating_again_replaces_the_earlier_result_sheet_and_keeps_existing_comments() throws Exception {
        CellMark first = mark(Severity.ERROR, "basicInfo.facilityName", "X-1", "一回目");
        byte[] once = WorkbookAnnotator.annotate(written.bytes(), List.of(first), Locale.ENGLISH);

        byte[] twice = WorkbookAnnotator.annotate(once, List.of(
                mark(Severity.WARNING, "basicInfo.facilityName", "X-2", "二回目"),
                new CellMark(Severity.INFO, "", "", "X-3", "whole form"),
                new CellMark(Severity.INFO, "no such sheet", "A1", "X-4", "unknown sheet")), Locale.ENGLISH);

        try (XSSFWorkbook wb = open(twice)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(open(written.bytes()).getNumberOfSheets() + 1);
            XSSFSheet results = wb.getSheet(WorkbookAnnotator.RESULT_SHEET);
            assertThat(rowTexts(results.getRow(0))).containsExactly("Severity", "Sheet", "Cell", "Rule", "Message");
            assertThat(results.getLastRowNum()).isEqualTo(3);
            assertThat(rowTexts(results.getRow(2))).containsExactly("info", "X-3", "whole form");
            assertThat(results.getRow(3).getCell(2).getHyperlink()).isNull();
            String comment = cell(wb, first).getCellComment().getString().getString();
            assertThat(comment).contains("[error] X-1: 一回目").contains("[warning] X-2: 二回目");
        }
    }

    // ------------------------------------------------------------------ fixtures

    /** The password list pasted into the workbook as a sheet, and a formula elsewhere showing one password. */
    static byte[] addPasswordSheet(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = open(workbook)) {
            XSSFSheet sheet = wb.createSheet(PASSWORD_SHEET);
            String[][] rows = {{"メーカー", "機種名", "ログインID", "パスワード"}, {"Cisco", "C1111-4P", "admin", PASSWORD}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            XSSFRow first = wb.getSheetAt(0).getRow(0);
            XSSFCell leak = first.createCell(20);
            leak.setCellFormula("'" + PASSWORD_SHEET + "'!D2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(leak);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook saved as .xlsm with a vbaProject part. */
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

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Every cell's type, value (formula and cached value) and number format, by address. */
    static Map<String, String> cells(XSSFSheet sheet) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                String value = switch (c.getCellType()) {
                    case STRING -> c.getStringCellValue();
                    case NUMERIC -> String.valueOf(c.getNumericCellValue());
                    case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
                    case FORMULA -> c.getCellFormula() + " = " + cached((XSSFCell) c);
                    case ERROR -> String.valueOf(c.getErrorCellValue());
                    default -> "";
                };
                if (c.getCellType() == CellType.BLANK) {
                    continue; // a blank cell and no cell are the same to a user
                }
                out.put(c.getAddress().formatAsString(), c.getCellType() + " " + value + " | " + c.getCellStyle().getDataFormatString());
            }
        }
        return out;
    }

    private static String cached(XSSFCell c) {
        return c.getCTCell().isSetV() ? c.getCTCell().getV() : "";
    }

    static List<String> rowTexts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                out.add(c.getStringCellValue());
            }
        }
        return out;
    }

    private static XSSFCell cell(XSSFWorkbook wb, CellMark m) {
        CellReference ref = new CellReference(m.cell());
        return wb.getSheet(m.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String rgb(XSSFCell cell) {
        XSSFColor color = cell.getCellStyle().getFillForegroundXSSFColor();
        return color == null ? "" : color.getARGBHex().substring(2);
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

    /** Every part of the package as text (UTF-8), so that a search finds any string anywhere in the file. */
    static String partsText(byte[] zip) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (byte[] part : parts(zip).values()) {
            sb.append(new String(part, StandardCharsets.UTF_8)).append('\n');
        }
        return sb.toString();
    }
}
