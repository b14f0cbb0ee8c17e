package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Model paths ({@code lines[2].globalIpAddress}): their Japanese labels and their values. */
public final class ModelPaths {
    private static final Pattern INDEX = Pattern.compile("^([A-Za-z0-9]+)\\[([0-9]+)\\](?:\\.(.*))?$");

    private ModelPaths() {
    }

    /**
     * The Japanese label of a path: {@code 回線3/グローバルIPアドレス} for {@code lines[2].globalIpAddress},
     * {@code 基本情報記入シート/医療機関名} style labels for block fields (the field's qualified label), the table's
     * name for a table, the path itself when the form does not describe it.
     */
    public static String label(FormDescriptor form, String path, boolean english) {
        Matcher m = INDEX.matcher(path);
        if (m.matches()) {
            TableDescriptor table = table(form, m.group(1));
            if (table != null) {
                String row = english ? table.labelEn() + " " + (Integer.parseInt(m.group(2)) + 1)
                        : table.rowLabel(Integer.parseInt(m.group(2)) + 1);
                if (m.group(3) == null) {
                    return row;
                }
                for (FieldDescriptor c : table.columns()) {
                    if (c.path().equals(m.group(3))) {
                        return row + "/" + (english ? c.qualifiedLabelEn() : c.qualifiedLabel());
                    }
                }
                return row;
            }
        }
        for (SheetDescriptor sheet : form.sheets()) {
            for (Block b : sheet.blocks()) {
                if (b instanceof TableBlock tb && tb.table().path().equals(path)) {
                    return english ? tb.table().labelEn() : tb.table().label();
                }
                if (b instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        if ((prefix + f.path()).equals(path)) {
                            return english ? f.qualifiedLabelEn() : f.qualifiedLabel();
                        }
                    }
                    if (!fb.path().isEmpty() && fb.path().equals(path)) {
                        return sheet.name();
                    }
                }
            }
        }
        return path;
    }

    static TableDescriptor table(FormDescriptor form, String path) {
        for (SheetDescriptor sheet : form.sheets()) {
            for (TableDescriptor t : sheet.tables()) {
                if (t.path().equals(path)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The value at a path; see {@link FormPaths#value}. */
    public static Optional<Object> value(Object root, String path) {
        return FormPaths.value(root, path);
    }

    /** Whether a value is empty; see {@link FormPaths#isEmpty}. */
    public static boolean isEmpty(Object value) {
        return FormPaths.isEmpty(value);
    }
}
