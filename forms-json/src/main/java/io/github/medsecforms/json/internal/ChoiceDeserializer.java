package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.Choices;
import io.github.medsecforms.model.internal.io.IoError;
import java.io.IOException;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads a choice enum from its English constant name ({@code REQUESTED}) or its official Japanese wording
 * ({@code 調査希望あり}), tolerant of full-width/half-width and spacing variants ({@link Choices#fromLabel}).
 */
final class ChoiceDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    private final Class<? extends Enum<?>> type;

    ChoiceDeserializer(Class<? extends Enum<?>> type) {
        super(type);
        this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw Shapes.wrongShape(p, Shapes.TEXT);
        }
        String text = p.getText();
        Optional<?> found = lookup(type, text);
        if (found.isEmpty()) {
            throw new CodedMappingException(p, IoError.UNKNOWN_CHOICE, null, text, alternatives(type));
        }
        return found.get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<?> lookup(Class<? extends Enum<?>> type, String text) {
        return Choices.fromLabel((Class) type, text);
    }

    /** {@code REQUESTED（調査希望あり）, NOT_REQUESTED（調査希望なし）}. */
    static String alternatives(Class<? extends Enum<?>> type) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Enum<?> constant : type.getEnumConstants()) {
            joiner.add(constant.name() + "（" + ((Choice) constant).label() + "）");
        }
        return joiner.toString();
    }
}
