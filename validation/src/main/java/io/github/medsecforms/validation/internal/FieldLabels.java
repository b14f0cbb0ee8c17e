package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.meta.FormSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a form's fields by model path, from its {@link FormDescriptor}: what violations and messages call a
 * field, and the field's position in the form (for ordering).
 */
final class FieldLabels {
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");
    private static final FieldLabels NONE = new FieldLabels(Map.of(), "", "");
    private static final ClassValue<FieldLabels> CACHE = new ClassValue<>() {
        @Override
        protected FieldLabels computeValue(Class<?> type) {
            return build(type);
        }
    };

    private final Map<String, Entry> entries;
    private final String title;
    private final String titleEn;

    private FieldLabels(Map<String, Entry> entries, String title, String titleEn) {
        this.entries = entries;
        this.title = title;
        this.titleEn = titleEn;
    }

    /** A field as the descriptor knows it: its position in the form, and its table when it is a column. */
    private record Entry(int ordinal, int blockOrdinal, FieldDescriptor field, TableDescriptor table) {
    }

    /**
     * Where a violation is.
     *
     * @param label     Japanese label of the field, qualified by table and groups, without the row
     * @param labelJa   Japanese name for messages, with the row label of tables (e.g. {@code 回線・機器情報/回線1/…})
     * @param labelEn   English name for messages, with the row number of tables
     * @param secret    whether the field holds a secret
     * @param block     position in the form of the field, or of its table for a column ({@link Integer#MAX_VALUE}
     *                  when unknown): violations are ordered by block, then row, then field
     * @param ordinal   position of the field in the form; {@link Integer#MAX_VALUE} when unknown
     * @param indexes   the list indexes in the path, outermost first
     */
    record Location(String label, String labelJa, String labelEn, boolean secret, int block, int ordinal,
                    List<Integer> indexes) {
    }

    /** The labels of a form record type; empty for types that are not {@link FormSpec} forms. */
    static FieldLabels of(Class<?> rootType) {
        return CACHE.get(rootType);
    }

    private static FieldLabels build(Class<?> type) {
        if (!Form.class.isAssignableFrom(type) || !type.isRecord() || !type.isAnnotationPresent(FormSpec.class)) {
            return NONE;
        }
        FormDescriptor form = FormRegistry.describe(type.asSubclass(Form.class));
        Map<String, Entry> entries = new HashMap<>();
        for (SheetDescriptor sheet : form.sheets()) {
            for (SheetDescriptor.Block block : sheet.blocks()) {
                if (block instanceof SheetDescriptor.FieldBlock fields) {
                    for (FieldDescriptor field : fields.fields()) {
                        int ordinal = entries.size();
                        entries.putIfAbsent(join(fields.path(), field.path()), new Entry(ordinal, ordinal, field, null));
                    }
                } else if (block instanceof SheetDescriptor.TableBlock tableBlock) {
                    TableDescriptor table = tableBlock.table();
                    int start = entries.size();
                    for (FieldDescriptor column : table.columns()) {
                        entries.putIfAbsent(join(table.path(), column.path()),
                                new Entry(entries.size(), start, column, table));
                    }
                }
            }
        }
        return new FieldLabels(Map.copyOf(entries), form.title(), form.titleEn());
    }

    private static String join(String prefix, String path) {
        return prefix.isEmpty() ? path : prefix + "." + path;
    }

    /** Locates a model path such as {@code lines[2].globalIpAddress}. */
    Location locate(String path) {
        List<Integer> indexes = new ArrayList<>();
        Matcher m = INDEX.matcher(path);
        while (m.find()) {
            indexes.add(parseIndex(m.group(1)));
        }
        if (path.isEmpty()) {
            return new Location(title, title, titleEn, false, -1, -1, indexes);
        }
        Entry entry = entries.get(INDEX.matcher(path).replaceAll(""));
        if (entry == null) {
            return new Location(path, path, path, false, Integer.MAX_VALUE, Integer.MAX_VALUE, indexes);
        }
        FieldDescriptor field = entry.field();
        boolean secret = field.kind() == ValueKind.SECRET;
        TableDescriptor table = entry.table();
        if (table == null || indexes.isEmpty() || indexes.get(0) < 0) {
            String label = table == null ? field.qualifiedLabel() : table.label() + "/" + field.qualifiedLabel();
            String labelEn = table == null ? field.qualifiedLabelEn()
                    : table.labelEn() + " / " + field.qualifiedLabelEn();
            return new Location(label, label, labelEn, secret, entry.blockOrdinal(), entry.ordinal(), indexes);
        }
        int row = indexes.get(0) + 1;
        return new Location(table.label() + "/" + field.qualifiedLabel(),
                table.label() + "/" + table.rowLabel(row) + "/" + field.qualifiedLabel(),
                table.labelEn() + " / row " + row + " / " + field.qualifiedLabelEn(),
                secret, entry.blockOrdinal(), entry.ordinal(), indexes);
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
