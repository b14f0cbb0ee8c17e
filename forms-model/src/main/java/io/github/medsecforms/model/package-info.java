/**
 * <b>Public API.</b> The form model's entry points: {@link io.github.medsecforms.model.FormRegistry} lists every form
 * with its {@link io.github.medsecforms.model.FormDescriptor} (id, versions, Japanese title, sheets, fields and
 * tables); {@link io.github.medsecforms.model.Form} is implemented by every form's root record;
 * {@link io.github.medsecforms.model.Choice} by every choice enum. The forms themselves live in one package each.
 *
 * <p>Model rules: records only, immutable, never {@code null} (see {@link io.github.medsecforms.model.Defaults}),
 * {@code java.time} for dates, Japanese only in labels and messages.</p>
 */
package io.github.medsecforms.model;
