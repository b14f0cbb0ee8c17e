/**
 * <b>Public API.</b> PDF output (module forms-pdf: Apache PDFBox): {@link io.github.medsecforms.pdf.FormPdf} (the
 * FAX-ready support request) and {@link io.github.medsecforms.pdf.ReportPdf} (neutral
 * {@link io.github.medsecforms.pdf.ReportDocument}s such as validation reports), both with a Japanese
 * {@link io.github.medsecforms.pdf.PdfFont} embedded as a subset ({@code docs/pdf.md}). Failures are coded
 * {@link io.github.medsecforms.model.FormIoException}s ({@code MSF-IO-04nn}). Printed forms carry their data in QR
 * codes ({@link io.github.medsecforms.pdf.FaxData}, codec {@link io.github.medsecforms.pdf.FaxPayload}; {@code docs/fax.md}).
 */
package io.github.medsecforms.pdf;
