package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.internal.io.FormIds;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.internal.io.Localized;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads and writes forms in one format (JSON or XML) with the shared mappers, throwing only coded
 * {@link IoFailure}s. Stateless and thread-safe.
 */
public final class FormCodec {
    public static final FormCodec JSON = new FormCodec("JSON", Mappers.json(), Mappers.jsonWriter());
    public static final FormCodec XML = new FormCodec("XML", Mappers.xml(), Mappers.xmlWriter());

    private final String format;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    private FormCodec(String format, ObjectMapper mapper, ObjectWriter writer) {
        this.format = format;
        this.mapper = mapper;
        this.writer = writer;
    }

    /** The form as text (pretty, LF line ends, no final line break). */
    public String write(Form form) {
        checkWritable(form);
        try {
            return writer.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw Failures.writing(e, format);
        }
    }

    /** Forms as one array (pretty, LF line ends, no final line break), each element as {@link #write(Form)}. */
    public String writeAll(java.util.List<? extends Form> forms) {
        forms.forEach(FormCodec::checkWritable);
        try {
            // as a list of Form, so that each element carries its formId as a root document does
            return writer.forType(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<Form>>() { })
                    .writeValueAsString(forms);
        } catch (JsonProcessingException e) {
            throw Failures.writing(e, format);
        }
    }

    /** The form as UTF-8 bytes. */
    public byte[] writeBytes(Form form) {
        checkWritable(form);
        try {
            return writer.writeValueAsBytes(form);
        } catch (JsonProcessingException e) {
            throw Failures.writing(e, format);
        }
    }

    private static void checkWritable(Form form) {
        Objects.requireNonNull(form, "form");
        if (FormIds.id(form.getClass()).isEmpty()) {
            throw IoFailure.of(IoError.NOT_A_FORM, form.getClass().getName());
        }
    }

    public <F extends Form> F read(String text, Class<F> type) {
        Objects.requireNonNull(text, "text");
        checkReadable(type);
        if (text.replace("\uFEFF", "").isBlank()) {
            throw IoFailure.of(IoError.EMPTY_INPUT, format);
        }
        return bind(type, () -> mapper.createParser(text));
    }

    public <F extends Form> F read(byte[] bytes, Class<F> type) {
        Objects.requireNonNull(bytes, "bytes");
        checkReadable(type);
        if (isBlank(bytes)) {
            throw IoFailure.of(IoError.EMPTY_INPUT, format);
        }
        return bind(type, () -> mapper.createParser(bytes));
    }

    /** Reads the whole stream (forms are small) and does not close it. */
    public <F extends Form> F read(InputStream in, Class<F> type) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IoFailure(IoError.IO_FAILURE, null, -1, -1, e, String.valueOf(e.getMessage()));
        }
        return read(bytes, type);
    }

    private static void checkReadable(Class<?> type) {
        Objects.requireNonNull(type, "type");
        if (type != Form.class && FormIds.id(type).isEmpty()) {
            throw IoFailure.of(IoError.NOT_A_FORM, type.getName());
        }
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private <F extends Form> F bind(Class<F> type, ParserSource source) {
        try (JsonParser p = source.open()) {
            if (p.nextToken() == null) {
                throw IoFailure.of(IoError.EMPTY_INPUT, format);
            }
            Object value = mapper.readerFor(type).readValue(p);
            if (value == null) {
                // the document is just null
                throw new IoFailure(IoError.WRONG_TYPE, "$", p.currentLocation().getLineNr(),
                        p.currentLocation().getColumnNr(), null, Shapes.OBJECT, Shapes.ofToken(JsonToken.VALUE_NULL));
            }
            // trailing content is checked here rather than by Jackson, to report it as a syntax error
            if (p.nextToken() != null) {
                throw new IoFailure(IoError.SYNTAX, null, p.currentLocation().getLineNr(),
                        p.currentLocation().getColumnNr(), null, format, Localized.message("syntax.trailing"));
            }
            if (!type.isInstance(value)) {
                // cannot happen: the form id decides the type
                throw IoFailure.of(IoError.FORM_ID_MISMATCH, FormIds.id(value.getClass()).orElse("?"),
                        FormIds.id(type).orElse(type.getName()));
            }
            return type.cast(value);
        } catch (IOException e) {
            throw Failures.translate(e, format, type);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "FormCodec[" + format + "]";
    }
}
