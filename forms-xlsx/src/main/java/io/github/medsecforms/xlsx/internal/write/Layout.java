package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FieldDescriptor.Group;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.internal.io.DisplayText;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.ImageData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * Where every label, field, table cell and drawing of a form goes: one generic scheme for every form, computed
 * from the form's metadata (and, for a filled form, from the instance's row counts). The scheme, documented in
 * {@code docs/templates.md}:
 * <ul>
 *   <li>one worksheet per {@link SheetDescriptor}, with its official name; row 1 the form title (first sheet) or the
 *       sheet name; row 2 the version label (令和6年度版) and the form id;</li>
 *   <li>a {@link FieldBlock}: optional title row, then one row per field: column A the outermost group (merged down
 *       its fields), column B the label (A:B merged when the field has no group), the value in C:F, the hint in
 *       G;</li>
 *   <li>a {@link TableBlock}: title row, header rows (group labels merged across their columns, ungrouped labels
 *       merged down), the 記入例 row, then the data rows; column A carries the row labels;</li>
 *   <li>a checklist ({@link ChecklistEntry} rows): 項番 in A, the item wording in B, section rows, then the
 *       answers; the rows are the catalogue items of the version;</li>
 *   <li>an image field: a bordered area with the label and hint above it, and for the line-device survey the
 *       callouts below it.</li>
 * </ul>
 */
public final class Layout {
    /** Column of the value of a single field (merged to {@link #VALUE_LAST}). */
    static final int VALUE_FIRST = 2;
    static final int VALUE_LAST = 5;
    /** Column of a single field's hint. */
    static final int HINT_COL = 6;
    /** The image area: columns B..N, 26 rows. */
    static final int IMAGE_FIRST_COL = 1;
    static final int IMAGE_LAST_COL = 13;
    static final int IMAGE_ROWS = 26;
    /** Callouts: three per row, each four columns by three rows, one blank row between rows of callouts. */
    static final int CALLOUTS_PER_ROW = 3;
    static final int CALLOUT_COLS = 4;
    static final int CALLOUT_ROWS = 3;
    /** First row of the first block (Excel row 4); row 3 stays blank (or holds the banner). */
    static final int FIRST_BLOCK_ROW = 3;

    static final String EXAMPLE_LABEL = "記入例";
    static final String UNVERIFIED_MARK = "※未確認";
    static final String UNVERIFIED_NOTE =
            "※未確認: 一次資料で文言・番号を確認できていない項目です（暫定の文言。確認でき次第更新されます）。";
    static final String UNKNOWN_ITEMS = "（チェック項目表にない項番）";
    static final String BANNER = "提出不要　このリストは事務局へ提出しないでください（現地調査当日までの情報整理用・院内で厳重に保管）";
    static final String IMAGE_LABEL_SUFFIX = "（画像を貼り付けてください）";
    static final String IMAGE_AREA_TEXT = "ここに画像を貼り付けてください";
    static final String CALLOUTS_TITLE = "吹き出し（平面図上の設置場所へ移動してください）";

    private final FormDescriptor form;
    private final FiscalYear version;
    private final Form instance;
    private final List<SheetPlan> sheets = new ArrayList<>();
    private final Map<String, CellOrigin> origins = new LinkedHashMap<>();
    /** The cells of every laid-out table row (blank ones too), by table path, row and column name. */
    private final Map<String, List<Map<String, Region>>> tableCells = new HashMap<>();
    private final Map<String, String> tableSheets = new HashMap<>();

    private Layout(FormDescriptor form, FiscalYear version, Form instance) {
        this.form = Objects.requireNonNull(form, "form");
        this.version = Objects.requireNonNull(version, "version");
        this.instance = instance;
        if (!form.supports(version)) {
            throw new IllegalArgumentException("form " + form.id() + " has no version " + version.code()
                    + "; supported: " + form.versions().stream().map(FiscalYear::code).toList());
        }
        for (SheetDescriptor sheet : form.sheets()) {
            sheets.add(new SheetBuilder(sheet, sheets.isEmpty()).build());
        }
    }

    /** The layout of the blank template of {@code form} in {@code version}. */
    public static Layout template(FormDescriptor form, FiscalYear version) {
        return new Layout(form, version, null);
    }

    /** The layout of a filled form: its version's template, tables grown to the instance's rows. */
    public static Layout of(Form form) {
        Objects.requireNonNull(form, "form");
        return new Layout(FormRegistry.describe(form), form.version(), form);
    }

    public FormDescriptor form() {
        return form;
    }

    public FiscalYear version() {
        return version;
    }

    public Optional<Form> instance() {
        return Optional.ofNullable(instance);
    }

    /** Whether this is the password list (a separate workbook with the 提出不要 banner). */
    public boolean isCredentialList() {
        return form.type() == CredentialList.class;
    }

    /** The sheets, in the form's order. */
    public List<SheetPlan> sheets() {
        return List.copyOf(sheets);
    }

    /**
     * Every model path of the instance mapped to its cell: every single field and every cell of every instance row
     * (filled or not), the image area ({@code floorPlan.image}) and the anchors of the instance's own callouts
     * ({@code floorPlan.callouts[i]}). Empty for a template.
     */
    public Origins origins() {
        return Origins.of(origins);
    }

    /**
     * The label as printed: the label and, when the form marks it required and no enclosing group carries the mark,
     * the mark (a field required without a printed mark on the official form gets none here either).
     */
    String labelText(FieldDescriptor f) {
        boolean groupMarked = f.groups().stream().anyMatch(Group::required);
        return f.marked() && !groupMarked ? f.label() + " " + form.requiredMark() : f.label();
    }

    String groupText(Group g) {
        return g.required() ? g.label() + " " + form.requiredMark() : g.label();
    }

    /**
     * {@code "回線1"&IF(E9="",""," "&E9)&IF(R9="",""," / "&R9)} on the sheet of the row: the callout text, computed
     * by Excel from the cells of the table row; empty when the row is not laid out (yet).
     */
    private Optional<String> calloutFormula(String target, Callouts.Source source) {
        List<Map<String, Region>> rows = tableCells.getOrDefault(source.table(), List.of());
        if (source.row() >= rows.size()) {
            return Optional.empty();
        }
        Map<String, Region> row = rows.get(source.row());
        Region what = row.get(source.what());
        Region where = row.get(source.where());
        if (what == null || where == null) {
            return Optional.empty();
        }
        String sheet = "'" + tableSheets.get(source.table()).replace("'", "''") + "'!";
        String w = sheet + new CellReference(what.firstRow(), what.firstCol(), true, true).formatAsString(false);
        String l = sheet + new CellReference(where.firstRow(), where.firstCol(), true, true).formatAsString(false);
        return Optional.of("\"" + target.replace("\"", "\"\"") + "\"&IF(" + w + "=\"\",\"\",\" \"&" + w + ")&IF(" + l
                + "=\"\",\"\",\" / \"&" + l + ")");
    }

    private static String path(String prefix, String relative) {
        return prefix.isEmpty() ? relative : prefix + "." + relative;
    }

    /** Places the blocks of one sheet and measures them. */
    private final class SheetBuilder {
        private final SheetDescriptor sheet;
        private final boolean first;
        private final List<Placed> cells = new ArrayList<>();
        private final List<SheetPlan.Picture> pictures = new ArrayList<>();
        private final List<SheetPlan.TextBox> boxes = new ArrayList<>();
        private final List<int[]> tableHeaders = new ArrayList<>();
        private boolean lastBlockIsTable;

        SheetBuilder(SheetDescriptor sheet, boolean first) {
            this.sheet = sheet;
            this.first = first;
        }

        SheetPlan build() {
            int row = FIRST_BLOCK_ROW + (isCredentialList() ? 1 : 0);
            boolean firstBlock = true;
            for (Block block : sheet.blocks()) {
                if (!firstBlock) {
                    row++;
                }
                if (block instanceof FieldBlock fields) {
                    row = fieldBlock(fields, row);
                    lastBlockIsTable = false;
                } else if (block instanceof TableBlock table) {
                    row = table(table.table(), row);
                    lastBlockIsTable = true;
                }
                firstBlock = false;
            }
            int lastCol = Math.max(4, cells.stream().mapToInt(p -> p.region().lastCol()).max().orElse(0));
            for (SheetPlan.TextBox box : boxes) {
                lastCol = Math.max(lastCol, box.region().lastCol());
            }
            // the header rows, now that the width is known
            add(Placed.text(Region.span(0, 0, lastCol), Role.TITLE, first ? form.title() : sheet.name()));
            add(Placed.text(Region.cell(1, 0), Role.VERSION, version.label() + "版"));
            add(Placed.text(Region.cell(1, lastCol), Role.FORM_ID, form.id()));
            if (isCredentialList()) {
                add(Placed.text(Region.span(2, 0, lastCol), Role.BANNER, BANNER));
            }
            int lastRow = row - 1;
            for (Placed p : cells) {
                lastRow = Math.max(lastRow, p.region().lastRow());
            }
            for (SheetPlan.TextBox box : boxes) {
                lastRow = Math.max(lastRow, box.region().lastRow() + 1); // the callout's tail hangs below it
            }
            cells.sort(Comparator.comparingInt((Placed p) -> p.region().firstRow())
                    .thenComparingInt(p -> p.region().firstCol()));
            double[] widths = Metrics.columnWidths(cells, lastCol);
            Map<Integer, Double> heights = Metrics.rowHeights(cells, widths);
            double total = 0;
            for (double w : widths) {
                total += w;
            }
            boolean hasImage = cells.stream().anyMatch(p -> p.role() == Role.IMAGE_AREA);
            Optional<int[]> repeat = tableHeaders.size() == 1 && lastBlockIsTable
                    ? Optional.of(tableHeaders.get(0)) : Optional.empty();
            return new SheetPlan(sheet.name(), List.copyOf(cells), List.copyOf(pictures), List.copyOf(boxes),
                    widths, heights, total > Metrics.PORTRAIT_WIDTH || hasImage, repeat, lastRow, lastCol);
        }

        private void add(Placed p) {
            cells.add(p);
            if (p.path() != null) {
                origins.put(p.path(), new CellOrigin(sheet.name(), p.region().topLeft()));
            }
        }

        // ---------------------------------------------------------------------------------------------- fields

        private int fieldBlock(FieldBlock block, int row) {
            Object record = instance == null ? null : at(instance, block.path());
            List<FieldDescriptor> fields = block.fields().stream().filter(f -> f.appliesTo(version)).toList();
            if (!block.title().isEmpty()) {
                add(Placed.text(Region.span(row, 0, VALUE_LAST), Role.BLOCK_TITLE, block.title()));
                row++;
            }
            int i = 0;
            while (i < fields.size()) {
                FieldDescriptor f = fields.get(i);
                if (f.kind() == ValueKind.IMAGE) {
                    row = image(block, f, record, row);
                    i++;
                    continue;
                }
                if (f.groups().isEmpty()) {
                    add(Placed.text(Region.span(row, 0, 1), Role.FIELD_LABEL, labelText(f)));
                    value(block, f, record, row);
                    row++;
                    i++;
                    continue;
                }
                Group outer = f.groups().get(0);
                int j = i;
                while (j + 1 < fields.size() && fields.get(j + 1).kind() != ValueKind.IMAGE
                        && !fields.get(j + 1).groups().isEmpty() && fields.get(j + 1).groups().get(0).equals(outer)) {
                    j++;
                }
                add(Placed.text(new Region(row, row + (j - i), 0, 0), Role.GROUP_LABEL, groupText(outer)));
                for (int k = i; k <= j; k++) {
                    FieldDescriptor g = fields.get(k);
                    StringBuilder label = new StringBuilder();
                    for (Group inner : g.groups().subList(1, g.groups().size())) {
                        label.append(groupText(inner)).append(' ');
                    }
                    label.append(labelText(g));
                    add(Placed.text(Region.cell(row, 1), Role.FIELD_LABEL, label.toString()));
                    value(block, g, record, row);
                    row++;
                }
                i = j + 1;
            }
            return row;
        }

        private void value(FieldBlock block, FieldDescriptor f, Object record, int row) {
            String path = instance == null ? null : path(block.path(), f.path());
            Object value = record == null ? null : at(record, f.path());
            add(Placed.input(Region.span(row, VALUE_FIRST, VALUE_LAST), f, path, value));
            if (!f.hint().isEmpty()) {
                add(Placed.text(Region.cell(row, HINT_COL), Role.HINT, f.hint()));
            }
        }

        private int image(FieldBlock block, FieldDescriptor f, Object record, int row) {
            add(Placed.text(Region.span(row, IMAGE_FIRST_COL, IMAGE_LAST_COL), Role.IMAGE_LABEL,
                    f.label() + IMAGE_LABEL_SUFFIX + (f.marked() ? " " + form.requiredMark() : "")));
            row++;
            if (!f.hint().isEmpty()) {
                add(Placed.text(Region.span(row, IMAGE_FIRST_COL, IMAGE_LAST_COL), Role.HINT, f.hint()));
                row++;
            }
            Region area = new Region(row, row + IMAGE_ROWS - 1, IMAGE_FIRST_COL, IMAGE_LAST_COL);
            String path = instance == null ? null : path(block.path(), f.path());
            Object value = record == null ? null : at(record, f.path());
            boolean hasImage = value instanceof ImageData image && image.size() > 0;
            add(new Placed(area, Role.IMAGE_AREA, hasImage ? "" : IMAGE_AREA_TEXT, f, path, null, null));
            if (hasImage) {
                pictures.add(new SheetPlan.Picture(area, (ImageData) value, path));
            }
            row += IMAGE_ROWS;
            List<Callouts.Spec> callouts = instance == null ? Callouts.placeholders(form) : Callouts.of(form, instance);
            if (callouts.isEmpty()) {
                return row;
            }
            row++;
            add(Placed.text(Region.span(row, IMAGE_FIRST_COL, IMAGE_LAST_COL), Role.BLOCK_TITLE, CALLOUTS_TITLE));
            row++;
            for (int k = 0; k < callouts.size(); k++) {
                Callouts.Spec c = callouts.get(k);
                int top = row + (k / CALLOUTS_PER_ROW) * (CALLOUT_ROWS + 1);
                int left = IMAGE_FIRST_COL + (k % CALLOUTS_PER_ROW) * CALLOUT_COLS;
                Region region = new Region(top, top + CALLOUT_ROWS - 1, left, left + CALLOUT_COLS - 1);
                boxes.add(new SheetPlan.TextBox(region, c.target(), c.text(), c.path(),
                        c.source().flatMap(s -> calloutFormula(c.target(), s))));
                if (c.path() != null) {
                    origins.put(c.path(), new CellOrigin(sheet.name(), region.topLeft()));
                }
            }
            int boxRows = (callouts.size() + CALLOUTS_PER_ROW - 1) / CALLOUTS_PER_ROW;
            return row + boxRows * (CALLOUT_ROWS + 1) - 1;
        }

        // ---------------------------------------------------------------------------------------------- tables

        private int table(TableDescriptor t, int row) {
            boolean checklist = t.rowType() == ChecklistEntry.class;
            List<FieldDescriptor> all = t.columns().stream().filter(f -> f.appliesTo(version)).toList();
            FieldDescriptor key = checklist
                    ? all.stream().filter(f -> f.name().equals("itemId")).findFirst().orElse(null) : null;
            List<FieldDescriptor> cols = key == null ? all : all.stream().filter(f -> f != key).toList();
            int firstCol = key == null ? 1 : 2;
            int lastCol = firstCol + cols.size() - 1;
            List<?> rows = instance == null ? List.of() : FormPaths.rows(instance, t.path());

            add(Placed.text(Region.span(row, 0, lastCol), Role.BLOCK_TITLE, "■" + t.label()));
            row++;
            int depth = cols.stream().mapToInt(c -> c.groups().size()).max().orElse(0);
            int top = row;
            add(Placed.text(new Region(top, top + depth, 0, 0), Role.HEADER, key == null ? "" : key.label()));
            if (key != null) {
                add(Placed.text(new Region(top, top + depth, 1, 1), Role.HEADER, t.label()));
            }
            for (int level = 0; level < depth; level++) {
                int i = 0;
                while (i < cols.size()) {
                    FieldDescriptor c = cols.get(i);
                    if (c.groups().size() <= level) {
                        i++;
                        continue;
                    }
                    List<Group> prefix = c.groups().subList(0, level + 1);
                    int j = i;
                    while (j + 1 < cols.size() && cols.get(j + 1).groups().size() > level
                            && cols.get(j + 1).groups().subList(0, level + 1).equals(prefix)) {
                        j++;
                    }
                    add(Placed.text(Region.span(top + level, firstCol + i, firstCol + j), Role.HEADER,
                            groupText(c.groups().get(level))));
                    i = j + 1;
                }
            }
            for (int i = 0; i < cols.size(); i++) {
                FieldDescriptor c = cols.get(i);
                add(Placed.text(new Region(top + c.groups().size(), top + depth, firstCol + i, firstCol + i),
                        Role.HEADER, labelText(c)));
            }
            tableHeaders.add(new int[] {top, top + depth});
            row = top + depth + 1;

            if (t.exampleRow()) {
                add(Placed.text(Region.cell(row, 0), Role.EXAMPLE_LABEL, EXAMPLE_LABEL));
                for (int i = 0; i < cols.size(); i++) {
                    FieldDescriptor c = cols.get(i);
                    add(new Placed(Region.cell(row, firstCol + i), Role.EXAMPLE, c.example(), c, null, null, null));
                }
                row++;
            }
            if (key != null) {
                return checklistRows(t, key, cols, rows, row);
            }
            int count = Math.max(t.templateRows(), rows.size());
            List<Map<String, Region>> cellsByRow = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                add(Placed.text(Region.cell(row, 0), Role.ROW_LABEL, t.rowLabel(r + 1)));
                Object element = r < rows.size() ? rows.get(r) : null;
                Map<String, Region> rowCells = new HashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    FieldDescriptor c = cols.get(i);
                    String path = element == null ? null : t.path() + "[" + r + "]." + c.path();
                    Object value = element == null ? null : at(element, c.path());
                    Region region = Region.cell(row, firstCol + i);
                    add(Placed.input(region, c, path, value));
                    rowCells.put(c.path(), region);
                }
                cellsByRow.add(rowCells);
                row++;
            }
            tableCells.put(t.path(), cellsByRow);
            tableSheets.put(t.path(), sheet.name());
            return row;
        }

        /**
         * The rows of a checklist: one per catalogue item of the version (section rows between sections); the
         * instance's entries go to the row of their 項番 (the first entry per 項番); entries whose 項番 the version
         * does not have, and repeated ones, follow in rows of their own.
         */
        private int checklistRows(TableDescriptor t, FieldDescriptor key, List<FieldDescriptor> cols, List<?> rows,
                                  int row) {
            int lastCol = 1 + cols.size();
            List<ChecklistItem> items = ChecklistCatalogue.items(form.id(), version);
            Map<String, Integer> byId = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) instanceof ChecklistEntry e) {
                    byId.putIfAbsent(e.itemId(), r);
                }
            }
            List<Integer> placed = new ArrayList<>();
            String section = null;
            boolean unverified = false;
            for (ChecklistItem item : items) {
                if (!item.section().equals(section)) {
                    section = item.section();
                    add(Placed.text(Region.span(row, 0, lastCol), Role.SECTION, section));
                    row++;
                }
                Integer r = byId.get(item.id());
                if (r != null) {
                    placed.add(r);
                }
                unverified |= item.unverified();
                checklistRow(t, key, cols, rows, r, item.id(), item.text(), item.unverified() ? UNVERIFIED_MARK : null,
                        row);
                row++;
            }
            List<Integer> extra = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (!placed.contains(r)) {
                    extra.add(r);
                }
            }
            if (!extra.isEmpty()) {
                add(Placed.text(Region.span(row, 0, lastCol), Role.SECTION, UNKNOWN_ITEMS));
                row++;
                for (int r : extra) {
                    String id = rows.get(r) instanceof ChecklistEntry e ? e.itemId() : "";
                    checklistRow(t, key, cols, rows, r, id, "", null, row);
                    row++;
                }
            }
            if (unverified) {
                add(Placed.text(Region.span(row, 0, lastCol), Role.NOTE, UNVERIFIED_NOTE));
                row++;
            }
            return row;
        }

        private void checklistRow(TableDescriptor t, FieldDescriptor key, List<FieldDescriptor> cols, List<?> rows,
                                  Integer r, String id, String text, String note, int row) {
            Object element = r == null ? null : rows.get(r);
            String prefix = r == null ? null : t.path() + "[" + r + "].";
            add(new Placed(Region.cell(row, 0), Role.KEY, id, key, prefix == null ? null : prefix + key.path(),
                    null, null));
            add(new Placed(Region.cell(row, 1), Role.ITEM_TEXT, text, null, null, null, note));
            for (int i = 0; i < cols.size(); i++) {
                FieldDescriptor c = cols.get(i);
                Object value = element == null ? null : at(element, c.path());
                add(Placed.input(Region.cell(row, 2 + i), c, prefix == null ? null : prefix + c.path(), value));
            }
        }
    }

    /** Column widths and row heights estimated from the text placed. */
    static final class Metrics {
        /** Total width (character units) above which a sheet prints in landscape. */
        static final double PORTRAIT_WIDTH = 125;
        static final double DEFAULT_WIDTH = 9;
        static final double ROW_HEIGHT = 18;
        static final double LINE_HEIGHT = 14;

        private Metrics() {
        }

        static double[] columnWidths(List<Placed> cells, int lastCol) {
            double[] widths = new double[lastCol + 1];
            for (Placed p : cells) {
                if (p.region().cols() == 1) {
                    int c = p.region().firstCol();
                    widths[c] = Math.max(widths[c], desired(p));
                }
            }
            List<Placed> spans = cells.stream().filter(p -> p.region().cols() > 1)
                    .sorted(Comparator.comparingInt(p -> p.region().cols())).toList();
            for (Placed p : spans) {
                double need = desired(p);
                if (need <= 0) {
                    continue;
                }
                double have = 0;
                for (int c = p.region().firstCol(); c <= p.region().lastCol(); c++) {
                    have += widths[c];
                }
                if (need > have) {
                    double add = (need - have) / p.region().cols();
                    for (int c = p.region().firstCol(); c <= p.region().lastCol(); c++) {
                        widths[c] += add;
                    }
                }
            }
            for (int c = 0; c <= lastCol; c++) {
                if (widths[c] == 0) {
                    widths[c] = c == 0 ? 3 : DEFAULT_WIDTH;
                }
                widths[c] = Math.round(Math.max(widths[c], 3) * 4) / 4.0;
            }
            return widths;
        }

        /** The width a cell would like, 0 when it should not widen its columns (titles, notes, spans over all). */
        static double desired(Placed p) {
            int text = TextWidth.of(p.text());
            double w = switch (p.role()) {
                case GROUP_LABEL -> Math.min(text, 14);
                case FIELD_LABEL -> Math.min(text, 34);
                case HEADER -> p.region().cols() == 1 ? Math.min(text, 12) : Math.min(text, 12.0 * p.region().cols());
                case ROW_LABEL, EXAMPLE_LABEL, KEY -> Math.min(text, 12);
                case EXAMPLE -> Math.min(text, 20);
                case ITEM_TEXT -> Math.max(30, Math.min(text, 50));
                case HINT -> p.region().cols() == 1 ? Math.min(text, 28) : 0;
                case INPUT -> input(p);
                default -> 0;
            };
            return w <= 0 ? 0 : w + 2;
        }

        private static double input(Placed p) {
            FieldDescriptor f = p.field();
            double kind = switch (f.kind()) {
                case DATE -> 10;
                case INTEGER -> 7;
                case IPV4_ADDRESS, POSTAL_CODE -> 15;
                case IPV4_CIDR -> 18;
                case EMAIL_ADDRESS -> 28;
                case PHONE_NUMBER -> 13;
                case HOSPITAL_CODE -> 11;
                case FQDN -> 24;
                case SECRET -> 16;
                case CHOICE, BED_BAND, FISCAL_YEAR -> f.choices().stream().mapToInt(TextWidth::of).max().orElse(10) + 3;
                default -> f.text() == TextKind.MULTILINE ? 20 : 12;
            };
            if (!f.choices().isEmpty()) {
                kind = Math.max(kind, Math.min(30, f.choices().stream().mapToInt(TextWidth::of).max().orElse(0) + 3));
            }
            boolean span = p.region().cols() > 1;
            double value = Math.min(TextWidth.of(DisplayText.of(p.value())), span ? 40 : 24);
            double w = Math.max(Math.min(kind, 30), value);
            return span ? Math.max(w, 44) : w;
        }

        static Map<Integer, Double> rowHeights(List<Placed> cells, double[] widths) {
            Map<Integer, Double> heights = new HashMap<>();
            for (Placed p : cells) {
                if (p.region().rows() == 1) {
                    heights.merge(p.region().firstRow(), needed(p, widths), Math::max);
                }
            }
            for (Placed p : cells) {
                if (p.region().rows() > 1 && p.role() != Role.IMAGE_AREA) {
                    double need = needed(p, widths);
                    double have = 0;
                    for (int r = p.region().firstRow(); r <= p.region().lastRow(); r++) {
                        have += heights.getOrDefault(r, ROW_HEIGHT);
                    }
                    if (need > have) {
                        int last = p.region().lastRow();
                        heights.put(last, heights.getOrDefault(last, ROW_HEIGHT) + need - have);
                    }
                }
            }
            return heights;
        }

        private static double needed(Placed p, double[] widths) {
            double width = 0;
            for (int c = p.region().firstCol(); c <= p.region().lastCol(); c++) {
                width += widths[c];
            }
            String text = p.role() == Role.INPUT ? DisplayText.of(p.value()) : p.text();
            if (p.note() != null) {
                text = text + " " + p.note();
            }
            int lines = switch (p.role()) {
                case VERSION, FORM_ID, ROW_LABEL, EXAMPLE_LABEL, KEY, IMAGE_AREA -> 1;
                default -> TextWidth.lines(text, width);
            };
            return switch (p.role()) {
                case TITLE -> Math.max(26, lines * 21 + 5);
                case BANNER -> Math.max(36, lines * 24 + 8);
                case HINT, NOTE, FORM_ID -> Math.max(ROW_HEIGHT, lines * 12.5 + 4);
                case INPUT -> Math.max(p.field().text() == TextKind.MULTILINE && p.region().cols() > 1 ? 48 : 20,
                        lines * LINE_HEIGHT + 6);
                default -> Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 5);
            };
        }
    }

    /** The value at a path of the metadata ({@link FormPaths#value}); a block's empty path is the form itself. */
    private static Object at(Object root, String path) {
        return path.isEmpty() ? root : FormPaths.value(root, path).orElse(null);
    }
}
