package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.validation.internal.ReportFormats;
import io.github.medsecforms.validation.internal.json.ReportJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of validating a submission package: which of the seven documents are present (and in which files),
 * the report of each form, and the findings across forms. Valid when no form and no cross-form check has an error.
 *
 * @param documents     for each of the seven documents of 別紙1, the files found for it (empty if missing)
 * @param reports       one report per form, in input order
 * @param crossForm     the package-level report: presence of documents and consistency between forms
 */
public record PackageReport(Map<DocumentKind, List<String>> documents, List<Report> reports, Report crossForm) {
    public PackageReport {
        documents = Map.copyOf(documents);
        reports = List.copyOf(reports);
    }

    /** Whether no form and no cross-form check has an error. */
    public boolean valid() {
        return crossForm.valid() && reports.stream().allMatch(Report::valid);
    }

    /** Findings of {@code severity} in the whole package. */
    public int count(Severity severity) {
        return crossForm.count(severity) + reports.stream().mapToInt(r -> r.count(severity)).sum();
    }

    public String toJson(Locale locale) {
        return ReportJson.toString(this, locale);
    }

    public String toText(Locale locale) {
        return ReportFormats.packageText(this, locale);
    }

    /** TSV of every finding (cross-form first), one a line: severity, sheet, cell, rule id, message. */
    public String toTsv(Locale locale) {
        StringBuilder sb = new StringBuilder(crossForm.toTsv(locale));
        reports.forEach(r -> sb.append(r.toTsv(locale)));
        return sb.toString();
    }
}
