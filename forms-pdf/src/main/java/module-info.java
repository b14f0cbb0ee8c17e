/** PDF output with an embedded Japanese font (Apache PDFBox, inside the non-exported {@code internal} package). */
module io.github.medsecforms.pdf {
    requires transitive io.github.medsecforms.model;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires com.google.zxing; // QR codes (issue 14), inside internal only
    requires java.desktop; // PDFBox draws with java.awt types (colours, images)

    exports io.github.medsecforms.pdf;
}
