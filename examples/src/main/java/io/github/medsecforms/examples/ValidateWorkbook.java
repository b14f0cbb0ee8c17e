package io.github.medsecforms.examples;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.SubmittedForm;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadFinding;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Example: read a filled workbook (whichever of the forms it is) and validate it, printing every problem with the
 * cell it is in. Uses only the public API of forms-io and validation.
 *
 * <pre>{@code java io.github.medsecforms.examples.ValidateWorkbook 別紙2-1.xlsx}</pre>
 */
public final class ValidateWorkbook {
    private ValidateWorkbook() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of(args[0]), System.out) ? 0 : 1);
    }

    /** Reads and validates {@code file}; prints the report; returns whether the form has no errors. */
    public static boolean run(Path file, PrintStream out) {
        ReadResult read;
        try {
            read = FormReader.create().read(file);
        } catch (FormIoException e) {
            out.println(e.getMessage()); // coded, Japanese, names the file
            return false;
        }
        // what the reader could not read becomes part of the report, at its cell
        List<Finding> readProblems = new ArrayList<>();
        for (ReadFinding f : read.findings()) {
            readProblems.add(new Finding(f.code(), f.severity(), io.github.medsecforms.model.Stage.TYPES,
                    read.formId(), read.fileName(), f.path(), f.label(), f.origin(), f.message(), f.messageEn(),
                    Optional.empty()));
        }
        SubmittedForm submission = new SubmittedForm(read.form(), read.fileName(), read.origins(), readProblems,
                read.credentials());
        Report report = FormValidator.create().validate(submission);
        out.print(report.toText(Locale.JAPANESE));
        return report.valid();
    }
}
