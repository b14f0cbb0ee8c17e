package io.github.medsecforms.validation;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.validation.internal.rules.Rule;
import io.github.medsecforms.validation.internal.rules.RuleContext;
import io.github.medsecforms.validation.internal.rules.RuleRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Validates forms: the problems the reader found, the field constraints (Hibernate Validator), then every rule of
 * the form, stage by stage; a missing value is not reported again when it was missing because it could not be read.
 * Thread-safe and cheap to share; build one with {@link #create()} or {@link #builder()}.
 *
 * <pre>{@code
 * FormValidator validator = FormValidator.builder().asOf(LocalDate.of(2025, 3, 31)).build();
 * Report report = validator.validate(form);
 * System.out.print(report.toText(Locale.JAPANESE));
 * }</pre>
 */
public final class FormValidator {
    /** The default cap on findings listed in a report (all are counted). */
    public static final int DEFAULT_MAX_FINDINGS = 200;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final FieldValidator fields;
    private final Clock clock;
    private final LocalDate asOf;
    private final boolean diagnosisDay;
    private final int maxFindings;

    private FormValidator(Builder b) {
        this.fields = FieldValidator.create();
        this.clock = b.clock;
        this.asOf = b.asOf;
        this.diagnosisDay = b.diagnosisDay;
        this.maxFindings = b.maxFindings;
    }

    /** A validator judging dates against today in Japan, outside the diagnosis-day mode. */
    public static FormValidator create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Validates a form built in code or read from JSON or XML. */
    public Report validate(Form form) {
        return validate(SubmittedForm.of(form));
    }

    /** Validates a submitted form, pointing findings at the cells it was read from. */
    public Report validate(SubmittedForm submission) {
        Form form = submission.form();
        String formId = FormRegistry.describe(form).id();
        List<Finding> findings = new ArrayList<>();
        for (Finding f : submission.readFindings()) {
            findings.add(f.withFile(submission.file()));
        }
        Set<String> unreadable = new HashSet<>();
        submission.readFindings().forEach(f -> unreadable.add(f.path()));

        List<FieldViolation> ja = fields.validate(form, Locale.JAPANESE);
        // the constraints do not depend on the language, only their messages: no Japanese violation, no English one
        List<FieldViolation> en = ja.isEmpty() ? List.of() : fields.validate(form, Locale.ENGLISH);
        for (int i = 0; i < ja.size(); i++) {
            FieldViolation v = ja.get(i);
            findings.add(new Finding(v.code(), v.severity(), Stage.FIELDS, formId, submission.file(), v.path(),
                    v.label(), submission.origins().find(v.path()), v.message(), en.get(i).message(),
                    java.util.Optional.empty()));
        }

        RuleContext context = new RuleContext(form, asOf(), diagnosisDay, submission.origins(), submission.credentials());
        for (Rule<?> rule : RuleRegistry.forType(form.getClass())) {
            rule.check(form, context);
        }
        for (Finding f : context.findings()) {
            if (f.stage() == Stage.REQUIRED && unreadable.contains(f.path())) {
                continue; // already reported as unreadable
            }
            findings.add(f.withFile(submission.file()));
        }
        return Report.of(formId, submission.file(), findings, maxFindings, context.derived());
    }

    /**
     * Validates a submission package: every form on its own, which of the seven documents of 別紙1 are present, and
     * whether the forms agree with each other.
     */
    public PackageReport validatePackage(PackageInput input) {
        List<Report> reports = new ArrayList<>();
        for (SubmittedForm s : input.forms()) {
            reports.add(validate(s));
        }
        io.github.medsecforms.validation.internal.rules.PackageView view =
                new io.github.medsecforms.validation.internal.rules.PackageView(input);
        io.github.medsecforms.validation.internal.rules.PackageContext context =
                new io.github.medsecforms.validation.internal.rules.PackageContext();
        for (var rule : RuleRegistry.packageRules()) {
            rule.check(view, context);
        }
        Report crossForm = Report.of("", "", context.findings(), maxFindings, java.util.Map.of());
        return new PackageReport(view.documents(), reports, crossForm);
    }

    /**
     * Checks the submissions of a batch as a whole (rules BAT-nnn, docs/batch.md): resubmissions and duplicates of one
     * hospital and form, one code with two names or one name with two codes, one global address in the line surveys
     * of two hospitals, a form older than the rest, a hospital checklist contradicting the line survey of the same
     * hospital in another file. Linear in the number of submissions. Each submission is validated
     * on its own beforehand ({@link #validate(SubmittedForm)}); this sees only their {@link BatchEntry}s.
     *
     * @param entries the submissions, in input order
     * @param order   an explicit order of files, oldest first, overriding the default order of the newest (empty for
     *                none)
     */
    public BatchReport validateBatch(List<BatchEntry> entries, List<String> order) {
        var view = new io.github.medsecforms.validation.internal.rules.BatchView(entries, order);
        var context = new io.github.medsecforms.validation.internal.rules.BatchContext();
        for (var rule : RuleRegistry.batchRules()) {
            rule.check(view, context);
        }
        java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<String>> hospitals = new java.util.HashMap<>();
        for (BatchEntry e : entries) {
            int[] c = counts.computeIfAbsent(e.formId(), k -> new int[4]);
            c[0]++;
            if (e.hospitalKey().isPresent()) {
                hospitals.computeIfAbsent(e.formId(), k -> new HashSet<>()).add(e.hospitalKey().get());
            } else {
                c[1]++;
            }
        }
        for (Finding f : context.findings()) {
            int[] c = counts.get(f.formId());
            if (c != null) {
                c[f.ruleId().equals(BatchReport.DUPLICATE_RULE) ? 2 : 3]++;
            }
        }
        List<BatchReport.FormSummary> forms = new ArrayList<>();
        counts.forEach((id, c) -> forms.add(new BatchReport.FormSummary(id, c[0],
                hospitals.getOrDefault(id, Set.of()).size(), c[1], c[2], c[3])));
        Report report = Report.of("", "", context.findings(), maxFindings, java.util.Map.of());
        return new BatchReport(entries.size(), report, view.superseded(), forms);
    }

    private LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(JAPAN));
    }

    /** Settings of a {@link FormValidator}. */
    public static final class Builder {
        private Clock clock = Clock.system(JAPAN);
        private LocalDate asOf;
        private boolean diagnosisDay;
        private int maxFindings = DEFAULT_MAX_FINDINGS;

        private Builder() {
        }

        /** Judge dates against this day instead of today (dates after it are errors on checklists). */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date);
            return this;
        }

        /** The clock giving "today" when no as-of date is set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * The vulnerability-diagnosis day: dynamic-IP lines must then carry the day's confirmed address (an error
         * instead of a reminder).
         */
        public Builder diagnosisDay(boolean diagnosisDay) {
            this.diagnosisDay = diagnosisDay;
            return this;
        }

        /** At most this many findings are listed in a report (all are counted). */
        public Builder maxFindings(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFindings must be positive: " + max);
            }
            this.maxFindings = max;
            return this;
        }

        public FormValidator build() {
            return new FormValidator(this);
        }
    }
}
