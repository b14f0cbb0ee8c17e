/**
 * <b>Public API.</b> The catalogue of medsec-forms' own constraint annotations, used on the form records next to
 * the standard Jakarta constraints. Each declares {@code validatedBy = {}}: the validators live in the
 * {@code validation} module's internals and are registered by service file, so the model depends on nothing but
 * the Jakarta Validation API. Severity is carried as payload ({@link io.github.medsecforms.model.constraints.Warning},
 * {@link io.github.medsecforms.model.constraints.Info}); without one a violation is an error.
 */
package io.github.medsecforms.model.constraints;
