package io.github.medsecforms.archfixture.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Breaks rules 4d and 4g: a public, non-internal pdf class that hands out a PDFBox document. */
public class PdfApi {
    public PDDocument document() {
        return new PDDocument();
    }
}
