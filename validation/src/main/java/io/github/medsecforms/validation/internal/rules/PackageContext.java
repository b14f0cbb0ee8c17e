package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.validation.SubmittedForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where package rules report: at a path of one submission's form, or at the package as a whole. */
public final class PackageContext {
    private final List<Finding> findings = new ArrayList<>();
    private PackageRule rule;

    void enter(PackageRule rule) {
        this.rule = rule;
    }

    /** Reports at {@code path} of {@code submission}'s form; {@code args} fill {1}, {2}, … ({0} is the label). */
    public void report(SubmittedForm submission, String path, Object... args) {
        var descriptor = FormRegistry.describe(submission.form());
        String ja = path.isEmpty() ? descriptor.title() : ModelPaths.label(descriptor, path, false);
        String en = path.isEmpty() ? descriptor.titleEn() : ModelPaths.label(descriptor, path, true);
        Origins origins = submission.origins();
        findings.add(new Finding(rule.id(), rule.severity(), Stage.CROSS_FORM, descriptor.id(), submission.file(), path,
                ja, path.isEmpty() ? Optional.empty() : origins.find(path),
                RuleContext.format(rule.id(), Locale.JAPANESE, ja, args),
                RuleContext.format(rule.id(), Locale.ENGLISH, en, args), Optional.empty()));
    }

    /** Reports at the package as a whole; {0} is the Japanese or English name of {@code subject}. */
    public void reportPackage(String subjectJa, String subjectEn, Object... args) {
        findings.add(new Finding(rule.id(), rule.severity(), Stage.CROSS_FORM, "", "", "", subjectJa, Optional.empty(),
                RuleContext.format(rule.id(), Locale.JAPANESE, subjectJa, args),
                RuleContext.format(rule.id(), Locale.ENGLISH, subjectEn, args), Optional.empty()));
    }

    public List<Finding> findings() {
        return findings;
    }
}
