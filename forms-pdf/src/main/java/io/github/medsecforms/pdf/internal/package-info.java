/**
 * <b>Internal.</b> PDF output with Apache PDFBox: finding and loading a Japanese TrueType font
 * ({@link io.github.medsecforms.pdf.internal.FontFiles}), a drawing surface that checks every character against
 * the font before it is measured or drawn and embeds the font as a subset
 * ({@link io.github.medsecforms.pdf.internal.Canvas}), the FAX-ready support-request form
 * ({@link io.github.medsecforms.pdf.internal.SupportRequestPdf}), the checklists
 * ({@link io.github.medsecforms.pdf.internal.ChecklistPdf}) and one-page answer tables
 * ({@link io.github.medsecforms.pdf.internal.FieldTablePdf}), and neutral report documents
 * ({@link io.github.medsecforms.pdf.internal.ReportRenderer}). The FAX codes: the versioned codec
 * ({@link io.github.medsecforms.pdf.internal.FaxCodec}), the QR codes drawn with ZXing
 * ({@link io.github.medsecforms.pdf.internal.FaxCodes}), their band on every page and the page assembly
 * ({@link io.github.medsecforms.pdf.internal.PrintedForm}), and the cut of long texts
 * ({@link io.github.medsecforms.pdf.internal.FreeText}). The public entry points are
 * {@link io.github.medsecforms.pdf.PdfFont}, {@link io.github.medsecforms.pdf.FormPdf},
 * {@link io.github.medsecforms.pdf.FaxPayload}, {@link io.github.medsecforms.pdf.FaxData} and
 * {@link io.github.medsecforms.pdf.ReportPdf}; the approach is documented in {@code docs/pdf.md} and
 * {@code docs/fax.md}. Not API.
 */
package io.github.medsecforms.pdf.internal;
