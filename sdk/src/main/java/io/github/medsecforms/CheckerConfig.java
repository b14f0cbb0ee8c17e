package io.github.medsecforms;

import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadLimits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The settings of a {@link WorkbookChecker}, given to {@link MedsecForms#checker(java.util.function.Consumer)}:
 *
 * <pre>{@code
 * MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31)).diagnosisDay(true).maxFindings(50));
 * }</pre>
 */
public final class CheckerConfig {
    private final FormValidator.Builder validator = FormValidator.builder();
    private ReadLimits limits = ReadLimits.DEFAULT;
    private LayoutProfile profile;

    CheckerConfig() {
    }

    /** Judge dates against this day instead of today in Japan (dates after it are errors on checklists). */
    public CheckerConfig asOf(LocalDate day) {
        validator.asOf(day);
        return this;
    }

    /** The clock giving "today" when no {@link #asOf(LocalDate)} day is set. */
    public CheckerConfig clock(Clock clock) {
        validator.clock(clock);
        return this;
    }

    /**
     * The vulnerability-diagnosis day: dynamic-IP lines must then carry the day's confirmed address (an error
     * instead of a reminder).
     */
    public CheckerConfig diagnosisDay(boolean diagnosisDay) {
        validator.diagnosisDay(diagnosisDay);
        return this;
    }

    /**
     * At most this many findings are listed in a report (all are counted; default
     * {@value FormValidator#DEFAULT_MAX_FINDINGS}).
     */
    public CheckerConfig maxFindings(int max) {
        validator.maxFindings(max);
        return this;
    }

    /** The limits a workbook must stay within to be read (default {@link ReadLimits#DEFAULT}). */
    public CheckerConfig readLimits(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /**
     * Read the workbooks of the profile's form with a layout profile: its sheet names, its wordings of labels,
     * headers and options, and the cells it names ({@code FormReader.withProfile}). A profile is read from its
     * YAML or JSON file by forms-json's {@code LayoutProfiles.read}; workbooks of another form are read without it,
     * with a finding saying so.
     */
    public CheckerConfig profile(LayoutProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        return this;
    }

    WorkbookChecker build() {
        FormReader reader = FormReader.create(limits);
        return new WorkbookChecker(profile == null ? reader : reader.withProfile(profile), validator.build());
    }
}
