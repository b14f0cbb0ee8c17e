package io.github.medsecforms.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Validates JSON documents against the forms' schemas with networknt json-schema-validator (formats asserted). */
final class SchemaValidation {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaValidation() {
    }

    /** The problems the schema of {@code formId} finds in {@code json}; empty if it is valid. */
    static Set<String> problems(String formId, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(formId, id -> FACTORY.getSchema(FormSchemas.jsonSchema(id), CONFIG));
        return messages(schema.validate(json, InputFormat.JSON));
    }

    /** The problems the Draft 2020-12 meta-schema finds in a schema. */
    static Set<String> metaSchemaProblems(String schemaJson) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        return messages(meta.validate(schemaJson, InputFormat.JSON));
    }

    private static Set<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
