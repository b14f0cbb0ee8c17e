package io.github.medsecforms.validation.rules;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.validation.SubmittedForm;
import java.time.LocalDate;

/**
 * One test case of one rule: a submission that must trigger the rule, or a close one that must not.
 *
 * @param ruleId     the rule
 * @param triggers   whether the rule must report something
 * @param name       what the case shows, in a few words
 * @param submission the submission validated
 * @param validator  the validator used (as-of date, diagnosis-day mode)
 */
public record RuleCase(String ruleId, boolean triggers, String name, SubmittedForm submission, FormValidator validator,
                       io.github.medsecforms.validation.PackageInput pkg,
                       java.util.List<io.github.medsecforms.validation.BatchEntry> batch) {
    public RuleCase(String ruleId, boolean triggers, String name, SubmittedForm submission, FormValidator validator) {
        this(ruleId, triggers, name, submission, validator, null, null);
    }

    public RuleCase(String ruleId, boolean triggers, String name, SubmittedForm submission, FormValidator validator,
                    io.github.medsecforms.validation.PackageInput pkg) {
        this(ruleId, triggers, name, submission, validator, pkg, null);
    }

    /** A case checking the submissions of a batch together (rules across submissions). */
    public static RuleCase triggersBatch(String ruleId, String name,
                                         java.util.List<io.github.medsecforms.validation.BatchEntry> batch) {
        return new RuleCase(ruleId, true, name, null, DEFAULT, null, batch);
    }

    public static RuleCase passesBatch(String ruleId, String name,
                                       java.util.List<io.github.medsecforms.validation.BatchEntry> batch) {
        return new RuleCase(ruleId, false, name, null, DEFAULT, null, batch);
    }

    /** A case validating a whole package. */
    public static RuleCase triggersPackage(String ruleId, String name, io.github.medsecforms.validation.PackageInput pkg) {
        return new RuleCase(ruleId, true, name, null, DEFAULT, pkg);
    }

    public static RuleCase passesPackage(String ruleId, String name, io.github.medsecforms.validation.PackageInput pkg) {
        return new RuleCase(ruleId, false, name, null, DEFAULT, pkg);
    }

    /** Validators are built once: "today" is fixed so that date rules give the same answer every day. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    public static final FormValidator DEFAULT = FormValidator.builder().asOf(AS_OF).build();
    public static final FormValidator DIAGNOSIS_DAY = FormValidator.builder().asOf(AS_OF).diagnosisDay(true).build();

    public static RuleCase triggers(String ruleId, String name, Form form) {
        return new RuleCase(ruleId, true, name, SubmittedForm.of(form), DEFAULT);
    }

    public static RuleCase passes(String ruleId, String name, Form form) {
        return new RuleCase(ruleId, false, name, SubmittedForm.of(form), DEFAULT);
    }

    public RuleCase with(FormValidator other) {
        return new RuleCase(ruleId, triggers, name, submission, other, pkg, batch);
    }

    public RuleCase with(SubmittedForm other) {
        return new RuleCase(ruleId, triggers, name, other, validator, pkg, batch);
    }

    @Override
    public String toString() {
        return ruleId + (triggers ? " triggers: " : " passes: ") + name;
    }
}
