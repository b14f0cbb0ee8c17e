package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.pdf.PdfFont;
import io.github.medsecforms.pdf.ReportDocument;
import io.github.medsecforms.pdf.ReportDocument.Column;
import io.github.medsecforms.pdf.ReportDocument.Section;
import io.github.medsecforms.pdf.ReportPdf;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.validation.Report;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the neutral {@link ReportDocument} of a validation run — a section per file with its counts and a table of
 * findings (No., severity, sheet!cell, rule id, message), then the files that could not be read, then, when several
 * submissions were read, the section of the rules across submissions — in the run's language. Characters the PDF font does not have (an emoji in a hospital's remarks) are shown as 〓 and listed in
 * the summary, so that one odd character never costs the whole report. Thread-safe: sections are built by workers.
 */
final class ReportPdfBuilder {
    static final String SUBSTITUTE = "〓";

    private final Messages m;
    private final Locale locale;
    private final PdfFont font;
    private final Set<String> replaced = new TreeSet<>();

    ReportPdfBuilder(Messages m, PdfFont font) {
        this.m = m;
        this.locale = Coded.locale(m);
        this.font = font;
    }

    private List<Column> findingColumns() {
        return List.of(new Column(m.get("pdf.col.no"), 0.55), new Column(m.get("pdf.col.severity"), 0.9),
                new Column(m.get("pdf.col.location"), 2.6), new Column(m.get("pdf.col.rule"), 1.55),
                new Column(m.get("pdf.col.message"), 5.4));
    }

    /** The section of one report. */
    Section section(Report report) {
        String title = FormRegistry.find(report.formId()).map(f -> english() ? f.titleEn() : f.title()).orElse("");
        List<String> lines = new ArrayList<>();
        if (!title.isEmpty()) {
            lines.add(clean(title));
        }
        lines.add(m.get(report.valid() ? "pdf.file.valid" : "pdf.file.invalid", report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO)));
        if (report.truncated()) {
            lines.add(m.get("pdf.file.truncated", report.findings().size(), report.total()));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Finding f : report.findings()) {
            rows.add(List.of(Integer.toString(n++), english() ? f.severity().labelEn() : f.severity().label(),
                    clean(f.location().isEmpty() ? "-" : f.location()), f.ruleId(), clean(f.message(locale))));
        }
        return new Section(clean(report.file()), lines, rows.isEmpty() ? List.of() : findingColumns(), rows);
    }

    /**
     * The section of the rules across submissions (docs/batch.md), after the files': the counts, one summary line per
     * form, then the findings with their files (No., severity, file, sheet!cell, rule id, message).
     */
    Section batch(BatchReport batch) {
        Report report = batch.findings();
        List<String> lines = new ArrayList<>();
        lines.add(m.get("pdf.batch.counts", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO)));
        for (BatchReport.FormSummary s : batch.forms()) {
            lines.add(m.get(s.unidentified() > 0 ? "pdf.batch.form.unidentified" : "pdf.batch.form", s.formId(),
                    s.files(), s.hospitals(), s.duplicates(), s.conflicts(), s.unidentified()));
        }
        if (report.truncated()) {
            lines.add(m.get("pdf.file.truncated", report.findings().size(), report.total()));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Finding f : report.findings()) {
            rows.add(List.of(Integer.toString(n++), english() ? f.severity().labelEn() : f.severity().label(),
                    clean(f.file()), clean(f.location().isEmpty() ? "-" : f.location()), f.ruleId(),
                    clean(f.message(locale))));
        }
        List<Column> columns = rows.isEmpty() ? List.of() : List.of(new Column(m.get("pdf.col.no"), 0.55),
                new Column(m.get("pdf.col.severity"), 0.9), new Column(m.get("pdf.col.file"), 1.9),
                new Column(m.get("pdf.col.location"), 2.1), new Column(m.get("pdf.col.rule"), 1.2),
                new Column(m.get("pdf.col.message"), 4.4));
        return new Section(m.get("pdf.batch.title", batch.submissions()), lines, columns, rows);
    }

    /** The section of a file that could not be read. */
    Section unreadable(FileCheck.Unreadable u) {
        return new Section(clean(u.file()), List.of(m.get("pdf.file.unreadable"), clean(u.message())), List.of(),
                List.of());
    }

    /** The whole PDF: the summary lines, then the sections in input order. */
    byte[] render(List<String> summary, List<Section> sections) {
        List<String> head = new ArrayList<>();
        head.add(m.get("pdf.created", ZonedDateTime.now(ZoneId.of("Asia/Tokyo"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        head.addAll(summary);
        synchronized (replaced) {
            if (!replaced.isEmpty()) {
                head.add(m.get("pdf.replaced", SUBSTITUTE, String.join(" ", replaced)));
            }
        }
        ReportDocument doc = new ReportDocument(m.get("pdf.title"), head, sections,
                "medsec-forms " + VersionProvider.version());
        return ReportPdf.render(doc, font);
    }

    /** The text with characters the font lacks replaced by 〓 (and remembered for the summary). */
    String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean ok = font.canDisplay(cp) || Character.isISOControl(cp);
            if (!ok) {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.append(SUBSTITUTE);
                synchronized (replaced) {
                    replaced.add(String.format(Locale.ROOT, "U+%04X", cp));
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += len;
        }
        return sb == null ? text : sb.toString();
    }

    private boolean english() {
        return locale == Locale.ENGLISH;
    }
}
