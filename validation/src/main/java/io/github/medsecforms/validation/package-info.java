/**
 * <b>Public API.</b> Validation of filled forms. {@link io.github.medsecforms.validation.FieldValidator} checks the
 * field constraints declared on the form records and reports each broken one as a
 * {@link io.github.medsecforms.validation.FieldViolation}: a stable code ({@code MSF-FLD-nnnn}), a
 * {@link io.github.medsecforms.model.Severity}, the model path ({@code lines[0].globalIpAddress}), the
 * field's official Japanese label and a message in Japanese (the default) or English.
 *
 * <p>Rules across fields, sheets and forms will report through the same types.</p>
 */
package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;
