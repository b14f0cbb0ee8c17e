package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.internal.io.Messages;

/** Codes of read findings ({@code MSF-IO-2nnn}, and {@code MSF-IO-51nn} of a layout profile); messages in this package's bundle (Japanese base, English). */
final class ReadCodes {
    static final LocalizedMessages MESSAGES =
            Messages.bundle();

    static final String SHEET_MISSING = "MSF-IO-2001";
    static final String LABEL_MISSING = "MSF-IO-2002";
    static final String TABLE_MISSING = "MSF-IO-2003";
    static final String COLUMN_MISSING = "MSF-IO-2004";
    static final String UNCACHED_FORMULAS = "MSF-IO-2005";
    static final String INVERSE_QUESTION = "MSF-IO-2006";
    static final String SEVERAL_CHOSEN = "MSF-IO-2007";
    static final String UNPLACED = "MSF-IO-2008";
    static final String AMBIGUOUS = "MSF-IO-2009";
    static final String UNKNOWN_ITEM = "MSF-IO-2010";
    static final String YEARLESS_DATE = "MSF-IO-2011";
    static final String UNPLACED_MORE = "MSF-IO-2012";
    static final String FORMULA_ERROR = "MSF-IO-2013";
    static final String PER_DEVICE_ITEM = "MSF-IO-2014";
    static final String PROVISIONAL_ITEM = "MSF-IO-2015";
    /** A table not found whose content the form's text field describing it gives in words (info). */
    static final String TABLE_IN_WORDS = "MSF-IO-2016";
    /** A 支援方針 typed on an offline-backup intent sheet that differs from the one the answers give (warning). */
    static final String WRITTEN_POLICY = "MSF-IO-2017";
    static final String VERSION_UNSUPPORTED = "MSF-IO-2030";
    static final String FORM_NOT_RECOGNISED = "MSF-IO-2040";
    static final String FORM_MISMATCH = "MSF-IO-2041";
    static final String ROWS_ABOVE_LIMIT = "MSF-IO-2020";
    /** A sheet a layout profile names is not in the workbook. */
    static final String PROFILE_SHEET_MISSING = "MSF-IO-5101";
    /** The sheet of a cell a layout profile names is not in the workbook. */
    static final String PROFILE_CELL_SHEET_MISSING = "MSF-IO-5102";

    private ReadCodes() {
    }
}
