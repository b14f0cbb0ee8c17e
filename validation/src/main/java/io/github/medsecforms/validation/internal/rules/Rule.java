package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.Stage;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A rule over a whole form: a stable id ({@code LDS-012}), severity, stage, a one-line rationale (why the rule is
 * there), its basis (a seed and a quote, or our design and its reason: see {@link Basis}), an example of what
 * triggers it, and the check. Its messages live in the bundle
 * {@code io.github.medsecforms.validation.rules} under its id ({0} is always the label of what it concerns).
 *
 * @param <F> the form type it checks
 */
public final class Rule<F extends Form> {
    private final Class<F> formType;
    private final String id;
    private final Severity severity;
    private final Stage stage;
    private final String rationale;
    private final Basis basis;
    private final String example;
    private final BiConsumer<F, RuleContext> check;

    private Rule(Class<F> formType, String id, Severity severity, Stage stage, String rationale, Basis basis,
                 String example, BiConsumer<F, RuleContext> check) {
        this.formType = Objects.requireNonNull(formType);
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.stage = Objects.requireNonNull(stage);
        this.rationale = Objects.requireNonNull(rationale);
        this.basis = Objects.requireNonNull(basis);
        this.example = Objects.requireNonNull(example);
        this.check = Objects.requireNonNull(check);
    }

    /** A rule; {@code check} reports through the context. */
    public static <F extends Form> Rule<F> of(Class<F> formType, String id, Severity severity, Stage stage,
                                              String rationale, Basis basis, String example,
                                              BiConsumer<F, RuleContext> check) {
        return new Rule<>(formType, id, severity, stage, rationale, basis, example, check);
    }

    public Class<F> formType() {
        return formType;
    }

    public String formId() {
        return FormRegistry.describe(formType).id();
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public Stage stage() {
        return stage;
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

    /** Runs the check on a form of this rule's type. */
    public void check(Form form, RuleContext context) {
        context.enter(this);
        check.accept(formType.cast(form), context);
    }

    @Override
    public String toString() {
        return id;
    }
}
