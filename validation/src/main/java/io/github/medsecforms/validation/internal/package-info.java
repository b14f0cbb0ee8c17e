/**
 * <b>Internal.</b> The Hibernate Validator set-up behind {@link io.github.medsecforms.validation.FieldValidator}:
 * the validators of the model's constraint catalogue (registered as services: by
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} on the class path, by {@code module-info.java} on the
 * module path), cascading derived from the form records, codes
 * and severities, message interpolation with field labels, and the report's text and TSV (its JSON: {@code internal.json}). Not API: may change without notice.
 */
package io.github.medsecforms.validation.internal;
