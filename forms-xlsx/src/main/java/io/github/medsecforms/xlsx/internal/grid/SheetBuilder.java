package io.github.medsecforms.xlsx.internal.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one sheet's cells in growable parallel arrays while its XML streams by, then compacts them into a
 * {@link GridSheet}. Cells normally arrive in row-major order; if not (or a position repeats), they are sorted
 * at the end and the last value written for a position wins.
 */
final class SheetBuilder {
    private final String name;
    private final SheetState state;
    private int size;
    private int[] rows = new int[256];
    private short[] cols = new short[256];
    private byte[] kinds = new byte[256];
    private long[] values = new long[256];
    private boolean ordered = true;
    private int prevRow = -1;
    private int prevCol = -1;
    private final List<String> local = new ArrayList<>();
    final List<CellRange> merged = new ArrayList<>();
    final List<Picture> pictures = new ArrayList<>();
    final List<Shape> shapes = new ArrayList<>();
    /** Formula cells without a cached value: how many, and the first few (A1). */
    private int uncachedFormulas;
    private final List<String> uncachedExamples = new ArrayList<>(4);

    SheetBuilder(String name, SheetState state) {
        this.name = name;
        this.state = state;
    }

    String name() {
        return name;
    }

    void add(int row, int col, int kind, long value) {
        if (size == rows.length) {
            int n = size * 2;
            rows = Arrays.copyOf(rows, n);
            cols = Arrays.copyOf(cols, n);
            kinds = Arrays.copyOf(kinds, n);
            values = Arrays.copyOf(values, n);
        }
        if (row < prevRow || (row == prevRow && col <= prevCol)) {
            ordered = false;
        }
        prevRow = row;
        prevCol = col;
        rows[size] = row;
        cols[size] = (short) col;
        kinds[size] = (byte) kind;
        values[size] = value;
        size++;
    }

    /** Notes a formula cell whose value was not cached (kept blank). */
    void uncachedFormula(int row, int col) {
        if (uncachedExamples.size() < 5) {
            uncachedExamples.add(CellRef.a1(row, col));
        }
        uncachedFormulas++;
    }

    /** Adds a string kept with this sheet (inline, formula string, error text); returns its index. */
    int local(String s) {
        local.add(s);
        return local.size() - 1;
    }

    GridSheet build(String[] shared) {
        if (!ordered) {
            sort();
        }
        int rowCount = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || rows[i] != rows[i - 1]) {
                rowCount++;
            }
        }
        int[] rowNums = new int[rowCount];
        int[] rowStarts = new int[rowCount + 1];
        int r = -1;
        for (int i = 0; i < size; i++) {
            if (i == 0 || rows[i] != rows[i - 1]) {
                rowNums[++r] = rows[i];
                rowStarts[r] = i;
            }
        }
        rowStarts[rowCount] = size;
        return new GridSheet(name, state, rowNums, rowStarts, Arrays.copyOf(cols, size), Arrays.copyOf(kinds, size),
                Arrays.copyOf(values, size), shared, local.toArray(new String[0]), merged, pictures, shapes)
                .withUncachedFormulas(uncachedFormulas, uncachedExamples);
    }

    /** Stable sort by (row, col), then drop all but the last of equal positions. */
    private void sort() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(rows[a], rows[b]);
            return c != 0 ? c : Short.compare(cols[a], cols[b]);
        });
        int[] nr = new int[size];
        short[] nc = new short[size];
        byte[] nk = new byte[size];
        long[] nv = new long[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            if (n > 0 && nr[n - 1] == rows[i] && nc[n - 1] == cols[i]) {
                n--; // a later write of the same position replaces the earlier one (stable sort keeps XML order)
            }
            nr[n] = rows[i];
            nc[n] = cols[i];
            nk[n] = kinds[i];
            nv[n] = values[i];
            n++;
        }
        rows = nr;
        cols = nc;
        kinds = nk;
        values = nv;
        size = n;
    }
}
