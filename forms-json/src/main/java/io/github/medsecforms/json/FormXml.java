package io.github.medsecforms.json;

import io.github.medsecforms.json.internal.FormCodec;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.internal.io.IoFailure;
import java.io.InputStream;

/**
 * Forms as XML, with the same names and notations as {@link FormJson}: the root element is
 * {@code <form formId="line-device-survey">}, each record component an element of the same name, lists wrapped
 * with items named in the singular ({@code <lines><line>…</line></lines>}, {@code <entries><entry>…}), empty
 * optional values left out, empty text as an empty element. Passwords are never written ({@code ********}).
 *
 * <pre>{@code
 * String xml = FormXml.write(survey);
 * LineDeviceSurvey back = FormXml.read(xml, LineDeviceSurvey.class);   // equal to survey
 * }</pre>
 *
 * <p>Uses Jackson's XML data format rather than JAXB, which cannot bind Java records; the model stays free of
 * binding annotations. Thread-safe; the mapper is built once. Every failure is a {@link FormIoException}.</p>
 */
public final class FormXml {
    private FormXml() {
    }

    /** The form as XML with declaration (two-space indentation, LF line ends). */
    public static String write(Form form) {
        try {
            return FormCodec.XML.write(form);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** The form as XML in UTF-8. */
    public static byte[] writeBytes(Form form) {
        try {
            return FormCodec.XML.writeBytes(form);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * Reads a form of the given type.
     *
     * @throws FormIoException if the text is not well-formed XML, its {@code formId} names another form, or a value is invalid
     */
    public static <F extends Form> F read(String xml, Class<F> type) {
        try {
            return FormCodec.XML.read(xml, type);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** Reads a form of the given type from bytes, in the encoding the XML declaration names (UTF-8 by default). */
    public static <F extends Form> F read(byte[] xml, Class<F> type) {
        try {
            return FormCodec.XML.read(xml, type);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** Reads a form of the given type from a stream, to its end; the stream is not closed. */
    public static <F extends Form> F read(InputStream xml, Class<F> type) {
        try {
            return FormCodec.XML.read(xml, type);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** Reads whichever form the document's {@code formId} names. */
    public static Form read(String xml) {
        return read(xml, Form.class);
    }

    /** Reads whichever form the document's {@code formId} names, from bytes. */
    public static Form read(byte[] xml) {
        return read(xml, Form.class);
    }

    /** Reads whichever form the document's {@code formId} names, from a stream, to its end; the stream is not closed. */
    public static Form read(InputStream xml) {
        return read(xml, Form.class);
    }
}
