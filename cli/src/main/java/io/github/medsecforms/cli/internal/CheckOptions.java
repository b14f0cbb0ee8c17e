package io.github.medsecforms.cli.internal;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.model.LayoutProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options shared by the commands that read and validate workbooks ({@code validate}, {@code import},
 * {@code package}, {@code annotate}, {@code render}): the validation settings and the layout profile.
 */
public final class CheckOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--as-of", paramLabel = "<date>", converter = DateConverter.class, descriptionKey = "check.asOf")
    LocalDate asOf;

    @Option(names = "--diagnosis-day", descriptionKey = "check.diagnosisDay")
    boolean diagnosisDay;

    @Option(names = "--max-findings", paramLabel = "<n>", defaultValue = "200", descriptionKey = "check.maxFindings")
    int maxFindings;

    @Option(names = "--profile", paramLabel = "<profile.yaml>", descriptionKey = "check.profile")
    Path profileFile;

    /** Read once: a batch reads every workbook with the same profile. */
    private LayoutProfile profile;

    /**
     * The layout profile of {@code --profile}, read on first use.
     *
     * @throws UsageFailure if it cannot be used (exit 2, the coded reason)
     */
    Optional<LayoutProfile> profile() {
        if (profileFile == null) {
            return Optional.empty();
        }
        if (profile == null) {
            profile = ProfileFile.load(profileFile, ((TopCommand) mixee.root().userObject()).messages());
        }
        return Optional.of(profile);
    }

    /** The validator of a form that was not read by a checker (render). */
    io.github.medsecforms.validation.FormValidator validator() {
        io.github.medsecforms.validation.FormValidator.Builder b = io.github.medsecforms.validation.FormValidator.builder()
                .diagnosisDay(diagnosisDay).maxFindings(Math.max(1, maxFindings));
        if (asOf != null) {
            b.asOf(asOf);
        }
        return b.build();
    }

    /** The checker of these settings and the layout profile; a profile that cannot be used is a {@link UsageFailure}. */
    WorkbookChecker checker() {
        Optional<LayoutProfile> p = profile();
        return MedsecForms.checker(c -> {
            c.diagnosisDay(diagnosisDay).maxFindings(Math.max(1, maxFindings));
            if (asOf != null) {
                c.asOf(asOf);
            }
            p.ifPresent(c::profile);
        });
    }
}
