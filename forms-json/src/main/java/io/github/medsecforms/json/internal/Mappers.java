package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import io.github.medsecforms.json.internal.xml.ListElementNaming;
import java.util.List;

/**
 * The two mappers, built once and shared (Jackson mappers and writers are thread-safe once configured): JSON and
 * XML with the same {@link FormsModule}, so both formats have the same property names and value notations.
 */
public final class Mappers {
    private static final JsonMapper JSON = common(JsonMapper.builder())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Reads XML: list items are read whatever their element name, inside the wrapper named like the list. */
    private static final XmlMapper XML = xml(false);
    /** Writes XML: list items named in the singular inside the wrapper ({@code <lines><line>}). */
    private static final XmlMapper XML_OUT = xml(true);
    private static final ObjectWriter JSON_WRITER = JSON.writer(jsonPrettyPrinter());
    private static final ObjectWriter XML_WRITER = XML_OUT.writer(new DefaultXmlPrettyPrinter().withCustomNewLine("\n"));

    private Mappers() {
    }

    private static XmlMapper xml(boolean singularItems) {
        XmlMapper.Builder builder = XmlMapper.builder();
        if (singularItems) {
            builder.annotationIntrospector(new ListElementNaming());
        }
        return common(builder
                .defaultUseWrapper(true)
                .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
                .addModule(new JakartaXmlBindAnnotationModule()
                        .setPriority(JakartaXmlBindAnnotationModule.Priority.SECONDARY)))
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B common(B builder) {
        builder.addModule(new Jdk8Module())
                .addModule(new FormsModule())
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .withConfigOverride(List.class,
                        o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES);
        return builder;
    }

    private static DefaultPrettyPrinter jsonPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The JSON mapper (compact output, for reading and for trees). */
    public static JsonMapper json() {
        return JSON;
    }

    /** The XML mapper. */
    public static XmlMapper xml() {
        return XML;
    }

    /** Pretty JSON: two-space indentation, {@code "key": value}, LF line ends. */
    public static ObjectWriter jsonWriter() {
        return JSON_WRITER;
    }

    /** Pretty XML with declaration, two-space indentation, LF line ends, UTF-8. */
    public static ObjectWriter xmlWriter() {
        return XML_WRITER;
    }
}
