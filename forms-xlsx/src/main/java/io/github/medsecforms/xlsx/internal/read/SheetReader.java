package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.CellRef;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the blocks of one sheet descriptor from one worksheet: single fields found by their label (and group), tables
 * by their header text (two-row headers, reordered columns, extra title rows), 記入例 and blank rows skipped, each
 * table ending where the next block begins.
 */
final class SheetReader {
    /** How far right of a label the reader looks for its value. */
    private static final int VALUE_SCAN = 8;
    /** How far above a column label the reader looks for its group header. */
    private static final int GROUP_SCAN = 3;
    /** Blank rows after which a table is taken to have ended. */
    private static final int BLANK_RUN = 30;

    private final SheetView view;
    private final SheetDescriptor sheet;
    private final FiscalYear version;
    private final CellConverter converter;
    private final ReadState state;
    private final TableRowHook rowHook;
    private final Set<Long> usedLabels = new HashSet<>();
    /** Scratch list for {@link #isForeignRow}. */
    private final List<String> rowKeys = new ArrayList<>();

    SheetReader(SheetView view, SheetDescriptor sheet, FiscalYear version, CellConverter converter, ReadState state,
                TableRowHook rowHook) {
        this.view = view;
        this.sheet = sheet;
        this.version = version;
        this.converter = converter;
        this.state = state;
        this.rowHook = rowHook;
    }

    /** Lets a form adjust rows as they are read (checklist rows identified by item text, for example). */
    interface TableRowHook {
        /** Returns false to drop the row (e.g. a section heading row). */
        boolean accept(TableDescriptor table, Map<String, Object> row, int sheetRow, SheetView view);

        /** Whether a column may be missing without a finding (the hook recovers its value another way). */
        default boolean optionalColumn(TableDescriptor table, FieldDescriptor column, SheetView view) {
            return false;
        }
    }

    void read() {
        // table headers first, so that a header cell (確認日 under 1回目) is never taken for a field's label
        // descriptors are records (deep hashCode): keyed by identity, each is one instance of its form's descriptor
        Map<TableDescriptor, Header> headers = new IdentityHashMap<>();
        for (Block block : sheet.blocks()) {
            if (block instanceof TableBlock tb) {
                TableDescriptor table = tb.table();
                List<FieldDescriptor> columns = table.columns().stream().filter(c -> c.appliesTo(version)).toList();
                headers.put(table, findHeader(table, columns));
            }
        }
        for (Block block : sheet.blocks()) {
            if (block instanceof FieldBlock fields) {
                readFields(fields);
            } else if (block instanceof TableBlock tb) {
                readTable(tb.table(), headers.get(tb.table()));
            }
        }
    }

    // ---------------------------------------------------------------- single fields

    private void readFields(FieldBlock block) {
        String prefix = block.path().isEmpty() ? "" : block.path() + ".";
        Set<String> blockLabels = new HashSet<>();
        for (FieldDescriptor f : block.fields()) {
            blockLabels.add(view.key(f.label()));
        }
        for (FieldDescriptor field : block.fields()) {
            if (!field.appliesTo(version)) {
                continue;
            }
            String path = prefix + field.path();
            if (field.kind() == ValueKind.IMAGE) {
                readImage(path);
                continue;
            }
            Cell label = findLabel(field);
            if (label == null) {
                state.finding(ReadCodes.LABEL_MISSING, field.required() ? Severity.WARNING : Severity.INFO,
                        view.name(), "", path, field.qualifiedLabel(), view.name(), field.qualifiedLabel());
                continue;
            }
            usedLabels.add(key(label.row(), label.col()));
            CellRange region = view.regionOf(label);
            int row = label.row();
            int firstCol = region.lastCol() + 1;
            Cell value = null;
            String hintKey = view.key(field.hint());
            for (int c = firstCol; c <= Math.min(firstCol + VALUE_SCAN, Math.max(view.lastColumn(), firstCol)); c++) {
                Cell cell = view.shown(row, c);
                if (cell.type() == CellType.BLANK) {
                    continue;
                }
                String k = cell.type() == CellType.STRING ? view.key(cell.text()) : "";
                if (!k.isEmpty() && blockLabels.contains(k) && !k.equals(view.key(field.label()))) {
                    break; // the next field's label: this field is empty
                }
                if (!k.isEmpty() && (k.equals(hintKey) || isMarkOnly(cell.text()))) {
                    continue;
                }
                value = cell;
                break;
            }
            CellOrigin origin = new CellOrigin(view.name(),
                    value != null ? value.a1() : CellRef.a1(row, Math.min(firstCol, 16_383)));
            state.origins.put(path, origin);
            if (value != null) {
                put(path, field, value, origin);
            }
        }
    }

    private boolean isMarkOnly(String text) {
        return view.key(text).isEmpty();
    }

    private Cell findLabel(FieldDescriptor field) {
        List<Cell> candidates = candidates(field);
        if (candidates.isEmpty()) {
            return null;
        }
        if (field.groups().isEmpty()) {
            for (Cell c : candidates) {
                if (!usedLabels.contains(key(c.row(), c.col()))) {
                    return c;
                }
            }
            return null;
        }
        // the label nearest below/right of the innermost group label
        String groupKey = view.key(field.groups().get(field.groups().size() - 1).label());
        Cell best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cell group : view.find(groupKey)) {
            CellRange gr = view.regionOf(group);
            for (Cell c : candidates) {
                if (usedLabels.contains(key(c.row(), c.col()))) {
                    continue;
                }
                boolean below = c.row() >= gr.firstRow() && c.col() > gr.lastCol() - (gr.lastRow() > gr.firstRow() ? 0 : 0);
                boolean under = c.row() > gr.lastRow() && c.col() >= gr.firstCol() && c.col() <= gr.lastCol();
                if (!below && !under) {
                    continue;
                }
                int distance = (c.row() - gr.firstRow()) * 100 + Math.abs(c.col() - gr.lastCol());
                if (c.row() <= gr.lastRow()) {
                    distance -= 10_000; // inside the group's own rows: always preferred
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
        }
        return best;
    }

    private List<Cell> candidates(FieldDescriptor field) {
        List<Cell> found = new ArrayList<>(view.find(view.key(field.label())));
        for (String alias : field.aliases()) {
            found.addAll(view.find(view.key(alias)));
        }
        found.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
        return found;
    }

    private void readImage(String path) {
        var pictures = view.sheet().pictures();
        if (!pictures.isEmpty()) {
            var largest = pictures.stream().max((a, b) -> Integer.compare(a.bytes().length, b.bytes().length)).get();
            state.values.put(path, new io.github.medsecforms.model.value.ImageData(largest.mediaType(), largest.bytes()));
            if (largest.row() >= 0 && largest.col() >= 0) { // −1: an absolute anchor, or one outside the sheet
                state.origins.put(path, new CellOrigin(view.name(), CellRef.a1(largest.row(), largest.col())));
            }
        }
    }

    // ---------------------------------------------------------------- tables

    private void readTable(TableDescriptor table, Header header) {
        List<FieldDescriptor> columns = table.columns().stream().filter(c -> c.appliesTo(version)).toList();
        if (header == null) {
            state.finding(ReadCodes.TABLE_MISSING, Severity.WARNING, view.name(), "", table.path(), table.label(),
                    view.name(), table.label());
            state.values.put(table.path(), List.of());
            return;
        }
        for (FieldDescriptor c : columns) {
            if (!header.columns.containsKey(c) && (rowHook == null || !rowHook.optionalColumn(table, c, view))) {
                state.finding(ReadCodes.COLUMN_MISSING, c.required() ? Severity.WARNING : Severity.INFO, view.name(), "",
                        table.path(), c.qualifiedLabel(), view.name(), table.label(), c.qualifiedLabel());
            }
        }
        Set<String> foreign = foreignKeys(table);
        // the column plan, once per table: the columns found, with their sheet column; origins are recorded in
        // the order of their paths (as a sorted map of each row's origins did)
        List<PlannedColumn> plan = new ArrayList<>();
        for (FieldDescriptor c : columns) {
            Integer col = header.columns.get(c);
            if (col != null) {
                plan.add(new PlannedColumn(c, col, "." + c.path()));
            }
        }
        PlannedColumn[] byPath = plan.toArray(new PlannedColumn[0]);
        java.util.Arrays.sort(byPath, (a, b) -> a.suffix.compareTo(b.suffix));
        int[] headerCols = header.columns.values().stream().mapToInt(Integer::intValue).toArray();
        Cell[] shown = new Cell[headerCols.length]; // the cells shown at headerCols in the current row
        for (PlannedColumn pc : plan) {
            for (int i = 0; i < headerCols.length; i++) {
                if (headerCols[i] == pc.col) {
                    pc.index = i;
                }
            }
        }
        String sheetName = view.name();
        List<Object> rows = new ArrayList<>();
        int blankRun = 0;
        for (int r = header.firstDataRow; r <= view.lastRow(); r++) {
            if (isForeignRow(r, foreign)) {
                break;
            }
            for (int i = 0; i < headerCols.length; i++) {
                shown[i] = view.shown(r, headerCols[i]);
            }
            if (isExampleRow(r, header, shown)) {
                continue;
            }
            boolean blank = true;
            for (Cell cell : shown) {
                if (cell.type() != CellType.BLANK) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                if (++blankRun >= BLANK_RUN) {
                    break;
                }
                continue;
            }
            blankRun = 0;
            int index = rows.size();
            String rowPath = table.path() + "[" + index + "]";
            Map<String, Object> row = new HashMap<>(plan.size() * 4 / 3 + 2);
            int findingsBefore = state.findings.size();
            for (PlannedColumn pc : plan) {
                Cell cell = shown[pc.index];
                CellOrigin origin = new CellOrigin(sheetName, CellRef.a1(r, pc.col));
                pc.origin = origin;
                Converted converted = converter.convert(cell, pc.field);
                if (converted.failed()) {
                    addProblem(rowPath + pc.suffix, pc.field, origin, converted);
                } else if (converted.value().isPresent()) {
                    row.put(pc.field.path(), converted.value().get());
                }
            }
            if (rowHook != null && !rowHook.accept(table, row, r, view)) {
                // a heading row inside the table: drop its findings too
                while (state.findings.size() > findingsBefore) {
                    state.findings.remove(state.findings.size() - 1);
                }
                continue;
            }
            for (PlannedColumn pc : byPath) {
                state.origins.put(rowPath + pc.suffix, pc.origin);
            }
            rows.add(RecordFactory.build(table.rowType(), "", row));
        }
        if (table.maxRows() > 0 && rows.size() > table.maxRows()) {
            // reported by validation as a rule; the reader keeps every row so one pass reports everything
            state.values.put(table.path(), rows);
        }
        state.values.put(table.path(), rows);
    }

    /** One column of a table's plan: its field, sheet column and path suffix; the origin of the current row. */
    private static final class PlannedColumn {
        final FieldDescriptor field;
        final int col;
        final String suffix;
        /** Where the column's cell is in the row's shown cells. */
        int index;
        CellOrigin origin;

        PlannedColumn(FieldDescriptor field, int col, String suffix) {
            this.field = field;
            this.col = col;
            this.suffix = suffix;
        }
    }

    private boolean isExampleRow(int r, Header header, Cell[] shown) {
        if (header.rowLabelCol >= 0) {
            Cell label = view.shown(r, header.rowLabelCol);
            // a number's or a boolean's text (digits, TRUE) cannot hold 記入例: not keyed
            if ((label.type() == CellType.STRING || label.type() == CellType.ERROR)
                    && view.key(label.text()).contains("記入例")) {
                return true;
            }
        }
        for (Cell cell : shown) {
            if (cell.type() == CellType.STRING && view.key(cell.text()).equals("記入例")) {
                return true;
            }
        }
        return false;
    }

    /** Labels of the other blocks on this sheet: a row holding one of them is where this table ends. */
    private Set<String> foreignKeys(TableDescriptor table) {
        Set<String> keys = new HashSet<>();
        for (Block b : sheet.blocks()) {
            if (b instanceof FieldBlock fb) {
                if (!fb.title().isEmpty()) {
                    keys.add(view.key(fb.title()));
                }
                fb.fields().forEach(f -> keys.add(view.key(f.label())));
            } else if (b instanceof TableBlock tb && tb.table() != table) {
                keys.add(view.key(tb.table().label()));
            }
        }
        keys.add(view.key(table.label()));
        keys.remove("");
        Set<String> unmarked = new HashSet<>();
        keys.forEach(k -> unmarked.add(withoutHeadingMark(k)));
        return unmarked;
    }

    private boolean isForeignRow(int r, Set<String> foreign) {
        view.rowKeys(r, rowKeys);
        for (String k : rowKeys) {
            if (foreign.contains(withoutHeadingMark(k))) {
                return true;
            }
        }
        return false;
    }

    /** A block title as templates write it, {@code ■支援対象病院}, compared without its mark. */
    private static String withoutHeadingMark(String key) {
        return key.startsWith("■") ? key.substring(1) : key;
    }

    private static final class Header {
        final Map<FieldDescriptor, Integer> columns = new IdentityHashMap<>();
        int firstDataRow;
        int rowLabelCol = -1;
    }

    private Header findHeader(TableDescriptor table, List<FieldDescriptor> columns) {
        Map<FieldDescriptor, List<Cell>> candidates = new IdentityHashMap<>();
        Map<Integer, Set<FieldDescriptor>> byRow = new HashMap<>();
        for (FieldDescriptor c : columns) {
            List<Cell> found = candidates(c);
            candidates.put(c, found);
            for (Cell cell : found) {
                if (usedLabels.contains(key(cell.row(), cell.col()))) {
                    continue;
                }
                byRow.computeIfAbsent(view.regionOf(cell).lastRow(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(c);
            }
        }
        int labelRow = -1;
        int best = 0;
        for (Map.Entry<Integer, Set<FieldDescriptor>> e : byRow.entrySet()) {
            int count = e.getValue().size();
            if (count > best || (count == best && e.getKey() < labelRow)) {
                best = count;
                labelRow = e.getKey();
            }
        }
        int needed = Math.min(2, columns.size());
        if (labelRow < 0 || best < needed) {
            return null;
        }
        Set<String> tableGroups = new HashSet<>();
        columns.forEach(c -> c.groups().forEach(g -> tableGroups.add(view.key(g.label()))));
        Header header = new Header();
        int lastHeaderRow = labelRow;
        Set<Integer> taken = new HashSet<>();
        for (FieldDescriptor c : columns) {
            Cell chosen = null;
            int chosenScore = Integer.MIN_VALUE;
            for (Cell cell : candidates.get(c)) {
                CellRange region = view.regionOf(cell);
                if (region.lastRow() != labelRow || taken.contains(region.firstCol())
                        || usedLabels.contains(key(cell.row(), cell.col()))) {
                    continue;
                }
                String above = groupAbove(region);
                int score;
                if (c.groups().isEmpty()) {
                    score = above != null && tableGroups.contains(above) ? -1 : 1;
                } else {
                    score = above != null && above.equals(view.key(c.groups().get(c.groups().size() - 1).label()))
                            ? 2 : -2;
                }
                if (score > chosenScore) {
                    chosenScore = score;
                    chosen = cell;
                }
            }
            if (chosen != null) {
                CellRange region = view.regionOf(chosen);
                header.columns.put(c, region.firstCol());
                taken.add(region.firstCol());
                usedLabels.add(key(chosen.row(), chosen.col()));
                lastHeaderRow = Math.max(lastHeaderRow, region.lastRow());
            }
        }
        header.firstDataRow = lastHeaderRow + 1;
        int minCol = header.columns.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        header.rowLabelCol = minCol - 1;
        return header;
    }

    /** The normalised text of the nearest non-blank header cell above {@code region} (a group header). */
    private String groupAbove(CellRange region) {
        for (int r = region.firstRow() - 1; r >= Math.max(0, region.firstRow() - GROUP_SCAN); r--) {
            Cell cell = view.shown(r, region.firstCol());
            if (cell.type() == CellType.STRING) {
                String k = view.key(cell.text());
                if (!k.isEmpty()) {
                    return k;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- values

    private void put(String path, FieldDescriptor field, Cell cell, CellOrigin origin) {
        Converted converted = converter.convert(cell, field);
        if (converted.failed()) {
            addProblem(path, field, origin, converted);
        } else {
            converted.value().ifPresent(v -> state.values.put(path, v));
        }
    }

    private void addProblem(String path, FieldDescriptor field, CellOrigin origin, Converted converted) {
        String label = field.qualifiedLabel();
        state.typeProblem(converted.problemCode(), origin, path, label, "「" + label + "」: " + stripCode(converted.problemJa()),
                "\"" + field.qualifiedLabelEn() + "\": " + stripCode(converted.problemEn()));
    }

    private static String stripCode(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("MSF-") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
