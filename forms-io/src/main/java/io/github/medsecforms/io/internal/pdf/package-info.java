/**
 * <b>Internal.</b> PDF output with Apache PDFBox: finding and loading a Japanese TrueType font
 * ({@link io.github.medsecforms.io.internal.pdf.FontFiles}), a drawing surface that checks every character against
 * the font before it is measured or drawn and embeds the font as a subset
 * ({@link io.github.medsecforms.io.internal.pdf.Canvas}), the FAX-ready support-request form
 * ({@link io.github.medsecforms.io.internal.pdf.SupportRequestPdf}) and neutral report documents
 * ({@link io.github.medsecforms.io.internal.pdf.ReportRenderer}). The public entry points are
 * {@link io.github.medsecforms.io.PdfFont}, {@link io.github.medsecforms.io.FormPdf} and
 * {@link io.github.medsecforms.io.ReportPdf}; the approach is documented in {@code docs/pdf.md}. Not API.
 */
package io.github.medsecforms.io.internal.pdf;
