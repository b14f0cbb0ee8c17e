package io.github.medsecforms.validation;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.validation.internal.rules.Rule;
import io.github.medsecforms.validation.internal.rules.RuleContext;
import io.github.medsecforms.validation.internal.rules.RuleRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every rule medsec-forms checks, as data: what docs/rules.md is generated from. */
public final class RuleCatalogue {
    /** The form id under which package rules are listed. */
    public static final String PACKAGE = "package";
    /** The form id under which the rules across the submissions of a batch are listed. */
    public static final String BATCH = "batch";

    private RuleCatalogue() {
    }

    /** All rules, in catalogue order (form by form). */
    public static List<RuleInfo> rules() {
        List<RuleInfo> all = new java.util.ArrayList<>(RuleRegistry.all().stream().map(RuleCatalogue::info).toList());
        LocalizedMessages m = RuleContext.MESSAGES;
        for (var r : RuleRegistry.packageRules()) {
            all.add(new RuleInfo(r.id(), PACKAGE, r.severity(), Stage.CROSS_FORM, m.format(r.id(), Locale.JAPANESE),
                    m.format(r.id(), Locale.ENGLISH), r.rationale(), r.example(), r.basis()));
        }
        for (var r : RuleRegistry.batchRules()) {
            all.add(new RuleInfo(r.id(), BATCH, r.severity(), Stage.ACROSS_SUBMISSIONS, m.format(r.id(), Locale.JAPANESE),
                    m.format(r.id(), Locale.ENGLISH), r.rationale(), r.example(), r.basis()));
        }
        return List.copyOf(all);
    }

    /** The rule with {@code id}. */
    public static Optional<RuleInfo> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static RuleInfo info(Rule<?> r) {
        LocalizedMessages m = RuleContext.MESSAGES;
        return new RuleInfo(r.id(), r.formId(), r.severity(), r.stage(), m.format(r.id(), Locale.JAPANESE),
                m.format(r.id(), Locale.ENGLISH), r.rationale(), r.example(), r.basis());
    }
}
