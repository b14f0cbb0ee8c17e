package io.github.medsecforms.validation;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.validation.internal.ReportFormats;
import io.github.medsecforms.validation.internal.json.ReportJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of the rules across the submissions of a batch (BAT-nnn, docs/batch.md): their findings (each at the
 * file and cell it concerns), the submissions a newer one of the same hospital and form supersedes (what
 * {@code import --latest} leaves out, with the reason), and per form the numbers of files, hospitals, duplicates and
 * conflicts.
 *
 * @param submissions the number of submissions checked together
 * @param findings    the findings, as a report without form or file of its own
 * @param superseded  the superseded submissions, in input order of their hospitals
 * @param forms       per form, in the order forms first appear in the batch
 */
public record BatchReport(int submissions, Report findings, List<Superseded> superseded, List<FormSummary> forms) {
    /** The id of the rule that flags superseded submissions (resubmissions and duplicates). */
    public static final String DUPLICATE_RULE = "BAT-001";

    public BatchReport {
        superseded = List.copyOf(superseded);
        forms = List.copyOf(forms);
    }

    /**
     * A submission a newer one supersedes.
     *
     * @param file     its file
     * @param formId   its form
     * @param hospital the hospital, as shown (code and name)
     * @param newer    the file of the newer submission kept instead
     * @param reason   why the other is newer, in Japanese
     * @param reasonEn the same in English
     */
    public record Superseded(String file, String formId, String hospital, String newer, String reason,
                             String reasonEn) {
        public String reason(Locale locale) {
            return io.github.medsecforms.model.LocalizedMessages.isEnglish(locale) ? reasonEn : reason;
        }
    }

    /**
     * The batch summary of one form.
     *
     * @param formId       the form
     * @param files        the submissions read
     * @param hospitals    the distinct hospitals among them (by hospital key)
     * @param unidentified submissions that name no hospital (no key: counted as files, not as hospitals)
     * @param duplicates   submissions superseded by a newer one of the same hospital (BAT-001)
     * @param conflicts    the other findings across submissions (BAT-002…)
     */
    public record FormSummary(String formId, int files, int hospitals, int unidentified, int duplicates,
                              int conflicts) {
    }

    /** Whether nothing was found across submissions. */
    public boolean clean() {
        return findings.total() == 0;
    }

    /**
     * The batch as {@code import --latest} lists it: the superseded submissions left out, so their findings and the
     * duplicate findings (BAT-001) are dropped; the superseded list and the summary stay.
     */
    public BatchReport latest() {
        Set<String> gone = superseded.stream().map(s -> s.formId() + "\n" + s.file()).collect(Collectors.toSet());
        List<Finding> kept = findings.findings().stream()
                .filter(f -> !f.ruleId().equals(DUPLICATE_RULE) && !gone.contains(f.formId() + "\n" + f.file()))
                .toList();
        return new BatchReport(submissions - superseded.size(),
                Report.of("", "", kept, Math.max(1, kept.size()), Map.of()), superseded, forms);
    }

    /** Plain text: the findings (with their files), then one summary line per form. */
    public String toText(Locale locale) {
        return ReportFormats.batchText(this, locale);
    }

    /** TSV of the findings, one a line: file, severity, sheet, cell, rule id, message. */
    public String toTsv(Locale locale) {
        return ReportFormats.batchTsv(this, locale);
    }

    /** JSON: {@code {"submissions", "forms": [...], "superseded": [...], "report": {...}}}. */
    public String toJson(Locale locale) {
        return ReportJson.toString(this, locale);
    }
}
