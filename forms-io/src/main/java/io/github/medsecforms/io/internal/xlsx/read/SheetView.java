package io.github.medsecforms.io.internal.xlsx.read;

import io.github.medsecforms.io.internal.grid.Cell;
import io.github.medsecforms.io.internal.grid.CellRange;
import io.github.medsecforms.io.internal.grid.CellType;
import io.github.medsecforms.io.internal.grid.GridSheet;
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
    private final Map<String, List<Cell>> byKey = new HashMap<>();
    private final Map<String, List<Cell>> byKeyWithoutNumber = new HashMap<>();

    SheetView(GridSheet sheet) {
        this(sheet, new Keys());
    }

    SheetView(GridSheet sheet, Keys keys) {
        this.sheet = sheet;
        this.keys = keys;
        for (Cell cell : sheet.cells()) {
            if (cell.type() == CellType.STRING && cell.text().length() <= 400) {
                String key = keys.key(cell.text());
                if (!key.isEmpty()) {
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
     * {@link LabelText#key} memoised by text: shared strings repeat, and the
     * reader keys the same cells and labels many times. Not thread-safe: one per read.
     */
    static final class Keys {
        private final Map<String, String> keys = new HashMap<>();

        String key(String text) {
            String k = keys.get(text);
            if (k == null) {
                k = LabelText.key(text);
                keys.put(text, k);
            }
            return k;
        }

    }

    /** {@link LabelText#key} of {@code text}, memoised for this workbook. */
    String key(String text) {
        return text == null ? LabelText.key(null) : keys.key(text);
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

    /** Whether {@code key} is the normalised text of some cell here. */
    boolean isLabelText(String key) {
        return byKey.containsKey(key);
    }

    Cell cell(int row, int col) {
        return sheet.cell(row, col);
    }

    /** The merged region a cell belongs to, or the cell alone. */
    CellRange regionOf(Cell cell) {
        return sheet.mergedRegionAt(cell.row(), cell.col())
                .orElse(new CellRange(cell.row(), cell.col(), cell.row(), cell.col()));
    }

    /** The value shown at (row, col): a merged region shows the value of its top-left cell. */
    Cell shown(int row, int col) {
        return sheet.mergedRegionAt(row, col).map(r -> sheet.cell(r.firstRow(), r.firstCol())).orElse(sheet.cell(row, col));
    }

    int lastRow() {
        return sheet.lastRow();
    }

    int lastColumn() {
        return sheet.lastColumn();
    }
}
