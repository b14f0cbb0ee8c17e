package io.github.medsecforms.validation;

/**
 * How serious a {@link FieldViolation} is. Taken from the constraint's payload: {@link
 * io.github.medsecforms.model.constraints.Warning} gives {@link #WARNING}, {@link
 * io.github.medsecforms.model.constraints.Info} gives {@link #INFO}, no payload gives {@link #ERROR}.
 */
public enum Severity {
    /** The form cannot be submitted like this. */
    ERROR,
    /** Probably a mistake; the form can still be submitted (e.g. a hospital with fewer than 20 beds). */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO
}
