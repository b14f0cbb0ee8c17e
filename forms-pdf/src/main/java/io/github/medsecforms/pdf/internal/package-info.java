/**
 * <b>Internal.</b> PDF output with Apache PDFBox: finding and loading a Japanese TrueType font
 * ({@link io.github.medsecforms.pdf.internal.FontFiles}), a drawing surface that checks every character against
 * the font before it is measured or drawn and embeds the font as a subset
 * ({@link io.github.medsecforms.pdf.internal.Canvas}), the FAX-ready support-request form
 * ({@link io.github.medsecforms.pdf.internal.SupportRequestPdf}) and neutral report documents
 * ({@link io.github.medsecforms.pdf.internal.ReportRenderer}). The public entry points are
 * {@link io.github.medsecforms.pdf.PdfFont}, {@link io.github.medsecforms.pdf.FormPdf} and
 * {@link io.github.medsecforms.pdf.ReportPdf}; the approach is documented in {@code docs/pdf.md}. Not API.
 */
package io.github.medsecforms.pdf.internal;
