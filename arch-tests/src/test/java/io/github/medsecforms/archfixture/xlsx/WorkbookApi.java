package io.github.medsecforms.archfixture.xlsx;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Breaks rules 4a and 4b: a public, non-internal xlsx class whose method returns a POI type. */
public class WorkbookApi {
    public XSSFWorkbook open() {
        return new XSSFWorkbook();
    }
}
