package io.github.medsecforms.examples;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.validation.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Example: read a filled workbook (whichever of the forms it is) and validate it, printing every problem with the
 * cell it is in. Uses only the front door, {@link MedsecForms} (artifact {@code medsec-forms}).
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
        try {
            Report report = MedsecForms.checker().check(file); // read problems and rule findings, at their cells
            out.print(report.toText(Locale.JAPANESE));
            return report.valid();
        } catch (FormIoException e) {
            out.println(e.getMessage()); // not a workbook of the forms: coded, Japanese, names the file
            return false;
        }
    }
}
