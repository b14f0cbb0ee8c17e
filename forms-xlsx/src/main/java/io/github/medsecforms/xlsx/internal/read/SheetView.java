package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.xlsx.internal.grid.GridSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A worksheet prepared for label search: every text cell indexed by its {@link LabelText#key normalised text},
 * built once per sheet in one pass over its cells. Each distinct text is keyed once per workbook: the views of one
 * workbook share a {@link Keys} cache, which the sheet reader also uses for the cells it looks at.
 */
final class SheetView {
    private final GridSheet sheet;
    private final Keys keys;
    private final Map<String, List<Cell>> byKey;
    private final Map<String, List<Cell>> byKeyWithoutNumber = new HashMap<>();
    /** The rows of the text cells, row-major (ascending), and their keys: {@link #rowKeys}. */
    private int[] textRows = new int[64];
    private String[] textKeys = new String[64];
    private int texts;

    SheetView(GridSheet sheet) {
        this(sheet, new Keys());
    }

    SheetView(GridSheet sheet, Keys keys) {
        this.sheet = sheet;
        this.keys = keys;
        this.byKey = new HashMap<>(capacity(sheet.cellCount()));
        for (Cell cell : sheet.cells()) {
            if (cell.type() == CellType.STRING) {
                String key = keys.key(cell.text());
                if (texts == textRows.length) {
                    textRows = java.util.Arrays.copyOf(textRows, texts * 2);
                    textKeys = java.util.Arrays.copyOf(textKeys, texts * 2);
                }
                textRows[texts] = cell.row();
                textKeys[texts++] = key;
                if (!key.isEmpty() && cell.text().length() <= 400) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(cell);
                    String plain = LabelText.stripNumber(key);
                    if (!plain.equals(key)) {
                        byKeyWithoutNumber.computeIfAbsent(plain, k -> new ArrayList<>(2)).add(cell);
                    }
                }
            }
        }
    }

    /**
     * {@link LabelText#key} memoised by text, and {@link Wording#core} by key: shared strings repeat, and the
     * reader keys the same cells and labels many times (recognition, placement, tables). Not thread-safe: one per read.
     */
    static final class Keys {
        private final Map<String, String> keys;
        private final Map<String, String> cores = new HashMap<>();
        private final Map<String, String> numbers = new HashMap<>();
        private final Map<String, String[]> pairs = new HashMap<>();
        /** {@link #pairs}' mark of a text that is no label-and-value pair. */
        private static final String[] NO_PAIR = new String[0];

        Keys() {
            this(0);
        }

        /** A cache sized for about {@code texts} distinct texts. */
        Keys(int texts) {
            keys = new HashMap<>(capacity(texts));
        }

        String key(String text) {
            String k = keys.get(text);
            if (k == null) {
                k = LabelText.key(text);
                keys.put(text, k);
            }
            return k;
        }

        /** {@link Wording#core} of {@code key}, computed once per distinct key. */
        String core(String key) {
            String c = cores.get(key);
            if (c == null) {
                c = Wording.core(key);
                cores.put(key, c);
            }
            return c;
        }

        /** {@link Wording#leadingNumber} of {@code key}, computed once per distinct key. */
        String number(String key) {
            String n = numbers.get(key);
            if (n == null) {
                n = Wording.leadingNumber(key);
                numbers.put(key, n);
            }
            return n;
        }

        /**
         * {@link Wording#labelAndValue} of {@code text}, computed once per distinct text: the same array each time
         * (callers only read it), null when the text is no such pair.
         */
        String[] labelAndValue(String text) {
            String[] lv = pairs.get(text);
            if (lv == null) {
                lv = Wording.labelAndValue(text);
                pairs.put(text, lv == null ? NO_PAIR : lv);
                return lv;
            }
            return lv == NO_PAIR ? null : lv;
        }

        /** {@code Wording.core(LabelText.key(text))}, both steps memoised. */
        String coreOf(String text) {
            return core(key(text));
        }
    }

    /** A {@link HashMap} capacity for {@code n} entries without rehashing, within reason. */
    static int capacity(int n) {
        return Math.min(n, 1 << 16) * 4 / 3 + 16;
    }

    /** {@link LabelText#key} of {@code text}, memoised for this workbook. */
    String key(String text) {
        return text == null ? LabelText.key(null) : keys.key(text);
    }

    /** {@link Wording#core} of a key, memoised for this workbook. */
    String core(String key) {
        return keys.core(key);
    }

    /** {@link Wording#leadingNumber} of a key, memoised for this workbook. */
    String number(String key) {
        return keys.number(key);
    }

    /** {@link Wording#labelAndValue} of a text, memoised for this workbook (the array is shared: read it only). */
    String[] labelAndValue(String text) {
        return keys.labelAndValue(text);
    }

    Keys keys() {
        return keys;
    }

    GridSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.name();
    }

    /** Text cells whose normalised text equals {@code key}, in row-major order (also without question numbers). */
    List<Cell> find(String key) {
        List<Cell> exact = byKey.getOrDefault(key, List.of());
        List<Cell> numbered = byKeyWithoutNumber.getOrDefault(key, List.of());
        if (numbered.isEmpty()) {
            return exact;
        }
        List<Cell> all = new ArrayList<>(exact);
        all.addAll(numbered);
        all.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
        return all;
    }

    /** Whether {@link #find} would find a cell: {@code !find(key).isEmpty()} without building the list. */
    boolean has(String key) {
        return byKey.containsKey(key) || byKeyWithoutNumber.containsKey(key);
    }

    /** The keys of the text cells of {@code row}, left to right, into {@code out} (cleared first). */
    void rowKeys(int row, List<String> out) {
        out.clear();
        int lo = 0;
        int hi = texts;
        while (lo < hi) { // the first index whose row is >= row
            int mid = (lo + hi) >>> 1;
            if (textRows[mid] < row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < texts && textRows[i] == row; i++) {
            out.add(textKeys[i]);
        }
    }

    /** Whether {@code key} is the normalised text of some cell here. */
    boolean isLabelText(String key) {
        return byKey.containsKey(key);
    }

    Cell cell(int row, int col) {
        return sheet.cell(row, col);
    }

    /** The merged region a cell belongs to, or the cell alone. */
    CellRange regionOf(Cell cell) {
        return sheet.regionAt(cell.row(), cell.col());
    }

    /** The value shown at (row, col): a merged region shows the value of its top-left cell. */
    Cell shown(int row, int col) {
        return sheet.shown(row, col);
    }

    int lastRow() {
        return sheet.lastRow();
    }

    int lastColumn() {
        return sheet.lastColumn();
    }
}
