package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Severity;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A rule over a whole submission package (stage CROSS_FORM): which documents are present and whether the forms
 * agree with each other. Messages live in the rules bundle under its id, like a form rule's.
 */
public final class PackageRule {
    private final String id;
    private final Severity severity;
    private final String rationale;
    private final Basis basis;
    private final String example;
    private final BiConsumer<PackageView, PackageContext> check;

    private PackageRule(String id, Severity severity, String rationale, Basis basis, String example,
                        BiConsumer<PackageView, PackageContext> check) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.rationale = Objects.requireNonNull(rationale);
        this.basis = Objects.requireNonNull(basis);
        this.example = Objects.requireNonNull(example);
        this.check = Objects.requireNonNull(check);
    }

    public static PackageRule of(String id, Severity severity, String rationale, Basis basis, String example,
                                 BiConsumer<PackageView, PackageContext> check) {
        return new PackageRule(id, severity, rationale, basis, example, check);
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

    public void check(PackageView view, PackageContext context) {
        context.enter(this);
        check.accept(view, context);
    }
}
