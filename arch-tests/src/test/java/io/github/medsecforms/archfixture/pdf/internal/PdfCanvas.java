package io.github.medsecforms.archfixture.pdf.internal;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Allowed: PDFBox inside pdf.internal. */
public final class PdfCanvas {
    public PDDocument document() {
        return new PDDocument();
    }
}
