package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.validation.BatchEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where batch rules report: at a path of one submission (its file and cell). */
public final class BatchContext {
    private final List<Finding> findings = new ArrayList<>();
    private BatchRule rule;

    void enter(BatchRule rule) {
        this.rule = rule;
    }

    /**
     * Reports at {@code path} of {@code entry}'s submission (the whole form when empty); {@code args} fill {1}, {2}, …
     * ({0} is the label of the path, or the form's title).
     */
    public void report(BatchEntry entry, String path, Object... args) {
        report(entry, path, args, args);
    }

    /** Reports as {@link #report(BatchEntry, String, Object...)}, with arguments of their own for each language. */
    public void report(BatchEntry entry, String path, Object[] argsJa, Object[] argsEn) {
        FormDescriptor descriptor = FormRegistry.get(entry.formId());
        String ja = path.isEmpty() ? descriptor.title() : ModelPaths.label(descriptor, path, false);
        String en = path.isEmpty() ? descriptor.titleEn() : ModelPaths.label(descriptor, path, true);
        findings.add(new Finding(rule.id(), rule.severity(), Stage.ACROSS_SUBMISSIONS, descriptor.id(), entry.file(),
                path, ja, path.isEmpty() ? Optional.empty() : entry.cell(path),
                RuleContext.format(rule.id(), Locale.JAPANESE, ja, argsJa),
                RuleContext.format(rule.id(), Locale.ENGLISH, en, argsEn), Optional.empty()));
    }

    /**
     * Where {@code path} of {@code entry} is, for a message naming the other submission's cell: its sheet and cell
     * ({@code 回線・機器情報記入シート!E12}) when it was read from a workbook, else the field's label.
     */
    public static String where(BatchEntry entry, String path, boolean english) {
        return entry.cell(path).map(Object::toString)
                .orElseGet(() -> ModelPaths.label(FormRegistry.get(entry.formId()), path, english));
    }

    public List<Finding> findings() {
        return findings;
    }
}
