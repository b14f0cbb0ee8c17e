/**
 * <b>Public API.</b> Forms as JSON and XML, and their JSON Schemas:
 * {@link io.github.medsecforms.io.FormJson} and {@link io.github.medsecforms.io.FormXml} write any form of
 * {@link io.github.medsecforms.model.FormRegistry} and read it back to an equal record (the document's
 * {@code formId} names the form); {@link io.github.medsecforms.io.FormSchemas} gives the JSON Schema of each form;
 * every failure is a coded {@link io.github.medsecforms.io.FormIoException} with a Japanese (or English) message
 * and the path and position in the document. Passwords ({@link io.github.medsecforms.model.value.Secret}) are never
 * written. Design notes: {@code docs/decisions-io.md}.
 *
 * <p>Workbooks: {@link io.github.medsecforms.io.FormReader} reads filled forms, {@link io.github.medsecforms.io.Templates}
 * and {@link io.github.medsecforms.io.FormWriter} write blank and filled ones, {@link io.github.medsecforms.io.TableWorkbook}
 * writes plain tables (consolidated lists) and {@link io.github.medsecforms.io.WorkbookAnnotator} marks findings in a copy of the user's workbook (password sheets removed) and
 * {@link io.github.medsecforms.io.FormValues} reads a form's values by
 * model path as a workbook shows them. PDF: {@link io.github.medsecforms.io.FormPdf} (the FAX-ready support request),
 * {@link io.github.medsecforms.io.ReportPdf} (neutral {@link io.github.medsecforms.io.ReportDocument}s), both with a
 * Japanese {@link io.github.medsecforms.io.PdfFont} embedded as a subset ({@code docs/pdf.md}).</p>
 */
package io.github.medsecforms.io;
