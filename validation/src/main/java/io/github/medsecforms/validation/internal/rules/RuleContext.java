package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Origins;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule sees besides the form: the as-of date, the diagnosis-day mode, where values came from; and where it
 * reports. Messages are formatted in Japanese and English at once, {0} being the label of the path reported.
 */
public final class RuleContext {
    /** Rule messages, by rule id: Japanese base and English. */
    public static final LocalizedMessages MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.validation.rules", RuleContext.class);

    private final LocalDate asOf;
    private final boolean diagnosisDay;
    private final Origins origins;
    private final FormDescriptor descriptor;
    private final String formId;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> derived = new LinkedHashMap<>();
    private Rule<?> rule;

    private final java.util.Optional<io.github.medsecforms.model.linesurvey.CredentialList> credentials;

    public RuleContext(Form form, LocalDate asOf, boolean diagnosisDay, Origins origins,
                       java.util.Optional<io.github.medsecforms.model.linesurvey.CredentialList> credentials) {
        this.credentials = credentials;
        this.asOf = asOf;
        this.diagnosisDay = diagnosisDay;
        this.origins = origins;
        this.descriptor = FormRegistry.describe(form);
        this.formId = descriptor.id();
    }

    void enter(Rule<?> rule) {
        this.rule = rule;
    }

    /** The date findings are judged against ("today" unless the caller says otherwise). */
    /**
     * Whether the form has a place for {@code path}: always for a form not read from a workbook (JSON, code), else
     * whether the reader found a cell or column for it. A rule asking for a column of our own design uses it, so that
     * a layout drawn without that column is not asked to fill it (docs/decisions.md D-78).
     */
    public boolean hasPlace(String path) {
        return origins.isEmpty() || origins.find(path).isPresent();
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Whether this is the vulnerability-diagnosis day, when dynamic-IP lines must carry the day's address. */
    public boolean diagnosisDay() {
        return diagnosisDay;
    }

    /** A password list found with the form (its content is never shown). */
    public java.util.Optional<io.github.medsecforms.model.linesurvey.CredentialList> credentials() {
        return credentials;
    }

    public FormDescriptor descriptor() {
        return descriptor;
    }

    /** Reports the current rule at {@code path}; {@code args} fill {1}, {2}, … of its message. */
    public void report(String path, Object... args) {
        add(path, Optional.empty(), args);
    }

    /** Like {@link #report} and shows {@code value} (never pass a secret). {@code value} is also {1}. */
    public void reportValue(String path, Object value, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = String.valueOf(value);
        System.arraycopy(args, 0, all, 1, args.length);
        add(path, Optional.of(String.valueOf(value)), all);
    }

    /** Records a value derived from the form (shown in the report), e.g. {@code supportPolicy}. */
    public void derive(String key, String value) {
        derived.put(key, value);
    }

    /** Paths of what a workbook carries besides its form: the password list (FormReader.CREDENTIALS_PATH). */
    static final java.util.Set<String> OUTSIDE_THE_FORM = java.util.Set.of("credentials");

    private void add(String path, Optional<String> value, Object[] args) {
        // tests run with assertions on: a rule reporting a path the metadata does not describe (a typo) fails them;
        // a user's run reports the finding as before, labelled by its path
        assert ModelPaths.isKnown(descriptor, path) || OUTSIDE_THE_FORM.contains(path)
                : "rule " + rule.id() + " reports " + path + ", a path " + formId + "'s metadata does not describe";
        String labelJa = ModelPaths.label(descriptor, path, false);
        String labelEn = ModelPaths.label(descriptor, path, true);
        findings.add(new Finding(rule.id(), rule.severity(), rule.stage(), formId, "", path, labelJa,
                origins.find(path), format(rule.id(), Locale.JAPANESE, labelJa, args),
                format(rule.id(), Locale.ENGLISH, labelEn, args), value));
    }

    static String format(String key, Locale locale, String label, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = label;
        System.arraycopy(args, 0, all, 1, args.length);
        return MESSAGES.format(key, locale, all);
    }

    public List<Finding> findings() {
        return findings;
    }

    public Map<String, String> derived() {
        return derived;
    }
}
