package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label of a model path for {@link ReadPlacement}: {@code 回線3/グローバルIPアドレス} for
 * {@code lines[2].globalIpAddress}, a block field's qualified label, a table column's label for a path without a row
 * (a sheet with one submission per row), the path itself when the form does not describe it. The same wording as the
 * findings of validation.
 */
final class PathLabels {
    private static final Pattern INDEX = Pattern.compile("^([A-Za-z0-9]+)\\[([0-9]+)\\](?:\\.(.*))?$");

    private PathLabels() {
    }

    static String label(FormDescriptor form, String path, boolean english) {
        Matcher m = INDEX.matcher(path);
        if (m.matches()) {
            TableDescriptor table = table(form, m.group(1));
            if (table != null) {
                int n = Integer.parseInt(m.group(2)) + 1;
                String row = english ? table.labelEn() + " " + n : table.rowLabel(n);
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
        String column = null;
        for (SheetDescriptor sheet : form.sheets()) {
            for (Block b : sheet.blocks()) {
                if (b instanceof TableBlock tb) {
                    if (tb.table().path().equals(path)) {
                        return english ? tb.table().labelEn() : tb.table().label();
                    }
                    for (FieldDescriptor c : tb.table().columns()) {
                        if (column == null && c.path().equals(path)) {
                            column = english ? c.qualifiedLabelEn() : c.qualifiedLabel();
                        }
                    }
                }
                if (b instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        if ((prefix + f.path()).equals(path)) {
                            return english ? f.qualifiedLabelEn() : f.qualifiedLabel();
                        }
                    }
                }
            }
        }
        return column != null ? column : path;
    }

    private static TableDescriptor table(FormDescriptor form, String path) {
        for (SheetDescriptor sheet : form.sheets()) {
            for (TableDescriptor t : sheet.tables()) {
                if (t.path().equals(path)) {
                    return t;
                }
            }
        }
        return null;
    }
}
