package io.github.medsecforms.xlsx.internal.annotate;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.xlsx.CellMark;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * Writes marks into a copy of a workbook opened with POI's usermodel (XSSF keeps every part it does not touch,
 * the macros of an .xlsm included). See {@link io.github.medsecforms.xlsx.WorkbookAnnotator} for what a user gets.
 */
public final class Annotator {
    /** Sheets whose (NFKC) name contains this are password lists and never leave the machine. */
    public static final String PASSWORD_KEY = "パスワード";
    public static final String RESULT_SHEET = io.github.medsecforms.xlsx.WorkbookAnnotator.RESULT_SHEET;
    private static final String AUTHOR = "medsec-forms";

    private static final Map<Severity, byte[]> FILL = new EnumMap<>(Map.of(
            Severity.ERROR, rgb(0xFF, 0xC7, 0xCE),
            Severity.WARNING, rgb(0xFF, 0xEB, 0x9C),
            Severity.INFO, rgb(0xDD, 0xEB, 0xF7)));

    private Annotator() {
    }

    /** Annotation failed: the workbook could not be opened or written by POI. The message names no cell content. */
    public static final class AnnotationFailure extends Exception {
        private static final long serialVersionUID = 1L;

        AnnotationFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    public static byte[] annotate(byte[] workbook, List<CellMark> marks, Locale locale) throws AnnotationFailure {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            boolean removed = removeSheets(wb);
            markCells(wb, marks, locale);
            XSSFSheet results = resultSheet(wb, marks, locale);
            select(wb, results);
            if (removed) {
                blankUnusedSharedStrings(wb);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length + 16_384);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // POI's messages may quote the workbook's content: name the failure by its type only
            throw new AnnotationFailure(e.getClass().getSimpleName(), e);
        }
    }

    /** Whether a sheet name is that of a password list. */
    public static boolean isPasswordSheet(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).contains(PASSWORD_KEY);
    }

    // ------------------------------------------------------------------ removing password sheets and old results

    private static boolean removeSheets(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            if (isPasswordSheet(name) || name.equals(RESULT_SHEET)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return false;
        }
        // formulas that reach into a removed sheet would keep its values as cached results: empty those cells
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            if (names.contains(sheet.getSheetName())) {
                continue;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && refersToAny(cell.getCellFormula(), names)) {
                        cell.setBlank();
                    }
                }
            }
        }
        for (XSSFName name : new ArrayList<>(wb.getAllNames())) {
            String formula = name.getRefersToFormula();
            if (formula != null && refersToAny(formula, names)) {
                wb.removeName(name);
            }
        }
        for (String name : names) {
            wb.removeSheetAt(wb.getSheetIndex(name));
        }
        return true;
    }

    private static boolean refersToAny(String formula, List<String> sheets) {
        return sheets.stream().anyMatch(formula::contains);
    }

    /**
     * Strings of removed sheets stay in the shared string table (POI never drops entries): blank every entry that
     * no remaining cell uses, so that no password text is left in the file.
     */
    private static void blankUnusedSharedStrings(XSSFWorkbook wb) {
        SharedStringsTable sst = wb.getSharedStringSource();
        if (sst == null) {
            return;
        }
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell cell : row) {
                    XSSFCell c = (XSSFCell) cell;
                    if (c.getCellType() == CellType.STRING && c.getCTCell().isSetV()) {
                        try {
                            used.add(Integer.parseInt(c.getCTCell().getV()));
                        } catch (NumberFormatException e) {
                            // an inline string: not in the table
                        }
                    }
                }
            }
        }
        for (int idx = 0; idx < sst.getUniqueCount(); idx++) {
            if (used.contains(idx)) {
                continue;
            }
            CTRst rst = ((XSSFRichTextString) sst.getItemAt(idx)).getCTRst();
            rst.setT("");
            while (rst.sizeOfRArray() > 0) {
                rst.removeR(0);
            }
            while (rst.sizeOfRPhArray() > 0) {
                rst.removeRPh(0);
            }
            if (rst.isSetPhoneticPr()) {
                rst.unsetPhoneticPr();
            }
        }
    }

    // ------------------------------------------------------------------ colours and comments

    /** Colours and comments the marked cells (several marks on one cell: one colour, one comment). */
    private static void markCells(XSSFWorkbook wb, List<CellMark> marks, Locale locale) {
        Map<String, List<CellMark>> byCell = new LinkedHashMap<>();
        for (CellMark m : marks) {
            if (m.hasCell() && wb.getSheet(m.sheet()) != null && address(m.cell()) != null) {
                byCell.computeIfAbsent(m.sheet() + "!" + address(m.cell()).formatAsString(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, XSSFCellStyle> styles = new HashMap<>();
        XSSFCreationHelper helper = wb.getCreationHelper();
        for (List<CellMark> cellMarks : byCell.values()) {
            CellMark first = cellMarks.get(0);
            XSSFSheet sheet = wb.getSheet(first.sheet());
            CellAddress at = address(first.cell());
            XSSFRow row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
            XSSFCell cell = row.getCell(at.getColumn()) == null ? row.createCell(at.getColumn()) : row.getCell(at.getColumn());
            Severity worst = cellMarks.stream().map(CellMark::severity).min(Enum::compareTo).orElseThrow();
            XSSFCellStyle original = cell.getCellStyle();
            cell.setCellStyle(styles.computeIfAbsent(original.getIndex() + "/" + worst, k -> {
                XSSFCellStyle style = wb.createCellStyle();
                style.cloneStyleFrom(original);
                style.setFillForegroundColor(new XSSFColor(FILL.get(worst), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            }));
            comment(sheet, cell, cellMarks, locale, helper);
        }
    }

    private static void comment(XSSFSheet sheet, XSSFCell cell, List<CellMark> marks, Locale locale,
                                XSSFCreationHelper helper) {
        StringBuilder text = new StringBuilder();
        for (CellMark m : marks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append('[').append(severityName(m.severity(), locale)).append("] ").append(m.ruleId()).append(": ")
                    .append(m.message());
        }
        XSSFComment existing = cell.getCellComment();
        if (existing != null) {
            String before = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(helper.createRichTextString(before + "\n― " + AUTHOR + " ―\n" + text));
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3 + Math.min(marks.size() * 2, 12));
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text.toString()));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    // ------------------------------------------------------------------ the result sheet

    private static XSSFSheet resultSheet(XSSFWorkbook wb, List<CellMark> marks, Locale locale) {
        XSSFSheet sheet = wb.createSheet(RESULT_SHEET);
        XSSFCreationHelper helper = wb.getCreationHelper();
        boolean en = LocalizedMessages.isEnglish(locale);

        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFCellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(rgb(0xDD, 0xEB, 0xF7), null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        XSSFCellStyle text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFCellStyle wrapped = wb.createCellStyle();
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);
        XSSFFont linkFont = wb.createFont();
        linkFont.setUnderline(XSSFFont.U_SINGLE);
        linkFont.setColor(new XSSFColor(rgb(0x05, 0x63, 0xC1), null));
        XSSFCellStyle link = wb.createCellStyle();
        link.setFont(linkFont);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        Map<Severity, XSSFCellStyle> severityStyles = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            XSSFCellStyle style = wb.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(FILL.get(s), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            severityStyles.put(s, style);
        }

        String[] headings = en ? new String[] {"Severity", "Sheet", "Cell", "Rule", "Message"}
                : new String[] {"重大度", "シート", "セル", "ルール", "メッセージ"};
        XSSFRow top = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            XSSFCell cell = top.createCell(c);
            cell.setCellValue(headings[c]);
            cell.setCellStyle(header);
        }
        int r = 1;
        for (CellMark m : marks) {
            XSSFRow row = sheet.createRow(r++);
            XSSFCell severity = row.createCell(0);
            severity.setCellValue(severityName(m.severity(), locale));
            severity.setCellStyle(severityStyles.get(m.severity()));
            set(row, 1, m.sheet(), text);
            XSSFCell cellName = set(row, 2, m.cell(), text);
            set(row, 3, m.ruleId(), text);
            set(row, 4, m.message(), wrapped);
            CellAddress at = m.hasCell() ? address(m.cell()) : null;
            if (at != null && wb.getSheet(m.sheet()) != null) {
                XSSFHyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress("'" + m.sheet().replace("'", "''") + "'!" + at.formatAsString());
                cellName.setHyperlink(hyperlink);
                cellName.setCellStyle(link);
            }
        }
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 100 * 256);
        sheet.createFreezePane(0, 1);
        if (!marks.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, marks.size(), 0, headings.length - 1));
        }
        return sheet;
    }

    private static XSSFCell set(XSSFRow row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** Opens the copy on the result sheet. */
    private static void select(XSSFWorkbook wb, XSSFSheet results) {
        int index = wb.getSheetIndex(results);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == index);
        }
        wb.setActiveSheet(index);
        if (wb.getFirstVisibleTab() > index) {
            wb.setFirstVisibleTab(0);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String severityName(Severity s, Locale locale) {
        return LocalizedMessages.isEnglish(locale) ? s.labelEn() : s.label();
    }

    /** The address of an A1 reference ({@code C5}, {@code $C$5}), or null if it is none. */
    static CellAddress address(String a1) {
        if (a1 == null || !a1.matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}")) {
            return null;
        }
        CellReference ref = new CellReference(a1.toUpperCase(Locale.ROOT));
        if (ref.getRow() > 1_048_575 || ref.getCol() > 16_383) {
            return null;
        }
        return new CellAddress(ref.getRow(), ref.getCol());
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
