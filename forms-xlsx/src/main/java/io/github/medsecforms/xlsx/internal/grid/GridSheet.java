package io.github.medsecforms.xlsx.internal.grid;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * <b>Internal.</b> One sheet of a {@link Grid}: its non-blank cells in compact column-sorted arrays per row (about
 * 11 bytes a cell plus the strings), merged regions, pictures and text shapes. Immutable and thread-safe.
 *
 * <p>Only cells with a value are kept: styled empty cells and formulas without a cached value are blank.
 * {@link #lastRow()}/{@link #lastColumn()} are over the kept cells.
 */
public final class GridSheet {
    static final int TYPE_MASK = 7;
    static final int DATE = 8;
    static final int FORMULA = 16;
    static final int LOCAL = 32;
    private static final CellType[] TYPES = CellType.values();

    private final String name;
    private final SheetState state;
    private final int[] rowNums;
    private final int[] rowStarts;
    private final short[] cols;
    private final byte[] kinds;
    private final long[] values;
    private final String[] shared;
    private final String[] local;
    private final int lastRow;
    private final int lastColumn;
    private final List<CellRange> merged;
    private final int[] mergeBounds;
    /**
     * Merged regions by row (indexes into {@link #merged}, per block of 2^{@link #BLOCK_SHIFT} rows), so that finding
     * the region of a cell does not scan every region of the sheet (a layout drawn in narrow merged cells has
     * hundreds, a long table one or more per row); {@code null} when the sheet has few regions. Regions over more
     * than {@value #WIDE_BLOCKS} blocks are in {@link #wideMerges} instead.
     */
    private final int[][] mergeBlocks;
    private final int[] wideMerges;
    private static final int BLOCK_SHIFT = 0;
    private static final int WIDE_BLOCKS = 64;
    private static final int INDEX_FROM = 8;
    private final List<Picture> pictures;
    private final List<Shape> shapes;
    private int uncachedFormulas;
    private List<String> uncachedExamples = List.of();
    /**
     * Row number → index into {@link #rowNums} (−1 for a row without cells), so that finding a cell's row is one
     * look-up instead of a binary search; null for a sheet whose rows are too many or too sparse for it.
     */
    private final int[] rowIndex;
    /**
     * For a small sheet, every position of its used area ({@link #lastRow()} + 1 rows of {@link #lastColumn()} + 1
     * columns, row-major): {@link #denseCells} the index of its cell plus one (0: blank), {@link #denseMerges} the
     * index in {@link #merged} of the first region covering it plus one (0: none; null when a few huge overlapping
     * regions would make it costly). A reader asks for the same cells and regions thousands of times; this makes
     * each look-up one array read instead of a search. Null for a sheet too big or too sparse for it; positions
     * outside the area are searched as before.
     */
    private final int[] denseCells;
    private final int[] denseMerges;
    private final int denseWidth;
    /**
     * The cells made so far (a reader asks for the same cells many times), by index, in chunks of
     * {@value #CHUNK_CELLS} cells, each made at the first look-up of one of its cells: no array grows with the
     * sheet's cells (one array for every cell of a big sheet would be a humongous allocation), so a big sheet's
     * cells are made once each, as a small sheet's, instead of at every look-up. Filled lazily, published with
     * release/acquire so that a chunk or a cell made by one thread is seen whole by another (the sheet stays
     * thread-safe; two threads making the same chunk or cell at once each get an equal cell).
     */
    private final Cell[][] made;
    private static final int CHUNK_SHIFT = 12;
    private static final int CHUNK_CELLS = 1 << CHUNK_SHIFT;
    private static final int INDEX_ROWS = 1 << 16;
    private static final java.lang.invoke.VarHandle MADE = java.lang.invoke.MethodHandles.arrayElementVarHandle(Cell[].class);
    private static final java.lang.invoke.VarHandle MADE_CHUNKS =
            java.lang.invoke.MethodHandles.arrayElementVarHandle(Cell[][].class);

    GridSheet(String name, SheetState state, int[] rowNums, int[] rowStarts, short[] cols, byte[] kinds,
            long[] values, String[] shared, String[] local, List<CellRange> merged, List<Picture> pictures,
            List<Shape> shapes) {
        this.name = name;
        this.state = state;
        this.rowNums = rowNums;
        this.rowStarts = rowStarts;
        this.cols = cols;
        this.kinds = kinds;
        this.values = values;
        this.shared = shared;
        this.local = local;
        this.merged = List.copyOf(merged);
        this.pictures = List.copyOf(pictures);
        this.shapes = List.copyOf(shapes);
        this.lastRow = rowNums.length == 0 ? -1 : rowNums[rowNums.length - 1];
        int maxCol = -1;
        for (int r = 0; r < rowNums.length; r++) {
            maxCol = Math.max(maxCol, cols[rowStarts[r + 1] - 1]);
        }
        this.lastColumn = maxCol;
        if (lastRow >= 0 && lastRow < INDEX_ROWS) {
            int[] index = new int[lastRow + 1];
            Arrays.fill(index, -1);
            for (int r = 0; r < rowNums.length; r++) {
                index[rowNums[r]] = r;
            }
            this.rowIndex = index;
        } else {
            this.rowIndex = null;
        }
        this.made = new Cell[(cols.length + CHUNK_CELLS - 1) >>> CHUNK_SHIFT][];
        this.mergeBounds = new int[this.merged.size() * 4];
        int i = 0;
        for (CellRange m : this.merged) {
            mergeBounds[i++] = m.firstRow();
            mergeBounds[i++] = m.firstCol();
            mergeBounds[i++] = m.lastRow();
            mergeBounds[i++] = m.lastCol();
        }
        long area = (long) (lastRow + 1) * (lastColumn + 1);
        if (lastRow >= 0 && area <= DENSE_AREA && area <= (long) DENSE_PER_CELL * cols.length + DENSE_SPARE) {
            int width = lastColumn + 1;
            int[] dense = new int[(int) area];
            for (int r = 0; r < rowNums.length; r++) {
                int base = rowNums[r] * width;
                for (int c = rowStarts[r]; c < rowStarts[r + 1]; c++) {
                    dense[base + cols[c]] = c + 1;
                }
            }
            this.denseWidth = width;
            this.denseCells = dense;
            this.denseMerges = denseMerges(mergeBounds, lastRow, width, area);
        } else {
            this.denseWidth = 0;
            this.denseCells = null;
            this.denseMerges = null;
        }
        if (this.merged.size() < INDEX_FROM) {
            this.mergeBlocks = null;
            this.wideMerges = null;
            return;
        }
        int lastBlock = 0;
        int wide = 0;
        for (CellRange m : this.merged) {
            if ((m.lastRow() >> BLOCK_SHIFT) - (m.firstRow() >> BLOCK_SHIFT) >= WIDE_BLOCKS) {
                wide++;
            } else {
                lastBlock = Math.max(lastBlock, m.lastRow() >> BLOCK_SHIFT);
            }
        }
        int[] counts = new int[lastBlock + 1];
        int[] wides = new int[wide];
        wide = 0;
        for (int k = 0; k < this.merged.size(); k++) {
            CellRange m = this.merged.get(k);
            int from = m.firstRow() >> BLOCK_SHIFT;
            int to = m.lastRow() >> BLOCK_SHIFT;
            if (to - from >= WIDE_BLOCKS) {
                wides[wide++] = k;
            } else {
                for (int b = from; b <= to; b++) {
                    counts[b]++;
                }
            }
        }
        int[][] blocks = new int[lastBlock + 1][];
        for (int b = 0; b <= lastBlock; b++) {
            blocks[b] = counts[b] == 0 ? EMPTY : new int[counts[b]];
            counts[b] = 0;
        }
        for (int k = 0; k < this.merged.size(); k++) {
            CellRange m = this.merged.get(k);
            int from = m.firstRow() >> BLOCK_SHIFT;
            int to = m.lastRow() >> BLOCK_SHIFT;
            if (to - from < WIDE_BLOCKS) {
                for (int b = from; b <= to; b++) {
                    blocks[b][counts[b]++] = k;
                }
            }
        }
        this.mergeBlocks = blocks;
        this.wideMerges = wides;
    }

    private static final int[] EMPTY = new int[0];
    private static final int DENSE_AREA = 1 << 16;
    private static final int DENSE_PER_CELL = 16;
    private static final int DENSE_SPARE = 4096;

    /**
     * {@link #denseMerges} of a sheet's used area: each position covered by a region holds the first covering region
     * in XML order (the regions are written last to first), as {@link #mergeIndexAt} finds it; null if there are
     * none, or if the regions cover the area more than twice over (overlapping regions: a hostile file must not
     * make this cost more than the area).
     */
    private static int[] denseMerges(int[] b, int lastRow, int width, long area) {
        if (b.length == 0) {
            return null;
        }
        long covered = 0;
        for (int i = 0; i < b.length; i += 4) {
            long rows = Math.min(b[i + 2], lastRow) - (long) b[i] + 1;
            long cols = Math.min(b[i + 3], width - 1) - (long) b[i + 1] + 1;
            if (rows > 0 && cols > 0) {
                covered += rows * cols;
            }
        }
        if (covered > 2 * area) {
            return null;
        }
        int[] dense = new int[(int) area];
        for (int i = b.length - 4; i >= 0; i -= 4) {
            int toRow = Math.min(b[i + 2], lastRow);
            int toCol = Math.min(b[i + 3], width - 1);
            for (int r = Math.max(b[i], 0); r <= toRow; r++) {
                int base = r * width;
                for (int c = Math.max(b[i + 1], 0); c <= toCol; c++) {
                    dense[base + c] = i / 4 + 1;
                }
            }
        }
        return dense;
    }

    public String name() {
        return name;
    }

    public SheetState state() {
        return state;
    }

    /** The last 0-based row with a non-blank cell, −1 if the sheet has none. */
    public int lastRow() {
        return lastRow;
    }

    /** The last 0-based column with a non-blank cell, −1 if the sheet has none. */
    public int lastColumn() {
        return lastColumn;
    }

    /** Number of non-blank cells. */
    public int cellCount() {
        return cols.length;
    }

    /** The cell at 0-based {@code (row, col)}; {@link Cell#BLANK} when empty or outside the sheet, never null. */
    public Cell cell(int row, int col) {
        int[] dense = denseCells;
        if (dense != null) {
            if (row < 0 || row > lastRow || col < 0 || col >= denseWidth) {
                return Cell.BLANK;
            }
            int i = dense[row * denseWidth + col] - 1;
            return i < 0 ? Cell.BLANK : cellAt(row, i);
        }
        int r = rowOf(row);
        if (r < 0 || col < 0 || col >= CellRef.MAX_COLUMNS) {
            return Cell.BLANK;
        }
        int i = Arrays.binarySearch(cols, rowStarts[r], rowStarts[r + 1], (short) col);
        return i < 0 ? Cell.BLANK : cellAt(row, i);
    }

    /** The index of 0-based {@code row} in {@link #rowNums}, negative if it has no cells. */
    private int rowOf(int row) {
        int[] index = rowIndex;
        if (index != null) {
            return row >= 0 && row < index.length ? index[row] : -1;
        }
        return Arrays.binarySearch(rowNums, row);
    }

    /**
     * The value shown at 0-based {@code (row, col)}: a merged region shows the value of its top-left cell, so the
     * cell there; else the cell itself. The same as {@code mergedRegionAt(row, col)} then {@link #cell(int, int)}
     * of the region's first cell or of {@code (row, col)}, without the optional.
     */
    public Cell shown(int row, int col) {
        int k = mergeIndexAt(row, col);
        if (k < 0) {
            return cell(row, col);
        }
        return cell(mergeBounds[k * 4], mergeBounds[k * 4 + 1]);
    }

    /** The cell at {@code a1} (e.g. {@code C5}). */
    public Cell cell(String a1) {
        return cell(CellRef.row(a1), CellRef.col(a1));
    }

    /** The non-blank cells in row-major order. */
    public Iterable<Cell> cells() {
        return () -> new CellIterator(0, rowNums.length);
    }

    /**
     * Hands each text cell ({@link CellType#STRING}) to {@code action}, row-major: {@link #cells()} filtered by type,
     * without making the other cells (a 10,000-line sheet's numbers are made only when read).
     */
    public void forEachText(java.util.function.Consumer<Cell> action) {
        for (int r = 0; r < rowNums.length; r++) {
            for (int i = rowStarts[r]; i < rowStarts[r + 1]; i++) {
                if (TYPES[kinds[i] & TYPE_MASK] == CellType.STRING) {
                    action.accept(cellAt(rowNums[r], i));
                }
            }
        }
    }

    /** The non-blank cells of 0-based {@code row}, left to right. */
    public Iterable<Cell> row(int row) {
        int r = rowOf(row);
        return r < 0 ? List.of() : () -> new CellIterator(r, r + 1);
    }

    /** The merged regions, in the order of the sheet's XML. */
    public List<CellRange> mergedRegions() {
        return merged;
    }

    /** The merged region covering {@code (row, col)}, if any. */
    public Optional<CellRange> mergedRegionAt(int row, int col) {
        int k = mergeIndexAt(row, col);
        return k < 0 ? Optional.empty() : Optional.of(merged.get(k));
    }

    /** The merged region covering {@code (row, col)}, or that cell alone: {@code mergedRegionAt} without the optional. */
    public CellRange regionAt(int row, int col) {
        int k = mergeIndexAt(row, col);
        return k < 0 ? new CellRange(row, col, row, col) : merged.get(k);
    }

    /**
     * The merged region covering {@code (row, col)}, or null when the cell is not merged: {@link #regionAt} without
     * the one-cell range it makes for an unmerged cell.
     */
    public CellRange mergedRegionOrNull(int row, int col) {
        int k = mergeIndexAt(row, col);
        return k < 0 ? null : merged.get(k);
    }

    /** The index in {@link #mergedRegions()} of the region covering {@code (row, col)}, −1 if none (the first in XML order). */
    private int mergeIndexAt(int row, int col) {
        int[] dense = denseMerges;
        if (dense != null && row >= 0 && row <= lastRow && col >= 0 && col < denseWidth) {
            return dense[row * denseWidth + col] - 1;
        }
        int[] b = mergeBounds;
        if (mergeBlocks == null) {
            for (int i = 0; i < b.length; i += 4) {
                if (row >= b[i] && row <= b[i + 2] && col >= b[i + 1] && col <= b[i + 3]) {
                    return i / 4;
                }
            }
            return -1;
        }
        int found = -1;
        int block = row >> BLOCK_SHIFT;
        if (row >= 0 && block < mergeBlocks.length) {
            for (int k : mergeBlocks[block]) {
                int i = k * 4;
                if (row >= b[i] && row <= b[i + 2] && col >= b[i + 1] && col <= b[i + 3]) {
                    found = k;
                    break;
                }
            }
        }
        for (int k : wideMerges) {
            if (found >= 0 && k > found) {
                break;
            }
            int i = k * 4;
            if (row >= b[i] && row <= b[i + 2] && col >= b[i + 1] && col <= b[i + 3]) {
                return k;
            }
        }
        return found;
    }

    /** Sets what {@link #uncachedFormulas()} reports; once, by the builder. */
    GridSheet withUncachedFormulas(int count, List<String> examples) {
        this.uncachedFormulas = count;
        this.uncachedExamples = List.copyOf(examples);
        return this;
    }

    /**
     * How many formula cells have no cached value (a workbook written by a script that does not compute formulas,
     * such as openpyxl): they are read as blank.
     */
    public int uncachedFormulas() {
        return uncachedFormulas;
    }

    /** The first few formula cells without a cached value (A1), for the reader's message. */
    public List<String> uncachedFormulaExamples() {
        return uncachedExamples;
    }

    public List<Picture> pictures() {
        return pictures;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** The cell at index {@code i} of the cell arrays, in 0-based {@code row}. */
    private Cell cellAt(int row, int i) {
        int chunk = i >>> CHUNK_SHIFT;
        Cell[] cells = (Cell[]) MADE_CHUNKS.getAcquire(made, chunk);
        if (cells == null) {
            cells = new Cell[Math.min(CHUNK_CELLS, cols.length - (chunk << CHUNK_SHIFT))];
            MADE_CHUNKS.setRelease(made, chunk, cells);
        }
        int k = i & (CHUNK_CELLS - 1);
        Cell c = (Cell) MADE.getAcquire(cells, k);
        if (c == null) {
            c = make(row, i);
            MADE.setRelease(cells, k, c);
        }
        return c;
    }

    private Cell make(int row, int i) {
        int kind = kinds[i];
        CellType type = TYPES[kind & TYPE_MASK];
        long v = values[i];
        return switch (type) {
            case NUMBER -> new Cell(row, cols[i], type, null, Double.longBitsToDouble(v), (kind & DATE) != 0,
                    (kind & FORMULA) != 0);
            case BOOLEAN -> new Cell(row, cols[i], type, v != 0 ? "TRUE" : "FALSE", Double.NaN, false,
                    (kind & FORMULA) != 0);
            default -> new Cell(row, cols[i], type, ((kind & LOCAL) != 0 ? local : shared)[(int) v], Double.NaN,
                    false, (kind & FORMULA) != 0);
        };
    }

    private final class CellIterator implements Iterator<Cell> {
        private int r;
        private final int rEnd;
        private int i;

        CellIterator(int r, int rEnd) {
            this.r = r;
            this.rEnd = rEnd;
            this.i = r < rowStarts.length - 1 ? rowStarts[r] : 0;
        }

        @Override
        public boolean hasNext() {
            return r < rEnd && i < rowStarts[rEnd];
        }

        @Override
        public Cell next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (i >= rowStarts[r + 1]) {
                r++;
            }
            return cellAt(rowNums[r], i++);
        }
    }

    @Override
    public String toString() {
        return "GridSheet[" + name + ", " + state + ", " + cellCount() + " cells]";
    }
}
