package io.github.medsecforms.json;

import io.github.medsecforms.json.internal.FormCodec;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.internal.io.IoFailure;
import java.io.InputStream;

/**
 * Forms as JSON: English camelCase keys (the record component names), {@code "formId"} first in every document,
 * value types as their canonical text ({@code "3410712362"}, {@code "121.119.249.222"}, {@code "R6"}), dates
 * ISO-8601, choices as their English constant name ({@code "REQUESTED"}; the official Japanese wording such as
 * {@code "調査希望あり"} is accepted on input), empty optional values left out ({@code null} is read as empty),
 * images as {@code {"mediaType": …, "data": "<Base64>"}}. Passwords are never written: a set one is
 * {@code "********"}, which reads back as an empty password. The JSON Schema of each form is
 * {@link FormSchemas#jsonSchema(String)}.
 *
 * <pre>{@code
 * String json = FormJson.write(survey);
 * LineDeviceSurvey back = FormJson.read(json, LineDeviceSurvey.class);   // equal to survey
 * Form any = FormJson.read(json);                                         // the form named by "formId"
 * }</pre>
 *
 * <p>Thread-safe; the mapper is built once. Every failure is a {@link FormIoException}.</p>
 */
public final class FormJson {
    private FormJson() {
    }

    /** The form as pretty-printed JSON (two-space indentation, LF line ends). */
    public static String write(Form form) {
        try {
            return FormCodec.JSON.write(form);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * Several forms as one pretty-printed JSON array, each element the document {@link #write(Form)} gives (the
     * submissions of one workbook that lists many, e.g. a survey tool's export).
     */
    public static String writeAll(java.util.List<? extends Form> forms) {
        try {
            return FormCodec.JSON.writeAll(forms);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** The form as pretty-printed JSON in UTF-8. */
    public static byte[] writeBytes(Form form) {
        try {
            return FormCodec.JSON.writeBytes(form);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * Reads a form of the given type.
     *
     * @throws FormIoException if the text is not JSON, its {@code formId} names another form, or a value is invalid
     */
    public static <F extends Form> F read(String json, Class<F> type) {
        try {
            return FormCodec.JSON.read(json, type);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** Reads a form of the given type from UTF-8 (or UTF-16/32 with BOM) bytes. */
    public static <F extends Form> F read(byte[] json, Class<F> type) {
        try {
            return FormCodec.JSON.read(json, type);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** Reads a form of the given type from a stream, to its end; the stream is not closed. */
    public static <F extends Form> F read(InputStream json, Class<F> type) {
        try {
            return FormCodec.JSON.read(json, type);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** Reads whichever form the document's {@code formId} names. */
    public static Form read(String json) {
        return read(json, Form.class);
    }

    /** Reads whichever form the document's {@code formId} names, from bytes. */
    public static Form read(byte[] json) {
        return read(json, Form.class);
    }

    /** Reads whichever form the document's {@code formId} names, from a stream, to its end; the stream is not closed. */
    public static Form read(InputStream json) {
        return read(json, Form.class);
    }
}
