package io.github.medsecforms.xlsx.testing;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.FloorPlan;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.JapaneseDates;
import io.github.medsecforms.model.value.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a form instance as a workbook in one of many <em>layouts</em> other than our template's: what official
 * forms filled by hand look like. The reader must read every variant back to the same model. Generic over the form
 * metadata, like the template writer, but deliberately independent of it (a second, simpler writer). Written with
 * POI here; {@link FastexcelWorkbooks} writes the same layouts with another xlsx library.
 */
public final class VariantWorkbooks {
    private VariantWorkbooks() {
    }

    /**
     * How the layout differs from a plain one.
     *
     * @param titleRows         rows of title text inserted above everything
     * @param blockGap          blank rows between blocks
     * @param columnOffset      columns everything is moved right by
     * @param reverseColumns    table columns in reverse order
     * @param mergedLabels      label cells merged across two columns (values move right)
     * @param fullWidthLabels   labels written with full-width ASCII and marks (（＊）)
     * @param lineBreaks        labels broken by a line feed in the middle
     * @param exampleRows       a 記入例 row above every table's data
     * @param trailingBlankRows blank, labelled rows after every table's data
     * @param numbersAsText     integers and codes stored as text cells
     * @param datesAsSerials    dates as date-formatted serial numbers instead of text
     * @param checklistByText   checklist rows identified by item wording only (no 項番 column), as official layouts do
     * @param reversedBlocks    the blocks of each sheet in reverse order (moved blocks)
     * @param halfWidthLabels   labels written with half-width katakana and brackets (ﾒｰﾙｱﾄﾞﾚｽ, (かな)), as
     *                          older systems and hand-typed headers spell them
     */
    public record Options(int titleRows, int blockGap, int columnOffset, boolean reverseColumns, boolean mergedLabels,
                          boolean fullWidthLabels, boolean lineBreaks, boolean exampleRows, int trailingBlankRows,
                          boolean numbersAsText, boolean datesAsSerials, boolean checklistByText,
                          boolean reversedBlocks, boolean halfWidthLabels) {
        public static final Options PLAIN = new Options(0, 1, 0, false, false, false, false, false, 0, false, false,
                false, false);
        /**
         * Every variation at once: title rows, gaps, offset, reversed columns and blocks, merged labels, labels with
         * half-width katakana and full-width ASCII and line breaks, 記入例 and trailing blank rows, numbers as text,
         * dates as serials, checklist by text.
         */
        public static final Options EVERY_VARIATION = new Options(2, 2, 1, true, true, true, true, true, 2, true, true,
                true, true, true);

        /** Without half-width labels (the options as they were before {@code halfWidthLabels}). */
        public Options(int titleRows, int blockGap, int columnOffset, boolean reverseColumns, boolean mergedLabels,
                       boolean fullWidthLabels, boolean lineBreaks, boolean exampleRows, int trailingBlankRows,
                       boolean numbersAsText, boolean datesAsSerials, boolean checklistByText, boolean reversedBlocks) {
            this(titleRows, blockGap, columnOffset, reverseColumns, mergedLabels, fullWidthLabels, lineBreaks,
                    exampleRows, trailingBlankRows, numbersAsText, datesAsSerials, checklistByText, reversedBlocks, false);
        }

        public Options with(java.util.function.UnaryOperator<Options> f) {
            return f.apply(this);
        }
    }

    public static byte[] write(Form form, Options o) {
        try (PoiSink sink = new PoiSink()) {
            return write(form, o, sink);
        }
    }

    /** Writes the layout of {@code form} into {@code sink} (one xlsx library) and returns the workbook. */
    static byte[] write(Form form, Options o, LayoutSink sink) {
        FormDescriptor descriptor = FormRegistry.describe(form);
        boolean first = true;
        for (SheetDescriptor sheet : descriptor.sheets()) {
            Writer w = new Writer(sink.sheet(sheet.name()), o, form.version(), descriptor.id());
            for (int i = 0; i < o.titleRows(); i++) {
                w.label(w.row++, o.columnOffset(), "（記入要領は別紙参照）");
            }
            // official forms print their title and version (令和6年度版) at the top of the first sheet
            if (first) {
                w.label(w.row++, o.columnOffset(), descriptor.title() + "（" + form.version().label() + "版）");
                first = false;
            }
            List<Block> blocks = new ArrayList<>(sheet.blocks());
            if (o.reversedBlocks()) {
                Collections.reverse(blocks);
            }
            for (Block block : blocks) {
                if (block instanceof FieldBlock fb) {
                    w.fields(fb, form);
                } else if (block instanceof TableBlock tb) {
                    w.table(tb.table(), form);
                }
                w.row += o.blockGap();
            }
        }
        return sink.bytes();
    }

    /** POI's usermodel behind the layout. */
    private static final class PoiSink implements LayoutSink, AutoCloseable {
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private final XSSFCellStyle dateStyle;

        PoiSink() {
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        }

        @Override
        public Sheet sheet(String name) {
            XSSFSheet ws = wb.createSheet(name);
            return new Sheet() {
                @Override
                public void label(int row, int col, String text) {
                    cell(row, col).setCellValue(text);
                }

                @Override
                public void text(int row, int col, String text) {
                    cell(row, col).setCellValue(text);
                }

                @Override
                public void number(int row, int col, int value) {
                    cell(row, col).setCellValue(value);
                }

                @Override
                public void date(int row, int col, LocalDate date) {
                    XSSFCell cell = cell(row, col);
                    cell.setCellValue(JapaneseDates.toExcelSerial(date));
                    cell.setCellStyle(dateStyle);
                }

                @Override
                public void merge(int firstRow, int firstCol, int lastRow, int lastCol) {
                    ws.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
                }

                @Override
                public boolean drawings() {
                    return true;
                }

                @Override
                public void picture(ImageData image, int r, int c) {
                    int index = wb.addPicture(image.bytes(),
                            image.mediaType().equals("image/jpeg") ? Workbook.PICTURE_TYPE_JPEG : Workbook.PICTURE_TYPE_PNG);
                    XSSFDrawing drawing = ws.createDrawingPatriarch();
                    XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, c, r, c + 4, r + 4);
                    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
                    drawing.createPicture(anchor, index);
                }

                @Override
                public void textBox(String text, int r, int c) {
                    XSSFDrawing drawing = ws.createDrawingPatriarch();
                    XSSFTextBox box = drawing.createTextbox(new XSSFClientAnchor(0, 0, 0, 0, c, r, c + 3, r + 1));
                    box.setText(text);
                }

                XSSFCell cell(int r, int c) {
                    XSSFRow xr = ws.getRow(r) == null ? ws.createRow(r) : ws.getRow(r);
                    return xr.getCell(c) == null ? xr.createCell(c) : xr.getCell(c);
                }
            };
        }

        @Override
        public byte[] bytes() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                wb.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Full-width katakana and marks → their half-width spelling, derived from NFKC (which the reader undoes). */
    private static final java.util.Map<Character, String> HALF_WIDTH_KANA = halfWidthKana();

    private static java.util.Map<Character, String> halfWidthKana() {
        java.util.Map<Character, String> map = new java.util.HashMap<>();
        for (char h = '\uFF61'; h <= '\uFF9D'; h++) {
            for (String half : List.of(String.valueOf(h), h + "\uFF9E", h + "\uFF9F")) {
                String full = java.text.Normalizer.normalize(half, java.text.Normalizer.Form.NFKC);
                if (full.length() == 1 && !full.equals(half)) {
                    map.putIfAbsent(full.charAt(0), half);
                }
            }
        }
        return java.util.Map.copyOf(map);
    }

    private static final class Writer {
        final LayoutSink.Sheet sheet;
        final Options o;
        final FiscalYear version;
        final String formId;
        int row;

        Writer(LayoutSink.Sheet sheet, Options o, FiscalYear version, String formId) {
            this.sheet = sheet;
            this.o = o;
            this.version = version;
            this.formId = formId;
        }

        void fields(FieldBlock block, Form form) {
            Object base = block.path().isEmpty() ? form : get(form, block.path());
            if (!block.title().isEmpty()) {
                label(row++, o.columnOffset(), block.title());
            }
            int c0 = o.columnOffset();
            String lastGroup = null;
            for (FieldDescriptor f : block.fields()) {
                if (!f.appliesTo(version)) {
                    continue;
                }
                if (f.kind() == io.github.medsecforms.model.ValueKind.IMAGE) {
                    Object img = get(base, f.path());
                    if (img instanceof Optional<?> opt && opt.isPresent() && sheet.drawings()) {
                        sheet.picture((ImageData) opt.get(), row, c0 + 1);
                    }
                    label(row++, c0, label(f));
                    row += 4;
                    continue;
                }
                int labelCol = c0;
                if (!f.groups().isEmpty()) {
                    String group = f.groups().get(0).label();
                    if (!group.equals(lastGroup)) {
                        label(row, c0, group + (f.groups().get(0).required() ? "【必須】" : ""));
                    }
                    lastGroup = group;
                    labelCol = c0 + 1;
                } else {
                    lastGroup = null;
                }
                label(row, labelCol, label(f));
                int valueCol = labelCol + 1;
                if (o.mergedLabels()) {
                    sheet.merge(row, labelCol, row, labelCol + 1);
                    valueCol = labelCol + 2;
                }
                value(row, valueCol, get(base, f.path()));
                row++;
            }
            if (base instanceof FloorPlan plan && sheet.drawings()) {
                int r = row;
                for (Callout callout : plan.callouts()) {
                    sheet.textBox(callout.text(), r++, c0 + 6);
                }
                row = Math.max(row, r);
            }
        }

        /** The texts of a column's groups down to {@code level}, outermost first. */
        private static List<String> groupPrefix(FieldDescriptor c, int level) {
            return c.groups().subList(0, level + 1).stream().map(FieldDescriptor.Group::label).toList();
        }

        /**
         * Columns with the same header (the two 接続状況・IPアドレス・ポート番号 sets of the port block) are told apart only
         * by their order on the sheet: a reversed layout keeps them in the form's order.
         */
        private static void keepRepeatedHeadersInOrder(List<FieldDescriptor> columns, List<FieldDescriptor> formOrder) {
            java.util.Map<String, List<Integer>> slots = new java.util.LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                slots.computeIfAbsent(columns.get(i).qualifiedLabel(), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> at : slots.values()) {
                if (at.size() < 2) {
                    continue;
                }
                List<FieldDescriptor> same = at.stream().map(columns::get)
                        .sorted(java.util.Comparator.comparingInt(formOrder::indexOf)).toList();
                for (int k = 0; k < at.size(); k++) {
                    columns.set(at.get(k), same.get(k));
                }
            }
        }

        void table(TableDescriptor table, Form form) {
            List<FieldDescriptor> columns = new ArrayList<>(table.columns().stream().filter(c -> c.appliesTo(version)).toList());
            boolean checklist = table.rowType() == ChecklistEntry.class;
            if (checklist && o.checklistByText()) {
                columns.removeIf(c -> c.path().equals("itemId"));
            }
            if (o.reverseColumns()) {
                Collections.reverse(columns);
                keepRepeatedHeadersInOrder(columns, table.columns());
            }
            label(row++, o.columnOffset(), table.label());
            int c0 = o.columnOffset() + 1 + (checklist ? 1 : 0);
            boolean groups = columns.stream().anyMatch(c -> !c.groups().isEmpty());
            if (checklist) {
                label(row + (groups ? 1 : 0), c0 - 1, "チェック項目");
            }
            if (groups) {
                // one header row per group level: a group spans the columns that share it (and every outer group),
                // a label sits below its innermost group and reaches down to the last header row
                int depth = columns.stream().mapToInt(c -> c.groups().size()).max().orElse(0) + 1;
                for (int level = 0; level < depth - 1; level++) {
                    for (int i = 0; i < columns.size(); i++) {
                        FieldDescriptor c = columns.get(i);
                        if (c.groups().size() <= level) {
                            continue;
                        }
                        List<String> prefix = groupPrefix(c, level);
                        int j = i;
                        while (j + 1 < columns.size() && columns.get(j + 1).groups().size() > level
                                && groupPrefix(columns.get(j + 1), level).equals(prefix)) {
                            j++;
                        }
                        label(row + level, c0 + i, c.groups().get(level).label());
                        if (j > i) {
                            sheet.merge(row + level, c0 + i, row + level, c0 + j);
                        }
                        i = j;
                    }
                }
                for (int i = 0; i < columns.size(); i++) {
                    FieldDescriptor c = columns.get(i);
                    int top = row + c.groups().size();
                    label(top, c0 + i, label(c));
                    if (top < row + depth - 1) {
                        sheet.merge(top, c0 + i, row + depth - 1, c0 + i);
                    }
                }
                row += depth;
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    label(row, c0 + i, label(columns.get(i)));
                }
                row++;
            }
            if (o.exampleRows() && table.exampleRow()) {
                label(row, o.columnOffset(), "記入例");
                for (int i = 0; i < columns.size(); i++) {
                    text(row, c0 + i, columns.get(i).example());
                }
                row++;
            }
            @SuppressWarnings("unchecked")
            List<Object> rows = (List<Object>) get(form, table.path());
            int n = 1;
            for (Object r : rows) {
                label(row, o.columnOffset(), table.rowLabel(n++));
                if (checklist) {
                    String id = ((ChecklistEntry) r).itemId();
                    ChecklistCatalogue.item(formId, version, id).map(ChecklistItem::text)
                            .ifPresent(t -> label(row, c0 - 1, t));
                }
                for (int i = 0; i < columns.size(); i++) {
                    value(row, c0 + i, get(r, columns.get(i).path()));
                }
                row++;
            }
            for (int i = 0; i < o.trailingBlankRows(); i++) {
                label(row++, o.columnOffset(), table.rowLabel(n++));
            }
        }

        String label(FieldDescriptor f) {
            String label = f.label();
            if (o.lineBreaks() && label.length() > 3) {
                label = label.substring(0, label.length() / 2) + "\n" + label.substring(label.length() / 2);
            }
            if (o.halfWidthLabels()) {
                label = halfWidth(label);
            }
            if (f.required()) {
                label = label + " (*)";
            }
            return o.fullWidthLabels() ? fullWidth(label) : label;
        }

        /** Full-width katakana → half-width (ガ → ｶﾞ), full-width ASCII and brackets → ASCII, ideographic space → space. */
        static String halfWidth(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                String half = HALF_WIDTH_KANA.get(c);
                if (half != null) {
                    sb.append(half);
                } else if (c >= '！' && c <= '～') {
                    sb.append((char) (c - '！' + '!'));
                } else {
                    sb.append(c == '　' ? ' ' : c);
                }
            }
            return sb.toString();
        }

        static String fullWidth(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c == ' ' ? '　' : c);
            }
            return sb.toString();
        }

        void label(int r, int c, String text) {
            if (text != null && !text.isEmpty()) {
                sheet.label(r, c, text);
            }
        }

        void text(int r, int c, String text) {
            if (text != null && !text.isEmpty()) {
                sheet.text(r, c, text);
            }
        }

        void value(int r, int c, Object value) {
            if (value instanceof Optional<?> opt) {
                if (opt.isEmpty()) {
                    return;
                }
                value = opt.get();
            }
            if (value == null) {
                return;
            }
            if (value instanceof String s) {
                text(r, c, s);
            } else if (value instanceof Integer i) {
                if (o.numbersAsText()) {
                    text(r, c, Integer.toString(i));
                } else {
                    sheet.number(r, c, i);
                }
            } else if (value instanceof LocalDate d) {
                if (o.datesAsSerials()) {
                    sheet.date(r, c, d);
                } else {
                    text(r, c, JapaneseDates.format(d));
                }
            } else if (value instanceof Choice ch) {
                text(r, c, ch.label());
            } else if (value instanceof FiscalYear fy) {
                text(r, c, fy.label());
            } else if (value instanceof Secret s) {
                text(r, c, s.reveal());
            } else {
                text(r, c, value.toString());
            }
        }
    }

    /** The value at a dotted path below a record ({@code basicInfo.facilityName}, {@code contact1.email}). */
    static Object get(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current instanceof Optional<?> opt) {
                current = opt.orElse(null);
            }
            if (current == null) {
                return null;
            }
            current = component(current, part);
        }
        return current;
    }

    private static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
    }
}
