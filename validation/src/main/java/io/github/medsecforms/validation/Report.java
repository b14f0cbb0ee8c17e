package io.github.medsecforms.validation;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.internal.ReportFormats;
import io.github.medsecforms.validation.internal.json.ReportJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of validating a form: whether it is valid (no errors), how many findings of each severity, and the
 * findings themselves in the order users should fix them — errors first, then by stage — capped to a limit while the
 * counts stay exact, so that warnings never hide errors. Renders as JSON, plain text and TSV (what a VBA macro
 * pastes into a sheet).
 */
public final class Report {
    /** Findings are ordered by severity (errors first), then by stage, then as found. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::stage);

    private final String formId;
    private final String file;
    private final List<Finding> findings;
    private final Map<Severity, Integer> counts;
    private final int total;
    private final Map<String, String> derived;

    private Report(String formId, String file, List<Finding> shown, Map<Severity, Integer> counts, int total,
                   Map<String, String> derived) {
        this.formId = formId;
        this.file = file;
        this.findings = shown;
        this.counts = counts;
        this.total = total;
        this.derived = derived;
    }

    /**
     * A report over {@code findings}, keeping at most {@code limit} of them (all counted).
     *
     * @param derived values the rules derived from the form (e.g. {@code supportPolicy} → {@code 支援A}), in order
     */
    public static Report of(String formId, String file, List<Finding> findings, int limit, Map<String, String> derived) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : sorted) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        List<Finding> shown = List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
        return new Report(formId == null ? "" : formId, file == null ? "" : file, shown,
                Collections.unmodifiableMap(counts), sorted.size(),
                Collections.unmodifiableMap(new LinkedHashMap<>(derived)));
    }

    /** The form validated. */
    public String formId() {
        return formId;
    }

    /** The file the form came from, or empty. */
    public String file() {
        return file;
    }

    /** Whether there is no error (warnings and information do not make a form invalid). */
    public boolean valid() {
        return counts.get(Severity.ERROR) == 0;
    }

    /** The number of findings of {@code severity}, whether shown or not. */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /** The number of findings, whether shown or not. */
    public int total() {
        return total;
    }

    /** The findings shown, errors first; at most the limit. */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether some findings were left out by the limit. */
    public boolean truncated() {
        return findings.size() < total;
    }

    /** Values derived from the form by its rules (e.g. the offline-backup 支援方針), in order. */
    public Map<String, String> derived() {
        return derived;
    }

    /** JSON: {@code {"formId", "file", "valid", "counts", "total", "truncated", "derived", "findings": [...]}}. */
    public String toJson(Locale locale) {
        return ReportJson.toString(this, locale);
    }

    /** Plain text for people: a summary line, then one finding a line with its location. */
    public String toText(Locale locale) {
        return ReportFormats.text(this, locale);
    }

    /**
     * TSV, one finding a line: severity, sheet, cell, rule id, message (no header, tabs and line breaks in messages
     * replaced by spaces), for a VBA macro to paste into a sheet.
     */
    public String toTsv(Locale locale) {
        return ReportFormats.tsv(this, locale);
    }

    @Override
    public String toString() {
        return "Report[" + formId + ", valid=" + valid() + ", " + counts + "]";
    }
}
