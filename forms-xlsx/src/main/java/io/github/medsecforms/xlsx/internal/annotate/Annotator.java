package io.github.medsecforms.xlsx.internal.annotate;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.xlsx.CellMark;
import io.github.medsecforms.xlsx.internal.credentials.CredentialSheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
    /** Excel's limit on the text of a cell or comment, with room for a note that more were left off. */
    private static final int MAX_TEXT = 32_000;
    private static final org.apache.poi.ss.usermodel.DataFormatter FORMATTER =
            new org.apache.poi.ss.usermodel.DataFormatter(Locale.ROOT);

    private static final Map<Severity, byte[]> FILL = new EnumMap<>(Map.of(
            Severity.ERROR, rgb(0xFF, 0xC7, 0xCE),
            Severity.WARNING, rgb(0xFF, 0xEB, 0x9C),
            Severity.INFO, rgb(0xDD, 0xEB, 0xF7)));

    private Annotator() {
    }

    /** Annotation failed: the workbook could not be opened or written by POI. The message names no cell content. */
    public static final class AnnotationFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean notXlsx;

        AnnotationFailure(String reason, Throwable cause, boolean notXlsx) {
            super(reason, cause);
            this.notXlsx = notXlsx;
        }

        /** Whether the input is no xlsx/xlsm package (a legacy .xls or a password-protected workbook). */
        public boolean notXlsx() {
            return notXlsx;
        }
    }

    public static byte[] annotate(byte[] workbook, List<CellMark> marks, Locale locale) throws AnnotationFailure {
        if (!isZip(workbook)) {
            // a legacy .xls or an encrypted workbook (both OLE2): POI's XSSF cannot keep it as it is
            throw new AnnotationFailure("not an xlsx package", null, true);
        }
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
            throw new AnnotationFailure(e.getClass().getSimpleName(), e, false);
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Whether a sheet name is that of a password list. */
    public static boolean isPasswordSheet(String name) {
        return CredentialSheets.isNamedForPasswords(name);
    }

    /** Whether a sheet is a password list, by its name or by its content ({@link CredentialSheets}). */
    static boolean isPasswordSheet(XSSFSheet sheet) {
        if (isPasswordSheet(sheet.getSheetName())) {
            return true;
        }
        List<CredentialSheets.Entry> entries = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= CredentialSheets.MAX_ROWS) {
                break;
            }
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= CredentialSheets.MAX_COLUMNS) {
                    break;
                }
                String text = text(cell);
                if (!text.isBlank()) {
                    entries.add(new CredentialSheets.Entry(cell.getRowIndex(), cell.getColumnIndex(), text));
                }
            }
        }
        return !CredentialSheets.passwordCells(entries).isEmpty();
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> FORMATTER.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    // ------------------------------------------------------------------ removing password sheets and old results

    private static boolean removeSheets(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            if (name.equals(RESULT_SHEET) || isPasswordSheet(wb.getSheetAt(i))) {
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

    /**
     * Writes the cell's marks into its comment. The comment is registered at the marked cell itself (several marks
     * on one cell share one comment); only its box is drawn to the right of the cell, where Excel draws a comment.
     * (Registering it at the box's corner, as POI does with the anchor it is given, made a finding on the next cell
     * of the row collide: "Multiple cell comments in one cell are not allowed".)
     */
    private static void comment(XSSFSheet sheet, XSSFCell cell, List<CellMark> marks, Locale locale,
                                XSSFCreationHelper helper) {
        String text = commentText(marks, locale);
        XSSFComment existing = cell.getCellComment();
        if (existing != null) {
            String before = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(helper.createRichTextString(cap(before + "\n― " + AUTHOR + " ―\n" + text)));
            return;
        }
        int row = cell.getRowIndex();
        int col = cell.getColumnIndex();
        int lines = 3 + Math.min(marks.size() * 2, 12);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(col);
        anchor.setCol2(col + 4);
        anchor.setRow1(row);
        anchor.setRow2(row + lines);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
        // the box beside the cell, as Excel places a new comment (VML anchor: col, dx, row, dy, col2, dx2, row2, dy2)
        com.microsoft.schemas.vml.CTShape shape = sheet.getVMLDrawing(true).findCommentShape(row, col);
        if (shape != null && shape.sizeOfClientDataArray() > 0 && shape.getClientDataArray(0).sizeOfAnchorArray() > 0) {
            int last = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
            int from = Math.min(col + 1, last);
            int to = Math.min(col + 5, last);
            int bottom = Math.min(row + lines, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex());
            shape.getClientDataArray(0).setAnchorArray(0, from + ", 15, " + row + ", 2, " + to + ", 15, " + bottom + ", 16");
        }
    }

    private static String commentText(List<CellMark> marks, Locale locale) {
        StringBuilder text = new StringBuilder();
        int listed = 0;
        for (CellMark m : marks) {
            String line = "[" + severityName(m.severity(), locale) + "] " + m.ruleId() + ": " + m.message();
            if (text.length() + line.length() + 1 > MAX_TEXT - 200) {
                break;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
            listed++;
        }
        if (listed < marks.size()) {
            text.append('\n').append(LocalizedMessages.isEnglish(locale)
                    ? "… and " + (marks.size() - listed) + " more (see the sheet " + RESULT_SHEET + ")"
                    : "…ほか " + (marks.size() - listed) + " 件（" + RESULT_SHEET + "シートを参照）");
        }
        return text.toString();
    }

    private static String cap(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
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
            set(row, 4, cap(m.message()), wrapped);
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
