package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.xlsx.ReadLimits;


/**
 * <b>Internal.</b> Coded reasons {@link GridReader} refuses a workbook. Codes are stable; messages live in the
 * bundle {@code io.github.medsecforms.model.internal.io.messages} (Japanese base, English {@code _en}). Arguments
 * never contain cell content: at most a part name, a sheet name and a cell reference. Every limit code takes
 * {@code {0}} = the limit and {@code {1}} = the observed value.
 */
public enum GridError {
    /** The file is empty. */
    EMPTY_INPUT("MSF-IO-1001"),
    /** Neither a zip nor an OLE2 file (a CSV or text renamed, random bytes). */
    NOT_A_ZIP("MSF-IO-1002"),
    /** An OLE2 file that holds no readable workbook: an Excel 5.0/95 workbook, or another Office document. */
    LEGACY_XLS("MSF-IO-1003"),
    /** A password-protected (encrypted) workbook: OLE2 with EncryptionInfo/EncryptedPackage, or an encrypted zip entry. */
    ENCRYPTED("MSF-IO-1004"),
    /** The zip ends early (no end of central directory, or entry data past the end). */
    TRUNCATED("MSF-IO-1005"),
    /** The zip's structure or compressed data is damaged; {0} = part name or "". */
    CORRUPT_ZIP("MSF-IO-1006"),
    /** A zip, but not an Excel workbook (no workbook part). */
    NOT_A_WORKBOOK("MSF-IO-1007"),
    /** An Excel binary workbook (.xlsb). */
    BINARY_WORKBOOK("MSF-IO-1008"),
    /** The workbook lists no sheets. */
    NO_SHEETS("MSF-IO-1009"),
    /** A part the workbook refers to is missing; {0} = part name. */
    MISSING_PART("MSF-IO-1010"),
    /** A relationship target escapes the package or is an absolute URI; {0} = source part, {1} = target. */
    RELATIONSHIP_ESCAPE("MSF-IO-1011"),
    /** XML not well-formed or beyond the parser's structural limits; {0} = part, {1} = line. */
    XML_MALFORMED("MSF-IO-1012"),
    /** A DOCTYPE (DTD, entity declarations) in a part; {0} = part. */
    XML_DTD("MSF-IO-1013"),
    /** A shared-string index out of range; {0} = sheet, {1} = cell, {2} = index, {3} = table size. */
    SHARED_STRING_INDEX("MSF-IO-1014"),
    /** A malformed cell reference or one beyond Excel's 1,048,576 × 16,384; {0} = sheet, {1} = reference. */
    CELL_REFERENCE("MSF-IO-1015"),
    /** A cell value that cannot be read for its type; {0} = sheet, {1} = cell. */
    CELL_VALUE("MSF-IO-1016"),
    /** The password given does not open the encrypted workbook (the password is never an argument). */
    WRONG_PASSWORD("MSF-IO-1017"),
    /** A legacy .xls (or another OLE2 compound file) whose structure or records are damaged. */
    CORRUPT_XLS("MSF-IO-1018"),
    /** The workbook is encrypted with a method that is not supported (only agile and standard encryption are). */
    ENCRYPTION_UNSUPPORTED("MSF-IO-1019"),

    /** {0} limit, {1} observed size in bytes. */
    INPUT_TOO_LARGE("MSF-IO-1101"),
    /** {0} limit, {1} observed entries. */
    TOO_MANY_ENTRIES("MSF-IO-1102"),
    /** {0} limit, {1} bytes inflated when stopped, {2} part. */
    ENTRY_TOO_LARGE("MSF-IO-1103"),
    /** {0} limit, {1} bytes inflated when stopped. */
    TOTAL_TOO_LARGE("MSF-IO-1104"),
    /** {0} limit ratio, {1} observed ratio when stopped, {2} part. */
    COMPRESSION_RATIO("MSF-IO-1105"),
    /** {0} limit, {1} observed sheets. */
    TOO_MANY_SHEETS("MSF-IO-1106"),
    /** {0} limit, {1} observed row number (1-based), {2} sheet. */
    TOO_MANY_ROWS("MSF-IO-1107"),
    /** {0} limit, {1} observed cells when stopped. */
    TOO_MANY_CELLS("MSF-IO-1108"),
    /** {0} limit, {1} observed shared strings. */
    TOO_MANY_SHARED_STRINGS("MSF-IO-1109"),
    /** {0} limit, {1} observed characters, {2} where (sheet!cell, or shared string #n). */
    CELL_TOO_LONG("MSF-IO-1110"),
    /** {0} limit, {1} observed characters when stopped. */
    TOO_MUCH_TEXT("MSF-IO-1111"),
    /** {0} limit, {1} observed merged regions. */
    TOO_MANY_MERGED_REGIONS("MSF-IO-1112"),
    /** {0} limit, {1} observed pictures and shapes. */
    TOO_MANY_DRAWING_OBJECTS("MSF-IO-1113"),
    /** {0} limit, {1} bytes inflated when stopped, {2} part. */
    PICTURE_TOO_LARGE("MSF-IO-1114"),
    /** {0} limit, {1} bytes of pictures when stopped. */
    TOO_MANY_PICTURE_BYTES("MSF-IO-1115"),
    /** {0} limit, {1} records counted when stopped (legacy .xls: every record is an object in POI's model). */
    TOO_MANY_RECORDS("MSF-IO-1116");

    private final String code;

    GridError(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code MSF-IO-1003}. */
    public String code() {
        return code;
    }

    /** Whether this is a {@link ReadLimits} violation (codes {@code MSF-IO-11nn}). */
    public boolean isLimit() {
        return code.startsWith("MSF-IO-11");
    }
}
