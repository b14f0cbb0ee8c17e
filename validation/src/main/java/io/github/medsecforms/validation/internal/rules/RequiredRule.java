package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Basis;
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
 * The required-field rules of a form, derived from its metadata: every required field, in single-field blocks and in
 * every row of its tables, must hold a value. {@link #of} reports the fields the form marks required ((*) or
 * 【必須】, {@code FieldDescriptor.marked()}) as 「必須項目」; {@link #unmarked} the fields required without a printed
 * mark (by the notice's text or our design), under the form's own id and wording. Fields whose requirement depends on
 * other answers are left to the form's own rules and listed as {@code conditional} (paths without indexes, e.g.
 * {@code lines.globalIpAddress}).
 */
final class RequiredRule {
    private RequiredRule() {
    }

    /** The rule for the fields the form marks required; {@code basis} says where the marks come from. */
    static <F extends Form> Rule<F> of(Class<F> type, String id, Set<String> conditional, Basis basis) {
        return Rule.of(type, id, Severity.ERROR, Stage.REQUIRED,
                "様式で必須の印（" + FormRegistry.describe(type).requiredMark() + "）がある項目は空欄にしない",
                basis, "必須項目が空欄", (form, ctx) -> check(form, ctx, conditional, true));
    }

    /** The rule for fields required without a printed mark: its own id, rationale, basis, example and message. */
    static <F extends Form> Rule<F> unmarked(Class<F> type, String id, Set<String> conditional, String rationale,
                                             Basis basis, String example) {
        return Rule.of(type, id, Severity.ERROR, Stage.REQUIRED, rationale, basis, example,
                (form, ctx) -> check(form, ctx, conditional, false));
    }

    private static void check(Form form, RuleContext ctx, Set<String> conditional, boolean marked) {
        FormDescriptor descriptor = ctx.descriptor();
        for (SheetDescriptor sheet : descriptor.sheets()) {
            for (Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        String path = prefix + f.path();
                        if (f.required() && f.marked() == marked && f.appliesTo(form.version())
                                && !conditional.contains(path)
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
                        if (c.required() && c.marked() == marked && c.appliesTo(form.version())
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
