/**
 * <b>Internal.</b> The Hibernate Validator set-up behind {@link io.github.medsecforms.validation.FieldValidator}:
 * the validators of the model's constraint catalogue (registered by service file
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}), cascading derived from the form records, codes
 * and severities, and message interpolation with field labels. Not API: may change without notice.
 */
package io.github.medsecforms.validation.internal;
