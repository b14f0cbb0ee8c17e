package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** The paths a form's metadata describes, list indices as {@code []}: computed once per form. */
    private static final ClassValue<Set<String>> KNOWN = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> formType) {
            @SuppressWarnings("unchecked")
            FormDescriptor form = FormRegistry.describe((Class<? extends Form>) formType);
            Set<String> known = new HashSet<>();
            for (SheetDescriptor sheet : form.sheets()) {
                for (Block b : sheet.blocks()) {
                    if (b instanceof TableBlock tb) {
                        String table = tb.table().path();
                        known.add(table);
                        known.add(table + "[]");
                        tb.table().columns().forEach(c -> known.add(table + "[]." + c.path()));
                    } else if (b instanceof FieldBlock fb) {
                        String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                        if (!fb.path().isEmpty()) {
                            known.add(fb.path());
                        }
                        fb.fields().forEach(f -> known.add(prefix + f.path()));
                    }
                }
            }
            return Set.copyOf(known);
        }
    };

    private static final Pattern ANY_INDEX = Pattern.compile("\\[[0-9]+\\]");

    /**
     * Whether the form's metadata describes {@code path}: the form as a whole ({@code ""}), a field
     * ({@code basicInfo.facilityName}), a block
     * ({@code floorPlan}), a table ({@code lines}), a row ({@code lines[2]}) or a row's column
     * ({@code lines[2].globalIpAddress}). A rule reports only such paths, so that a finding always has a label and a
     * cell; a typo ({@code lines[2].vulnerabilityScna}) is caught by the tests, which run with assertions on
     * ({@link RuleContext}) and check every path the rules' sources name ({@code RulePathsTest}).
     */
    public static boolean isKnown(FormDescriptor form, String path) {
        return path.isEmpty() || KNOWN.get(form.type()).contains(ANY_INDEX.matcher(path).replaceAll("[]"));
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
