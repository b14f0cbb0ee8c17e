package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.value.InvalidValueException;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value type from its text. The exact constructor is tried first, so that every value the model can hold
 * reads back equal; then the lenient {@code parse} (full-width digits, Japanese notations, …).
 *
 * @param <T> the value type
 */
final class ValueTypeDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> exact;
    private final transient Function<String, T> lenient;

    ValueTypeDeserializer(Class<T> type, Function<String, T> exact, Function<String, T> lenient) {
        super(type);
        this.exact = exact;
        this.lenient = lenient;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw Shapes.wrongShape(p, Shapes.TEXT);
        }
        String text = p.getText();
        if (exact != null) {
            try {
                return exact.apply(text);
            } catch (InvalidValueException ignored) {
                // not canonical: try the lenient notations
            }
        }
        try {
            return lenient.apply(text);
        } catch (InvalidValueException e) {
            throw new CodedMappingException(p, IoError.INVALID_VALUE, e, text, e);
        }
    }
}
