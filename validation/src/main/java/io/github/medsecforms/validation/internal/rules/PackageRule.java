package io.github.medsecforms.validation.internal.rules;

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
    private final String example;
    private final BiConsumer<PackageView, PackageContext> check;

    private PackageRule(String id, Severity severity, String rationale, String example,
                        BiConsumer<PackageView, PackageContext> check) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.rationale = Objects.requireNonNull(rationale);
        this.example = Objects.requireNonNull(example);
        this.check = Objects.requireNonNull(check);
    }

    public static PackageRule of(String id, Severity severity, String rationale, String example,
                                 BiConsumer<PackageView, PackageContext> check) {
        return new PackageRule(id, severity, rationale, example, check);
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

    public String example() {
        return example;
    }

    public void check(PackageView view, PackageContext context) {
        context.enter(this);
        check.accept(view, context);
    }
}
