package io.github.medsecforms.xlsx.internal.table;

import io.github.medsecforms.xlsx.TableWorkbook;
import io.github.medsecforms.xlsx.TableWorkbook.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Renders {@link TableWorkbook} tables with SXSSF (rows flushed to a temporary file in windows of 200). */
public final class TableRenderer {
    private static final int WINDOW = 200;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final String FONT = "游ゴシック";

    private TableRenderer() {
    }

    public static byte[] render(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(tables, out);
        return out.toByteArray();
    }

    public static void render(List<Table> tables, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                sheet(wb, styles, uniqueName(table.sheetName(), names), table);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the temporary files are gone already
            }
        }
    }

    private record Styles(CellStyle header, CellStyle text, CellStyle number, CellStyle date) {
        Styles(SXSSFWorkbook wb) {
            this(style(wb, true, null), style(wb, false, "@"), style(wb, false, "0"), style(wb, false, "yyyy/m/d"));
        }

        private static CellStyle style(SXSSFWorkbook wb, boolean header, String format) {
            CellStyle s = wb.createCellStyle();
            Font font = wb.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) 11);
            font.setBold(header);
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (header) {
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.THIN);
                s.setWrapText(true);
            }
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            return s;
        }
    }

    private static void sheet(SXSSFWorkbook wb, Styles styles, String name, Table table) throws IOException {
        SXSSFSheet sheet = wb.createSheet(name);
        int columns = table.header().size();
        for (List<?> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        int[] widths = new int[Math.max(columns, 1)];
        SXSSFRow head = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            SXSSFCell cell = head.createCell(c);
            cell.setCellStyle(styles.header());
            String text = cut(table.header().get(c));
            cell.setCellValue(text);
            widths[c] = Math.max(widths[c], width(text) + 2); // room for the filter button
        }
        int r = 1;
        for (List<?> values : table.rows()) {
            SXSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                SXSSFCell cell = row.createCell(c);
                widths[c] = Math.max(widths[c], value(cell, v, styles));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            int w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1));
            sheet.setColumnWidth(c, w * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, columns - 1));
        }
        sheet.flushRows();
    }

    /** Writes {@code v} into {@code cell}; returns the width it needs, in characters. */
    private static int value(SXSSFCell cell, Object v, Styles styles) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(styles.number());
            return v.toString().length();
        }
        if (v instanceof Number n) {
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            cell.setCellValue(d);
            return Double.toString(d).length();
        }
        if (v instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
            return 10;
        }
        if (v instanceof Boolean b) {
            cell.setCellValue(b);
            return 5;
        }
        String text = cut(v.toString());
        cell.setCellValue(text);
        cell.setCellStyle(styles.text());
        return width(text);
    }

    private static String cut(String text) {
        if (text.length() <= TableWorkbook.MAX_CELL_TEXT) {
            return text;
        }
        return text.substring(0, TableWorkbook.MAX_CELL_TEXT - 1) + "…";
    }

    /** Display width in half-width characters: wide (Japanese) characters count 2; the longest line counts. */
    static int width(String text) {
        int max = 0;
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                max = Math.max(max, w);
                w = 0;
                continue;
            }
            w += cp < 0x1100 || cp >= 0xFF61 && cp <= 0xFFDC ? 1 : 2;
            if (w > MAX_WIDTH * 2) {
                break;
            }
        }
        return Math.max(max, w);
    }

    /** A sheet name Excel accepts: no {@code []:*?/\}, not blank, at most 31 characters, unique. */
    static String uniqueName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (base.startsWith("'")) {
            base = "_" + base.substring(1);
        }
        if (base.isEmpty()) {
            base = "Sheet";
        }
        if (base.length() > 31) {
            base = base.substring(0, 31);
        }
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
