package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.value.Secret;
import java.io.IOException;

/**
 * Secrets never travel as JSON or XML: a set secret is written as {@value #MASK}, an empty one as {@code ""}.
 * Reading accepts only those two and gives an empty secret for both, so a masked document never yields a usable
 * password; any other text is refused (without repeating it).
 */
final class SecretCodec {
    /** What a non-empty secret is written as. */
    static final String MASK = "********";

    private SecretCodec() {
    }

    static final class Serializer extends StdScalarSerializer<Secret> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Secret.class);
        }

        @Override
        public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.isEmpty() ? "" : MASK);
        }
    }

    static final class Deserializer extends StdScalarDeserializer<Secret> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Secret.class);
        }

        @Override
        public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (text.isBlank() || MASK.equals(text)) {
                    return Secret.empty();
                }
            }
            // never echo the value: no argument, no cause
            throw new CodedMappingException(p, IoError.SECRET_REFUSED, null);
        }

        @Override
        public Secret getNullValue(DeserializationContext ctxt) {
            return Secret.empty();
        }
    }
}
