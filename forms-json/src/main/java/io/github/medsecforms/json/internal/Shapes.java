package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.Localized;
import java.util.Collection;

/** The JSON shapes named in messages ("text", "an object", …), in the caller's language. */
final class Shapes {
    static final Localized TEXT = Localized.message("shape.text");
    static final Localized INTEGER = Localized.message("shape.integer");
    static final Localized OBJECT = Localized.message("shape.object");
    static final Localized ARRAY = Localized.message("shape.array");
    static final Localized DATE = Localized.message("shape.date");

    private Shapes() {
    }

    /** The shape a Java type is written as. */
    static Localized of(Class<?> type) {
        if (type == null) {
            return TEXT;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return ARRAY;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return INTEGER;
        }
        if (type.isRecord()) {
            return OBJECT;
        }
        return TEXT;
    }

    /** The shape of the current token, or null for none. */
    static Localized ofToken(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> OBJECT;
            case START_ARRAY, END_ARRAY -> ARRAY;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Localized.message("shape.number");
            case VALUE_TRUE, VALUE_FALSE -> Localized.message("shape.boolean");
            case VALUE_NULL -> Localized.message("shape.null");
            default -> TEXT;
        };
    }

    static CodedMappingException wrongShape(JsonParser p, Localized expected) {
        Localized actual = ofToken(p.currentToken());
        return new CodedMappingException(p, IoError.WRONG_TYPE, null, expected, actual == null ? TEXT : actual);
    }
}
