/**
 * <b>Public API.</b> The form model's entry points: {@link io.github.medsecforms.model.FormRegistry} lists every form
 * with its {@link io.github.medsecforms.model.FormDescriptor} (id, versions, Japanese title, sheets, fields and
 * tables); {@link io.github.medsecforms.model.Form} is implemented by every form's root record;
 * {@link io.github.medsecforms.model.Choice} by every choice enum. The forms themselves live in one package each.
 *
 * <p>Shared by every module: a problem found in a form, by the reader or by validation, is a
 * {@link io.github.medsecforms.model.Finding} with its {@link io.github.medsecforms.model.Stage} and
 * {@link io.github.medsecforms.model.Severity}, pointing at a {@link io.github.medsecforms.model.CellOrigin} when the
 * form came from a workbook; every exception of the API is a {@link io.github.medsecforms.model.CodedException}
 * ({@link io.github.medsecforms.model.FormIoException} when a form cannot be read or written); messages are Japanese
 * unless English is asked for ({@link io.github.medsecforms.model.LocalizedMessages}).</p>
 *
 * <p>Model rules: records only, immutable, never {@code null} (see {@link io.github.medsecforms.model.Defaults}),
 * {@code java.time} for dates, Japanese only in labels and messages.</p>
 */
package io.github.medsecforms.model;
