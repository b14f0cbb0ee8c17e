package io.github.medsecforms.validation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.Report;
import java.util.Locale;

/** Renders reports as JSON (Jackson), plain text and TSV. */
public final class ReportFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFormats() {
    }

    public static ObjectNode jsonNode(Report report, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        ObjectNode root = JSON.createObjectNode();
        root.put("formId", report.formId());
        root.put("file", report.file());
        root.put("valid", report.valid());
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.labelEn(), report.count(s));
        }
        root.put("total", report.total());
        root.put("truncated", report.truncated());
        ObjectNode derived = root.putObject("derived");
        report.derived().forEach(derived::put);
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().labelEn());
            n.put("stage", f.stage().labelEn());
            n.put("formId", f.formId());
            if (!f.file().isEmpty()) {
                n.put("file", f.file());
            }
            n.put("path", f.path());
            n.put("label", f.label());
            f.origin().ifPresent(o -> {
                n.put("sheet", o.sheet());
                n.put("cell", o.cell());
            });
            n.put("message", en ? f.messageEn() : f.message());
            f.value().ifPresent(v -> n.put("value", v));
        }
        return root;
    }

    public static String json(Report report, Locale locale) {
        try {
            return JSON.writeValueAsString(jsonNode(report, locale)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String packageJson(io.github.medsecforms.validation.PackageReport report, Locale locale) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", report.valid());
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.labelEn(), report.count(s));
        }
        ObjectNode docs = root.putObject("documents");
        for (io.github.medsecforms.model.inspection.DocumentKind kind
                : io.github.medsecforms.model.inspection.DocumentKind.values()) {
            ArrayNode files = docs.putArray(kind.number() + " " + kind.label());
            report.documents().getOrDefault(kind, java.util.List.of()).forEach(files::add);
        }
        root.set("crossForm", jsonNode(report.crossForm(), locale));
        ArrayNode forms = root.putArray("forms");
        report.reports().forEach(r -> forms.add(jsonNode(r, locale)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
