package io.github.medsecforms.validation.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.validation.PackageReport;
import io.github.medsecforms.validation.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of a {@link Report} and a {@link PackageReport}, written with a {@link JsonGenerator} the caller owns, so
 * that the bridge and the command line put a report into their own answers as it is rendered, once. The caller's
 * generator decides the layout (its pretty printer and escapes); {@link #toString(Report, Locale)} is the layout of
 * {@code Report.toJson}: Jackson's default pretty printer and a final line break.
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** A report as one JSON object: {@code formId, file, valid, counts, total, truncated, derived, findings}. */
    public static void write(JsonGenerator g, Report report, Locale locale) throws IOException {
        boolean en = LocalizedMessages.isEnglish(locale);
        g.writeStartObject();
        g.writeStringField("formId", report.formId());
        g.writeStringField("file", report.file());
        g.writeBooleanField("valid", report.valid());
        g.writeObjectFieldStart("counts");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.labelEn(), report.count(s));
        }
        g.writeEndObject();
        g.writeNumberField("total", report.total());
        g.writeBooleanField("truncated", report.truncated());
        g.writeObjectFieldStart("derived");
        for (var e : report.derived().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("severity", f.severity().labelEn());
            g.writeStringField("stage", f.stage().labelEn());
            g.writeStringField("formId", f.formId());
            if (!f.file().isEmpty()) {
                g.writeStringField("file", f.file());
            }
            g.writeStringField("path", f.path());
            g.writeStringField("label", f.label());
            if (f.origin().isPresent()) {
                g.writeStringField("sheet", f.origin().get().sheet());
                g.writeStringField("cell", f.origin().get().cell());
            }
            g.writeStringField("message", en ? f.messageEn() : f.message());
            if (f.value().isPresent()) {
                g.writeStringField("value", f.value().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A package report as one JSON object (see {@link #writePackageFields}). */
    public static void writePackage(JsonGenerator g, PackageReport report, Locale locale) throws IOException {
        g.writeStartObject();
        writePackageFields(g, report, locale);
        g.writeEndObject();
    }

    /**
     * The fields of a package report, {@code valid, counts, documents, crossForm, forms}, into the object the caller
     * has started, so that the caller can add its own fields after them (the bridge: the uploaded file's name and the
     * files that could not be read).
     */
    public static void writePackageFields(JsonGenerator g, PackageReport report, Locale locale) throws IOException {
        g.writeBooleanField("valid", report.valid());
        g.writeObjectFieldStart("counts");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.labelEn(), report.count(s));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("documents");
        for (DocumentKind kind : DocumentKind.values()) {
            g.writeArrayFieldStart(kind.number() + " " + kind.label());
            for (String file : report.documents().getOrDefault(kind, List.of())) {
                g.writeString(file);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeFieldName("crossForm");
        write(g, report.crossForm(), locale);
        g.writeArrayFieldStart("forms");
        for (Report r : report.reports()) {
            write(g, r, locale);
        }
        g.writeEndArray();
    }

    /**
     * The batch section as one JSON object: {@code submissions}, {@code forms} (per form: files, hospitals,
     * unidentified, duplicates, conflicts), {@code superseded} (file, formId, hospital, newer, reason) and
     * {@code report} (the findings across submissions, as a report).
     */
    public static void writeBatch(JsonGenerator g, io.github.medsecforms.validation.BatchReport batch, Locale locale)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("submissions", batch.submissions());
        g.writeArrayFieldStart("forms");
        for (var s : batch.forms()) {
            g.writeStartObject();
            g.writeStringField("formId", s.formId());
            g.writeNumberField("files", s.files());
            g.writeNumberField("hospitals", s.hospitals());
            g.writeNumberField("unidentified", s.unidentified());
            g.writeNumberField("duplicates", s.duplicates());
            g.writeNumberField("conflicts", s.conflicts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("superseded");
        for (var s : batch.superseded()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            g.writeStringField("formId", s.formId());
            g.writeStringField("hospital", s.hospital());
            g.writeStringField("newer", s.newer());
            g.writeStringField("reason", s.reason(locale));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("report");
        write(g, batch.findings(), locale);
        g.writeEndObject();
    }

    /** {@code BatchReport.toJson}: pretty-printed as Jackson prints by default, with a final line break. */
    public static String toString(io.github.medsecforms.validation.BatchReport batch, Locale locale) {
        return render(g -> writeBatch(g, batch, locale));
    }

    /** {@code Report.toJson}: pretty-printed as Jackson prints by default, with a final line break. */
    public static String toString(Report report, Locale locale) {
        return render(g -> write(g, report, locale));
    }

    /** {@code PackageReport.toJson}: pretty-printed as Jackson prints by default, with a final line break. */
    public static String toString(PackageReport report, Locale locale) {
        return render(g -> writePackage(g, report, locale));
    }

    /** Something written to a generator. */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /** What {@code body} writes, with Jackson's default pretty printer (as {@code INDENT_OUTPUT}) and a line break. */
    public static String render(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            body.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
