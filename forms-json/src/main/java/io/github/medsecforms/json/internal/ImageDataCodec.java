package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.Localized;
import io.github.medsecforms.model.value.ImageData;
import java.io.IOException;
import java.util.Base64;

/** {@link ImageData} as {@code {"mediaType": "image/png", "data": "<Base64>"}} (standard alphabet, padded). */
final class ImageDataCodec {
    static final String MEDIA_TYPE = "mediaType";
    static final String DATA = "data";

    private ImageDataCodec() {
    }

    static final class Serializer extends StdSerializer<ImageData> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ImageData.class);
        }

        @Override
        public void serialize(ImageData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            gen.writeStringField(MEDIA_TYPE, value.mediaType());
            gen.writeStringField(DATA, Base64.getEncoder().encodeToString(value.bytes()));
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<ImageData> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(ImageData.class);
        }

        @Override
        public ImageData deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.START_OBJECT)) {
                p.nextToken();
            } else if (!p.hasToken(JsonToken.FIELD_NAME) && !p.hasToken(JsonToken.END_OBJECT)) {
                throw Shapes.wrongShape(p, Shapes.OBJECT);
            }
            String mediaType = null;
            String data = null;
            for (; p.hasToken(JsonToken.FIELD_NAME); p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    throw Shapes.wrongShape(p, Shapes.TEXT);
                }
                switch (name) {
                    case MEDIA_TYPE -> mediaType = p.getText().strip();
                    case DATA -> data = p.getText();
                    default -> throw new CodedMappingException(p, IoError.UNKNOWN_PROPERTY, null, name);
                }
            }
            if (mediaType == null || mediaType.isEmpty()) {
                throw new CodedMappingException(p, IoError.INVALID_IMAGE, null,
                        Localized.message("image.mediaTypeMissing"));
            }
            if (data == null) {
                throw new CodedMappingException(p, IoError.INVALID_IMAGE, null, Localized.message("image.dataMissing"));
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(data.replaceAll("\\s+", ""));
            } catch (IllegalArgumentException e) {
                throw new CodedMappingException(p, IoError.INVALID_IMAGE, e, Localized.message("image.badBase64"));
            }
            return new ImageData(mediaType, bytes);
        }
    }
}
