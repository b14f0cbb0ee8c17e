package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.Report;
import java.util.Locale;

/** Renders reports as plain text and TSV (their JSON: {@link io.github.medsecforms.validation.internal.json.ReportJson}). */
public final class ReportFormats {
    private ReportFormats() {
    }

    public static String packageText(io.github.medsecforms.validation.PackageReport report, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        StringBuilder sb = new StringBuilder();
        sb.append(en ? (report.valid() ? "Package: valid\n" : "Package: INVALID\n")
                : (report.valid() ? "提出書類一式: 問題なし\n" : "提出書類一式: エラーあり\n"));
        for (io.github.medsecforms.model.inspection.DocumentKind kind
                : io.github.medsecforms.model.inspection.DocumentKind.values()) {
            var files = report.documents().getOrDefault(kind, java.util.List.of());
            sb.append("  ").append(kind.number()).append(' ').append(kind.label()).append(": ")
                    .append(files.isEmpty() ? (en ? "missing" : "なし") : String.join(", ", files)).append('\n');
        }
        sb.append(text(report.crossForm(), locale));
        report.reports().forEach(r -> sb.append(text(r, locale)));
        return sb.toString();
    }

    /**
     * The batch section: a heading, the findings across submissions (each with its file), then one summary line per
     * form. Empty findings give the heading and the summary only.
     */
    public static String batchText(io.github.medsecforms.validation.BatchReport batch, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        Report report = batch.findings();
        StringBuilder sb = new StringBuilder();
        if (en) {
            sb.append("Across ").append(batch.submissions()).append(" submissions: ")
                    .append(report.count(Severity.ERROR)).append(" errors, ")
                    .append(report.count(Severity.WARNING)).append(" warnings, ")
                    .append(report.count(Severity.INFO)).append(" info\n");
        } else {
            sb.append("提出間の照合（提出 ").append(batch.submissions()).append(" 件）: エラー ")
                    .append(report.count(Severity.ERROR)).append(" 件、警告 ")
                    .append(report.count(Severity.WARNING)).append(" 件、情報 ")
                    .append(report.count(Severity.INFO)).append(" 件\n");
        }
        for (Finding f : report.findings()) {
            sb.append("  [").append(en ? f.severity().labelEn() : f.severity().label()).append("] ")
                    .append(f.file()).append(' ')
                    .append(f.location().isEmpty() ? "-" : f.location()).append(" ")
                    .append(f.ruleId()).append(": ").append(oneLine(f.message(locale))).append('\n');
        }
        if (report.truncated()) {
            int hidden = report.total() - report.findings().size();
            sb.append(en ? "  … and " + hidden + " more\n" : "  …ほか " + hidden + " 件\n");
        }
        for (var s : batch.forms()) {
            sb.append(en
                    ? "  " + s.formId() + ": " + s.files() + " files, " + s.hospitals() + " hospitals"
                            + (s.unidentified() > 0 ? " (" + s.unidentified() + " files name no hospital)" : "")
                            + ", " + s.duplicates() + " duplicates, " + s.conflicts() + " conflicts\n"
                    : "  " + s.formId() + ": ファイル " + s.files() + " 件、病院 " + s.hospitals()
                            + (s.unidentified() > 0 ? "（病院名のないファイル " + s.unidentified() + " 件）" : "")
                            + "、重複 " + s.duplicates() + " 件、食い違い " + s.conflicts() + " 件\n");
        }
        return sb.toString();
    }

    /** The batch findings as TSV with the file first: file, severity, sheet, cell, rule id, message. */
    public static String batchTsv(io.github.medsecforms.validation.BatchReport batch, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        StringBuilder sb = new StringBuilder();
        for (Finding f : batch.findings().findings()) {
            sb.append(f.file()).append('\t')
                    .append(en ? f.severity().labelEn() : f.severity().label()).append('\t')
                    .append(f.origin().map(CellOrigin::sheet).orElse("")).append('\t')
                    .append(f.origin().map(CellOrigin::cell).orElse("")).append('\t')
                    .append(f.ruleId()).append('\t')
                    .append(oneLine(f.message(locale))).append('\n');
        }
        return sb.toString();
    }

    public static String text(Report report, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        StringBuilder sb = new StringBuilder();
        String name = report.file().isEmpty() ? report.formId() : report.file() + " (" + report.formId() + ")";
        if (en) {
            sb.append(name).append(": ").append(report.valid() ? "valid" : "INVALID")
                    .append(" — ").append(report.count(Severity.ERROR)).append(" errors, ")
                    .append(report.count(Severity.WARNING)).append(" warnings, ")
                    .append(report.count(Severity.INFO)).append(" info\n");
        } else {
            sb.append(name).append(": ").append(report.valid() ? "問題なし" : "エラーあり")
                    .append("（エラー ").append(report.count(Severity.ERROR)).append(" 件、警告 ")
                    .append(report.count(Severity.WARNING)).append(" 件、情報 ")
                    .append(report.count(Severity.INFO)).append(" 件）\n");
        }
        for (Finding f : report.findings()) {
            sb.append("  [").append(en ? f.severity().labelEn() : f.severity().label()).append("] ")
                    .append(f.location().isEmpty() ? "-" : f.location()).append(" ")
                    .append(f.ruleId()).append(": ").append(oneLine(f.message(locale))).append('\n');
        }
        if (report.truncated()) {
            int hidden = report.total() - report.findings().size();
            sb.append(en ? "  … and " + hidden + " more\n" : "  …ほか " + hidden + " 件\n");
        }
        return sb.toString();
    }

    public static String tsv(Report report, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            sb.append(en ? f.severity().labelEn() : f.severity().label()).append('\t')
                    .append(f.origin().map(CellOrigin::sheet).orElse("")).append('\t')
                    .append(f.origin().map(CellOrigin::cell).orElse("")).append('\t')
                    .append(f.ruleId()).append('\t')
                    .append(oneLine(f.message(locale))).append('\n');
        }
        return sb.toString();
    }

    static String oneLine(String s) {
        return s.replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
