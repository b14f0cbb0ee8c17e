package io.github.medsecforms.cli.internal;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The validation options shared by {@code validate}, {@code import} and {@code package}. */
public final class CheckOptions {
    @Option(names = "--as-of", paramLabel = "<date>", converter = DateConverter.class, descriptionKey = "check.asOf")
    LocalDate asOf;

    @Option(names = "--diagnosis-day", descriptionKey = "check.diagnosisDay")
    boolean diagnosisDay;

    @Option(names = "--max-findings", paramLabel = "<n>", defaultValue = "200", descriptionKey = "check.maxFindings")
    int maxFindings;

    /** The validator of a form that was not read by a checker (render). */
    io.github.medsecforms.validation.FormValidator validator() {
        io.github.medsecforms.validation.FormValidator.Builder b = io.github.medsecforms.validation.FormValidator.builder()
                .diagnosisDay(diagnosisDay).maxFindings(Math.max(1, maxFindings));
        if (asOf != null) {
            b.asOf(asOf);
        }
        return b.build();
    }

    WorkbookChecker checker() {
        return MedsecForms.checker(c -> {
            c.diagnosisDay(diagnosisDay).maxFindings(Math.max(1, maxFindings));
            if (asOf != null) {
                c.asOf(asOf);
            }
        });
    }
}
