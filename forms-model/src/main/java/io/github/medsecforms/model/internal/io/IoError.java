package io.github.medsecforms.model.internal.io;

/**
 * The coded reasons reading or writing a form can fail. Codes are stable once published; the messages live in
 * the bundle {@code io.github.medsecforms.model.internal.io.messages} (Japanese base, English {@code _en}), keyed by code.
 */
public enum IoError {
    /** The input could not be read or the output written (an {@link java.io.IOException}). */
    IO_FAILURE("MSF-IO-0001"),
    /** The object to write is not one of the forms medsec-forms knows. */
    NOT_A_FORM("MSF-IO-0002"),
    /** The form cannot be written in the format (XML 1.0 cannot carry control characters such as U+0001). */
    WRITE_FAILURE("MSF-IO-0003"),
    /** The document is not well-formed JSON or XML. */
    SYNTAX("MSF-IO-0101"),
    /** The input holds no document at all. */
    EMPTY_INPUT("MSF-IO-0102"),
    /** The document has no {@code formId}. */
    FORM_ID_MISSING("MSF-IO-0201"),
    /** The {@code formId} names no known form. */
    FORM_ID_UNKNOWN("MSF-IO-0202"),
    /** The {@code formId} names another form than the one asked for. */
    FORM_ID_MISMATCH("MSF-IO-0203"),
    /** A value (code, address, date, …) cannot be parsed. */
    INVALID_VALUE("MSF-IO-0301"),
    /** A choice is neither a constant name nor an official wording. */
    UNKNOWN_CHOICE("MSF-IO-0302"),
    /** A value has the wrong JSON/XML shape (an object where text is expected, …). */
    WRONG_TYPE("MSF-IO-0303"),
    /** A property the form does not have. */
    UNKNOWN_PROPERTY("MSF-IO-0304"),
    /** A password or other secret was given in the document; secrets never travel as JSON or XML. */
    SECRET_REFUSED("MSF-IO-0305"),
    /** An embedded image is malformed (media type missing, data not Base64). */
    INVALID_IMAGE("MSF-IO-0306"),
    /** A number is not an integer or out of range. */
    INVALID_NUMBER("MSF-IO-0307"),
    /** The document's content cannot be mapped to the form for another reason. */
    INVALID_CONTENT("MSF-IO-0309"),
    /** No usable Japanese font was found for PDF output (none configured, none at the known locations). */
    FONT_NOT_FOUND("MSF-IO-0401"),
    /** The font file given cannot be used for PDF output (missing, unreadable, no Japanese glyphs, no embedding). */
    FONT_UNUSABLE("MSF-IO-0402"),
    /** A character of the text has no glyph in the font, so it cannot be written to the PDF. */
    GLYPH_MISSING("MSF-IO-0403"),
    /** The form has no PDF rendering. */
    PDF_NOT_AVAILABLE("MSF-IO-0404"),
    /** A FAX code (QR chunk) that is no medsec-forms code: no magic {@code MSF} (docs/fax.md). */
    FAX_NOT_OURS("MSF-IO-0410"),
    /** A FAX code written in an encoding version newer than this reader knows. */
    FAX_NEWER_VERSION("MSF-IO-0411"),
    /** FAX codes of two different documents given as one. */
    FAX_TWO_DOCUMENTS("MSF-IO-0412"),
    /** Some of a document's FAX codes are missing (names which, as printed: 2/3). */
    FAX_CHUNKS_MISSING("MSF-IO-0413"),
    /** A document's FAX codes put together do not match their checksum. */
    FAX_CHECKSUM("MSF-IO-0414"),
    /** A document's FAX codes cannot be put together (inconsistent numbering, truncated, not decompressible). */
    FAX_DAMAGED("MSF-IO-0415"),
    /** No FAX code was given. */
    FAX_NO_CODE("MSF-IO-0416"),
    /** A layout profile file is larger than the limit. */
    PROFILE_TOO_LARGE("MSF-IO-5001"),
    /** A layout profile file is not well-formed YAML or JSON. */
    PROFILE_SYNTAX("MSF-IO-5002"),
    /** A layout profile has a key it does not know (a typo is never ignored). */
    PROFILE_UNKNOWN_KEY("MSF-IO-5003"),
    /** A layout profile entry has the wrong shape (a list where a mapping is expected, …). */
    PROFILE_SHAPE("MSF-IO-5004"),
    /** A layout profile file is empty. */
    PROFILE_EMPTY("MSF-IO-5005"),
    /** A layout profile has too many entries. */
    PROFILE_TOO_MANY("MSF-IO-5006"),
    /** A name or wording of a layout profile is too long. */
    PROFILE_TEXT_TOO_LONG("MSF-IO-5007"),
    /** A layout profile entry is empty (no wording, a blank sheet name). */
    PROFILE_BLANK("MSF-IO-5008"),
    /** A layout profile does not name its form. */
    PROFILE_FORM_MISSING("MSF-IO-5010"),
    /** A layout profile names no known form. */
    PROFILE_FORM_UNKNOWN("MSF-IO-5011"),
    /** {@code sheets} names a sheet the form does not have. */
    PROFILE_SHEET_UNKNOWN("MSF-IO-5012"),
    /** {@code labels} names a path the form does not have. */
    PROFILE_PATH_UNKNOWN("MSF-IO-5013"),
    /** {@code choices} names a wording that is no option of the form. */
    PROFILE_CHOICE_UNKNOWN("MSF-IO-5014"),
    /** {@code cells} names a path that is no single field of the form. */
    PROFILE_CELL_PATH("MSF-IO-5015"),
    /** {@code cells} gives an address that is not {@code Sheet!C7}. */
    PROFILE_CELL_ADDRESS("MSF-IO-5016"),
    /** A scan (PDF, TIFF, PNG, JPEG) cannot be read as images: not one of those formats, damaged, encrypted. */
    SCAN_UNREADABLE("MSF-IO-0601"),
    /** A scan has more pages than the limit (counted before any page is decoded). */
    SCAN_TOO_MANY_PAGES("MSF-IO-0602"),
    /** A page of a scan has more pixels than the limit (read from its header before it is decoded). */
    SCAN_PAGE_TOO_LARGE("MSF-IO-0603"),
    /** A scan file is larger than the limit (checked before it is read). */
    SCAN_TOO_LARGE("MSF-IO-0604"),
    /** No page of a scan carries a code of a printed form. */
    SCAN_NO_CODE("MSF-IO-0610"),
    /** A page of a scan whose other pages carry a form has no code. */
    SCAN_PAGE_NO_CODE("MSF-IO-0611"),
    /** A page of a scan shows a QR code that cannot be read (torn, smudged, cut by the FAX). */
    SCAN_CODE_UNREADABLE("MSF-IO-0612"),
    /** A page of a scan carries a QR code that is no medsec-forms code (a URL, another program's code). */
    SCAN_FOREIGN_CODE("MSF-IO-0613"),
    /** A scan carries a code of an encoding version newer than this reader knows. */
    SCAN_NEWER_VERSION("MSF-IO-0614"),
    /** A scan carries the codes of two different forms (never one chosen). */
    SCAN_TWO_FORMS("MSF-IO-0615"),
    /** Some codes of the form on a scan are missing (a page not received, a code not read). */
    SCAN_CODES_MISSING("MSF-IO-0616"),
    /** The codes of a scan do not fit together (checksum, numbering, data). */
    SCAN_CODES_BROKEN("MSF-IO-0617"),
    /** A free text the printed code carries only in part (FaxData's limits): the paper holds the whole text. */
    SCAN_TEXT_CUT("MSF-IO-0618"),
    /** A scan has no workbook to mark up (the bridge's folder view lists it without an annotated copy). */
    SCAN_NO_COPY("MSF-IO-0619");

    private final String code;

    IoError(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code MSF-IO-0301}. */
    public String code() {
        return code;
    }
}
