package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.CellRef;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one table of a form wherever it stands: its header is the line (row, or column for a table laid out across)
 * where most of its columns are named, with group headers above (or beside) telling apart columns of one wording
 * (回答 under 1回目 and under 2回目); a choice column may be split into one column per option marked with ○, and an
 * answer and its date may share one column headed by their group (1回目). Data runs from under the header to the
 * next block: 記入例 rows, totals and blank rows are skipped. A table may stand in several places (a sheet per
 * section): every place is read, in order.
 */
final class TableReader {
    private static final Set<String> TOTALS = Set.of("合計", "計", "小計", "総計", "total", "合計数", "合計件数", "件数",
            "提出件数");
    private static final int BLANK_RUN = 40;

    private final Locator locator;
    private final TableDescriptor table;
    private final Placement preferred;
    private final String sheetName;
    private final List<FieldDescriptor> columns;
    /** Whether the columns are a form's single fields (one submission per row), not a table's columns. */
    private final boolean fields;
    /** Submissions read in fields mode. */
    private final List<SubmissionRow> submissions = new ArrayList<>();
    /** The values of each row read, in the order of the rows (a row's values completed later are rebuilt from it). */
    private final List<Map<String, Object>> rowMaps = new ArrayList<>();
    /** The name each row read has left of its first column (回線1, No.1), by row index; "" where none. */
    private final List<String> rowNames = new ArrayList<>();

    /**
     * One row of a sheet that holds one submission per row (a survey tool's export, a list of hospitals' answers).
     *
     * @param values   model path → value
     * @param origins  model path → cell
     * @param findings what could not be read in the row
     * @param row      the sheet row (0-based)
     */
    record SubmissionRow(Map<String, Object> values, Map<String, CellOrigin> origins,
                         List<io.github.medsecforms.model.Finding> findings, int row) {
        /** How many of the form's fields the header placed. */
        int placed() {
            return origins.size();
        }
    }

    /** Wordings of a survey tool's own columns (Microsoft Forms): not the form's, never read as its fields. */
    private static final Set<String> TOOL_COLUMNS = Set.of("id", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
            "メールアドレス", "回答者", "応答者", "start time", "completion time", "email", "name");

    /** One place of a column: its line (sheet column, or row when across), or its option lines. */
    private static final class Place {
        final FieldDescriptor field;
        int at = -1;
        int[] optionAt;
        /** The option each column stands for: a {@link Choice}, or a bed band (20～99床 | 100～199床 | …). */
        Object[] optionValues;
        boolean shared;
        /** The last line its header spans (a header merged over several columns: a code written in parts). */
        int spanEnd = -1;
        /** For a column named by a compound label (氏名／所属／連絡先): its part of each value and how many parts. */
        int[] part;

        Place(FieldDescriptor field) {
            this.field = field;
        }

        int first() {
            return at >= 0 ? at : optionAt[0];
        }
    }

    /** Where the table stands on one sheet. */
    private static final class Layout {
        final Placement sheet;
        final boolean across;
        final int line;
        int firstData;
        int score;
        final Map<FieldDescriptor, Place> places = new IdentityHashMap<>();
        final Set<Long> headerCells = new HashSet<>();
        /** Rows of cells that each hold their column's label and value ({@code 氏名：白川 康弘}), no header line. */
        boolean inline;
        /** The last line of data, for an inline layout (else unbounded). */
        int lastData = Integer.MAX_VALUE;
        /** Columns given once above the header for every row under it (回線 | 回線1 | 装置 | YAMAHA RTX1210). */
        final Map<FieldDescriptor, Cell> constants = new java.util.LinkedHashMap<>();

        /** The first line (row, or column across) of the header: where the table above it ends at the latest. */
        int firstHeaderLine() {
            int first = line;
            for (long pos : headerCells) {
                int row = (int) (pos >> 20);
                int col = (int) (pos & 0xFFFFF);
                first = Math.min(first, across ? col : row);
            }
            return first;
        }

        /**
         * The first minor line (row, for a table across) of the header: for a table laid across, what stands above
         * it in a data column (the title, a field such as 医療機関名 and its value) is not the column's.
         */
        int firstHeaderMinor() {
            int first = Integer.MAX_VALUE;
            for (long pos : headerCells) {
                int row = (int) (pos >> 20);
                int col = (int) (pos & 0xFFFFF);
                first = Math.min(first, across ? row : col);
            }
            for (Place pl : places.values()) {
                first = Math.min(first, pl.first());
            }
            return first == Integer.MAX_VALUE ? 0 : first;
        }

        Layout(Placement sheet, boolean across, int line) {
            this.sheet = sheet;
            this.across = across;
            this.line = line;
        }
    }

    /**
     * @param preferred the worksheet matched to the table's sheet, or null
     * @param sheetName the name of the sheet the form puts the table on (named by a finding when no header is found)
     */
    TableReader(Locator locator, TableDescriptor table, Placement preferred, String sheetName) {
        this.locator = locator;
        this.table = table;
        this.preferred = preferred;
        this.sheetName = sheetName;
        List<FieldDescriptor> applying = new ArrayList<>(table.columns().size());
        for (FieldDescriptor c : table.columns()) {
            if (c.appliesTo(locator.version())) {
                applying.add(c);
            }
        }
        this.columns = applying;
        this.fields = false;
    }

    /** Reads a form's single fields (paths made whole: {@code contact1.name}) laid out as columns, a row each. */
    TableReader(Locator locator, List<FieldDescriptor> wholePathFields, Placement preferred) {
        this.locator = locator;
        this.table = null;
        this.preferred = preferred;
        this.sheetName = null;
        this.columns = wholePathFields;
        this.fields = true;
    }

    /** Whether some sheet has a header line naming at least {@code minFields} of the form's fields (cheap: no reading). */
    boolean hasSubmissionHeader(int minFields) {
        for (Placement p : locator.sheets()) {
            Map<Integer, Set<String>> byRow = new HashMap<>();
            for (Placement.Hit h : p.hits) {
                if (h.term().kind() == Lexicon.Kind.FIELD && h.inline() == null) {
                    byRow.computeIfAbsent(p.view.regionOf(h.cell()).lastRow(), k -> new HashSet<>()).add(h.term().path());
                }
            }
            for (Set<String> paths : byRow.values()) {
                if (paths.size() >= minFields) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The submissions of a sheet laid out one per row (a header naming at least {@code minFields} of the form's fields
     * in one line, data below); empty when the workbook is not laid out so.
     */
    List<SubmissionRow> readSubmissions(int minFields) {
        Layout best = null;
        Map<Placement, List<Layout>> located = new HashMap<>(); // each sheet's header lines, located once
        for (Placement p : locator.sheets()) {
            List<Layout> layouts = locate(p);
            located.put(p, layouts);
            for (Layout l : layouts) {
                if (!l.across && l.score >= minFields && (best == null || l.score > best.score)) {
                    best = l;
                }
            }
        }
        if (best != null) { // the first header line as good as the best: answers that resemble questions are no header
            for (Layout l : located.get(best.sheet)) {
                if (!l.across && l.score >= Math.max(minFields, best.score * 0.8) && l.line < best.line) {
                    best = l;
                }
            }
        }
        if (best == null) {
            return List.of();
        }
        // the survey tool's own columns (ID, 開始時刻, 完了時刻, メール, 名前) are not the form's: never unread text
        Placement p = best.sheet;
        for (int c = 0; c <= p.view.lastColumn(); c++) {
            Cell h = p.view.shown(best.line, c);
            if (h.type() == CellType.STRING && TOOL_COLUMNS.contains(p.view.key(h.text()))) {
                for (int r = best.line; r <= p.view.lastRow(); r++) {
                    p.consumed.add(Placement.pos(r, c));
                }
            }
        }
        readRows(best, Integer.MAX_VALUE, new ArrayList<>(), null, false);
        return submissions;
    }

    void read() {
        List<Layout> layouts = new ArrayList<>();
        List<Placement> order = new ArrayList<>();
        if (preferred != null) {
            order.add(preferred);
        }
        for (Placement p : locator.sheets()) {
            if (p != preferred) {
                order.add(p);
            }
        }
        // blocks are looked for on the table's own sheet (or on every sheet when it has none): cheap where they are not
        for (Placement p : preferred != null ? List.of(preferred) : order) {
            if (readBlocks(p)) {
                return;
            }
        }
        int bestScore = 0;
        for (Placement p : order) {
            for (Layout l : locate(p)) {
                layouts.add(l);
                bestScore = Math.max(bestScore, l.score);
            }
        }
        int threshold = Math.max(Math.min(2, columns.size()), (int) Math.ceil(bestScore * 0.6));
        layouts.removeIf(l -> l.score < threshold);
        ReadState state = locator.state();
        if (layouts.isEmpty()) {
            boolean required = columns.stream().anyMatch(FieldDescriptor::required);
            // the worksheet named as the table's sheet, else the sheet the form names (every sheet was searched)
            String sheet = preferred != null && (sheetName == null
                    || LabelText.key(preferred.view.name()).contains(LabelText.key(sheetName))) ? preferred.view.name()
                    : sheetName != null ? sheetName : locator.sheets().get(0).view.name();
            state.finding(ReadCodes.TABLE_MISSING, required ? Severity.WARNING : Severity.INFO, sheet, "", table.path(),
                    table.label(), sheet, table.label());
            state.values.put(table.path(), List.of());
            return;
        }
        // in reading order: the preferred sheet first, then sheet order, then down the sheet
        layouts.sort(Comparator.comparingInt((Layout l) -> l.sheet == preferred ? -1 : l.sheet.order)
                .thenComparingInt(l -> l.line));
        Layout first = layouts.get(0);
        // a table split into blocks of columns (a print layout's page 1 | 調査希望 … FQDN, page 2 | 回線情報 … 機器情報,
        // each block with the rows' names 回線1, 回線2 …): a later block none of whose columns an earlier one has
        // completes the rows of the same names, it adds no rows
        boolean[] completes = new boolean[layouts.size()];
        Set<FieldDescriptor> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>()); // descriptors by identity
        placed.addAll(first.places.keySet());
        for (int i = 1; i < layouts.size(); i++) {
            Layout l = layouts.get(i);
            boolean disjoint = !l.inline && !first.inline && l.places.size() >= 2;
            for (FieldDescriptor c : l.places.keySet()) {
                disjoint &= !placed.contains(c);
            }
            completes[i] = disjoint && !fields;
            placed.addAll(l.places.keySet());
        }
        for (FieldDescriptor c : columns) {
            if (!placed.contains(c) && !optional(c)) {
                state.finding(ReadCodes.COLUMN_MISSING, c.required() ? Severity.WARNING : Severity.INFO,
                        first.sheet.view.name(), "", table.path(), c.qualifiedLabel(), first.sheet.view.name(),
                        table.label(), c.qualifiedLabel());
            }
        }
        for (Layout l : layouts) {
            constantsAbove(l);
        }
        List<Object> rows = new ArrayList<>();
        RowHook hook = RowHook.of(table, locator);
        for (int i = 0; i < layouts.size(); i++) {
            Layout l = layouts.get(i);
            int end = Integer.MAX_VALUE;
            for (int j = i + 1; j < layouts.size(); j++) {
                if (layouts.get(j).sheet == l.sheet && layouts.get(j).across == l.across && layouts.get(j).line > l.line) {
                    end = Math.min(end, layouts.get(j).firstHeaderLine() - 1);
                }
            }
            if (hook != null) {
                hook.sheet(l.sheet.view.name());
            }
            readRows(l, end, rows, hook, completes[i]);
        }
        if (rows.size() == rowMaps.size()) {
            namedLines(first, rows);
        }
        state.values.put(table.path(), rows);
        for (Object row : rows) { // bands named in a quota table, for rows that name a band by its name only
            if (io.github.medsecforms.model.FormPaths.value(row, "band").orElse(null)
                    instanceof io.github.medsecforms.model.value.BedBand b) {
                locator.converter().addBand(b);
            }
        }
    }

    /**
     * Columns the header lacks, written elsewhere on a line named by the row ({@code ■回線1 | メーカー | ヤマハ | 機種名 |
     * RTX1300} above that line's ports): each such column's label on the line takes the value right of it, for the row
     * of that name, when the row has no value of its own. Only for rows named by a word and their number (回線1).
     */
    private void namedLines(Layout first, List<Object> rows) {
        if (fields || rows.isEmpty() || table.rowLabel() == null || !table.rowLabel().contains("{n}")) {
            return;
        }
        Set<String> missing = new HashSet<>();
        for (FieldDescriptor c : columns) {
            if (!first.places.containsKey(c) && c.kind() != ValueKind.HOSPITAL_CODE) {
                missing.add(c.path());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (int n = 1; n <= rows.size(); n++) {
            String key = LabelText.key(table.rowLabel(n));
            if (key.length() < 3 || !Character.isDigit(key.charAt(key.length() - 1))) {
                return; // a row named by its number alone is no name to look for
            }
            rowOfKey.put(key, n - 1);
        }
        ReadState state = locator.state();
        CellConverter converter = locator.converter();
        Set<Integer> changed = new HashSet<>();
        for (Placement p : locator.sheets()) {
            for (Placement.Hit h : table == null ? p.hits : p.columnHits(table.path())) { // column(h) is null for others
                FieldDescriptor c = column(h);
                if (c == null || !missing.contains(c.path()) || h.inline() != null || p.isConsumed(h.cell().row(), h.cell().col())) {
                    continue;
                }
                int row = h.cell().row();
                Integer index = null;
                for (int col = h.cell().col() - 1; col >= 0 && index == null; col--) {
                    Cell name = p.view.cell(row, col);
                    if (name.type() == CellType.STRING && !name.isBlank()) {
                        index = rowOfKey.get(Wording.stripDecoration(LabelText.key(name.text())));
                    }
                }
                if (index == null || rowMaps.get(index).containsKey(c.path())) {
                    continue;
                }
                CellRange region = p.view.regionOf(h.cell());
                Cell value = p.view.cell(row, region.lastCol() + 1);
                if (value.isBlank() || !p.at(value.row(), value.col()).isEmpty()) {
                    continue; // nothing right of the label, or another label
                }
                Converted converted = converter.convert(value, c);
                String path = table.path() + "[" + index + "]." + c.path();
                if (converted.failed()) {
                    Locator.addProblem(state, path, c, new CellOrigin(p.view.name(), value.a1()), converted);
                    continue;
                }
                if (converted.value().isPresent()) {
                    rowMaps.get(index).put(c.path(), converted.value().get());
                    changed.add(index);
                    p.consume(h.cell());
                    p.consume(value);
                    state.origins.cell(path, new CellOrigin(p.view.name(), value.a1()));
                    locator.explain().record(path, p.view.name(), value.a1(), String.valueOf(valueText(converted.value().get())),
                            "label right of the row's name (" + table.rowLabel(index + 1) + ")");
                }
            }
        }
        for (int index : changed) {
            rows.set(index, RecordFactory.build(table.rowType(), "", rowMaps.get(index)));
        }
    }

    /**
     * Records laid out as blocks of lines, each named by its row label in front ({@code 担当者1} over two or more lines:
     * {@code 所属・役職／氏名 | 事務部 | 久保 直樹} then {@code 電話番号／メール | … | …}, or labels with their values below
     * them and a second line of labels under the first): within each block, every column's label takes the value right of
     * it (the k-th value for the k-th part of a compound label) or, with nothing right of it, the value below it. True
     * when the sheet holds such blocks (the names of rows 1 and 2 in one column, two or more lines apart) and they were
     * read; a table of one line per row is left to the header reading.
     */
    private boolean readBlocks(Placement p) {
        if (fields || table.rowLabel() == null || !table.rowLabel().contains("{n}")
                || p.view.key(table.rowLabel().replace("{n}", "")).length() < 2) {
            return false; // rows named by a word and their number (担当者1), not by a number alone
        }
        java.util.TreeMap<Integer, Cell> names = new java.util.TreeMap<>();
        String firstKey = p.view.key(table.rowLabel(1)); // the first row's name, keyed: the word and 1
        String word = firstKey.isEmpty() ? "" : firstKey.substring(0, Math.max(0, firstKey.indexOf('1')));
        if (word.length() < 2 || !firstKey.equals(word + "1")) {
            return false; // a row label that does not read word + number once keyed
        }
        char raw = table.rowLabel(1).charAt(0);
        char keyed = word.charAt(0);
        for (Cell c : p.unmatched) { // the sheet's texts: those unmatched, then the hits'
            rowName(p, c, word, keyed, raw, names);
        }
        for (Placement.Hit h : p.hits) {
            rowName(p, h.cell(), word, keyed, raw, names);
        }
        Cell one = names.get(1);
        Cell two = names.get(2);
        if (one == null || two == null || one.col() != two.col() || two.row() - one.row() < 2
                || two.row() - one.row() > 6) {
            return false;
        }
        int height = two.row() - one.row();
        for (Map.Entry<Integer, Cell> e : names.entrySet()) { // every named block one below the other, as tall
            Cell next = names.get(e.getKey() + 1);
            if (e.getValue().col() != one.col() || next != null && next.row() - e.getValue().row() != height) {
                return false;
            }
        }
        Map<String, FieldDescriptor> byPath = new HashMap<>();
        for (FieldDescriptor c : columns) {
            byPath.put(c.path(), c);
        }
        ReadState state = locator.state();
        CellConverter converter = locator.converter();
        List<Object> rows = new ArrayList<>();
        int lastRow = one.row();
        for (Map.Entry<Integer, Cell> e : names.entrySet()) {
            int r0 = e.getValue().row();
            int r1 = r0 + height - 1;
            Map<String, Object> row = new HashMap<>();
            Map<String, Cell> at = new java.util.LinkedHashMap<>();
            int index = rows.size();
            List<Placement.Hit> labels = new ArrayList<>(p.columnCompound.keySet());
            labels.addAll(p.hits);
            for (Placement.Hit h : labels) {
                int r = h.cell().row();
                FieldDescriptor c = byPath.get(h.term().path());
                if (r < r0 || r > r1 || c == null || h.term().kind() != Lexicon.Kind.COLUMN
                        || !h.term().table().path().equals(table.path()) || h.score() < 86 || at.containsKey(c.path())) {
                    continue;
                }
                Cell value = h.inline() != null ? Cell.ofText(h.cell().row(), h.cell().col(), h.inline())
                        : blockValue(p, h, p.columnCompound.get(h), r1);
                if (value == null) {
                    continue;
                }
                at.put(c.path(), value);
                if (value.isBlank()) {
                    continue;
                }
                Converted converted = converter.convert(value, c);
                if (converted.failed()) {
                    Locator.addProblem(state, table.path() + "[" + index + "]." + c.path(), c,
                            new CellOrigin(p.view.name(), value.a1()), converted);
                } else if (converted.value().isPresent()) {
                    row.put(c.path(), converted.value().get());
                }
            }
            boolean any = at.values().stream().anyMatch(v -> !v.isBlank() && !v.text().isBlank());
            for (int r = r0; r <= r1; r++) { // the block's labels and values are read, filled or not
                for (int col = 0; col <= p.view.lastColumn(); col++) {
                    Cell c = p.view.cell(r, col);
                    if (!c.isBlank()) {
                        p.consume(c);
                    }
                }
            }
            if (!any) {
                continue; // an empty block (担当者4 left blank) is no row
            }
            for (Map.Entry<String, Cell> v : at.entrySet()) {
                String path = table.path() + "[" + index + "]." + v.getKey();
                state.origins.cell(path, new CellOrigin(p.view.name(), v.getValue().a1()));
                locator.explain().record(path, p.view.name(), v.getValue().a1(),
                        String.valueOf(valueText(row.get(v.getKey()))), "label in a block named " + table.rowLabel(e.getKey()));
            }
            rowMaps.add(row);
            rowNames.add("");
            rows.add(RecordFactory.build(table.rowType(), "", row));
            lastRow = r1;
        }
        p.dataAreas.add(new int[] {one.row(), lastRow, 0, p.view.lastColumn()});
        state.values.put(table.path(), rows);
        return true;
    }

    /**
     * Notes a cell naming a block's row ({@code word} and a digit: 担当者1) in {@code names}, by the row's number; the
     * first such cell in reading order is kept. {@code keyed} and {@code raw}: the word's first character, keyed and as
     * written (a text holding neither names no row).
     */
    private static void rowName(Placement p, Cell c, String word, char keyed, char raw,
                                java.util.TreeMap<Integer, Cell> names) {
        if (c.type() != CellType.STRING || c.text().indexOf(keyed) < 0 && c.text().indexOf(raw) < 0) {
            return; // cheap: the word's first character is not in the text
        }
        String key = p.view.key(c.text());
        if (!key.startsWith(word) || key.length() == word.length()) {
            return;
        }
        char d = key.charAt(word.length());
        if (d < '1' || d > '9' || key.length() > word.length() + 1 && Character.isDigit(key.charAt(word.length() + 1))) {
            return;
        }
        int n = d - '0';
        Cell known = names.get(n);
        if (known == null || c.row() < known.row() || c.row() == known.row() && c.col() < known.col()) {
            names.put(n, c);
        }
    }

    /**
     * A label's value within a block: right of it (for a compound label's k-th part, the k-th value right of it, or the
     * k-th part of one value written 事務部／久保 直樹), else below it within the block; blank where it belongs when
     * nothing is written; null when the label stands beside another label's value (no place of its own).
     */
    private Cell blockValue(Placement p, Placement.Hit h, int[] part, int lastRow) {
        CellRange region = p.view.regionOf(h.cell());
        int row = h.cell().row();
        List<Cell> right = new ArrayList<>();
        for (int col = region.lastCol() + 1; col <= Math.min(p.view.lastColumn(), region.lastCol() + 12); col++) {
            Cell c = p.view.shown(row, col);
            if (c.isBlank() || c.row() != row || c.col() != col) {
                continue;
            }
            if (isBlockLabel(p, c)) {
                break;
            }
            right.add(c);
        }
        if (part != null) {
            if (right.size() >= part[1]) {
                return right.get(part[0]);
            }
            if (right.size() == 1 && right.get(0).type() == CellType.STRING) {
                String[] parts = SLASH_PARTS.split(LabelText.nfkc(right.get(0).text()).strip());
                return parts.length == part[1]
                        ? Cell.ofText(right.get(0).row(), right.get(0).col(), parts[part[0]].strip()) : null;
            }
            return right.isEmpty() ? belowInBlock(p, region, lastRow) : null;
        }
        if (!right.isEmpty()) {
            return right.get(0);
        }
        return belowInBlock(p, region, lastRow);
    }

    private Cell belowInBlock(Placement p, CellRange region, int lastRow) {
        int r = region.lastRow() + 1;
        if (r > lastRow) {
            return Cell.BLANK;
        }
        Cell c = p.view.shown(r, region.firstCol());
        if (c.isBlank() || c.row() != r) {
            return Cell.ofText(r, region.firstCol(), "");
        }
        return isBlockLabel(p, c) ? Cell.ofText(r, region.firstCol(), "") : c;
    }

    /** Whether a cell is one of this table's column labels (a block's label, not a value). */
    private boolean isBlockLabel(Placement p, Cell c) {
        for (Placement.Hit h : p.at(c.row(), c.col())) {
            if (h.term().kind() == Lexicon.Kind.COLUMN && h.term().table() != null
                    && h.term().table().path().equals(table.path()) && h.score() >= 86 && h.inline() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Columns written once above a table's header, each label with its value right of it, for every row under the
     * header (a sub-table per device: {@code 回線 | 回線1 | 装置 | YAMAHA RTX1210} over {@code ポート | 機器名 | …}): at most
     * two lines above the header, only columns the header does not have, the line taken into the header band.
     */
    private void constantsAbove(Layout l) {
        if (l.across || l.inline) {
            return;
        }
        Placement p = l.sheet;
        int top = l.firstHeaderLine();
        for (int r = top - 1; r >= Math.max(0, top - 4); r--) {
            Map<FieldDescriptor, Cell> found = new java.util.LinkedHashMap<>();
            List<Long> labels = new ArrayList<>();
            Set<Long> fieldLabels = new HashSet<>();
            for (Placement.Hit h : p.inRow(r)) {
                if (h.term().kind() == Lexicon.Kind.FIELD) {
                    fieldLabels.add(h.pos());
                }
            }
            for (Placement.Hit h : p.inRow(r)) {
                FieldDescriptor c = column(h);
                if (c == null || l.places.containsKey(c) || l.constants.containsKey(c) || found.containsKey(c)) {
                    continue;
                }
                if (fieldLabels.contains(h.pos())) {
                    continue; // the form's own field (確認日 | 令和７年１０月１６日 above a checklist, clv-w10-b)
                }
                Cell value;
                if (h.inline() != null) {
                    value = Cell.ofText(h.cell().row(), h.cell().col(), h.inline());
                } else {
                    CellRange region = p.view.regionOf(h.cell());
                    Cell next = p.view.shown(r, region.lastCol() + 1);
                    if (next.isBlank() || next.row() != r || isBlockLabel(p, next)) {
                        continue;
                    }
                    value = next;
                }
                found.put(c, value);
                labels.add(h.pos());
            }
            headingNamesColumn(p, l, r, found);
            if (found.isEmpty()) {
                if (allInline(p, r)) {
                    continue; // 支援枠：3病院 between 病床規模区分：99床以下 and the header (hs-w9-b): the sheet's own data
                }
                if (!lineBlank(p, false, r, 0, p.view.lastColumn())) {
                    return; // a title or a note: nothing above it is this table's
                }
                continue;
            }
            if (r < top - 2 && !allInline(p, r)) {
                return; // further up than the line above the header: only a label with its value in one cell counts
            }
            l.constants.putAll(found);
            l.headerCells.addAll(labels);
            for (Cell v : found.values()) {
                l.headerCells.add(Placement.pos(v.row(), v.col()));
            }
        }
    }

    /** Short label-and-value cells in one cell ({@code 支援枠：3病院}), the line's only filled cells. */
    private static final java.util.regex.Pattern LABELLED_CELL =
            java.util.regex.Pattern.compile("[^：:\\s]{1,12}\\s*[：:]\\s*\\S.{0,30}", java.util.regex.Pattern.DOTALL);

    /**
     * Whether every filled cell of line {@code r} is a short label with its value ({@code 支援枠：3病院}): above a
     * table's header, such a line that names no column is a constant of the sheet (its quota), passed over when the
     * constants above are looked for; further up than two lines, only such a line gives constants.
     */
    private static boolean allInline(Placement p, int r) {
        boolean any = false;
        for (int c = 0; c <= p.view.lastColumn(); c++) {
            Cell cell = p.view.cell(r, c);
            if (cell.isBlank()) {
                continue;
            }
            if (cell.type() != CellType.STRING || !LABELLED_CELL.matcher(cell.text().strip()).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A heading alone at the start of a line above the header that is a missing column's label and a number
     * ({@code ■回線1} over the ports of line 1): that column's value for every row under the header, the heading's text
     * without its decoration.
     */
    private void headingNamesColumn(Placement p, Layout l, int r, Map<FieldDescriptor, Cell> found) {
        Cell first = null;
        for (int col = 0; col <= Math.min(p.view.lastColumn(), 3) && first == null; col++) {
            Cell c = p.view.cell(r, col);
            if (!c.isBlank()) {
                first = c;
            }
        }
        if (first == null || first.type() != CellType.STRING || first.text().length() > 12) {
            return;
        }
        String key = Wording.stripDecoration(LabelText.key(first.text()));
        int digits = key.length();
        while (digits > 0 && Character.isDigit(key.charAt(digits - 1))) {
            digits--;
        }
        if (digits == key.length() || digits < 2) {
            return;
        }
        String word = key.substring(0, digits);
        for (FieldDescriptor c : columns) {
            if (l.places.containsKey(c) || l.constants.containsKey(c) || found.containsKey(c) || c.kind() != ValueKind.TEXT) {
                continue;
            }
            for (Lexicon.Term t : locator.lexicon().column(table, c)) {
                if (t.key().equals(word)) {
                    found.put(c, Cell.ofText(first.row(), first.col(), key));
                    return;
                }
            }
        }
    }

    /** The column of this table a hit names (a label, not a value), or null. */
    private FieldDescriptor column(Placement.Hit h) {
        if (table == null || h.term().kind() != Lexicon.Kind.COLUMN || h.term().table() == null
                || !h.term().table().path().equals(table.path()) || h.score() < 86) {
            return null;
        }
        for (FieldDescriptor c : columns) {
            if (c.path().equals(h.term().path())) {
                return c;
            }
        }
        return null;
    }

    private boolean optional(FieldDescriptor c) {
        return table != null && table.rowType() == io.github.medsecforms.model.checklist.ChecklistEntry.class && c.path().equals("itemId")
                || table.rowType() == io.github.medsecforms.model.inspection.DocumentEntry.class && c.path().equals("kind");
    }

    // ------------------------------------------------------------------ header

    /** Every line of a sheet that heads this table, best first. */
    private List<Layout> locate(Placement p) {
        fits = rememberFits ? new HashMap<>() : null;
        lineTexts = rememberFits ? new HashMap<>() : null;
        try {
            return locateLines(p);
        } finally {
            fits = null;
            lineTexts = null;
        }
    }

    /**
     * {@link #groupFit} by header region and column while {@link #locate} runs (nothing is consumed nor placed
     * meanwhile, and the fit depends only on the sheet, the region and the column): the candidate lines of a
     * header share their hits, each fit is computed once. Null outside.
     */
    private Map<FitKey, Integer> fits;
    /** {@link LineTexts} by line ({@code ~major} for a line across) while {@link #locate} runs; null outside. */
    private Map<Long, LineTexts> lineTexts;
    /**
     * Whether {@link #locate} remembers fits and each line's {@link LineTexts}: always, but for a test comparing reads
     * without.
     */
    static boolean rememberFits = true;

    private record FitKey(CellRange region, FieldDescriptor column, boolean across) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FitKey k && k.column == column && k.across == across && k.region.equals(region);
        }

        @Override
        public int hashCode() {
            return region.hashCode() * 31 + System.identityHashCode(column) + (across ? 1 : 0);
        }
    }

    /** {@link #groupFit}, remembered during {@link #locate}. */
    private int fit(Placement p, boolean across, CellRange r, FieldDescriptor c) {
        if (fits == null) {
            return groupFit(p, across, r, c);
        }
        FitKey key = new FitKey(r, c, across);
        Integer fit = fits.get(key);
        if (fit == null) {
            fit = groupFit(p, across, r, c);
            fits.put(key, fit);
        }
        return fit;
    }

    private List<Layout> locateLines(Placement p) {
        List<Placement.Hit> hits = new ArrayList<>();
        for (Placement.Hit h : fields ? p.hits : p.columnHits(table.path())) { // a table's columns' hits, or all
            boolean own = fields ? h.term().kind() == Lexicon.Kind.FIELD
                    : h.term().kind() == Lexicon.Kind.COLUMN && h.term().table().path().equals(table.path());
            if (own && h.inline() == null && !p.isConsumed(h.cell().row(), h.cell().col())) {
                hits.add(h);
            } else if (fields && h.term().kind() == Lexicon.Kind.TABLE && h.inline() == null
                    && !p.isConsumed(h.cell().row(), h.cell().col())) {
                // a table's title over a column of a sheet with one submission per row (VPN装置のメーカー名・型番・台数
                // over ヤマハ RTX1210 2台, bv-w12-b): one cell per submission holds no table, it is the form's text
                // field that describes the table (vpnDevicesText for vpnDevices)
                for (FieldDescriptor c : columns) {
                    if (c.kind() == ValueKind.TEXT && c.path().startsWith(h.term().path())
                            && c.path().length() > h.term().path().length()) {
                        for (Lexicon.Term t : locator.lexicon().field(c.path())) {
                            hits.add(new Placement.Hit(h.view(), h.cell(), t, h.score(), null,
                                    "a table's title over a column of one submission per row"));
                            break;
                        }
                    }
                }
            }
        }
        if (!fields && !isChecklist()) {
            // a header cell naming two or three of the columns with slashes (所属・役職／氏名), the values written the same
            // way (情報システム室 室長／山下 健太): each column takes its part; a header merged over several columns
            // keeps its plain reading (its parts may stand in cells of their own)
            for (Placement.Hit h : p.columnCompound.keySet()) {
                CellRange r = p.view.regionOf(h.cell());
                if (h.term().table().path().equals(table.path()) && r.firstCol() == r.lastCol()
                        && !p.isConsumed(h.cell().row(), h.cell().col())) {
                    hits.removeIf(o -> o.cell().row() == h.cell().row() && o.cell().col() == h.cell().col()
                            && !p.columnCompound.containsKey(o)); // the cell names its parts, not one column
                    hits.add(h);
                }
            }
        }
        if (hits.isEmpty()) { // no header line; records whose cells hold their labels may still be there
            Layout inline = inlineLayout(p);
            return inline == null ? List.of() : List.of(inline);
        }
        Map<Integer, Set<String>> byRow = new HashMap<>();
        Map<Integer, Set<String>> byCol = new HashMap<>();
        Map<Integer, List<Placement.Hit>> rowHits = new HashMap<>();
        Map<Integer, List<Placement.Hit>> colHits = new HashMap<>();
        for (Placement.Hit h : hits) {
            CellRange r = p.view.regionOf(h.cell());
            byRow.computeIfAbsent(r.lastRow(), k -> new HashSet<>()).add(h.term().path());
            byCol.computeIfAbsent(r.lastCol(), k -> new HashSet<>()).add(h.term().path());
            rowHits.computeIfAbsent(r.lastRow(), k -> new ArrayList<>()).add(h);
            colHits.computeIfAbsent(r.lastCol(), k -> new ArrayList<>()).add(h);
        }
        int need = Math.min(2, columns.size());
        if (!fields) {
            // a line naming one column and the groups of others (目標日 between 1回目 and 2回目, repeated per device
            // class under サーバ | 端末PC | ネットワーク機器: clh-w8-b's second table) is a header line too
            Set<String> groupKeys = new HashSet<>();
            for (FieldDescriptor c : columns) {
                for (FieldDescriptor.Group g : c.groups()) {
                    groupKeys.add(p.view.key(g.label())); // memoised for the read
                }
            }
            for (Map.Entry<Integer, Set<String>> e : byRow.entrySet()) {
                if (e.getValue().size() < need && !groupKeys.isEmpty()) {
                    for (Cell cell : p.view.sheet().row(e.getKey())) {
                        if (cell.type() == CellType.STRING && groupKeys.contains(p.view.key(cell.text()))) {
                            e.getValue().add("group:" + p.view.key(cell.text()));
                        }
                    }
                }
            }
        }
        List<Layout> out = new ArrayList<>();
        Set<Integer> usedRows = new HashSet<>();
        for (Map.Entry<Integer, Set<String>> e : byRow.entrySet()) {
            if (e.getValue().size() >= need) {
                Layout l = header(p, band(rowHits, e.getKey()), false, e.getKey());
                if (l != null && l.score >= need) {
                    out.add(l);
                    usedRows.add(e.getKey());
                }
            }
        }
        int bestRow = out.stream().mapToInt(l -> l.score).max().orElse(0);
        for (Map.Entry<Integer, Set<String>> e : byCol.entrySet()) {
            if (e.getValue().size() >= need && e.getValue().size() > bestRow) {
                Layout l = header(p, band(colHits, e.getKey()), true, e.getKey());
                if (l != null && l.score > bestRow) {
                    out.add(l);
                }
            }
        }
        if (out.stream().anyMatch(l -> l.across) && out.stream().anyMatch(l -> !l.across)) {
            int across = out.stream().filter(l -> l.across).mapToInt(l -> l.score).max().orElse(0);
            out.removeIf(l -> !l.across && l.score < across);
        }
        // a line inside another line's header band is the same header
        out.sort(Comparator.comparingInt((Layout l) -> -l.score).thenComparingInt(l -> l.line));
        List<Layout> kept = new ArrayList<>();
        for (Layout l : out) {
            boolean overlaps = false;
            for (Layout k : kept) {
                if (k.across == l.across && Math.abs(k.line - l.line) <= 1) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(l);
            }
        }
        if (!fields && !isChecklist()) {
            kept.removeIf(l -> anotherTablesHeader(p, l));
        }
        Layout inline = inlineLayout(p);
        if (inline != null) {
            kept.removeIf(l -> l.across == inline.across && l.line >= inline.firstData - 1 && l.line <= inline.lastData + 1);
            kept.add(inline);
        }
        return kept;
    }

    /**
     * Whether a header line this table found is another table's: within the span of the header cells it took, the
     * line names more (and at least three) columns of one other table than this table found there. A terminals
     * header ({@code システム種別 | 端末ホスト名 | IPアドレス | 設置場所 | … | IPアドレス}) holds two IPアドレス columns a
     * ports table also has; it is the terminals', and the ports table is not on that line (lds-w7-b).
     */
    private boolean anotherTablesHeader(Placement p, Layout l) {
        if (l.headerCells.isEmpty()) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (long pos : l.headerCells) {
            int m = l.across ? (int) (pos >> 20) : (int) (pos & 0xFFFFF);
            min = Math.min(min, m);
            max = Math.max(max, m);
        }
        Map<String, Set<String>> others = new HashMap<>();
        for (Placement.Hit h : l.across ? inColumn(p, l.line) : p.inRow(l.line)) {
            Lexicon.Term t = h.term();
            int m = minor(h.cell(), l.across);
            if (t.kind() == Lexicon.Kind.COLUMN && h.inline() == null && h.score() >= 86 && m >= min && m <= max
                    && !t.table().path().equals(table.path())) {
                others.computeIfAbsent(t.table().path(), k -> new HashSet<>()).add(t.path());
            }
        }
        for (Set<String> paths : others.values()) {
            if (paths.size() >= 3 && paths.size() > l.score) {
                return true;
            }
        }
        return false;
    }

    /** Records whose cells hold their columns' labels and values: in rows, else in columns; null if none. */
    private Layout inlineLayout(Placement p) {
        if (fields) {
            return null;
        }
        Layout rows = inlineRows(p);
        return rows != null ? rows : inlineColumns(p);
    }

    /**
     * Rows whose cells each hold a column's label and its value ({@code 担当者1 所属・役職：部長 | 氏名：白川 康弘 |
     * 電話：…}): a table without a header line. Rows that hold the labels only ({@code 氏名：}) are its empty rows.
     */
    private Layout inlineRows(Placement p) {
        int need = Math.min(2, columns.size());
        Map<Integer, Map<String, Placement.Hit>> valued = new java.util.TreeMap<>();
        Map<Integer, Set<String>> labelled = new HashMap<>();
        for (Placement.Hit h : p.columnHits(table.path())) {
            if (h.score() < 86) {
                continue;
            }
            int row = h.cell().row();
            if (h.inline() != null) {
                valued.computeIfAbsent(row, k -> new HashMap<>()).merge(h.term().path(), h,
                        (a, b) -> b.score() > a.score() ? b : a);
            } else if (endsWithColon(h.cell().text())) {
                labelled.computeIfAbsent(row, k -> new HashSet<>()).add(h.term().path());
            }
        }
        valued.values().removeIf(m -> m.size() < need);
        if (valued.isEmpty()) {
            return null;
        }
        int first = valued.keySet().iterator().next();
        Map<String, Placement.Hit> firstRow = valued.get(first);
        Layout l = new Layout(p, false, first - 1);
        l.inline = true;
        l.firstData = first;
        int last = first;
        for (int r = first + 1; valued.containsKey(r) || labelled.getOrDefault(r, Set.of()).size() >= need; r++) {
            last = r;
        }
        l.lastData = last;
        Set<Integer> taken = new HashSet<>();
        for (FieldDescriptor c : columns) {
            Placement.Hit h = firstRow.get(c.path());
            if (h != null && taken.add(h.cell().col())) {
                Place place = new Place(c);
                place.at = h.cell().col();
                l.places.put(c, place);
            }
        }
        l.score = l.places.size();
        return l;
    }

    /**
     * Columns whose cells each hold a column's label and its value, one record per sheet column under the records'
     * names ({@code 担当者① | 担当者②} over {@code 所属・役職：情報管理室 室長 | 所属・役職：事務部 …}, then 氏名：…, 電話番号：…
     * down, lds-w17-b): {@link #inlineRows} turned sideways. Two records at least, each with two columns' labels and
     * values; a column of labels alone ({@code 氏名：}) is an empty record between them.
     */
    private Layout inlineColumns(Placement p) {
        int need = Math.min(2, columns.size());
        Map<Integer, Map<String, Placement.Hit>> valued = new java.util.TreeMap<>();
        Map<Integer, Set<String>> labelled = new HashMap<>();
        for (Placement.Hit h : p.columnHits(table.path())) {
            if (h.score() < 86) {
                continue;
            }
            int col = h.cell().col();
            if (h.inline() != null) {
                valued.computeIfAbsent(col, k -> new HashMap<>()).merge(h.term().path(), h,
                        (a, b) -> b.score() > a.score() ? b : a);
            } else if (endsWithColon(h.cell().text())) {
                labelled.computeIfAbsent(col, k -> new HashSet<>()).add(h.term().path());
            }
        }
        valued.values().removeIf(m -> m.size() < need);
        if (valued.size() < 2) {
            return null;
        }
        int first = valued.keySet().iterator().next();
        Map<String, Placement.Hit> firstColumn = valued.get(first);
        int last = first;
        for (int c = first + 1; valued.containsKey(c) || labelled.getOrDefault(c, Set.of()).size() >= need; c++) {
            last = c;
        }
        int records = 0;
        for (int c : valued.keySet()) {
            records += c <= last ? 1 : 0;
        }
        if (records < 2) {
            return null;
        }
        Layout l = new Layout(p, true, first - 1);
        l.inline = true;
        l.firstData = first;
        l.lastData = last;
        Set<Integer> taken = new HashSet<>();
        for (FieldDescriptor c : columns) {
            Placement.Hit h = firstColumn.get(c.path());
            if (h != null && taken.add(h.cell().row())) {
                Place place = new Place(c);
                place.at = h.cell().row();
                l.places.put(c, place);
            }
        }
        l.score = l.places.size();
        return l;
    }

    /**
     * A code written in parts under one header merged over several columns (都道府県番号 | 点数表番号 | 下7桁 |
     * 10桁（自動）, or one box per digit): the parts joined, when the first part is not a whole code and the parts
     * join to 7 or 10 digits. A part that already holds the whole code (a computed 10桁 column) is taken as it is.
     */
    private static Cell codeInParts(Placement p, boolean across, int major, Place pl, Cell first) {
        String firstDigits = digitsOf(first);
        if (firstDigits == null || firstDigits.length() >= 7) {
            return first;
        }
        StringBuilder joined = new StringBuilder();
        for (int m = pl.at; m <= pl.spanEnd; m++) {
            Cell c = at(p, across, major, m);
            String d = digitsOf(c);
            if (d == null) {
                if (c.isBlank()) {
                    continue;
                }
                return first;
            }
            if (d.length() == 10 && joined.length() > 0) { // the whole code, computed from the parts before it
                return Cell.ofText(first.row(), first.col(), d);
            }
            joined.append(d);
        }
        int n = joined.length();
        return n == 7 || n == 10 ? Cell.ofText(first.row(), first.col(), joined.toString()) : first;
    }

    /** The digits a cell holds (a number, or text of digits with separators), or null. */
    private static String digitsOf(Cell c) {
        if (c.isBlank()) {
            return null;
        }
        String t = DIGIT_SEPARATORS.matcher(LabelText.nfkc(c.text())).replaceAll("");
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        return !t.isEmpty() && t.chars().allMatch(ch -> ch >= '0' && ch <= '9') ? t : null;
    }

    private static final java.util.regex.Pattern ROW_NUMBER_SUFFIX =
            java.util.regex.Pattern.compile("[\\s]*[(（]?[0-9０-９①-⑳]+[)）]?$");

    /**
     * The cell of a line that holds nothing in the table's columns but the table's own name with a number
     * ({@code 担当者2}, {@code 担当者②}, {@code 回線(3)}): a block-per-row layout names each row above its repeated
     * header. Null when the line holds anything else.
     */
    private Cell rowNameOnly(Placement p, boolean across, int major, List<Place> plan) {
        if (fields) {
            return null; // a sheet of submissions has no table of its own to be named
        }
        Cell only = null;
        for (Place pl : plan) {
            Cell c = cellOf(p, across, major, pl);
            if (c.isBlank()) {
                continue;
            }
            if (only != null || c.type() != CellType.STRING) {
                return null;
            }
            only = c;
        }
        if (only == null) {
            return null;
        }
        String text = LabelText.nfkc(only.text()).strip();
        java.util.regex.Matcher m = ROW_NUMBER_SUFFIX.matcher(text);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String base = p.view.key(text.substring(0, m.start()));
        for (Lexicon.Term t : locator.lexicon().exact(base)) {
            if (t.kind() == Lexicon.Kind.TABLE && t.path().equals(table.path())) {
                return only;
            }
        }
        for (Lexicon.Term t : locator.lexicon().core(Wording.core(base))) {
            if (t.kind() == Lexicon.Kind.TABLE && t.path().equals(table.path())) {
                return only;
            }
        }
        return null;
    }

    /** Whether the only things a line holds in the table's columns are notes (※…, 注…). */
    private static boolean noteOnly(Placement p, boolean across, int major, List<Place> plan) {
        boolean note = false;
        for (Place pl : plan) {
            Cell c = cellOf(p, across, major, pl);
            if (c.isBlank()) {
                continue;
            }
            String t = c.type() == CellType.STRING ? c.text().strip() : "";
            if (!(t.startsWith("※") || t.startsWith("注") || t.startsWith("(注") || t.startsWith("（注")
                    || t.startsWith("(※") || t.startsWith("（※") || t.startsWith("＊") || t.startsWith("*"))) {
                return false;
            }
            note = true;
        }
        return note;
    }

    /** The distance from {@code at} to the nearest other placed column of the layout. */
    private static int nearest(Layout l, Place self, int at) {
        int best = Integer.MAX_VALUE;
        for (Place other : l.places.values()) {
            if (other != self) {
                best = Math.min(best, Math.abs(other.first() - at));
            }
        }
        return best;
    }

    private static boolean lineBlank(Placement p, boolean across, int major, int fromMinor, int toMinor) {
        for (int m = fromMinor; m <= toMinor; m++) {
            if (!at(p, across, major, m).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ROW_NUMBER_HEADERS = Set.of("no", "no.", "#", "番号", "通番", "連番", "行");

    private static boolean endsWithColon(String text) {
        String t = text.strip();
        return t.endsWith(":") || t.endsWith("：");
    }

    /** The value a cell of an inline layout holds: the text after its label, blank for a label alone. */
    private static Cell inlineValue(Cell cell) {
        if (cell.type() != CellType.STRING) {
            return cell;
        }
        if (endsWithColon(cell.text())) {
            return Cell.BLANK;
        }
        String[] lv = Wording.labelAndValue(cell.text());
        return lv == null ? cell : Cell.ofText(cell.row(), cell.col(), lv[1]);
    }

    /** The hits whose label ends on one of the two lines before {@code line} or on it: a header band. */
    private static List<Placement.Hit> band(Map<Integer, List<Placement.Hit>> byLine, int line) {
        List<Placement.Hit> out = new ArrayList<>();
        for (int k = line - 2; k <= line; k++) {
            out.addAll(byLine.getOrDefault(k, List.of()));
        }
        return out;
    }

    private static int major(Cell c, boolean across) {
        return across ? c.col() : c.row();
    }

    private static int minor(Cell c, boolean across) {
        return across ? c.row() : c.col();
    }

    private static int majorEnd(CellRange r, boolean across) {
        return across ? r.lastCol() : r.lastRow();
    }

    private static int minorStart(CellRange r, boolean across) {
        return across ? r.firstRow() : r.firstCol();
    }

    private static Cell at(Placement p, boolean across, int major, int minor) {
        return across ? p.view.shown(minor, major) : p.view.shown(major, minor);
    }

    /** The layout whose header ends on {@code line}: each column placed under its wording and group. */
    private Layout header(Placement p, List<Placement.Hit> hits, boolean across, int line) {
        Layout l = new Layout(p, across, line);
        Set<Integer> taken = new HashSet<>();
        int lastHeader = line;
        // every (column, header cell) pair in the header band, best first: each column and each cell taken once
        List<Object[]> pairs = new ArrayList<>();
        Map<FieldDescriptor, Object[]> chosenHits = new IdentityHashMap<>();
        for (FieldDescriptor c : columns) {
            for (Placement.Hit h : hits) {
                if (!h.term().path().equals(c.path())) {
                    continue;
                }
                CellRange r = p.view.regionOf(h.cell());
                int end = majorEnd(r, across);
                if (end > line || end < line - 2) {
                    continue;
                }
                int score = h.score() + (end == line ? 5 : 0) + fit(p, across, r, c);
                if (h.cell().type() == CellType.STRING && p.view.key(h.cell().text()).equals(p.view.key(c.label()))) {
                    // of two header cells naming the column alike, the one with its own label (担当者名 over the rows'
                    // names 担当者1, 担当者2 beside 氏名 over the names, lds-w38-a): one point, to break a tie (D-102)
                    score += 1;
                }
                pairs.add(new Object[] {c, h, score});
            }
        }
        pairs.sort((a, b) -> Integer.compare((Integer) b[2], (Integer) a[2]));
        for (Object[] pair : pairs) {
            FieldDescriptor c = (FieldDescriptor) pair[0];
            Placement.Hit chosen = (Placement.Hit) pair[1];
            CellRange r = p.view.regionOf(chosen.cell());
            int[] part = p.compound.containsKey(chosen) ? p.compound.get(chosen) : p.columnCompound.get(chosen);
            if (l.places.containsKey(c) || (taken.contains(minorStart(r, across)) && part == null)) {
                continue;
            }
            Place place = new Place(c);
            place.at = minorStart(r, across);
            place.spanEnd = across ? r.lastRow() : r.lastCol();
            place.part = part;
            place.shared |= part != null && part[0] > 0; // one header cell counts once
            l.places.put(c, place);
            taken.add(place.at);
            l.headerCells.add(chosen.pos());
            chosenHits.put(c, new Object[] {chosen, pair[2]});
            lastHeader = Math.max(lastHeader, majorEnd(r, across));
        }
        // two tables side by side under one header line (病床規模区分 | … | 病床規模 | 支援枠): a column whose header
        // stands apart from the table's other columns moves to an almost as good header right beside them
        for (Map.Entry<FieldDescriptor, Object[]> e : chosenHits.entrySet()) {
            Place place = l.places.get(e.getKey());
            if (place == null || l.places.size() < 2 || nearest(l, place, place.at) < 2) {
                continue;
            }
            for (Object[] pair : pairs) {
                Placement.Hit h = (Placement.Hit) pair[1];
                CellRange r = p.view.regionOf(h.cell());
                int at = minorStart(r, across);
                if (pair[0] != e.getKey() || taken.contains(at) || (Integer) pair[2] < (Integer) e.getValue()[1] - 12
                        || nearest(l, place, at) != 1) {
                    continue;
                }
                taken.remove(place.at);
                l.headerCells.remove(((Placement.Hit) e.getValue()[0]).pos());
                place.at = at;
                place.spanEnd = across ? r.lastRow() : r.lastCol();
                taken.add(at);
                l.headerCells.add(h.pos());
                break;
            }
        }
        // a choice split into one column per option (はい | いいえ with ○ below), under its group or its label; a bed
        // band the same way (病床規模区分 over 20～99床 | 100～199床 | …, ● under the hospital's)
        for (FieldDescriptor c : columns) {
            if (c.kind() != ValueKind.CHOICE && c.kind() != ValueKind.BED_BAND) {
                continue;
            }
            Place existing = l.places.get(c);
            if (existing != null) {
                // the column's label is also one of its options (提出 | 未作成 | 作成済・提出しない, a mark under or
                // beside each): the options are the columns, not the label alone
                Placement.Hit hit = chosenHits.containsKey(c) ? (Placement.Hit) chosenHits.get(c)[0] : null;
                if (existing.at < 0 || hit == null) {
                    continue;
                }
                if (option(p, c, hit.cell().text()) == null) {
                    // the column's label is a group header over one column per option (提出の有無 over 提出する |
                    // 未作成 | 作成済・提出しない, a mark under the chosen one): the options under it are the columns
                    CellRange r = p.view.regionOf(hit.cell());
                    int from = minorStart(r, across);
                    int to = across ? r.lastRow() : r.lastCol();
                    if (to > from && majorEnd(r, across) < line) {
                        Set<Integer> others = new HashSet<>(taken);
                        others.remove(existing.at);
                        Place options = optionColumns(p, across, line, c, others, true);
                        if (options != null && java.util.Arrays.stream(options.optionAt).allMatch(a -> a >= from && a <= to)) {
                            taken.remove(existing.at);
                            l.places.put(c, options);
                            for (int a : options.optionAt) {
                                taken.add(a);
                            }
                        }
                    }
                    continue;
                }
                Set<Integer> others = new HashSet<>(taken);
                others.remove(existing.at);
                Place options = optionColumns(p, across, line, c, others, true);
                if (options != null && java.util.Arrays.stream(options.optionAt).anyMatch(a -> a == existing.at)) {
                    taken.remove(existing.at);
                    l.places.put(c, options);
                    for (int a : options.optionAt) {
                        taken.add(a);
                    }
                }
                continue;
            }
            Place options = optionColumns(p, across, line, c, taken, false);
            if (options == null) {
                // three or more of the column's options side by side in the header line, with no label over them
                // (提出する | 作成済・提出しない | 未作成, a ■ under the chosen one): the options are the column; two
                // (はい | いいえ) without their label could be any yes/no column's, and are left alone
                Place bare = optionColumns(p, across, line, c, taken, true);
                options = bare != null && (bare.optionAt.length >= 3 || besideItsGroup(l, c, bare)
                        || ownOptions(p, across, line, c, bare)) ? bare : null;
            }
            if (options != null) {
                l.places.put(c, options);
                for (int a : options.optionAt) {
                    taken.add(a);
                }
            }
        }
        // an answer and its date in one column headed by their group (1回目)
        for (FieldDescriptor c : columns) {
            if (l.places.containsKey(c) || c.groups().isEmpty()) {
                continue;
            }
            String group = p.view.keys().coreOf(c.groups().get(c.groups().size() - 1).label());
            for (int major = line; major >= Math.max(0, line - 2) && !l.places.containsKey(c); major--) {
                Integer m = headings(p, across, major).get(group);
                if (m != null) {
                    Cell h = at(p, across, major, m);
                    CellRange r = p.view.regionOf(h);
                    boolean alone = majorEnd(r, across) >= line || subHeaderBlank(p, across, r, line);
                    Cell under = alone ? Cell.BLANK : at(p, across, line, m);
                    if (alone || namesInBrackets(under, c.label())) {
                        // the group alone (1回目 over はい (10/1)), or the group over 結果（確認日） (clv-w15-b)
                        Place place = new Place(c);
                        place.at = m;
                        place.shared = true;
                        l.places.put(c, place);
                        l.headerCells.add(Placement.pos(h.row(), h.col()));
                    }
                }
            }
        }
        int onLine = 0;
        int placedCells = 0;
        for (long pos : l.headerCells) {
            placedCells++;
            if (majorEnd(p.view.regionAt((int) (pos >> 20), (int) (pos & 0xFFFFF)), across) == line) {
                onLine++;
            }
        }
        if (placedCells > 0 && onLine * 2 < placedCells) {
            return null; // most labels end on an earlier line: that line is the header, this one holds answers
        }
        l.firstData = lastHeader + 1;
        l.score = 0;
        Set<Integer> sharedAt = new HashSet<>();
        for (Place pl : l.places.values()) {
            // a column headed by its group only (1回目 over はい (10/1): answer and date) counts once, as one column
            l.score += pl.shared ? (sharedAt.add(pl.at) ? 1 : 0) : 1;
        }
        if (l.score < Math.min(2, columns.size())) {
            return null;
        }
        return l;
    }

    /**
     * The text cells of a line (row, or column across) that start their merged region, left to right, with their
     * positions (minor); and the same cells by the group they can head ({@link #headings}). Made once per line while
     * {@link #locate} runs ({@link #lineTexts}): the header's searches over a line (options, group headings) read its
     * cells and key their wording once, not once per candidate header line and column.
     */
    private record LineTexts(int[] at, Cell[] cells, Map<String, Integer> headings) {
        static LineTexts of(Placement p, boolean across, int major) {
            int lastMinor = across ? p.view.lastRow() : p.view.lastColumn();
            int[] at = new int[lastMinor + 1];
            Cell[] cells = new Cell[lastMinor + 1];
            int n = 0;
            for (int m = 0; m <= lastMinor; m++) {
                Cell h = TableReader.at(p, across, major, m); // not the record's at()
                if (h.type() == CellType.STRING && minorStart(p.view.regionOf(h), across) == m) {
                    at[n] = m;
                    cells[n++] = h;
                }
            }
            return new LineTexts(java.util.Arrays.copyOf(at, n), java.util.Arrays.copyOf(cells, n),
                    headingsOf(p, at, cells, n));
        }

        /**
         * For each cell, the core of its wording and, for a text over several lines, the core of its first line (a
         * header naming the group on its first line and what the column holds on the next, {@code 1回目 ↵
         * はい・いいえ（確認日）}, clv-w10-b: an answer and its date in one column, like a header of the group alone),
         * each mapped to the first position holding it: the first cell of the line heading a group {@code g} is at
         * {@code headings().get(g)}.
         */
        private static Map<String, Integer> headingsOf(Placement p, int[] at, Cell[] cells, int n) {
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String text = cells[i].text();
                out.putIfAbsent(p.view.coreOf(text), at[i]);
                if (text.indexOf('\n') >= 0) {
                    String[] ls = lines(text);
                    if (ls.length >= 2) {
                        out.putIfAbsent(p.view.coreOf(ls[0]), at[i]);
                    }
                }
            }
            return out;
        }
    }

    /** {@link LineTexts} of a line, remembered while {@link #locate} runs. */
    private LineTexts lineTexts(Placement p, boolean across, int major) {
        if (lineTexts == null) {
            return LineTexts.of(p, across, major);
        }
        return lineTexts.computeIfAbsent(across ? ~(long) major : major, k -> LineTexts.of(p, across, major));
    }

    /** The first cell of a line heading each group, by the group's core ({@link LineTexts#headingsOf}). */
    private Map<String, Integer> headings(Placement p, boolean across, int major) {
        return lineTexts(p, across, major).headings();
    }

    /** Whether a header cell names a column in brackets after what it holds ({@code 結果（確認日）} names 確認日). */
    private static boolean namesInBrackets(Cell h, String label) {
        if (h.type() != CellType.STRING) {
            return false;
        }
        String t = LabelText.nfkc(h.text()).strip();
        int open = t.indexOf('(');
        return open > 0 && t.endsWith(")") && t.substring(open + 1, t.length() - 1).strip().equals(LabelText.nfkc(label));
    }

    /** Whether nothing stands under a group header down to the header line (a group heading one column). */
    private static boolean subHeaderBlank(Placement p, boolean across, CellRange r, int line) {
        for (int major = majorEnd(r, across) + 1; major <= line; major++) {
            if (!at(p, across, major, minorStart(r, across)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** How well the header above a column cell fits the column's group: +30 its own group, −30 another's. */
    private int groupFit(Placement p, boolean across, CellRange r, FieldDescriptor c) {
        String above = groupText(p, across, r);
        Cell own = p.view.shown(r.firstRow(), r.firstCol());
        String ownText = own.type() == CellType.STRING ? LabelText.nfkc(own.text()) : "";
        SheetView.Keys keys = p.view.keys();
        if (!c.groups().isEmpty() && !ownText.isEmpty()) {
            // the group written in the cell itself: 【診断当日】↵グローバルIPアドレス, 1回目確認日
            String g = c.groups().get(c.groups().size() - 1).label();
            String ownKey = p.view.key(ownText);
            if (ownKey.contains(keys.coreOf(g)) || bracketed(keys, ownText, g)) {
                return 30;
            }
            String[] lines = lines(ownText);
            String labelCore = keys.coreOf(c.label());
            boolean brokenLabel = p.view.core(ownKey).equals(labelCore) || labelCore.startsWith(keys.coreOf(lines[0]));
            if (lines.length >= 2 && !brokenLabel) { // 診断当日 ↵ GIP確認: the first line abbreviates the group
                String first = keys.coreOf(lines[0]);
                String gc = keys.coreOf(g);
                if (first.length() >= 2 && Wording.containment(first, gc) >= 0.6) {
                    return 30;
                }
            }
        }
        if (above != null && spansUngrouped(p, across, r)) {
            return 0; // a heading over the whole table (機器のポート情報 over ポート … 接続状況), not the group of a few columns
        }
        if (c.groups().isEmpty()) {
            return above != null && namesAGroup(keys, above) ? -10 : 0; // above names another column's group
        }
        if (above == null || !namesAGroup(keys, above)) {
            return -5; // no heading above, or text that heads no group (a value of the table above: R6.8.5, clh-w15-b)
        }
        return sameWords(keys, above, c.groups().get(c.groups().size() - 1).label()) ? 30 : -30;
    }

    /** Whether a text names the group of one of the table's columns (1回目, 2回目, 【診断当日】), remembered by text. */
    private boolean namesAGroup(SheetView.Keys keys, String text) {
        Boolean names = namesAGroup.get(text);
        if (names == null) {
            names = namesAGroupOf(keys, text);
            namesAGroup.put(text, names);
        }
        return names;
    }

    /**
     * {@link #namesAGroup} by text: the header texts above a table's columns are asked about for each column and
     * candidate line, and the answer depends on the text and the table's columns only.
     */
    private final Map<String, Boolean> namesAGroup = new HashMap<>();

    private boolean namesAGroupOf(SheetView.Keys keys, String text) {
        for (FieldDescriptor other : columns) {
            if (!other.groups().isEmpty() && sameWords(keys, text, other.groups().get(other.groups().size() - 1).label())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.split("\\R")}: the text itself when it holds no line terminator (most header cells), without
     * compiling the pattern; otherwise the split.
     */
    static String[] lines(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\u000B' || ch == '\f' || ch == '\u0085' || ch == '\u2028'
                    || ch == '\u2029') {
                return LINE_BREAK.split(text);
            }
        }
        return text.isEmpty() ? new String[] {""} : new String[] {text};
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    /**
     * Whether the heading right above a header cell also stands over a header naming a column of no group (ポート,
     * 機器名, プロトコル): then it heads the whole table, and says nothing about which group a column under it is in.
     */
    private boolean spansUngrouped(Placement p, boolean across, CellRange r) {
        if (fields || table == null) {
            return false;
        }
        int start = across ? r.firstCol() : r.firstRow();
        for (int major = start - 1; major >= Math.max(0, start - 3); major--) {
            Cell c = at(p, across, major, minorStart(r, across));
            if (c.type() != CellType.STRING || p.view.key(c.text()).isEmpty()) {
                continue;
            }
            CellRange g = p.view.regionOf(c);
            int from = across ? g.firstRow() : g.firstCol();
            int to = across ? g.lastRow() : g.lastCol();
            if (to <= from) {
                return false;
            }
            for (int m = from; m <= to; m++) {
                Cell h = at(p, across, start, m);
                for (Placement.Hit hit : p.at(h.row(), h.col())) {
                    FieldDescriptor col = column(hit);
                    if (col != null && col.groups().isEmpty() && hit.score() >= 90) {
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[【\\[(]([^】\\])]+)[】\\])]");

    /** Whether a header's bracketed or first-line part names a group ({@code 【診断当日】} for 脆弱性診断当日記入欄). */
    private static boolean bracketed(SheetView.Keys keys, String text, String group) {
        if (text.indexOf('【') < 0 && text.indexOf('[') < 0 && text.indexOf('(') < 0) {
            return false; // no opening bracket: BRACKETED cannot match (most header cells)
        }
        java.util.regex.Matcher m = BRACKETED.matcher(text);
        String g = keys.coreOf(group);
        while (m.find()) {
            String inner = keys.coreOf(m.group(1));
            if (inner.length() >= 2 && Wording.dice(inner, g) >= 0.4) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWords(SheetView.Keys keys, String key, String label) {
        String a = keys.core(key);
        String b = keys.coreOf(label);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || (b.length() >= 2 && a.contains(b)) || (a.length() >= 2 && b.contains(a));
    }

    /** The key of the nearest header text above a column cell (left of it when across), within two lines. */
    private static String groupText(Placement p, boolean across, CellRange r) {
        int start = across ? r.firstCol() : r.firstRow();
        for (int major = start - 1; major >= Math.max(0, start - 3); major--) {
            Cell c = at(p, across, major, minorStart(r, across));
            if (c.type() == CellType.STRING) {
                String k = p.view.key(c.text());
                if (!k.isEmpty()) {
                    return k;
                }
            }
        }
        return null;
    }

    /** A choice column written as one column per option, headed by the options under the column's group or label. */
    private Place optionColumns(Placement p, boolean across, int line, FieldDescriptor c, Set<Integer> taken,
                                boolean adjacent) {
        List<Integer> at = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        LineTexts texts = lineTexts(p, across, line);
        for (int i = 0; i < texts.at().length; i++) {
            int m = texts.at()[i];
            if (taken.contains(m)) {
                continue;
            }
            Cell h = texts.cells()[i];
            Object choice = option(p, c, h.text());
            if (choice == null || values.contains(choice)) {
                continue;
            }
            String above = groupText(p, across, p.view.regionOf(h));
            boolean fits = adjacent || (c.groups().isEmpty()
                    ? above != null && (sameWords(p.view.keys(), above, c.label()) || lexiconNames(above, c))
                    : above != null && sameWords(p.view.keys(), above, c.groups().get(c.groups().size() - 1).label()));
            if (fits) {
                at.add(m);
                values.add(choice);
            }
        }
        if (values.size() < 2) {
            return null;
        }
        for (int i = 1; adjacent && i < at.size(); i++) {
            if (at.get(i) - at.get(i - 1) != 1) {
                return null; // options without their group must stand side by side
            }
        }
        Place place = new Place(c);
        place.optionAt = at.stream().mapToInt(Integer::intValue).toArray();
        place.optionValues = values.toArray();
        return place;
    }

    /**
     * {@link #optionValue} by choice type (or {@link ValueKind#BED_BAND} for a bed band, whatever the column) and text,
     * for this table: the header's lines are searched for options once per candidate line and choice column, and each
     * row's option cells are read against the same texts; the answer depends on the type and the text only, so choice
     * columns of one type (はい | いいえ) share it.
     */
    private final Map<Object, Map<String, Object>> options = new HashMap<>();
    /** {@link #options}' mark of a text that names no option. */
    private static final Object NO_OPTION = new Object();

    /**
     * {@link #optionValue}, remembered by choice type and text ({@link #options}); a choice's option found with the
     * text's normal form and core memoised for the read ({@link SheetView.Keys#choice}).
     */
    private Object option(Placement p, FieldDescriptor c, String text) {
        Map<String, Object> byText = options.computeIfAbsent(c.kind() == ValueKind.BED_BAND ? ValueKind.BED_BAND
                : c.javaType(), k -> new HashMap<>());
        Object v = byText.get(text);
        if (v == null) {
            v = c.kind() == ValueKind.BED_BAND ? optionValue(c, text) : p.view.keys().choice(c.javaType(), text);
            byText.put(text, v == null ? NO_OPTION : v);
            return v;
        }
        return v == NO_OPTION ? null : v;
    }

    /**
     * The option a header text names for a column read as one column per option: a choice's option, or for a bed band
     * a band's wording (20～99床, 400床以上: hs-w8-a's 病床規模区分（該当に●） over one column per band, ● under the
     * hospital's); null if it names none.
     */
    static Object optionValue(FieldDescriptor c, String text) {
        if (c.kind() == ValueKind.BED_BAND) {
            String t = LabelText.nfkc(text).strip();
            if (t.isEmpty() || !t.contains("床") || t.chars().allMatch(Character::isDigit)) {
                return null;
            }
            try {
                io.github.medsecforms.model.value.BedBand b = io.github.medsecforms.model.value.BedBand.parse(t);
                return b.minBeds() > 0 || b.maxBeds() < Integer.MAX_VALUE ? b : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
        return ChoiceText.exact(c.javaType(), text);
    }

    /**
     * Whether two bare options (はい | いいえ) stand right before or after a placed column of the choice column's own
     * group (はい | いいえ | 1回目確認日): they are that group's answer, not any yes/no column's.
     */
    /**
     * Whether two options side by side in the header line, with no label over them, are this column's own: words no
     * other choice column of the table takes as its option (単体 | 仮想デスクトップ with ○ under one, lds-w37-b), unlike
     * はい | いいえ or 希望あり | 希望なし, which could be any of several columns' (D-100).
     */
    private boolean ownOptions(Placement p, boolean across, int line, FieldDescriptor c, Place bare) {
        for (FieldDescriptor other : columns) {
            if (other == c || other.kind() != ValueKind.CHOICE) {
                continue;
            }
            for (int a : bare.optionAt) {
                if (option(p, other, at(p, across, line, a).text()) != null) {
                    return false;
                }
            }
        }
        return !ChoiceText.isMark(at(p, across, line, bare.optionAt[0]).text());
    }

    private static boolean besideItsGroup(Layout l, FieldDescriptor c, Place bare) {
        if (c.groups().isEmpty()) {
            return false;
        }
        String group = c.groups().get(c.groups().size() - 1).label();
        int before = bare.optionAt[0] - 1;
        int after = bare.optionAt[bare.optionAt.length - 1] + 1;
        for (Place other : l.places.values()) {
            FieldDescriptor d = other.field;
            if (d != c && other.at >= 0 && (other.at == before || other.at == after) && !d.groups().isEmpty()
                    && d.groups().get(d.groups().size() - 1).label().equals(group)) {
                return true;
            }
        }
        return false;
    }

    private boolean lexiconNames(String key, FieldDescriptor c) {
        for (Lexicon.Term t : fields ? locator.lexicon().field(c.path()) : locator.lexicon().column(table, c)) {
            if (t.key().equals(key) || t.core().equals(Wording.core(key))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ rows

    /**
     * Whether a line above a header holds, within the table's width, a table's title or a field's label: the band of
     * group headers stops below it (what stands beside a question above the table is that question's answer).
     */
    private boolean namesAnotherBlock(Placement p, boolean across, int major, int minMinor, int maxMinor) {
        boolean other = false;
        // and just left of it: 4 | VPN装置が存在するか | はい above a table under 4-1 (the はい is the question's answer)
        for (int m = Math.max(0, minMinor - 2); m <= maxMinor; m++) {
            Cell c = at(p, across, major, m);
            for (Placement.Hit h : p.at(c.row(), c.col())) {
                Lexicon.Kind k = h.term().kind();
                if (k == Lexicon.Kind.COLUMN && table != null && h.term().table().path().equals(table.path())) {
                    return false; // a header of this table's own columns (merged over two lines): part of the band
                }
                if (h.score() >= 86 && (k == Lexicon.Kind.TABLE || k == Lexicon.Kind.TITLE || (k == Lexicon.Kind.FIELD && !fields))) {
                    other = true;
                }
            }
        }
        return other;
    }

    private void readRows(Layout l, int end, List<Object> rows, RowHook hook, boolean completes) {
        Placement p = l.sheet;
        boolean across = l.across;
        ReadState state = locator.state();
        p.consumedAll(l.headerCells);
        if (!l.inline && !across && !fields) {
            shiftOverHeaderGap(l);
        }
        // the header band: the header line and the lines right above it that hold something within the table's
        // width (a blank line ends it: what stands above that is another block's, e.g. a field's value)
        int bandMin = Integer.MAX_VALUE;
        int bandMax = -1;
        for (Place pl : l.places.values()) {
            bandMin = Math.min(bandMin, pl.first());
            bandMax = Math.max(bandMax, pl.at >= 0 ? pl.at : pl.optionAt[pl.optionAt.length - 1]);
        }
        int top = l.line;
        while (!l.inline && top > Math.max(0, l.line - 2) && !lineBlank(p, across, top - 1, bandMin, bandMax)
                && (isChecklist() || !namesAnotherBlock(p, across, top - 1, bandMin, bandMax))) {
            top--;
        }
        for (Place pl : l.places.values()) { // the group headers over the columns (1回目, 調査希望) are the table's
            int[] at = pl.at >= 0 ? new int[] {pl.at} : pl.optionAt;
            for (int a : at) {
                for (int major = top; major < l.firstData; major++) {
                    Cell h = at(p, across, major, a);
                    boolean otherLabel = false;
                    for (Placement.Hit hit : p.at(h.row(), h.col())) {
                        otherLabel |= hit.term().kind() == Lexicon.Kind.FIELD || hit.term().kind() == Lexicon.Kind.GROUP;
                    }
                    if (!h.isBlank() && !otherLabel && major(h, across) >= l.line - 2) {
                        p.consume(h);
                    }
                }
            }
        }
        // origins: each column at its line, in the order of the columns' paths
        List<Place> plan = new ArrayList<>(l.places.values());
        plan.sort(Comparator.comparing(pl -> pl.field.path()));
        List<String> suffixes = new ArrayList<>();
        int[] places = new int[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            suffixes.add("." + plan.get(i).field.path());
            places[i] = plan.get(i).first();
        }
        Origins.Table origins = fields ? null : state.origins.table(table.path(), p.view.name(), suffixes, places, across);
        int minMinor = Integer.MAX_VALUE;
        int maxMinor = 0;
        for (Place pl : plan) {
            minMinor = Math.min(minMinor, pl.first());
            int last = pl.at >= 0 ? pl.at : pl.optionAt[pl.optionAt.length - 1];
            maxMinor = Math.max(maxMinor, last);
        }
        int lastMajor = Math.min(Math.min(end, l.lastData), across ? p.view.lastColumn() : p.view.lastRow());
        if (!l.inline) { // the header of the rows' own numbers (No, No., #, 番号) left of the first column
            for (int m = Math.max(0, minMinor - 2); m < minMinor; m++) {
                Cell c = at(p, across, l.line, m);
                if (c.type() == CellType.STRING && ROW_NUMBER_HEADERS.contains(p.view.key(c.text()))) {
                    p.consume(c);
                }
            }
        }
        Stacked stacked = l.inline || fields ? null : stacked(p, across, l.firstData, lastMajor, minMinor, maxMinor, plan);
        List<Band> bands = hook == null ? List.of() : deviceBands(l, plan);
        Rows pass = new Rows(l, rows, hook, completes, plan, origins, minMinor, maxMinor, stacked, bands);
        for (int major = l.firstData; major <= lastMajor; major++) {
            if (!pass.line(major)) {
                break;
            }
        }
        if (pass.lastRead >= l.firstData) {
            p.dataAreas.add(across ? new int[] {minMinor, maxMinor, l.firstData, pass.lastRead}
                    : new int[] {l.firstData, pass.lastRead, minMinor, maxMinor});
        }
    }

    /**
     * One reading of a layout's data lines, a line at a time, in order ({@link #line}): what a line leaves for the
     * lines after it (the blank run, the last row's number, a heading's choices, the row above for 〃) is kept here.
     * Each line is looked at once: whether it is a row at all ({@link #line}), then its cells converted and handed to
     * their columns ({@link #row}). Two methods of moderate size rather than one loop of 4.7 KB of bytecode, which the
     * JIT's first tier refuses ("out of virtual registers"): read in the interpreter, it was 13% of a small read.
     */
    private final class Rows {
        final Layout l;
        final Placement p;
        final boolean across;
        /** The read's state; in fields mode, each row's own (a submission each). */
        ReadState state;
        final CellConverter converter;
        final List<Object> rows;
        final RowHook hook;
        final boolean completes;
        final List<Place> plan;
        final Origins.Table origins;
        final int minMinor;
        final int maxMinor;
        final Stacked stacked;
        final List<Band> bands;
        int blankRun = 0;
        int lastRead;
        final Map<FieldDescriptor, Cell> previousRow = new IdentityHashMap<>();
        int lastNo = 0; // the number of the last row read (1, 2, …), 0 if none
        Map<String, Object> heading = null; // the choices a heading row gives the sub-rows numbered under it
        String headingNo = "";
        List<Cell> bandRows = null;

        Rows(Layout l, List<Object> rows, RowHook hook, boolean completes, List<Place> plan, Origins.Table origins,
             int minMinor, int maxMinor, Stacked stacked, List<Band> bands) {
            this.l = l;
            this.p = l.sheet;
            this.across = l.across;
            this.state = locator.state();
            this.converter = locator.converter();
            this.rows = rows;
            this.hook = hook;
            this.completes = completes;
            this.plan = plan;
            this.origins = origins;
            this.minMinor = minMinor;
            this.maxMinor = maxMinor;
            this.stacked = stacked;
            this.bands = bands;
            this.lastRead = l.firstData - 1;
        }

        /** Looks at the data line {@code major}: passed over, or read as a row; false where the table ends. */
        boolean line(int major) {
            if (!l.inline && foreign(p, across, major, minMinor, maxMinor, blankRun > 0)) {
                if (!fields && !isChecklist() && isHeading(p, across, major, minMinor)
                        && groupHeadingInside(p, across, major, minMinor, lastRead >= l.firstData, lastNo)) {
                    // 【20～99床】 支援枠 4 merged across a hospital list, numbering going on under it (hs-w14-b): a
                    // heading over a group of the table's rows, not the end of the table
                    for (int m = Math.max(0, minMinor - 2); m <= maxMinor; m++) {
                        Cell c = at(p, across, major, m);
                        if (!c.isBlank()) {
                            p.consume(c);
                        }
                    }
                    return true;
                }
                return false;
            }
            if (blankRun > 0 && !l.inline && signOff(p, across, major, plan)) {
                return false; // 確認者（事務長） under an option column after a blank line: a sign-off, not a row
            }
            if (!l.inline && endMarker(p, across, major, minMinor, maxMinor, blankRun > 0)) {
                p.consume(endMarkerCell);
                return false; // 以下余白: the form says its list ends here
            }
            if (!l.inline && rowsSoFar(rows) == 0 && questionNumbers(p, across, major, plan)) {
                for (Place pl : plan) { // Q2 | Q3 | Q9-1 under the questions: the header's numbering, not a row (bv-w11-b)
                    Cell c = cellOf(p, across, major, pl);
                    if (!c.isBlank()) {
                        p.consume(c);
                    }
                }
                return true;
            }
            if (blankRun > 0 && !l.inline && countLine(p, across, major, minMinor, maxMinor)) {
                return false; // 提出する書類数 | =COUNTIF(…) after a blank line: a count under the rows, not a row
            }
            if (stacked != null && stacked.continues(p, across, major)) {
                // a later line of a record written over several lines (目標日, 2回目, 備考 under 1回目): read with the
                // record's first line
                return true;
            }
            boolean blank = true;
            boolean own = false; // a text of this line's own, not shown from a cell merged down from a line above
            List<Cell> slots = null;
            for (Place pl : plan) {
                Cell c = cellOf(p, across, major, pl);
                if (!(l.inline ? inlineValue(c) : c).isBlank()) {
                    blank = false;
                    if (!l.inline && isSlotNumber(c) && major(c, across) == major) {
                        slots = slots == null ? new ArrayList<>(2) : slots;
                        slots.add(c);
                    } else if (major(c, across) == major) {
                        own = true;
                    }
                }
            }
            if (!blank && !own && slots != null) {
                // ④ alone in 備考 on the last line of a document's sub-rows, beside the document's name merged down
                // over them (ins-w30-b): the template's unused numbered slot, no row
                blank = true;
                slots.forEach(p::consume);
            }
            for (Band b : bands) {
                for (int col : b.at.values()) {
                    blank &= at(p, across, major, col).isBlank();
                }
            }
            if (blank) {
                if (l.inline) { // a row of labels alone (担当者3 所属・役職： | 氏名：): the table's empty row
                    for (Place pl : plan) {
                        Cell c = cellOf(p, across, major, pl);
                        if (!c.isBlank()) {
                            p.consume(c);
                        }
                    }
                }
                if (hook != null && isChecklist() && !l.inline) {
                    // a heading alone in the wording's column (〔サーバ〕, 〔体制構築〕): what it names applies to the rows
                    // under it
                    List<Cell> others = lineCells(p, across, major, plan, across ? l.firstHeaderMinor() : 0);
                    if (!others.isEmpty()) {
                        hook.accept(new HashMap<>(), others, rows.size());
                    }
                }
                if (++blankRun >= BLANK_RUN) {
                    return false;
                }
                Cell name = at(p, across, major, Math.max(0, minMinor - 1)); // an empty row the template numbered
                if (!name.isBlank() && name.text().strip().length() <= 8 && blankRun <= 12) {
                    p.consume(name);
                }
                return true;
            }
            blankRun = 0;
            if (!l.inline && noteOnly(p, across, major, plan)) {
                return true; // a note under the table (※国から示された支援枠), not a row
            }
            Cell rowName = l.inline ? null : rowNameOnly(p, across, major, plan);
            if (rowName != null) {
                p.consume(rowName); // 担当者2 alone above its own header and values: the next row's name, not a row
                return true;
            }
            // the row's own name (回線1, No.1, 1) left of the first column belongs to the table
            String ownName = "";
            for (int m = Math.max(0, minMinor - 2); m < minMinor; m++) {
                Cell name = at(p, across, major, m);
                // (a cell merged in from before the table's first row is no row's name: 広島県 at A4:B4 over a quota
                // table turned sideways, whose first row is column B — hs-w17-b)
                if (!name.isBlank() && name.text().strip().length() <= 12 && !fieldOrItsValue(p, name)
                        && major(name, across) >= l.firstData) {
                    p.consume(name);
                    if (ownName.isEmpty()) {
                        ownName = p.view.key(name.text());
                    }
                }
            }
            String rowNo = rowNumber(p, across, major, minMinor);
            if (isRowNo(rowNo)) {
                lastNo = Integer.parseInt(rowNo);
            }
            if (heading != null && !(rowNo.startsWith(headingNo + "-") && rowNo.length() > headingNo.length() + 1)) {
                heading = null;
            }
            if (!l.inline && !fields && !rowNo.isEmpty() && headingAcross(p, across, major, plan)
                    && rowNumber(p, across, major + 1, minMinor).startsWith(rowNo + "-")) {
                // 2 | 「チェックリスト（事業者確認用）」を提出しますか。 merged across the table, then 2-1 | 事業者① | ■提出する …
                // (ins-w13-b): a heading whose choices the sub-rows numbered under it take, not a row of its own
                heading = new HashMap<>();
                headingNo = rowNo;
                for (Place pl : plan) {
                    Cell c = cellOf(p, across, major, pl);
                    if (pl.at >= 0 && !c.isBlank() && pl.field.kind() == ValueKind.CHOICE) {
                        Converted cv = converter.convert(c, pl.field);
                        if (!cv.failed() && cv.value().isPresent()) {
                            heading.put(pl.field.path(), cv.value().get());
                        }
                    }
                    if (!c.isBlank()) {
                        p.consume(c);
                    }
                }
                return true;
            }
            CellRange spread = l.inline || fields || hook != null ? null : regionAcross(p, across, major, plan);
            if (spread != null && plan.stream().noneMatch(pl -> pl.at == (across ? spread.firstRow() : spread.firstCol()))) {
                // one cell merged across the table from left of its columns, nothing else on the line: words under
                // the table (申込内容の確認 確認者（フルネーム）：長谷川 亮 over B17:D17 under the contacts, lds-w2-b), no row;
                // left for the fields to read
                return true;
            }
            if (isExample(p, across, major, minMinor, plan) || isTotal(p, across, major, minMinor, plan)) {
                for (int m = Math.max(0, minMinor - 2); m <= maxMinor; m++) { // passed over, on purpose
                    Cell c = at(p, across, major, m);
                    if (!c.isBlank()) {
                        p.consume(c);
                    }
                }
                return true;
            }
            row(major, ownName);
            return true;
        }

        /** Reads the line {@code major} as a row: each cell converted once and handed to its column. */
        /**
         * A date left blank in its own column, written with its group's answer instead: {@code はい（8/27）} under 2回目
         * beside an empty 確認日 (clh-w19-b) — seed 001's one-cell answer and date, in a layout that has a date column.
         * Only a blank date cell is filled so, and only from a choice of the same group read from its own column.
         */
        private void datesWithTheirAnswers(int major, Map<String, Object> row) {
            for (Place pl : plan) {
                FieldDescriptor f = pl.field;
                if (pl.at < 0 || pl.shared || f.kind() != ValueKind.DATE || f.groups().isEmpty()
                        || row.containsKey(f.path()) || !at(p, across, major, pl.at).isBlank()) {
                    continue;
                }
                for (Place other : plan) {
                    FieldDescriptor o = other.field;
                    if (other == pl || other.at < 0 || o.kind() != ValueKind.CHOICE
                            || !row.containsKey(o.path()) || !o.groups().equals(f.groups())) {
                        continue;
                    }
                    Cell answer = at(p, across, major, other.at);
                    String t = answer.type() == CellType.STRING ? answer.text() : "";
                    if (t.indexOf('(') >= 0 || t.indexOf('（') >= 0) {
                        Converted date = converter.convert(answer, f);
                        if (!date.failed() && date.value().isPresent()) {
                            row.put(f.path(), date.value().get());
                        }
                    }
                    break;
                }
            }
        }

        private void row(int major, String ownName) {
            int index = fields ? submissions.size() : rows.size();
            if (fields) {
                state = new ReadState(state.formId()); // each row is a submission of its own
            }
            Map<String, Object> row = new HashMap<>(plan.size() * 4 / 3 + 2);
            int completed = completes && !ownName.isEmpty() ? rowNames.indexOf(ownName) : -1;
            if (completed >= 0 && rowNames.lastIndexOf(ownName) == completed) {
                index = completed; // the second block of a table split in two: the row of that name, completed
                row = rowMaps.get(completed);
            } else {
                completed = -1;
            }
            int findingsBefore = state.findings.size();
            // one cell merged across the line is a heading's words, shown in every column it covers: they are the
            // value of the column they start in only (前提（「いいえ」の場合、以降の項目は記入不要） across a checklist
            // was read as the answer いいえ, clh-w23-a)
            CellRange spread = l.inline ? null : regionAcross(p, across, major, plan);
            for (Place pl : plan) {
                FieldDescriptor f = pl.field;
                if (pl.at < 0) {
                    readOptions(p, across, major, pl, row, index, state);
                    continue;
                }
                Cell cell = at(p, across, major, pl.at);
                if (spread != null && pl.at != (across ? spread.firstRow() : spread.firstCol()) && !cell.isBlank()) {
                    continue;
                }
                if (l.inline) {
                    cell = inlineValue(cell);
                }
                if (f.kind() == ValueKind.HOSPITAL_CODE && pl.spanEnd > pl.at) {
                    cell = codeInParts(p, across, major, pl, cell);
                }
                if (pl.part != null && cell.type() == CellType.STRING) {
                    // one part of an answer written 佐藤 花子／総務課／0857-26-7111 under 氏名／所属／連絡先; none if the
                    // parts do not match the label's
                    String[] parts = SLASH_PARTS.split(LabelText.nfkc(cell.text()).strip());
                    if (parts.length == 1 && pl.part[1] == 2) { // 情報システム室 主任 ↵ 真鍋 彩花: one part a line
                        parts = LINE_PARTS.split(LabelText.nfkc(cell.text()).strip());
                    }
                    cell = parts.length == pl.part[1] ? Cell.ofText(cell.row(), cell.col(), parts[pl.part[0]].strip())
                            : Cell.ofText(cell.row(), cell.col(), "");
                }
                boolean ditto = cell.type() == CellType.STRING && mayBeDitto(cell.text()); // else no ditto test can hold
                String replaced = ditto && f.kind() == ValueKind.CHOICE
                        ? dittoReplacingBracket(cell.text(), previousRow.get(pl.field)) : null;
                if (replaced != null && converter.convert(Cell.ofText(cell.row(), cell.col(), replaced), f)
                        .value().isPresent()) {
                    // 同上（事業者確認用） under チェックリスト（医療機関確認用）: the row above's, its bracket replaced
                    cell = Cell.ofText(cell.row(), cell.col(), replaced);
                    previousRow.put(pl.field, cell);
                } else if (ditto && (isDitto(cell.text())
                        || f.kind() == ValueKind.CHOICE && dittoWithQualifier(cell.text()))) {
                    Cell previous = previousRow.get(pl.field);
                    cell = previous != null ? previous : cell; // 〃: the same as the row above
                } else if (!cell.isBlank()) {
                    previousRow.put(pl.field, cell);
                }
                Converted converted = converter.convert(cell, f);
                if (heading != null && heading.containsKey(f.path())
                        && (converted.failed() || converted.value().isEmpty())) {
                    row.put(f.path(), heading.get(f.path())); // 事業者① under 2: the heading's document
                    continue;
                }
                if (converted.failed()) {
                    CellOrigin origin = new CellOrigin(p.view.name(),
                            across ? CellRef.a1(pl.at, major) : CellRef.a1(major, pl.at));
                    Locator.addProblem(state, fields ? f.path() : table.path() + "[" + index + "]." + f.path(), f, origin, converted);
                } else if (converted.value().isPresent()) {
                    row.put(f.path(), converted.value().get());
                }
            }
            datesWithTheirAnswers(major, row);
            Map<String, Cell> stackedCells = stacked == null ? Map.of()
                    : stacked.read(p, across, major, plan, row, index, state, converter);
            Set<FieldDescriptor> ownValues = l.constants.isEmpty() ? Set.of() // no table made per row for nothing
                    : java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<FieldDescriptor, Cell> k : l.constants.entrySet()) {
                FieldDescriptor f = k.getKey();
                if (row.containsKey(f.path())) {
                    ownValues.add(f); // the row's own value is not replaced by the one written once above the table
                    continue;
                }
                Converted converted = converter.convert(k.getValue(), f);
                if (converted.failed()) {
                    Locator.addProblem(state, table.path() + "[" + index + "]." + f.path(), f,
                            new CellOrigin(p.view.name(), k.getValue().a1()), converted);
                } else if (converted.value().isPresent()) {
                    row.put(f.path(), converted.value().get());
                }
            }
            if (hook != null) {
                List<Cell> others = lineCells(p, across, major, plan, across ? l.firstHeaderMinor() : 0);
                if (stacked != null) {
                    others.removeIf(c -> minor(c, across) == stacked.minor);
                }
                List<Cell> lineOthers = List.copyOf(others);
                if (!bands.isEmpty()) {
                    others.add(bands.get(0).classCell); // the device class of the columns read (サーバ)
                }
                int hookFindings = state.findings.size();
                boolean accepted = hook.accept(row, others, index);
                for (Cell c : others) { // an item's wording, a section heading: read as what identifies the row
                    if (Placement.pos(c.row(), c.col()) != 0 || c.row() == 0) {
                        p.consume(c);
                    }
                }
                if (!accepted) { // the row's values are not read, but what the hook says of the row is kept
                    state.findings.subList(findingsBefore, hookFindings).clear();
                    readBands(l, bands, major, plan, row, lineOthers, rows, hook, origins, state, converter);
                    return;
                }
                if (!bands.isEmpty()) {
                    bandRows = lineOthers;
                }
            }
            if (fields) {
                Map<String, CellOrigin> rowOrigins = new java.util.LinkedHashMap<>();
                for (Place pl : plan) {
                    Cell c = cellOf(p, across, major, pl);
                    if (!c.isBlank()) {
                        p.consume(c);
                    }
                    rowOrigins.put(pl.field.path(), new CellOrigin(p.view.name(),
                            across ? CellRef.a1(pl.first(), major) : CellRef.a1(major, pl.first())));
                    if (locator.explain().records()) {
                        locator.explain().record(pl.field.path(), p.view.name(), rowOrigins.get(pl.field.path()).cell(),
                                String.valueOf(valueText(row.get(pl.field.path()))), "column of a sheet with one submission per row");
                    }
                }
                submissions.add(new SubmissionRow(row, rowOrigins, List.copyOf(state.findings), major));
                lastRead = major;
                return;
            }
            List<Map.Entry<String, Cell>> marks = null;
            for (Place pl : plan) {
                Cell c = cellOf(p, across, major, pl);
                if (!c.isBlank()) {
                    p.consume(c);
                }
                // a choice read from one column per option is where its mark is (○ under 未作成), not the first option's
                // column: a finding on it, and the annotated copy's comment, point at the mark (D-96)
                boolean marked = pl.at < 0 && !c.isBlank() && minor(c, across) != pl.optionAt[0];
                if (marked) {
                    if (marks == null) {
                        marks = new ArrayList<>(2);
                    }
                    marks.add(Map.entry(table.path() + "[" + index + "]." + pl.field.path(), c));
                }
                if (locator.explain().records()) {
                    locator.explain().record(table.path() + "[" + index + "]." + pl.field.path(), p.view.name(),
                            marked ? c.a1() : across ? CellRef.a1(pl.first(), major) : CellRef.a1(major, pl.first()),
                            String.valueOf(valueText(row.get(pl.field.path()))),
                            l.inline ? "the column's label and value in one cell"
                                    : "table column " + (pl.at >= 0 ? "" : "(one column per option) ") + "under its header");
                }
            }
            origins.add(index, major);
            if (marks != null) {
                for (Map.Entry<String, Cell> m : marks) {
                    state.origins.cell(m.getKey(), new CellOrigin(p.view.name(), m.getValue().a1()));
                }
            }
            for (Map.Entry<String, Cell> k : stackedCells.entrySet()) {
                String path = table.path() + "[" + index + "]." + k.getKey();
                state.origins.cell(path, new CellOrigin(p.view.name(), k.getValue().a1()));
                if (locator.explain().records()) {
                    locator.explain().record(path, p.view.name(), k.getValue().a1(),
                            String.valueOf(valueText(row.get(k.getKey()))), "a line of the record named by its sub-label");
                }
            }
            for (Map.Entry<FieldDescriptor, Cell> k : l.constants.entrySet()) {
                if (ownValues.contains(k.getKey())) {
                    continue;
                }
                String path = table.path() + "[" + index + "]." + k.getKey().path();
                p.consume(k.getValue());
                state.origins.cell(path, new CellOrigin(p.view.name(), k.getValue().a1()));
                if (locator.explain().records()) {
                    locator.explain().record(path, p.view.name(), k.getValue().a1(),
                            String.valueOf(valueText(row.get(k.getKey().path()))), "written once above the table's header");
                }
            }
            if (completed >= 0) {
                rows.set(completed, RecordFactory.build(table.rowType(), "", row));
            } else {
                rowMaps.add(row);
                rowNames.add(ownName);
                rows.add(RecordFactory.build(table.rowType(), "", row));
            }
            lastRead = major;
            if (bandRows != null) {
                readBands(l, bands, major, plan, row, bandRows, rows, hook, origins, state, converter);
                bandRows = null;
            }
        }
    }

    /**
     * One device class's columns of a checklist laid out with the device classes as column groups (確認項目 | サーバ
     * 1回目・目標日・2回目 | 端末PC 1回目・目標日・2回目 | ネットワーク機器 …): for each placed column in the first group,
     * the column of this group under the same header.
     */
    private static final class Band {
        final Cell classCell;
        final Map<Place, Integer> at;

        Band(Cell classCell, Map<Place, Integer> at) {
            this.classCell = classCell;
            this.at = at;
        }
    }

    /**
     * The device classes of a checklist written as column groups, the group of the placed columns first; empty when
     * the table has no such groups (two or more device-class headers above the header line, each over the same column
     * headers as the placed columns').
     */
    private List<Band> deviceBands(Layout l, List<Place> plan) {
        if (!isChecklist() || l.inline || l.across || fields) {
            return List.of();
        }
        Placement p = l.sheet;
        List<CellRange> groups = new ArrayList<>();
        List<Cell> groupCells = new ArrayList<>();
        for (int row = Math.max(0, l.line - 2); row < l.line; row++) {
            for (int col = 0; col <= p.view.lastColumn(); col++) {
                Cell c = at(p, false, row, col);
                if (c.type() != CellType.STRING || c.row() != row || c.col() != col) {
                    continue;
                }
                String key = LabelText.key(c.text());
                if (key.length() <= 14 && ChecklistRows.deviceClass(key) != null) {
                    groups.add(p.view.regionOf(c));
                    groupCells.add(c);
                }
            }
        }
        if (groups.size() < 2) {
            return List.of();
        }
        int first = -1;
        for (int g = 0; g < groups.size() && first < 0; g++) {
            for (Place pl : plan) {
                if (pl.at >= groups.get(g).firstCol() && pl.at <= groups.get(g).lastCol()) {
                    first = g;
                    break;
                }
            }
        }
        if (first < 0) {
            return List.of();
        }
        CellRange r0 = groups.get(first);
        List<Band> bands = new ArrayList<>();
        bands.add(new Band(groupCells.get(first), Map.of()));
        for (int g = 0; g < groups.size(); g++) {
            CellRange r = groups.get(g);
            if (g == first || r.lastCol() - r.firstCol() != r0.lastCol() - r0.firstCol()) {
                continue;
            }
            Map<Place, Integer> at = new IdentityHashMap<>();
            for (Place pl : plan) {
                if (pl.at < r0.firstCol() || pl.at > r0.lastCol()) {
                    continue;
                }
                int target = r.firstCol() + (pl.at - r0.firstCol());
                String own = LabelText.key(at(p, false, l.line, pl.at).text());
                if (!own.isEmpty() && own.equals(LabelText.key(at(p, false, l.line, target).text()))) {
                    at.put(pl, target);
                    p.consume(at(p, false, l.line, target));
                }
            }
            if (!at.isEmpty()) {
                p.consume(groupCells.get(g));
                bands.add(new Band(groupCells.get(g), at));
            }
        }
        return bands.size() > 1 ? bands : List.of();
    }

    /**
     * Reads the line's entries of the device classes after the first (端末PC, ネットワーク機器): their columns, the
     * columns shared by all classes (備考) and the line's wording, each entry identified by the hook as any row.
     */
    private void readBands(Layout l, List<Band> bands, int major, List<Place> plan, Map<String, Object> mainRow,
                           List<Cell> lineOthers, List<Object> rows, RowHook hook, Origins.Table origins,
                           ReadState state, CellConverter converter) {
        Placement p = l.sheet;
        for (int b = 1; b < bands.size(); b++) {
            Band band = bands.get(b);
            Map<String, Object> row = new HashMap<>();
            Map<String, Cell> cells = new java.util.LinkedHashMap<>();
            int index = rows.size();
            int findingsBefore = state.findings.size();
            for (Place pl : plan) {
                Integer col = band.at.get(pl);
                if (col == null) {
                    // a column outside the classes' groups (備考) is written once for every class; the row's own
                    // number, if any, is the first class's item's, never another's
                    Object shared = mainRow.get(pl.field.path());
                    if (shared != null && pl.at >= 0 && !inBand(l, bands.get(0), pl.at)
                            && !pl.field.path().equals("itemId")) {
                        row.put(pl.field.path(), shared);
                    }
                    continue;
                }
                Cell c = at(p, false, major, col);
                Converted converted = converter.convert(c, pl.field);
                if (converted.failed()) {
                    Locator.addProblem(state, table.path() + "[" + index + "]." + pl.field.path(), pl.field,
                            new CellOrigin(p.view.name(), c.a1()), converted);
                } else if (converted.value().isPresent()) {
                    row.put(pl.field.path(), converted.value().get());
                    cells.put(pl.field.path(), c);
                }
            }
            List<Cell> others = new ArrayList<>(lineOthers);
            others.add(band.classCell);
            int hookFindings = state.findings.size();
            if (!hook.accept(row, others, index)) {
                state.findings.subList(findingsBefore, hookFindings).clear();
                continue;
            }
            origins.add(index, major);
            for (Map.Entry<String, Cell> k : cells.entrySet()) {
                String path = table.path() + "[" + index + "]." + k.getKey();
                p.consume(k.getValue());
                state.origins.cell(path, new CellOrigin(p.view.name(), k.getValue().a1()));
                if (locator.explain().records()) {
                    locator.explain().record(path, p.view.name(), k.getValue().a1(),
                            String.valueOf(valueText(row.get(k.getKey()))),
                            "table column under its header, in the device class's columns ("
                                    + band.classCell.text().strip() + ")");
                }
            }
            rowMaps.add(row);
            rowNames.add("");
            rows.add(RecordFactory.build(table.rowType(), "", row));
        }
    }

    /** Whether a column lies under the header of a band's device class. */
    private static boolean inBand(Layout l, Band band, int col) {
        CellRange r = l.sheet.view.regionOf(band.classCell);
        return col >= r.firstCol() && col <= r.lastCol();
    }

    /**
     * A record written over several lines, each named by a sub-label in a column of its own (No. | 設問 | 1回目 /
     * 目標日 / 2回目 / 備考 | 回答 | 日付): a sub-label naming a group (2回目) reads the line's cells as the columns of
     * that group; one naming a column the header lacks (目標日, 備考) reads the line's first filled cell as it.
     */
    private final class Stacked {
        final int minor;
        /** The key of the sub-label that starts a record (1回目). */
        final String start;
        final Map<String, FieldDescriptor> fieldLabels;
        final Map<String, String> groupLabels;

        Stacked(int minor, String start, Map<String, FieldDescriptor> fieldLabels, Map<String, String> groupLabels) {
            this.minor = minor;
            this.start = start;
            this.fieldLabels = fieldLabels;
            this.groupLabels = groupLabels;
        }

        private String subLabel(Placement p, boolean across, int major) {
            Cell c = at(p, across, major, minor);
            if (c.type() != CellType.STRING) {
                return null;
            }
            String k = LabelText.key(c.text());
            return fieldLabels.containsKey(k) || groupLabels.containsKey(k) ? k : null;
        }

        /** Whether the line is a later line of a record (its sub-label is one, and not the record's first). */
        boolean continues(Placement p, boolean across, int major) {
            String k = subLabel(p, across, major);
            if (k != null && !k.equals(start)) {
                p.consume(at(p, across, major, minor));
                return true;
            }
            return false;
        }

        /** Reads the record's lines from {@code first} on into {@code row}; the cells each path was read from. */
        Map<String, Cell> read(Placement p, boolean across, int first, List<Place> plan, Map<String, Object> row,
                               int index, ReadState state, CellConverter converter) {
            Map<String, Cell> cells = new java.util.LinkedHashMap<>();
            String k0 = subLabel(p, across, first);
            if (k0 != null) {
                p.consume(at(p, across, first, minor));
            }
            int last = across ? p.view.lastColumn() : p.view.lastRow();
            for (int m = first + 1; m <= Math.min(last, first + 12); m++) {
                String k = subLabel(p, across, m);
                if (k == null || k.equals(start)) {
                    break;
                }
                String group = groupLabels.get(k);
                if (group != null) {
                    for (Place pl : plan) {
                        FieldDescriptor f = pl.at < 0 ? null : inGroup(pl.field, group);
                        if (f != null) {
                            put(p, at(p, across, m, pl.at), f, row, cells, index, state, converter);
                        }
                    }
                    continue;
                }
                FieldDescriptor f = fieldLabels.get(k);
                for (Place pl : plan) { // right of the sub-label, on this line (not a cell merged over the record)
                    Cell c = pl.at <= minor ? Cell.BLANK : at(p, across, m, pl.at);
                    if (!c.isBlank() && major(c, across) == m) {
                        put(p, c, f, row, cells, index, state, converter);
                        break;
                    }
                }
            }
            return cells;
        }

        private void put(Placement p, Cell cell, FieldDescriptor f, Map<String, Object> row, Map<String, Cell> cells,
                         int index, ReadState state, CellConverter converter) {
            if (cell.isBlank()) {
                return;
            }
            p.consume(cell);
            Converted converted = converter.convert(cell, f);
            cells.put(f.path(), cell);
            if (converted.failed()) {
                Locator.addProblem(state, table.path() + "[" + index + "]." + f.path(), f,
                        new CellOrigin(p.view.name(), cell.a1()), converted);
            } else if (converted.value().isPresent()) {
                row.put(f.path(), converted.value().get());
            }
        }

        /** The column of the table with {@code f}'s label under {@code group} (回答 under 2回目), or null. */
        private FieldDescriptor inGroup(FieldDescriptor f, String group) {
            for (FieldDescriptor c : columns) {
                if (!c.groups().isEmpty() && c.label().equals(f.label())
                        && c.groups().get(c.groups().size() - 1).label().equals(group)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * The column of sub-labels of records written over several lines, if the table has one: a column outside the
     * placed ones whose cells name, again and again, a group of the table's columns (1回目, 2回目) and columns the
     * header does not place (目標日, 備考); else null.
     */
    private Stacked stacked(Placement p, boolean across, int firstData, int lastMajor, int minMinor, int maxMinor,
                            List<Place> plan) {
        if (table == null) {
            return null;
        }
        Set<FieldDescriptor> placedFields = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Integer> placedAt = new HashSet<>();
        for (Place pl : plan) {
            placedFields.add(pl.field);
            if (pl.at >= 0) {
                placedAt.add(pl.at);
            }
        }
        Map<String, FieldDescriptor> fieldLabels = new HashMap<>();
        Map<String, String> groupLabels = new HashMap<>();
        for (FieldDescriptor c : columns) {
            if (!c.groups().isEmpty()) {
                FieldDescriptor.Group g = c.groups().get(c.groups().size() - 1);
                groupLabels.put(LabelText.key(g.label()), g.label());
                for (String a : g.aliases()) {
                    groupLabels.put(LabelText.key(a), g.label());
                }
            } else if (!placedFields.contains(c)) {
                fieldLabels.put(LabelText.key(c.label()), c);
                for (String a : c.aliases()) {
                    fieldLabels.put(LabelText.key(a), c);
                }
            }
        }
        if (fieldLabels.isEmpty() || groupLabels.isEmpty()) {
            return null;
        }
        int to = Math.min(lastMajor, firstData + 60);
        for (int m = Math.max(0, minMinor - 3); m <= maxMinor; m++) {
            if (placedAt.contains(m)) {
                continue;
            }
            String start = null;
            int starts = 0;
            int fieldsNamed = 0;
            for (int major = firstData; major <= to; major++) {
                Cell c = at(p, across, major, m);
                if (c.type() != CellType.STRING || c.isBlank()) {
                    continue;
                }
                String k = LabelText.key(c.text());
                if (groupLabels.containsKey(k) || fieldLabels.containsKey(k)) {
                    if (start == null) {
                        start = k;
                    }
                    if (k.equals(start)) {
                        starts++;
                    } else if (fieldLabels.containsKey(k)) {
                        fieldsNamed++;
                    }
                }
            }
            if (start != null && starts >= 2 && fieldsNamed >= 2) {
                return new Stacked(m, start, fieldLabels, groupLabels);
            }
        }
        return null;
    }

    /** Words that close a list on a printed form (以下余白: "blank below"). */
    private static final Set<String> END_MARKERS = Set.of("以下余白", "以下空白", "以上", "以下余白です");

    /**
     * A sentence about the table above it, alone on its line after a blank line: 上記のとおり、立入検査に係る関係書類の写しを
     * 提出します。 under a hospital's cover list (ins-w29-b). The list has ended; what follows (the date, 医療機関名：…) is
     * the cover letter's, not more rows. Our design: 上記 ("the above") names the table as finished.
     */
    private static boolean closingSentence(String text) {
        String t = text.strip();
        return t.startsWith("上記") && t.length() >= 8;
    }
    private Cell endMarkerCell = Cell.BLANK;

    /** Whether a line holds, alone in it, a word that closes a list on a printed form (以下余白). */
    private boolean endMarker(Placement p, boolean across, int major, int minMinor, int maxMinor, boolean afterBlank) {
        Cell marker = null;
        for (int m = Math.max(0, minMinor - 3); m <= maxMinor + 1; m++) {
            Cell c = at(p, across, major, m);
            if (c.isBlank() || marker != null && c.equals(marker)) {
                continue;
            }
            if (marker != null || c.type() != CellType.STRING
                    || !END_MARKERS.contains(p.view.coreOf(c.text()))
                    && !(afterBlank && closingSentence(c.text()))) {
                return false;
            }
            marker = c;
        }
        if (marker != null) {
            endMarkerCell = marker;
        }
        return marker != null;
    }

    /**
     * Whether a cell is a field's label or the value right of one (都道府県名 | 宮崎県 two rows above a quota table laid
     * out across, hs-w12-b): never a row's own name.
     */
    private static boolean fieldOrItsValue(Placement p, Cell c) {
        for (Placement.Hit h : p.at(c.row(), c.col())) {
            if (h.term().kind() == Lexicon.Kind.FIELD) {
                return true;
            }
        }
        if (c.col() == 0) {
            return false;
        }
        Cell left = p.view.shown(c.row(), c.col() - 1);
        for (Placement.Hit h : p.at(left.row(), left.col())) {
            if (h.term().kind() == Lexicon.Kind.FIELD && h.inline() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A header with one blank cell between its labels over values written without the gap (担当者 | 所属・役職 | 氏名 | (blank) |
     * 電話番号 | メールアドレス over 担当者1 | 情報システム室 | 三好 健太 | 087-… | k-miyoshi@… , lds-w14-a): when the blank-headed
     * column holds values and the last placed column holds none on any of the first rows, the columns right of the gap
     * are read one place to the left — each value under the label it was written for. Our design (blind wave 14).
     */
    private void shiftOverHeaderGap(Layout l) {
        Placement p = l.sheet;
        List<Place> placed = new ArrayList<>();
        for (Place pl : l.places.values()) {
            if (pl.at < 0 || pl.part != null || pl.shared) {
                return;
            }
            placed.add(pl);
        }
        if (placed.size() < 3) {
            return;
        }
        placed.sort(Comparator.comparingInt(pl -> pl.at));
        int gap = -1;
        for (int i = 1; i < placed.size(); i++) {
            int a = placed.get(i - 1).at;
            int b = placed.get(i).at;
            if (b - a == 2 && p.view.shown(l.line, a + 1).isBlank() && p.view.regionAt(l.line, a).lastCol() == a) {
                if (gap >= 0) {
                    return; // more than one gap: not this layout
                }
                gap = a + 1;
            } else if (b - a != 1) {
                return;
            }
        }
        if (gap < 0) {
            return;
        }
        int last = placed.get(placed.size() - 1).at;
        boolean gapFilled = false;
        int rows = 0;
        for (int r = l.firstData; r <= Math.min(p.view.lastRow(), l.firstData + 20); r++) {
            boolean any = false;
            for (Place pl : placed) {
                any |= !p.view.shown(r, pl.at).isBlank();
            }
            if (!any) {
                break;
            }
            rows++;
            if (!p.view.cell(r, last).isBlank()) {
                return; // the last labelled column has values of its own: the gap is a spacer
            }
            gapFilled |= !p.view.cell(r, gap).isBlank();
        }
        if (!gapFilled || rows == 0) {
            return;
        }
        for (Place pl : placed) {
            if (pl.at > gap) {
                pl.at--;
            }
        }
    }

    /**
     * Whether a heading line stands inside a table: right under the header before any row (the first group's heading),
     * or with the numbering of the rows going on under it (4 above it, 5 under it).
     */
    private static boolean groupHeadingInside(Placement p, boolean across, int major, int minMinor, boolean rowsRead,
                                              int lastNo) {
        String next = rowNumber(p, across, major + 1, minMinor);
        if (!ROW_NO.matcher(next).matches()) {
            return false;
        }
        int n = Integer.parseInt(next);
        return rowsRead ? n == lastNo + 1 : n == 1;
    }

    /** The row's number left of the table's first column (2, 2-1, ２－１), NFKC, dashes as {@code -}; "" if none. */
    private static String rowNumber(Placement p, boolean across, int major, int minMinor) {
        for (int m = Math.max(0, minMinor - 2); m < minMinor; m++) {
            Cell c = at(p, across, major, m);
            if (c.isBlank()) {
                continue;
            }
            return subRowNumber(LabelText.nfkc(c.text()).strip());
        }
        return "";
    }

    /**
     * Whether a line's only text in the table's columns is one cell merged across two or more of them (a heading over
     * the rows under it), nothing else filled.
     */
    private static boolean headingAcross(Placement p, boolean across, int major, List<Place> plan) {
        return regionAcross(p, across, major, plan) != null;
    }

    /** The one merged cell that is a line's only text across two or more of the table's columns, if there is one. */
    private static CellRange regionAcross(Placement p, boolean across, int major, List<Place> plan) {
        CellRange region = null;
        int covered = 0;
        for (Place pl : plan) {
            if (pl.at < 0) {
                continue;
            }
            Cell c = cellOf(p, across, major, pl);
            if (c.isBlank()) {
                continue;
            }
            CellRange r = p.view.regionOf(c);
            if (c2(r, across) == 0) {
                return null; // a cell of one column: most lines end here, at their first value
            }
            if (region == null) {
                region = r;
            } else if (!region.equals(r)) {
                return null;
            }
            covered++;
        }
        return region != null && covered >= 2 && c2(region, across) > 0 ? region : null;
    }

    private static int c2(CellRange r, boolean across) {
        return across ? r.lastRow() - r.firstRow() : r.lastCol() - r.firstCol();
    }

    /** A question's number as a header writes it under the question: Q2, Q9-1, Q14-2, Q9計, 問3, 設問4. */
    private static final java.util.regex.Pattern QUESTION_NUMBER =
            java.util.regex.Pattern.compile("(?:Q|問|設問)\\s*[0-9]{1,2}(?:\\s*[-‐−の]\\s*[0-9]{1,2})?(?:計|合計)?");

    private int rowsSoFar(List<Object> rows) {
        return fields ? submissions.size() : rows.size();
    }

    /**
     * Whether a line under the header holds nothing but question numbers in the table's columns (two at least): the
     * header's numbering line (項目 over Q2 | Q3 | … in a one-row-per-hospital sheet), not a row.
     */
    private static boolean questionNumbers(Placement p, boolean across, int major, List<Place> plan) {
        int numbers = 0;
        for (Place pl : plan) {
            Cell c = cellOf(p, across, major, pl);
            if (c.isBlank()) {
                continue;
            }
            if (c.type() != CellType.STRING || !QUESTION_NUMBER.matcher(LabelText.nfkc(c.text()).strip()).matches()) {
                return false;
            }
            numbers++;
        }
        return numbers >= 2;
    }

    /**
     * Whether a line is a count under the rows: one short label ending in 数 (提出する書類数, 病院数) and otherwise only
     * numbers or formulas (shown or not).
     */
    private static boolean countLine(Placement p, boolean across, int major, int minMinor, int maxMinor) {
        int labels = 0;
        for (int m = Math.max(0, minMinor - 3); m <= maxMinor + 1; m++) {
            Cell c = at(p, across, major, m);
            if (c.isBlank() || c.type() != CellType.STRING) {
                continue;
            }
            String core = p.view.coreOf(c.text());
            if (!core.endsWith("数") || core.length() > 10) {
                return false;
            }
            labels++;
        }
        return labels == 1;
    }

    /**
     * Whether a line holds, in the table's columns, only texts under option columns that are neither an option nor a
     * mark (確認者（事務長） under 提出しない): words written below the table, not a row's choice.
     */
    private static boolean signOff(Placement p, boolean across, int major, List<Place> plan) {
        boolean any = false;
        for (Place pl : plan) {
            if (pl.at >= 0) {
                if (!at(p, across, major, pl.at).isBlank()) {
                    return false;
                }
                continue;
            }
            for (int a : pl.optionAt) {
                Cell c = at(p, across, major, a);
                if (c.isBlank()) {
                    continue;
                }
                String t = c.text().strip();
                if (c.type() != CellType.STRING || t.length() < 3 || ChoiceText.isMark(t)
                        || optionValue(pl.field, t) != null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static Object valueText(Object v) {
        return v instanceof Choice c ? c.label() : v == null ? "" : v;
    }

    private static Cell cellOf(Placement p, boolean across, int major, Place pl) {
        if (pl.at >= 0) {
            return at(p, across, major, pl.at);
        }
        for (int a : pl.optionAt) {
            Cell c = at(p, across, major, a);
            if (!c.isBlank()) {
                return c;
            }
        }
        return Cell.BLANK;
    }

    private void readOptions(Placement p, boolean across, int major, Place pl, Map<String, Object> row, int index,
                             ReadState state) {
        List<Object> chosen = new ArrayList<>();
        Cell chosenCell = null;
        for (int k = 0; k < pl.optionAt.length; k++) {
            Cell c = at(p, across, major, pl.optionAt[k]);
            if (c.isBlank() || c.text().isBlank()) {
                continue;
            }
            boolean marked = c.type() != CellType.STRING || ChoiceText.isChosenMark(c.text())
                    || pl.optionValues[k].equals(option(p, pl.field, c.text()))
                    || (!ChoiceText.isMark(c.text()) && !c.text().strip().equals("×"));
            if (marked) {
                chosen.add(pl.optionValues[k]);
                chosenCell = c;
            }
        }
        if (chosen.size() == 1) {
            row.put(pl.field.path(), chosen.get(0));
        } else if (chosen.size() > 1) {
            state.finding(ReadCodes.SEVERAL_CHOSEN, Severity.ERROR, p.view.name(), chosenCell.a1(),
                    fields ? pl.field.path() : table.path() + "[" + index + "]." + pl.field.path(), pl.field.qualifiedLabel(),
                    pl.field.qualifiedLabel());
        }
    }

    /** The text cells of a record's line outside the table's columns (an item's wording, a 記入例 mark). */
    private static List<Cell> lineCells(Placement p, boolean across, int major, List<Place> plan, int fromMinor) {
        Set<Integer> placed = new HashSet<>();
        for (Place pl : plan) {
            if (pl.at >= 0) {
                placed.add(pl.at);
            } else {
                for (int a : pl.optionAt) {
                    placed.add(a);
                }
            }
        }
        List<Cell> out = new ArrayList<>();
        int lastMinor = across ? p.view.lastRow() : p.view.lastColumn();
        for (int m = fromMinor; m <= lastMinor; m++) {
            if (placed.contains(m)) {
                continue;
            }
            Cell c = at(p, across, major, m);
            if (c.type() == CellType.STRING && !c.text().isBlank()
                    && (out.isEmpty() || !out.get(out.size() - 1).equals(c))) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean isExample(Placement p, boolean across, int major, int minMinor, List<Place> plan) {
        for (int m = Math.max(0, minMinor - 3); m < minMinor; m++) {
            if (namesExample(p, at(p, across, major, m))) {
                return true;
            }
        }
        for (int m = 0; m < minMinor - 3; m++) {
            // 記入例 at the start of the line, far left of this table's columns (a one-row-per-hospital sheet whose
            // question-9 columns stand far right, bv-w11-b): the whole line is the example
            Cell c = at(p, across, major, m);
            if (!c.isBlank()) {
                if (namesExample(p, c)) {
                    return true;
                }
                break;
            }
        }
        for (Place pl : plan) {
            if (namesExample(p, cellOf(p, across, major, pl))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code isExampleText(key)} of a text cell, keyed only when its text holds 例 or the one other code point NFKC
     * maps to it (U+F9B5): every example wording holds 例 and keying only drops characters, so no other text names an
     * example (a test checks every code point). Most cells of a row are not keyed for it.
     */
    private static boolean namesExample(Placement p, Cell c) {
        if (c.type() != CellType.STRING) {
            return false;
        }
        String t = c.text();
        return (t.indexOf('例') >= 0 || t.indexOf('\uF9B5') >= 0) && isExampleText(p.view.key(t));
    }

    /**
     * Whether a choice's cell says "the same as above" and then what sets this row apart ({@code 〃　医事会計システム
     * （レセコン）} under チェックリスト（事業者確認用） 電子カルテシステム, ins-w12-b): the choice is the row above's.
     */
    static boolean dittoWithQualifier(String text) {
        if (!mayBeDitto(text)) {
            return false;
        }
        String s = LabelText.nfkc(text).strip();
        if (s.length() < 3) {
            return false;
        }
        String mark = s.startsWith("同上") ? "同上" : s.charAt(0) == '〃' || s.charAt(0) == '″' ? s.substring(0, 1) : null;
        return mark != null && Character.isWhitespace(s.charAt(mark.length()));
    }

    /** A qualifier in brackets at the start of a ditto's rest: 〃(医事会計). */
    private static final java.util.regex.Pattern OWN_BRACKET = java.util.regex.Pattern.compile("^\\(([^()]+)\\)");
    private static final java.util.regex.Pattern LAST_BRACKET = java.util.regex.Pattern.compile("\\(([^()]+)\\)(?!.*\\()");

    /**
     * A "the same as above" mark followed by a bracketed part ({@code 同上（事業者確認用）※事業者・システムごと} under
     * {@code チェックリスト（医療機関確認用）R6版}, ins-w15-b): the text above with its bracketed part replaced by this one's;
     * null when the text is no such ditto or the row above has no bracket.
     */
    static String dittoReplacingBracket(String text, Cell above) {
        if (!mayBeDitto(text)) {
            return null;
        }
        String s = LabelText.nfkc(text).strip();
        String mark = s.startsWith("同上") ? "同上" : !s.isEmpty() && (s.charAt(0) == '〃' || s.charAt(0) == '″')
                ? s.substring(0, 1) : null;
        if (mark == null || above == null || above.type() != CellType.STRING) {
            return null;
        }
        String rest = s.substring(mark.length()).strip();
        java.util.regex.Matcher own = OWN_BRACKET.matcher(rest);
        if (!own.find()) {
            return null;
        }
        String aboveText = LabelText.nfkc(above.text());
        java.util.regex.Matcher last = LAST_BRACKET.matcher(aboveText);
        if (!last.find()) {
            return null;
        }
        return aboveText.substring(0, last.start()) + "(" + own.group(1) + ")" + aboveText.substring(last.end());
    }

    /** 〃 and 同上: the same as the line above. */
    static boolean isDitto(String text) {
        if (!mayBeDitto(text)) {
            return false;
        }
        String s = LabelText.nfkc(text).strip();
        return s.equals("〃") || s.equals("″") || s.equals("同上") || s.equals("\"") || s.equals("々");
    }

    /**
     * The characters "the same as above" is written with (〃 ″ 同上 " 々) and the one other NFKC maps to one of them
     * (＂, U+FF02); 上 is not needed, 同上 holds 同. Every ditto test ({@link #isDitto}, {@link #dittoWithQualifier},
     * {@link #dittoReplacingBracket}) looks for them in the text's NFKC form: a text holding none of them is no ditto,
     * and is not normalised for it (a test checks every code point).
     */
    static final String DITTO_CHARS = "〃″同\"々＂";

    /**
     * Whether a text holds one of {@link #DITTO_CHARS} (a switch over them: this runs on every text cell of every row,
     * where {@code DITTO_CHARS.indexOf} per character cost 4% of a 10,000-line read): false means no ditto test can
     * hold for it.
     */
    static boolean mayBeDitto(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '〃', '″', '同', '"', '々', '＂':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    static boolean isExampleText(String key) {
        return key.contains("記入例") || key.equals("例") || key.equals("(例)") || key.equals("【例】") || key.equals("記載例");
    }

    /** A row's number: one to four digits. */
    static final java.util.regex.Pattern ROW_NO = java.util.regex.Pattern.compile("[0-9]{1,4}");
    /** The dashes a sub-row's number may be written with (２－１), read as {@code -}. */
    static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[‐－−–—ー]");

    /**
     * {@code t} with its {@link #DASHES} written {@code -} when it then matches {@link #SUB_ROW_NO} (1, 12, 2-1,
     * 3-10-2), else "": the two regexes as one scan of the text, run for every line of every table (ReadScannersTest
     * checks it against them).
     */
    static String subRowNumber(String t) {
        int n = t.length();
        int digits = 0;
        boolean dashes = false;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (++digits > 2) {
                    return "";
                }
            } else if (isDash(ch) && digits > 0 && i < n - 1) {
                digits = 0;
                dashes |= ch != '-';
            } else {
                return "";
            }
        }
        if (digits == 0) {
            return "";
        }
        if (!dashes) {
            return t;
        }
        char[] out = t.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (isDash(out[i])) {
                out[i] = '-';
            }
        }
        return new String(out);
    }

    private static boolean isDash(char ch) {
        return switch (ch) {
            case '-', '‐', '－', '−', '–', '—', 'ー' -> true;
            default -> false;
        };
    }

    /**
     * Whether a cell holds only a circled number (① … ⑳, ㉑ … ㊿): a numbered slot of a form, which alone on a line is the
     * template's unused slot, not a value. Our design: the forms number their slots so (seed 002: 担当者① 【必須】), and
     * a form drawn that way leaves the unused numbers standing (事業者 ① … ④ under a vendors' checklist, ins-w30-b).
     */
    static boolean isSlotNumber(Cell c) {
        if (c.type() != CellType.STRING) {
            return false;
        }
        String t = c.text().strip();
        if (t.length() != 1) {
            return false;
        }
        char ch = t.charAt(0);
        return ch >= '\u2460' && ch <= '\u2473' || ch >= '\u3251' && ch <= '\u325F' || ch >= '\u32B1' && ch <= '\u32BF';
    }

    /** Whether {@code s} is 1–4 ASCII digits ({@link #ROW_NO}). */
    static boolean isRowNo(String s) {
        int n = s.length();
        if (n == 0 || n > 4) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
    /** A row's or sub-row's number: 2, 2-1. */
    static final java.util.regex.Pattern SUB_ROW_NO = java.util.regex.Pattern.compile("[0-9]{1,2}(-[0-9]{1,2})*");
    /** A subtotal's line: 小計 4病院. */
    private static final java.util.regex.Pattern SUBTOTAL =
            java.util.regex.Pattern.compile("(小計|合計|計)\\s*[0-9]{1,4}\\s*(病院|件|台|床)?");
    /** The separators between the digits of a code: spaces and dashes. */
    private static final java.util.regex.Pattern DIGIT_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-‐－ー−]");
    /** The parts of an answer written with slashes (佐藤 花子／総務課), after NFKC. */
    private static final java.util.regex.Pattern SLASH_PARTS = java.util.regex.Pattern.compile("\\s*/\\s*");
    /** The parts of an answer written one a line. */
    private static final java.util.regex.Pattern LINE_PARTS = java.util.regex.Pattern.compile("\\s*\\R\\s*");

    private boolean isTotal(Placement p, boolean across, int major, int minMinor, List<Place> plan) {
        for (int m = Math.max(0, minMinor - 3); m <= minMinor + 2; m++) {
            Cell c = at(p, across, major, m);
            String core = c.type() == CellType.STRING ? p.view.coreOf(c.text()) : "";
            if (TOTALS.contains(core) || (core.startsWith("合計") && core.length() <= 6)) { // 合計台数, 合計病院数
                return true;
            }
            if (c.type() == CellType.STRING && c.text().indexOf('計') >= 0 // no other text normalises to hold 計
                    && SUBTOTAL.matcher(LabelText.nfkc(c.text()).strip()).matches()) {
                return true; // 小計 4病院 under a group of rows (hs-w14-b)
            }
            if (m < minMinor && core.endsWith("数") && core.length() <= 5 && !wordsInColumns(p, across, major, plan)) {
                return true; // 回線数 | =COUNTA(K7:K11) | 回線: a count under the rows (a row's own name is 回線1), not a row;
                             // not 回線数： over 回線2's column of a table laid out sideways (lds-w27-b)
            }
        }
        for (Place pl : plan) {
            // 提出ファイル数 | =COUNTIF(D8:D16,"有") in the table's columns, nothing else on the line (ins-w24-b); 端末台数 in
            // the last column, its COUNTA right of the table (lds-w26-b)
            Cell c = pl.at < 0 ? Cell.BLANK : at(p, across, major, pl.at);
            if (c.type() == CellType.STRING && c.text().indexOf('数') >= 0 && c.text().length() <= 24) {
                String core = p.view.coreOf(c.text());
                if (core.endsWith("数") && core.length() <= 8 && onlyText(p, across, major, plan, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the line holds words (text of more than three characters) in one of the table's columns. */
    private static boolean wordsInColumns(Placement p, boolean across, int major, List<Place> plan) {
        for (Place pl : plan) {
            Cell c = pl.at < 0 ? Cell.BLANK : at(p, across, major, pl.at);
            if (c.type() == CellType.STRING && c.text().strip().length() > 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is the only text among the table's columns on the line (numbers and formulas aside). */
    private static boolean onlyText(Placement p, boolean across, int major, List<Place> plan, Cell text) {
        for (Place pl : plan) {
            Cell c = pl.at < 0 ? Cell.BLANK : at(p, across, major, pl.at);
            if (c.type() == CellType.STRING && (c.row() != text.row() || c.col() != text.col())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line belongs to another block: it names two columns of another table, or names another table or a
     * block title, or repeats this table's header; checklist section rows are not foreign.
     */
    private boolean foreign(Placement p, boolean across, int major, int minMinor, int maxMinor, boolean afterBlank) {
        if (!isChecklist() && nextQuestion(p, across, major, minMinor, maxMinor)) {
            return true;
        }
        List<Placement.Hit> line = new ArrayList<>();
        for (Placement.Hit h : across ? inColumn(p, major) : p.inRow(major)) {
            int m = minor(h.cell(), across);
            if (m >= minMinor - 2 && m <= maxMinor + 1) { // within the table's width, not a block beside or above it
                line.add(h);
            }
        }
        if (line.isEmpty()) {
            return isChecklist() ? false : isHeading(p, across, major, minMinor);
        }
        Set<String> otherColumns = new HashSet<>();
        Set<String> ownColumns = new HashSet<>();
        int fieldLabels = 0;
        for (Placement.Hit h : line) {
            Lexicon.Term t = h.term();
            if (h.score() < 86) {
                continue;
            }
            if (this.fields) {
                if (t.kind() == Lexicon.Kind.FIELD && h.inline() == null) {
                    ownColumns.add(t.path());
                }
                continue;
            }
            if (t.kind() == Lexicon.Kind.COLUMN && !t.table().path().equals(table.path()) && h.inline() == null) {
                otherColumns.add(t.table().path() + "." + t.path());
            } else if (t.kind() == Lexicon.Kind.COLUMN && h.inline() == null) {
                ownColumns.add(t.path());
            } else if ((t.kind() == Lexicon.Kind.TABLE && !t.path().equals(table.path())) || t.kind() == Lexicon.Kind.TITLE) {
                if (h.score() >= 90 && (isChecklist() ? false : true)) {
                    return true;
                }
            } else if (t.kind() == Lexicon.Kind.FIELD || t.kind() == Lexicon.Kind.GROUP) {
                fieldLabels++;
            }
        }
        if (otherColumns.size() >= 2 && otherColumns.size() > ownColumns.size()) {
            return true;
        }
        if (!this.fields) {
            // a field's label where a row's label stands: the table has ended and a block of fields begins
            for (Placement.Hit h : line) {
                if (h.score() >= (isChecklist() ? 90 : 66) && h.inline() == null
                        && (h.term().kind() == Lexicon.Kind.FIELD || h.term().kind() == Lexicon.Kind.GROUP)
                        && minor(h.cell(), across) <= minMinor) {
                    return true;
                }
            }
            if (!isChecklist() && isHeading(p, across, major, minMinor)) {
                return true;
            }
            // after a blank line, a field's label anywhere in the line (作成日 | =TODAY() under a list of documents):
            // the table has ended and the form's footer begins
            for (Placement.Hit h : line) {
                if (afterBlank && !isChecklist() && h.score() >= 90 && h.term().kind() == Lexicon.Kind.FIELD) {
                    return true;
                }
            }
        }
        return fieldLabels >= 2 && !isChecklist() && !this.fields || ownColumns.size() >= Math.max(2, columns.size() / 2);
    }

    /**
     * Whether a line is the next question of a questionnaire: left of the table, a bare question number (10., (10),
     * Q10) that is the official number of another field, and in the line a wording like that field's label. A row's
     * own number (1, 2, 3 left of a list of devices) is no question: its line holds no such wording.
     */
    private static final java.util.regex.Pattern BARE_NUMBER =
            java.util.regex.Pattern.compile("(設問|問|q|no\\.?)?[\\s(]*[0-9]+[\\s.)\\-(0-9]*");

    private boolean nextQuestion(Placement p, boolean across, int major, int minMinor, int maxMinor) {
        for (int m = Math.max(0, minMinor - 2); m < minMinor; m++) {
            Cell name = at(p, across, major, m);
            if (name.isBlank() || major(name, across) < major) {
                // (a number merged down from the question above, ９ over A18:A23 beside its own table, starts no
                // question here: bv-w21-a)
                continue;
            }
            String key = p.view.key(name.text());
            String number = p.view.number(key); // memoised for the read: the same cells are asked for on every row
            if (number.isEmpty() || !BARE_NUMBER.matcher(key).matches()) {
                continue; // not a bare number
            }
            for (int k = m + 1; k <= maxMinor; k++) { // the question's wording may stand left of the table's columns
                Cell c = at(p, across, major, k);
                if (c.type() != CellType.STRING || c.text().strip().length() < 8 || major(c, across) < major) {
                    continue;
                }
                String core = p.view.coreOf(c.text());
                for (Lexicon.Term t : locator.lexicon().numbered) {
                    if (t.kind() != Lexicon.Kind.FIELD) {
                        continue;
                    }
                    if (number.equals(t.number()) && locator.similarity(core, number, t) >= 66) {
                        return true;
                    }
                    // numbered the drawer's own way (4-2 for the notice's Q10): the wording alone, a little stricter
                    // than a label's own match, still says it is another question
                    if (!number.equals(t.number()) && locator.similarity(core, "", t) >= 60) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A numbered or marked heading alone at the start of a line (４．基本情報, ■担当者): the next block. */
    private boolean isHeading(Placement p, boolean across, int major, int minMinor) {
        Cell first = null;
        int lastMinor = across ? p.view.lastRow() : p.view.lastColumn();
        for (int m = 0; m <= lastMinor; m++) {
            Cell c = at(p, across, major, m);
            if (c.isBlank() || c.text().isBlank()) {
                continue;
            }
            if (first != null && !c.equals(first)) {
                return false;
            }
            first = c;
        }
        if (first == null || first.type() != CellType.STRING || minor(first, across) > minMinor) {
            return false;
        }
        String key = p.view.key(first.text());
        String core = Wording.core(key);
        boolean numbered = !Wording.leadingNumber(key).isEmpty() && core.length() >= 2;
        boolean marked = !Wording.stripDecoration(LabelText.nfkc(first.text()).strip()).equals(LabelText.nfkc(first.text()).strip())
                || key.startsWith("【");
        if (!(numbered || marked) || isExampleText(key)) {
            return false;
        }
        // ５ インシデント発生時の連絡体制図 alone in its line: a row naming one of the table's choices (a document with
        // nothing else filled in) is a row, not the next block's heading
        for (FieldDescriptor c : columns) {
            ChoiceText.Read read = c.kind() == ValueKind.CHOICE ? ChoiceText.read(c.javaType(), first.text()) : null;
            if (read != null && read.found() && read.rest().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean isChecklist() {
        return table != null && table.rowType() == io.github.medsecforms.model.checklist.ChecklistEntry.class;
    }

    private static List<Placement.Hit> inColumn(Placement p, int col) {
        List<Placement.Hit> out = new ArrayList<>();
        for (Placement.Hit h : p.hits) {
            if (h.cell().col() == col) {
                out.add(h);
            }
        }
        return out;
    }

    /** Lets a table identify and adjust its rows (checklist items by their wording, documents by their name). */
    interface RowHook {
        /**
         * Returns false to drop the row (a section heading, an unknown item); findings the hook makes are kept
         * either way.
         */
        boolean accept(Map<String, Object> row, List<Cell> otherCells, int index);

        /** The sheet whose rows follow (named by the hook's findings). */
        default void sheet(String name) {
        }

        static RowHook of(TableDescriptor table, Locator locator) {
            if (table.rowType() == io.github.medsecforms.model.checklist.ChecklistEntry.class) {
                return new ChecklistRows(locator.form().id(), locator.version(), locator.state());
            }
            if (table.rowType() == io.github.medsecforms.model.inspection.DocumentEntry.class) {
                return new DocumentRows();
            }
            return null;
        }
    }
}
