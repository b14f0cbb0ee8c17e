package io.github.medsecforms.xlsx;

import io.github.medsecforms.xlsx.internal.table.TableRenderer;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes plain tables as an Excel workbook (xlsx): consolidated lists, summaries, lists of problems. One sheet per
 * table, each with a bold header row that stays in view (frozen) and an autofilter, column widths fitted to the
 * content (Japanese characters count double, capped at 60 characters), and typed cells: text stays text
 * ({@code 0110113719} keeps its leading zero, {@code =1+1} is not a formula), whole numbers are numbers, dates are
 * date cells ({@code yyyy/m/d}), booleans are booleans, {@code null} is a blank cell; anything else is written as
 * its {@code toString()}. Rows are streamed to the file, so the workbook's size is not bounded by memory.
 *
 * <pre>{@code
 * TableWorkbook.Table list = new TableWorkbook.Table("一覧", List.of("医療機関コード", "病院名", "エラー"),
 *         List.of(List.of("3710112347", "サンプル病院", 0)));
 * Files.write(Path.of("一覧.xlsx"), TableWorkbook.write(List.of(list)));
 * }</pre>
 */
public final class TableWorkbook {
    /** Longest text a cell holds (Excel's limit); longer text is cut and ends with {@code …}. */
    public static final int MAX_CELL_TEXT = 32_767;

    private TableWorkbook() {
    }

    /**
     * One sheet: a header row and data rows.
     *
     * @param sheetName the sheet's name (characters Excel refuses are replaced, cut to 31 characters, made unique)
     * @param header    the column headers
     * @param rows      the rows, values in header order (missing values are blank)
     */
    public record Table(String sheetName, List<String> header, List<? extends List<?>> rows) {
        public Table {
            Objects.requireNonNull(sheetName, "sheetName");
            header = List.copyOf(header);
            Objects.requireNonNull(rows, "rows");
        }
    }

    /** The workbook of {@code tables}, one sheet each, in order. */
    public static byte[] write(List<Table> tables) {
        return TableRenderer.render(tables);
    }

    /**
     * Writes the workbook of {@code tables} to {@code out} (not closed).
     *
     * @throws UncheckedIOException if writing fails
     */
    public static void write(List<Table> tables, OutputStream out) {
        TableRenderer.render(tables, out);
    }
}
