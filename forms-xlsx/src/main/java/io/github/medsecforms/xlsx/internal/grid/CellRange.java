package io.github.medsecforms.xlsx.internal.grid;

/**
 * <b>Internal.</b> A rectangular range of cells, 0-based and inclusive, e.g. a merged region.
 */
public record CellRange(int firstRow, int firstCol, int lastRow, int lastCol) {
    public CellRange {
        if (firstRow < 0 || firstCol < 0 || lastRow < firstRow || lastCol < firstCol
                || lastRow >= CellRef.MAX_ROWS || lastCol >= CellRef.MAX_COLUMNS) {
            throw new IllegalArgumentException(
                    "invalid range " + firstRow + "," + firstCol + ":" + lastRow + "," + lastCol);
        }
    }

    /** Parses {@code B2:D3} (or a single cell {@code B2}, a 1×1 range); {@code $} signs are ignored. */
    public static CellRange parse(String a1) {
        int colon = a1.indexOf(':');
        long first = CellRef.parse(colon < 0 ? a1 : a1.substring(0, colon));
        long last = colon < 0 ? first : CellRef.parse(a1.substring(colon + 1));
        if (first < 0 || last < 0) {
            throw new IllegalArgumentException("not a cell range: " + a1);
        }
        int r1 = CellRef.row(first), c1 = CellRef.col(first), r2 = CellRef.row(last), c2 = CellRef.col(last);
        return new CellRange(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
    }

    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }

    /** Number of rows. */
    public int height() {
        return lastRow - firstRow + 1;
    }

    /** Number of columns. */
    public int width() {
        return lastCol - firstCol + 1;
    }

    /** {@code B2:D3}; a single cell still as a range ({@code B2:B2}). */
    public String a1() {
        return CellRef.a1(firstRow, firstCol) + ":" + CellRef.a1(lastRow, lastCol);
    }

    @Override
    public String toString() {
        return a1();
    }
}
