package io.github.medsecforms.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.WorkbookChecker.NamedFile;
import io.github.medsecforms.WorkbookChecker.PackageOutcome;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.PackageReport;
import io.github.medsecforms.validation.internal.json.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms package <folder|zip>}: checks a submission package for the on-site inspection (別紙1) with
 * {@link WorkbookChecker#checkPackage}: which of the seven documents are present, each form's report, and the checks
 * across forms. A folder is read recursively; a zip within the limits of {@link WorkbookChecker#unzip}. Exit code 0
 * when valid, 1 with errors, 2 when a workbook or the zip cannot be read (or a usage error).
 */
@Command(name = "package", sortOptions = false)
public final class PackageCommand extends CliCommand {
    @Parameters(paramLabel = "<folder|zip>", descriptionKey = "package.path")
    Path path;

    @Option(names = "--format", paramLabel = "text|json|tsv", defaultValue = "text", descriptionKey = "validate.format")
    ReportFormat format;

    @Mixin
    CheckOptions check;

    @Override
    public Integer call() {
        Messages m = messages();
        Locale locale = Coded.locale(m);
        List<NamedFile> files;
        try {
            files = Files.isDirectory(path) ? folder(path, m) : zip(path, m);
        } catch (Problem p) {
            err().println(p.getMessage());
            return ExitCodes.USAGE;
        }
        PackageOutcome outcome;
        outcome = check.checker().checkPackage(files);
        PackageReport report = outcome.report();
        switch (format) {
            case TEXT -> {
                out().print(report.toText(locale));
                outcome.unreadable().forEach((name, e) ->
                        out().println(m.get("validate.unreadable", name, e.getMessage(locale))));
            }
            case TSV -> {
                out().print(report.toTsv(locale));
                String error = locale == Locale.ENGLISH ? Severity.ERROR.labelEn() : Severity.ERROR.label();
                outcome.unreadable().forEach((name, e) -> out().println(error + "\t\t\t" + e.code() + "\t"
                        + e.getMessage(locale).replace('\t', ' ').replace('\n', ' ')));
            }
            case JSON -> {
                List<Object> list = new ArrayList<>();
                outcome.unreadable().forEach((name, e) -> {
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("file", name);
                    u.put("code", e.code());
                    u.put("message", e.getMessage(locale));
                    list.add(u);
                });
                try (JsonGenerator json = CliJson.pretty(out())) {
                    json.writeStartObject();
                    json.writeFieldName("package");
                    CliJson.report(json, g -> ReportJson.writePackage(g, report, locale));
                    json.writeFieldName("unreadable");
                    CliJson.value(json, list);
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out().print('\n');
            }
        }
        out().flush();
        if (!outcome.unreadable().isEmpty()) {
            return ExitCodes.USAGE;
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** A package that cannot be read at all; the message is coded. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    /** The files of a folder: workbooks with their bytes, other documents by name only (their content is not read). */
    private static List<NamedFile> folder(Path dir, Messages m) throws Problem {
        Inputs.Found found = Inputs.allFiles(List.of(dir), m);
        if (!found.problems().isEmpty()) {
            throw new Problem(String.join("\n", found.problems()));
        }
        if (found.files().size() > WorkbookChecker.MAX_ZIP_ENTRIES) {
            throw new Problem(Coded.message(m, "MSF-CLI-0010", dir,
                    "> " + WorkbookChecker.MAX_ZIP_ENTRIES + " files"));
        }
        List<NamedFile> files = new ArrayList<>();
        long total = 0;
        for (Path file : found.files()) {
            String name = file.getFileName().toString();
            if (!WorkbookChecker.isWorkbookName(name)) {
                files.add(new NamedFile(name, new byte[0]));
                continue;
            }
            try {
                long size = Files.size(file);
                total += size;
                if (size > WorkbookChecker.MAX_ZIP_ENTRY_BYTES || total > WorkbookChecker.MAX_ZIP_TOTAL_BYTES) {
                    throw new Problem(Coded.message(m, "MSF-CLI-0014", file, WorkbookChecker.MAX_ZIP_ENTRY_BYTES, size));
                }
                files.add(new NamedFile(name, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new Problem(Coded.message(m, "MSF-CLI-0015", file, Coded.reason(m, e)));
            }
        }
        return files;
    }

    private static List<NamedFile> zip(Path zip, Messages m) throws Problem {
        if (!Files.isRegularFile(zip)) {
            throw new Problem(Coded.message(m, "MSF-CLI-0001", zip));
        }
        try {
            if (Files.size(zip) > WorkbookChecker.MAX_ZIP_TOTAL_BYTES) {
                throw new Problem(Coded.message(m, "MSF-CLI-0014", zip, WorkbookChecker.MAX_ZIP_TOTAL_BYTES,
                        Files.size(zip)));
            }
            List<NamedFile> files = WorkbookChecker.unzip(Files.readAllBytes(zip));
            if (files.isEmpty()) {
                throw new Problem(Coded.message(m, "MSF-CLI-0010", zip, m.get("package.noFiles")));
            }
            return files;
        } catch (WorkbookChecker.ZipLimitException e) {
            throw new Problem(Coded.message(m, "MSF-CLI-0010", zip, m.get("package.zip.limit", WorkbookChecker.MAX_ZIP_ENTRIES,
                    WorkbookChecker.MAX_ZIP_ENTRY_BYTES >> 20, WorkbookChecker.MAX_ZIP_TOTAL_BYTES >> 20)));
        } catch (IOException e) {
            // never the JDK's own text (English, and about its internals): say what is wrong with the zip
            throw new Problem(Coded.message(m, "MSF-CLI-0010", zip, m.get("package.zip.malformed")));
        } catch (FormIoException e) {
            throw new Problem(Coded.message(m, "MSF-CLI-0010", zip, e.getMessage(Coded.locale(m))));
        }
    }
}
