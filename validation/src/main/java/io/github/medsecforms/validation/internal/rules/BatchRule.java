package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Severity;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A rule across the submissions of a batch (stage ACROSS_SUBMISSIONS): a prefecture's or the secretariat's whole inbox
 * checked as one. It sees only what {@link BatchKeys} keeps of each submission, never the forms, and must be linear
 * in the number of submissions (index by key, never compare all pairs). Messages live in the rules bundle under its
 * id, like a form rule's.
 */
public final class BatchRule {
    private final String id;
    private final Severity severity;
    private final String rationale;
    private final Basis basis;
    private final String example;
    private final BiConsumer<BatchView, BatchContext> check;

    private BatchRule(String id, Severity severity, String rationale, Basis basis, String example,
                      BiConsumer<BatchView, BatchContext> check) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.rationale = Objects.requireNonNull(rationale);
        this.basis = Objects.requireNonNull(basis);
        this.example = Objects.requireNonNull(example);
        this.check = Objects.requireNonNull(check);
    }

    public static BatchRule of(String id, Severity severity, String rationale, Basis basis, String example,
                               BiConsumer<BatchView, BatchContext> check) {
        return new BatchRule(id, severity, rationale, basis, example, check);
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String rationale() {
        return rationale;
    }

    /** Where the rule comes from: a seed and a quote, or our design and its reason. */
    public Basis basis() {
        return basis;
    }

    public String example() {
        return example;
    }

    public void check(BatchView view, BatchContext context) {
        context.enter(this);
        check.accept(view, context);
    }
}
