/**
 * Workbooks: reading filled forms (the streaming cell grid over Woodstox; POI for legacy .xls and encrypted
 * workbooks), writing templates, filled forms, annotated copies and plain tables (POI's usermodel). POI and Woodstox
 * stay inside {@code internal} packages, which are not exported.
 */
module io.github.medsecforms.xlsx {
    requires transitive io.github.medsecforms.model;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires com.ctc.wstx;
    requires org.codehaus.stax2;
    requires java.xml;
    requires java.desktop; // javax.imageio: the size of pictures placed in templates

    exports io.github.medsecforms.xlsx;
}
