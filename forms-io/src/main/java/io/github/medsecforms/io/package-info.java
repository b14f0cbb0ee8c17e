/**
 * <b>Public API.</b> Forms as JSON and XML, and their JSON Schemas:
 * {@link io.github.medsecforms.io.FormJson} and {@link io.github.medsecforms.io.FormXml} write any form of
 * {@link io.github.medsecforms.model.FormRegistry} and read it back to an equal record (the document's
 * {@code formId} names the form); {@link io.github.medsecforms.io.FormSchemas} gives the JSON Schema of each form;
 * every failure is a coded {@link io.github.medsecforms.io.FormIoException} with a Japanese (or English) message
 * and the path and position in the document. Passwords ({@link io.github.medsecforms.model.value.Secret}) are never
 * written. Workbooks: {@link io.github.medsecforms.io.FormReader}, {@link io.github.medsecforms.io.FormWriter},
 * {@link io.github.medsecforms.io.Templates}, and {@link io.github.medsecforms.io.WorkbookAnnotator} (findings
 * marked in a copy of the user's workbook, password sheets removed). Design notes: {@code docs/decisions-io.md}.
 */
package io.github.medsecforms.io;
