package io.github.medsecforms;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The front door for Java users: read a filled workbook, validate it, get one report.
 *
 * <pre>{@code
 * Report report = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31))).check(Path.of("別紙2-1.xlsx"));
 * report.findings().forEach(f -> System.out.println(f.location() + " " + f.ruleId() + " " + f.message()));
 * }</pre>
 *
 * <p>The report holds what the reader could not read and what the field constraints and rules found alike, as
 * {@link io.github.medsecforms.model.Finding}s with their stage. Everything else is in the modules this one
 * depends on: forms-xlsx ({@link io.github.medsecforms.xlsx.FormReader}, templates, filled workbooks) and validation
 * ({@link io.github.medsecforms.validation.FormValidator} for forms built in code). JSON and XML
 * ({@code io.github.medsecforms.json}) and PDF ({@code io.github.medsecforms.pdf}) are modules of their own, so that
 * a JSON-only integrator never takes the workbook libraries, nor a reader the PDF one.</p>
 */
public final class MedsecForms {
    private MedsecForms() {
    }

    /** A checker with the defaults: dates judged against today in Japan, default read limits, 200 findings listed. */
    public static WorkbookChecker checker() {
        return checker(config -> {
        });
    }

    /**
     * A checker configured by {@code configure}, e.g. {@code c -> c.asOf(day).diagnosisDay(true)}. Build one and share
     * it: it is thread-safe.
     */
    public static WorkbookChecker checker(Consumer<CheckerConfig> configure) {
        CheckerConfig config = new CheckerConfig();
        Objects.requireNonNull(configure, "configure").accept(config);
        return config.build();
    }
}
