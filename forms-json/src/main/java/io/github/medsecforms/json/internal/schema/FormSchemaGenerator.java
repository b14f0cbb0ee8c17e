package io.github.medsecforms.json.internal.schema;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.github.medsecforms.json.internal.Mappers;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.FiscalYear;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Generates the JSON Schema (Draft 2020-12) of a form from the same Jackson view that reads and writes it
 * (victools jsonschema-generator with its Jackson module, given forms-json's JSON mapper). Properties in record
 * component order, {@code $defs} sorted by name, so the output is stable. Titles are the official Japanese labels
 * ({@code @Label}, with their header groups), descriptions the English ones; examples are the labels' examples in
 * the notation the writer produces.
 *
 * <p>The schema describes the shape and value notations of a document (what {@link io.github.medsecforms.json.FormJson}
 * writes). It does not express the business rules of the forms (required answers, cross-field rules, row limits),
 * which belong to the validation module: every property except {@code formId} may be absent.</p>
 */
public final class FormSchemaGenerator {
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private final SchemaGenerator generator;

    public FormSchemaGenerator() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(Mappers.json(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS, Option.FLATTENED_OPTIONALS, Option.INLINE_NULLABLE_SCHEMAS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        builder.forTypesInGeneral()
                .withCustomDefinitionProvider((javaType, context) -> {
                    ObjectNode node = ValueSchemas.of(javaType.getErasedType());
                    return node == null ? null : new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                            CustomDefinition.AttributeInclusion.NO);
                })
                .withPropertySorter(FormSchemaGenerator::compareMembers);
        builder.forFields()
                .withNullableCheck(field -> isOptional(field) ? Boolean.TRUE : null)
                .withTitleResolver(FormSchemaGenerator::title)
                .withDescriptionResolver(FormSchemaGenerator::description)
                .withInstanceAttributeOverride((node, field, context) -> example(field).ifPresent(
                        example -> node.putArray("examples").add(example)));
        this.generator = new SchemaGenerator(builder.build());
    }

    /** The schema of a form, with {@code formId} as a required constant. */
    public ObjectNode generate(FormDescriptor form) {
        ObjectNode generated = generator.generateSchema(form.type());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", form.title());
        root.put("description", form.titleEn() + ". Form id " + form.id() + ", versions "
                + form.versions().stream().map(FiscalYear::code).collect(Collectors.joining(", "))
                + ". Written and read by medsec-forms (FormJson).");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ObjectNode formId = properties.putObject("formId");
        formId.put("title", "様式ID");
        formId.put("description", "Form id: names the form of the document");
        formId.put("const", form.id());
        generated.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
        ArrayNode required = root.putArray("required").add("formId");
        generated.path("required").forEach(required::add);
        root.put("additionalProperties", false);
        JsonNode defs = generated.path("$defs");
        if (defs.isObject() && !defs.isEmpty()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            defs.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            ObjectNode out = root.putObject("$defs");
            sorted.forEach(out::set);
        }
        return root;
    }

    /** The schema as text: pretty, two-space indentation, LF line ends and a final line break. */
    public String render(FormDescriptor form) {
        try {
            return Mappers.jsonWriter().writeValueAsString(generate(form)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the schema of " + form.id(), e);
        }
    }

    private static int compareMembers(MemberScope<?, ?> a, MemberScope<?, ?> b) {
        return Comparator.<MemberScope<?, ?>>comparingInt(m -> componentIndex(m))
                .thenComparing(m -> m.getSchemaPropertyName())
                .compare(a, b);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        Class<?> owner = member.getDeclaringType().getErasedType();
        if (owner.isRecord()) {
            RecordComponent[] components = owner.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The record component a field stands for; none for the items of a list (they take no field attributes). */
    private static Optional<RecordComponent> component(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return Optional.empty();
        }
        Class<?> owner = field.getDeclaringType().getErasedType();
        if (!owner.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent c : owner.getRecordComponents()) {
            if (c.getName().equals(field.getDeclaredName())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean isOptional(FieldScope field) {
        return field.getRawMember().getType() == Optional.class;
    }

    private static boolean isVersion(FieldScope field) {
        return !field.isFakeContainerItemScope() && field.getDeclaredName().equals("version") && field.getRawMember().getType() == FiscalYear.class;
    }

    private static String title(FieldScope field) {
        if (isVersion(field)) {
            return "様式の版（年度）";
        }
        return component(field).map(c -> c.getAnnotation(Label.class)).map(label -> {
            List<String> parts = new ArrayList<>(List.of(label.group()));
            parts.add(label.value());
            return String.join("/", parts);
        }).orElse(null);
    }

    private static String description(FieldScope field) {
        if (isVersion(field)) {
            return "Version of the form layout, as a fiscal year code (R6 = 令和6年度)";
        }
        return component(field).map(c -> c.getAnnotation(Label.class)).map(label -> {
            // the English counterpart of the title: header groups and label, as FieldDescriptor.qualifiedLabelEn()
            StringBuilder en = new StringBuilder();
            for (int i = 0; i < label.group().length; i++) {
                en.append(i < label.groupEn().length ? label.groupEn()[i] : label.group()[i]).append(" / ");
            }
            en.append(label.en());
            return label.hint().isEmpty() ? en.toString() : en + "\n" + label.hint();
        }).orElse(null);
    }

    /** The label's example as the writer would write it (e.g. 調査希望あり → REQUESTED), if it reads. */
    private static Optional<JsonNode> example(FieldScope field) {
        Optional<String> text = component(field).map(c -> c.getAnnotation(Label.class)).map(Label::example)
                .filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        JavaType type = Mappers.json().getTypeFactory().constructType(field.getRawMember().getGenericType());
        if (type.getRawClass() == Optional.class) {
            type = type.containedType(0);
        }
        if (type.isContainerType()) {
            return Optional.empty();
        }
        try {
            Object value = Mappers.json().readerFor(type).readValue(JsonNodeFactory.instance.textNode(text.get()));
            return Optional.of(Mappers.json().valueToTree(value));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
