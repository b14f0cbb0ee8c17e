package io.github.medsecforms.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.pdf.PdfFont;
import io.github.medsecforms.pdf.ReportDocument;
import io.github.medsecforms.pdf.ReportPdf;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.internal.json.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms validate <files or folders…>}: reads every workbook (folders recursively), validates it and
 * prints its report in input order, as text, JSON or TSV; optionally writes all reports as one PDF. Files that cannot
 * be read are reported and the run goes on. Exit code 0 when no form has errors, 1 when one has, 2 when an input
 * could not be read (or a usage error), 3 on an internal error.
 */
@Command(name = "validate", sortOptions = false)
public final class ValidateCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "<file|folder>", descriptionKey = "validate.paths")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "text|json|tsv", defaultValue = "text", descriptionKey = "validate.format")
    ReportFormat format;

    @Option(names = "--form", paramLabel = "<form-id>", descriptionKey = "validate.form")
    String formId;

    @Mixin
    CheckOptions check;

    @Option(names = "--pdf", paramLabel = "<report.pdf>", descriptionKey = "validate.pdf")
    Path pdf;

    @Option(names = "--font", paramLabel = "<font.ttf>", descriptionKey = "font")
    Path font;

    @Option(names = "--order", paramLabel = "<order.txt>", descriptionKey = "validate.order")
    Path order;

    @Option(names = "--threads", paramLabel = "<n>", descriptionKey = "threads")
    Integer threads;

    /**
     * What is kept of one file: its rendered report (text, TSV) or the report itself (JSON, written in order into the
     * one document), its counts and, for the PDF, its section.
     */
    private record Outcome(String file, String output, Report report, FileCheck.Unreadable unreadable, boolean valid,
                           int errors, int warnings, int infos, ReportDocument.Section section, BatchEntry entry) {
    }

    @Override
    public Integer call() {
        Messages m = messages();
        Locale locale = Coded.locale(m);
        if (formId != null && FormRegistry.find(formId).isEmpty()) {
            err().println(m.get("forms.unknown", formId, knownForms()));
            return ExitCodes.USAGE;
        }
        PdfFont pdfFont = null;
        if (pdf != null) {
            try {
                pdfFont = Fonts.resolve(font, env());
            } catch (FormIoException e) {
                err().println(e.getMessage(locale));
                err().println(m.get("pdf.font.hint"));
                return ExitCodes.USAGE;
            }
        }
        List<String> orderFile;
        try {
            orderFile = BatchCheck.order(order, m);
        } catch (BatchCheck.OrderFileFailure e) {
            err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Inputs.Found found = Inputs.forms(paths, m);
        found.problems().forEach(err()::println);
        if (found.files().isEmpty()) {
            err().println(Coded.message(m, "MSF-CLI-0002", paths.stream().map(Path::toString)
                    .collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }

        WorkbookChecker checker = check.checker();
        ReportPdfBuilder pdfBuilder = pdfFont == null ? null : new ReportPdfBuilder(m, pdfFont);
        Summary summary = new Summary();
        List<BatchEntry> entries = new ArrayList<>();
        List<FileCheck.Unreadable> unreadable = new ArrayList<>();
        List<ReportDocument.Section> sections = new ArrayList<>();
        Progress progress = Progress.onTerminal(err(), m.get("progress.validate"), found.files().size());
        JsonGenerator json = format == ReportFormat.JSON ? CliJson.pretty(out()) : null;
        if (json != null) {
            json(() -> {
                json.writeStartObject();
                json.writeArrayFieldStart("reports");
                json.flush();
            });
        }
        Batch.run(found.files(), threads == null ? Batch.defaultThreads() : threads,
                file -> FileCheck.check(checker, file, paths.contains(file), Optional.ofNullable(formId), m,
                        c -> outcome(c.report(), locale, pdfBuilder,
                                WorkbookChecker.batchEntry(c.read(), BatchCheck.modified(file))),
                        u -> new Outcome(u.file(), null, null, u, false, 0, 0, 0,
                                pdfBuilder == null ? null : pdfBuilder.unreadable(u), null),
                        s -> new Outcome(s, null, null, null, false, 0, 0, 0, null, null)),
                o -> {
                    progress.clear();
                    if (o.report() == null && o.unreadable() == null && o.output() == null && o.entry() == null) {
                        err().println(o.file()); // a PDF of a package folder, not a scan: skipped (D-69)
                        progress.redraw();
                        return;
                    }
                    summary.add(o);
                    if (o.entry() != null) {
                        entries.add(o.entry());
                    }
                    if (o.unreadable() != null) {
                        unreadable.add(o.unreadable());
                        if (format != ReportFormat.JSON) {
                            out().print(unreadableLine(o.unreadable(), m));
                        }
                    } else if (json != null) {
                        json(() -> {
                            CliJson.report(json, g -> ReportJson.write(g, o.report(), locale));
                            json.flush();
                        });
                    } else {
                        out().print(o.output());
                    }
                    if (o.section() != null) {
                        sections.add(o.section());
                    }
                    out().flush();
                    progress.redraw();
                }, progress);
        progress.finish();

        // the rules across submissions: only when several submissions were read together (one file alone is unchanged)
        BatchReport batch = entries.size() > 1 ? checker.checkBatch(entries, orderFile) : null;
        switch (format) {
            case TEXT -> {
                if (batch != null) {
                    out().print(batch.toText(locale));
                }
                out().println(summary.line(m));
            }
            case JSON -> json(() -> {
                json.writeEndArray();
                json.writeFieldName("unreadable");
                CliJson.value(json, unreadable(unreadable));
                json.writeFieldName("summary");
                CliJson.value(json, summary.json());
                if (batch != null) {
                    json.writeFieldName("batch");
                    CliJson.report(json, g -> ReportJson.writeBatch(g, batch, locale));
                }
                json.writeEndObject();
                json.close();
                out().print('\n');
            });
            case TSV -> {
                if (batch != null) {
                    out().print(batch.toTsv(locale));
                }
            }
        }
        out().flush();
        int code = summary.exitCode(!found.problems().isEmpty());
        if (pdfBuilder != null) {
            try {
                List<String> head = new ArrayList<>(summary.lines(m));
                if (check.asOf != null) {
                    head.add(0, m.get("pdf.asOf", check.asOf));
                }
                if (batch != null) {
                    sections.add(pdfBuilder.batch(batch));
                }
                Output.write(pdf, pdfBuilder.render(head, sections), m);
                err().println(m.get("validate.pdf.written", pdf));
            } catch (FormIoException e) {
                err().println(e.getMessage(locale));
                return ExitCodes.USAGE;
            } catch (Output.WriteFailure e) {
                err().println(e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        return code;
    }

    private Outcome outcome(Report report, Locale locale, ReportPdfBuilder pdfBuilder, BatchEntry entry) {
        String output = switch (format) {
            case TEXT -> report.toText(locale);
            case JSON -> null;
            case TSV -> withFile(report.file(), report.toTsv(locale));
        };
        return new Outcome(report.file(), output, format == ReportFormat.JSON ? report : null, null, report.valid(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO),
                pdfBuilder == null ? null : pdfBuilder.section(report), entry);
    }

    private String unreadableLine(FileCheck.Unreadable u, Messages m) {
        return switch (format) {
            case TSV -> u.file() + "\t" + (Coded.locale(m) == Locale.ENGLISH ? Severity.ERROR.labelEn() : Severity.ERROR.label())
                    + "\t\t\t" + u.code() + "\t" + oneLine(u.message()) + "\n";
            default -> m.get("validate.unreadable", u.file(), u.message()) + "\n";
        };
    }

    /** Report TSV lines with the file as an extra first column, since a batch mixes files. */
    static String withFile(String file, String tsv) {
        StringBuilder sb = new StringBuilder();
        tsv.lines().forEach(l -> sb.append(file).append('\t').append(l).append('\n'));
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The files that could not be read, for the JSON document. */
    private static List<Object> unreadable(List<FileCheck.Unreadable> unreadable) {
        List<Object> list = new ArrayList<>();
        for (FileCheck.Unreadable u : unreadable) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", u.file());
            e.put("code", u.code());
            e.put("message", u.message());
            list.add(e);
        }
        return list;
    }

    /** Writes JSON to the output; an output that fails is the console's problem, reported as an internal error. */
    private static void json(JsonWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface JsonWrite {
        void run() throws IOException;
    }

    private static String knownForms() {
        return FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "));
    }

    /** Counts over the run, for the summary line, the JSON summary, the PDF and the exit code. */
    private static final class Summary {
        int files;
        int valid;
        int invalid;
        int unreadable;
        int internal;
        int reports;
        int errors;
        int warnings;
        int infos;

        void add(Outcome o) {
            files++;
            if (o.unreadable() != null) {
                unreadable++;
                if (o.unreadable().internal()) {
                    internal++;
                }
                return;
            }
            reports++;
            if (o.valid()) {
                valid++;
            } else {
                invalid++;
            }
            errors += o.errors();
            warnings += o.warnings();
            infos += o.infos();
        }

        String line(Messages m) {
            return m.get("validate.summary", files, valid, invalid, unreadable, errors, warnings, infos);
        }

        List<String> lines(Messages m) {
            return List.of(m.get("validate.summary.files", files, valid, invalid, unreadable),
                    m.get("validate.summary.findings", errors, warnings, infos));
        }

        Map<String, Object> json() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("files", files);
            s.put("valid", valid);
            s.put("invalid", invalid);
            s.put("unreadable", unreadable);
            s.put("errors", errors);
            s.put("warnings", warnings);
            s.put("info", infos);
            return s;
        }

        int exitCode(boolean inputProblems) {
            if (internal > 0) {
                return ExitCodes.INTERNAL;
            }
            if (unreadable > 0 || inputProblems) {
                return ExitCodes.USAGE;
            }
            return invalid > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
    }
}
