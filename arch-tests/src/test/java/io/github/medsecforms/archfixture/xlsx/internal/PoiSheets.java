package io.github.medsecforms.archfixture.xlsx.internal;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Allowed: POI inside xlsx.internal, even in a public method (internal packages are not API). */
public final class PoiSheets {
    public Workbook newWorkbook() {
        return new XSSFWorkbook();
    }
}
