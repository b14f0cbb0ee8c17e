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
    PDF_NOT_AVAILABLE("MSF-IO-0404");

    private final String code;

    IoError(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code MSF-IO-0301}. */
    public String code() {
        return code;
    }
}
