package io.github.medsecforms.xlsx.internal.write;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A rectangle of cells, zero-based and inclusive: one cell or a merged range.
 *
 * @param firstRow first row (0 = Excel row 1)
 * @param lastRow  last row, inclusive
 * @param firstCol first column (0 = A)
 * @param lastCol  last column, inclusive
 */
public record Region(int firstRow, int lastRow, int firstCol, int lastCol) {
    public Region {
        if (firstRow < 0 || firstCol < 0 || lastRow < firstRow || lastCol < firstCol) {
            throw new IllegalArgumentException("bad region " + firstRow + "," + lastRow + "," + firstCol + "," + lastCol);
        }
    }

    /** One cell. */
    public static Region cell(int row, int col) {
        return new Region(row, row, col, col);
    }

    /** Columns {@code firstCol..lastCol} of one row. */
    public static Region span(int row, int firstCol, int lastCol) {
        return new Region(row, row, firstCol, lastCol);
    }

    public boolean isSingleCell() {
        return firstRow == lastRow && firstCol == lastCol;
    }

    public int rows() {
        return lastRow - firstRow + 1;
    }

    public int cols() {
        return lastCol - firstCol + 1;
    }

    /** The top-left cell in A1 notation, e.g. {@code C5}: where the value of a merged range lives. */
    public String topLeft() {
        return new CellReference(firstRow, firstCol).formatAsString(false);
    }

    public CellRangeAddress toRange() {
        return new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
    }

    @Override
    public String toString() {
        return isSingleCell() ? topLeft() : topLeft() + ":" + new CellReference(lastRow, lastCol).formatAsString(false);
    }
}
