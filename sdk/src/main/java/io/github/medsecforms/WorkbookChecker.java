package io.github.medsecforms;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.validation.PackageInput;
import io.github.medsecforms.validation.PackageReport;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.SubmittedForm;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads workbooks and validates them in one step: what the reader could not read (stage
 * {@link io.github.medsecforms.model.Stage#TYPES} or {@link io.github.medsecforms.model.Stage#STRUCTURE}) and what the
 * field constraints and rules found are findings of one {@link Report}, every finding points at its sheet!cell, and
 * a password sheet in the workbook is handed to validation (which refuses it). Made by
 * {@link MedsecForms#checker(java.util.function.Consumer)}; thread-safe and cheap to share.
 *
 * <pre>{@code
 * WorkbookChecker checker = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31)));
 * Report report = checker.check(Path.of("別紙2-1.xlsx"));
 * }</pre>
 */
public final class WorkbookChecker {
    /** Limits on a submitted zip: entries, bytes of one entry, bytes in all. */
    public static final int MAX_ZIP_ENTRIES = 500;
    public static final long MAX_ZIP_ENTRY_BYTES = 30L << 20;
    public static final long MAX_ZIP_TOTAL_BYTES = 200L << 20;

    private final FormReader reader;
    private final FormValidator validator;

    WorkbookChecker(FormReader reader, FormValidator validator) {
        this.reader = Objects.requireNonNull(reader);
        this.validator = Objects.requireNonNull(validator);
    }

    /**
     * A workbook read and validated.
     *
     * @param read   what the reader got from the workbook
     * @param report the validation report (read problems included)
     */
    public record Checked(ReadResult read, Report report) {
    }

    /** A named file of a package. */
    public record NamedFile(String name, byte[] bytes) {
        public NamedFile {
            Objects.requireNonNull(name);
            Objects.requireNonNull(bytes);
        }
    }

    /**
     * A package validated.
     *
     * @param report     the package report
     * @param unreadable workbooks (.xlsx/.xlsm/.xls) that could not be read, by file name, with the reason
     */
    public record PackageOutcome(PackageReport report, Map<String, FormIoException> unreadable) {
    }

    /**
     * Reads the workbook at {@code file} (whichever of the forms it holds) and validates it: one report with what
     * could not be read and what the constraints and rules found. A file larger than the reader's
     * {@link io.github.medsecforms.xlsx.ReadLimits#maxInputBytes()} is refused before it is read.
     *
     * @throws FormIoException if the file cannot be read as a workbook of one of the forms (coded, naming the file)
     */
    public Report check(Path file) {
        return validate(reader.read(file));
    }

    /**
     * Reads the workbook at {@code file} and validates it, keeping what was read (the form's values and where each
     * came from). Bounded like {@link #check(Path)}.
     *
     * @throws FormIoException if the file cannot be read as a workbook of one of the forms (coded, naming the file)
     */
    public Checked readAndCheck(Path file) {
        ReadResult read = reader.read(file);
        return new Checked(read, validate(read));
    }

    /**
     * Reads every submission the workbook at {@code file} holds and validates each: one for most workbooks, one per
     * row of a sheet that lists many (a survey tool's export, one hospital a row). Bounded like {@link #check(Path)}.
     *
     * @throws FormIoException if the file cannot be read as a workbook of one of the forms (coded, naming the file)
     */
    public List<Checked> readAllAndCheck(Path file) {
        List<Checked> out = new ArrayList<>();
        for (ReadResult read : reader.readAll(file)) {
            out.add(new Checked(read, validate(read)));
        }
        return out;
    }

    /**
     * Reads and validates one workbook, keeping what was read (the form's values and where each came from).
     *
     * @param formId the form it must be, or empty to recognise it
     * @throws FormIoException if the bytes cannot be read as a workbook of one of the forms (or of {@code formId})
     */
    public Checked readAndCheck(byte[] workbook, String fileName, Optional<String> formId) {
        ReadResult read = formId.isPresent() ? reader.read(workbook, fileName, formId.get()) : reader.read(workbook, fileName);
        return new Checked(read, validate(read));
    }

    /**
     * Reads every submission the workbook at {@code file} holds, without validating, and says how: where each value
     * came from, how it was found, and which text was not read ({@link FormReader#explain(Path)}). Bounded like
     * {@link #check(Path)}.
     *
     * @throws FormIoException if the file cannot be read as a workbook of one of the forms (coded, naming the file)
     */
    public ReadExplanation explain(Path file) {
        return reader.explain(file);
    }

    /**
     * Reads a workbook and says how ({@link #explain(Path)}).
     *
     * @param formId the form it must be, or empty to recognise it
     * @throws FormIoException if the bytes cannot be read as a workbook of one of the forms (or of {@code formId})
     */
    public ReadExplanation explain(byte[] workbook, String fileName, Optional<String> formId) {
        return formId.isPresent() ? reader.explain(workbook, fileName, formId.get()) : reader.explain(workbook, fileName);
    }

    /** Validates a workbook already read: its read findings come first in the report, at their cells. */
    public Report validate(ReadResult read) {
        return validator.validate(submission(read));
    }

    private static SubmittedForm submission(ReadResult read) {
        return new SubmittedForm(read.form(), read.fileName(), read.origins(), read.findings(), read.credentials());
    }

    /**
     * Validates a submission package: every file that reads as one of the forms is validated; the other files
     * (PDFs, drawings, workbooks that are no form) count as documents by their names.
     */
    public PackageOutcome checkPackage(List<NamedFile> files) {
        List<SubmittedForm> forms = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Map<String, FormIoException> unreadable = new LinkedHashMap<>();
        for (NamedFile file : files) {
            if (!isWorkbookName(file.name())) {
                others.add(file.name());
                continue;
            }
            try {
                forms.add(submission(reader.read(file.bytes(), file.name())));
            } catch (FormIoException e) {
                others.add(file.name());
                if (!e.code().equals("MSF-IO-2040")) {
                    unreadable.put(file.name(), e);
                }
            }
        }
        return new PackageOutcome(validator.validatePackage(new PackageInput(forms, others)), unreadable);
    }

    /** Whether a file name is that of an Excel workbook. */
    public static boolean isWorkbookName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /**
     * The files of a zip, within limits; names in UTF-8 when the zip says so, else in Windows' Japanese encoding
     * (MS932), as Windows' Explorer writes them. Directories and hidden files (names starting with {@code .} or
     * {@code __MACOSX}) are skipped.
     *
     * @throws IOException if the zip is malformed or over a limit
     */
    public static List<NamedFile> unzip(byte[] zip) throws IOException {
        List<NamedFile> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), Charset.forName("MS932"))) {
            ZipEntry entry;
            int entries = 0;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new IOException("too many entries (more than " + MAX_ZIP_ENTRIES + ")");
                }
                String name = entry.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || base.isEmpty() || base.startsWith(".") || name.startsWith("__MACOSX")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                long size = 0;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ZIP_ENTRY_BYTES || total > MAX_ZIP_TOTAL_BYTES) {
                        throw new IOException("zip content larger than the limit");
                    }
                    out.write(buffer, 0, n);
                }
                files.add(new NamedFile(base, out.toByteArray()));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed zip entry name", e);
        }
        return files;
    }
}
