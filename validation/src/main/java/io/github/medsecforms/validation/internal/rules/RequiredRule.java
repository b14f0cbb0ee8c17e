package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.TableDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The required-field rule of a form, derived from its metadata: every field the form marks required ((*) or
 * 【必須】), in single-field blocks and in every row of its tables, must hold a value. Fields whose requirement depends
 * on other answers are left to the form's own rules and listed as {@code conditional} (paths without indexes, e.g.
 * {@code lines.globalIpAddress}).
 */
final class RequiredRule {
    private RequiredRule() {
    }

    static <F extends Form> Rule<F> of(Class<F> type, String id, Set<String> conditional) {
        return Rule.of(type, id, Severity.ERROR, Stage.REQUIRED,
                "様式で必須（(*)・【必須】）とされている項目 (" + FormRegistry.describe(type).source() + ")",
                "必須項目が空欄", (form, ctx) -> check(form, ctx, conditional));
    }

    private static void check(Form form, RuleContext ctx, Set<String> conditional) {
        FormDescriptor descriptor = ctx.descriptor();
        for (SheetDescriptor sheet : descriptor.sheets()) {
            for (Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        String path = prefix + f.path();
                        if (f.required() && f.appliesTo(form.version()) && !conditional.contains(path)
                                && ModelPaths.isEmpty(ModelPaths.value(form, path).orElse(null))) {
                            ctx.report(path);
                        }
                    }
                } else if (block instanceof TableBlock tb) {
                    TableDescriptor table = tb.table();
                    List<?> rows = (List<?>) ModelPaths.value(form, table.path()).orElse(List.of());
                    if (rows.isEmpty()) {
                        continue;
                    }
                    List<FieldDescriptor> required = new ArrayList<>();
                    for (FieldDescriptor c : table.columns()) {
                        if (c.required() && c.appliesTo(form.version())
                                && !conditional.contains(table.path() + "." + c.path())) {
                            required.add(c);
                        }
                    }
                    // value(row i, column) is value(form, "table[i].column"): the row's Optional unwrapped, a
                    // missing row or column empty
                    for (int i = 0; i < rows.size(); i++) {
                        Object row = rows.get(i);
                        if (row instanceof Optional<?> o) {
                            row = o.orElse(null);
                        }
                        for (FieldDescriptor c : required) {
                            if (row == null || ModelPaths.isEmpty(ModelPaths.value(row, c.path()).orElse(null))) {
                                ctx.report(table.path() + "[" + i + "]." + c.path());
                            }
                        }
                    }
                }
            }
        }
    }
}
