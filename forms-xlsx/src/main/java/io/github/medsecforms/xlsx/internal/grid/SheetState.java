package io.github.medsecforms.xlsx.internal.grid;

/** <b>Internal.</b> A sheet's visibility as recorded in {@code xl/workbook.xml}. */
public enum SheetState {
    VISIBLE,
    /** Hidden; the user can unhide it in Excel. */
    HIDDEN,
    /** Hidden; only VBA or the XML can unhide it. */
    VERY_HIDDEN
}
