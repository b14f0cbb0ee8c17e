package io.github.medsecforms.pdf;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.pdf.internal.ReportRenderer;
import java.util.Objects;

/**
 * Writes a {@link ReportDocument} as an A4 PDF: the title, the summary, each section's heading and text, and its
 * table with a header row repeated on every page, long cells wrapped (Japanese text between any two characters,
 * Latin text at spaces), page breaks between rows, and {@code n / N} with the footer at the foot of every page. The
 * font is embedded as a subset. See {@code docs/pdf.md}.
 */
public final class ReportPdf {
    private ReportPdf() {
    }

    /**
     * The document as PDF.
     *
     * @throws FormIoException MSF-IO-0403 naming a character the font does not have; MSF-IO-0402 if the font
     *                         cannot be loaded
     */
    public static byte[] render(ReportDocument document, PdfFont font) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(font, "font");
        try {
            return ReportRenderer.render(document, font.file());
        } catch (IoFailure f) {
            throw f.toException();
        }
    }
}
