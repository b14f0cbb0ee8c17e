package io.github.medsecforms;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.validation.PackageInput;
import io.github.medsecforms.validation.PackageReport;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.SubmittedForm;
import io.github.medsecforms.xlsx.CellMark;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.ReadResult;
import io.github.medsecforms.xlsx.WorkbookAnnotator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
    /** The reader's code for a password list saved as its own workbook. */
    private static final String PASSWORD_LIST = "MSF-IO-2042";

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

    /**
     * What the rules across submissions keep of a workbook read (never the form): call it on each workbook of a
     * batch as it is read, keep the entries, then {@link #checkBatch(List, List)}.
     *
     * The survey tool's 完了時刻 of a submission read from its export ({@link ReadResult#completedAt()}) is kept too:
     * it orders resubmissions after the date in the form and before the modification time.
     *
     * @param modified the file's modification time, if known (a criterion of the newest submission, docs/batch.md)
     */
    public static BatchEntry batchEntry(ReadResult read, Optional<Instant> modified) {
        return BatchEntry.of(submission(read), read.completedAt(), modified);
    }

    /**
     * Checks the submissions of a batch as a whole (BAT-nnn: resubmissions and duplicates, one code with two names,
     * one global address claimed by two hospitals, an older form than the rest, a checklist contradicting the line
     * survey of its hospital in another file), linear in their number.
     *
     * @param entries the entries of the workbooks read ({@link #batchEntry}), in input order
     * @param order   an explicit order of files, oldest first, or empty for the default order (docs/batch.md)
     */
    public BatchReport checkBatch(List<BatchEntry> entries, List<String> order) {
        return validator.validateBatch(entries, order);
    }

    private static SubmittedForm submission(ReadResult read) {
        return new SubmittedForm(read.form(), read.fileName(), read.origins(), read.findings(), read.credentials());
    }

    /**
     * Validates a submission package: every file that reads as one of the forms is validated; the other files
     * (PDFs, drawings, workbooks that are no form) count as documents by their names; a password list saved as its
     * own workbook is an error of the package (PKG-012: it must never be submitted).
     */
    public PackageOutcome checkPackage(List<NamedFile> files) {
        List<SubmittedForm> forms = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> passwordLists = new ArrayList<>();
        Map<String, FormIoException> unreadable = new LinkedHashMap<>();
        for (NamedFile file : files) {
            if (!isWorkbookName(file.name())) {
                others.add(file.name());
                continue;
            }
            try {
                forms.add(submission(reader.read(file.bytes(), file.name())));
            } catch (FormIoException e) {
                if (e.code().equals(PASSWORD_LIST)) {
                    passwordLists.add(file.name()); // an error of the package (PKG-012), never a document
                    continue;
                }
                others.add(file.name());
                if (!e.code().equals("MSF-IO-2040")) {
                    unreadable.put(file.name(), e);
                }
            }
        }
        return new PackageOutcome(validator.validatePackage(new PackageInput(forms, others, passwordLists)), unreadable);
    }

    /**
     * A zip over one of the limits ({@link #MAX_ZIP_ENTRIES}, {@link #MAX_ZIP_ENTRY_BYTES}, {@link #MAX_ZIP_TOTAL_BYTES});
     * any other {@link IOException} of {@link #unzip} means the zip is malformed. The message is for logs only: show
     * the user a coded message instead.
     */
    public static final class ZipLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipLimitException(String message) {
            super(message);
        }
    }

    /**
     * The annotated copy of a workbook (forms-xlsx {@link WorkbookAnnotator}): each finding of {@code report} marked
     * at its cell, a 検証結果 sheet listing them all, every password list removed. The bridge's {@code format=xlsx}
     * and the command line's {@code annotate} both make it here.
     *
     * @throws FormIoException {@code MSF-IO-3002} for a legacy .xls or a password-protected workbook,
     *                         {@code MSF-IO-3001} if the copy cannot be made
     */
    public static byte[] annotate(byte[] workbook, Report report, Locale locale) {
        return WorkbookAnnotator.annotate(workbook, marks(report, locale), locale);
    }

    /** The marks of an annotated copy: one per finding, in the report's order. */
    public static List<CellMark> marks(Report report, Locale locale) {
        return report.findings().stream()
                .map(f -> new CellMark(f.severity(), f.origin().map(CellOrigin::sheet).orElse(f.sheet()),
                        f.origin().map(CellOrigin::cell).orElse(""), f.ruleId(), f.message(locale)))
                .toList();
    }

    /** Whether a file name is that of an Excel workbook. */
    public static boolean isWorkbookName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /**
     * The files of a zip, within limits. Names are read as UTF-8 when their bytes are valid UTF-8, else in Windows'
     * Japanese encoding (MS932, as Windows' Explorer writes them), whatever the zip's language-encoding flag says
     * (Info-ZIP's {@code zip} on Linux writes UTF-8 names without it). Directories and hidden files (names starting
     * with {@code .} or {@code __MACOSX}) are skipped.
     *
     * @throws IOException if the zip is malformed, {@link ZipLimitException} if it is over a limit
     */
    public static List<NamedFile> unzip(byte[] zip) throws IOException {
        List<NamedFile> files = new ArrayList<>();
        long total = 0;
        // ISO-8859-1 maps every byte to one char: the name's raw bytes are recovered and decoded below
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.ISO_8859_1)) {
            ZipEntry entry;
            int entries = 0;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new ZipLimitException("too many entries (more than " + MAX_ZIP_ENTRIES + ")");
                }
                String name = entryName(entry.getName());
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
                        throw new ZipLimitException("zip content larger than the limit");
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

    /**
     * The name of an entry read with ISO-8859-1 (or, for an entry with the language-encoding flag, already as UTF-8
     * by the JDK): its bytes as UTF-8 when they are valid UTF-8, else as MS932.
     */
    static String entryName(String latin1) {
        boolean ascii = true;
        for (int i = 0; i < latin1.length() && ascii; i++) {
            ascii = latin1.charAt(i) < 0x80;
        }
        if (ascii) {
            return latin1;
        }
        char[] chars = latin1.toCharArray();
        for (char c : chars) {
            if (c > 0xFF) {
                return latin1; // decoded as UTF-8 by the JDK (the language-encoding flag is set)
            }
        }
        byte[] raw = latin1.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, Charset.forName("MS932"));
        }
    }
}
