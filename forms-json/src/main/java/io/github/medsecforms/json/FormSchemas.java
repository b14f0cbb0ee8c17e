package io.github.medsecforms.json;

import io.github.medsecforms.json.internal.schema.FormSchemaGenerator;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.internal.io.FormIds;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Schema (Draft 2020-12) of each form's JSON document, generated from the same Jackson view as
 * {@link FormJson}: value types as strings with patterns, choices as their constant names (Japanese wording in
 * {@code x-labels}), titles the official Japanese labels. The build writes the same text to
 * {@code docs/schemas/<form-id>.schema.json}.
 *
 * <p>A schema checks a document's shape and notations; the forms' business rules are the validation module's.
 * Thread-safe; the schemas are generated once, on first use.</p>
 */
public final class FormSchemas {
    private FormSchemas() {
    }

    private static final class Holder {
        static final Map<String, String> SCHEMAS = generateAll();

        private static Map<String, String> generateAll() {
            FormSchemaGenerator generator = new FormSchemaGenerator();
            Map<String, String> schemas = new LinkedHashMap<>();
            for (FormDescriptor form : FormRegistry.forms()) {
                schemas.put(form.id(), generator.render(form));
            }
            return Map.copyOf(schemas);
        }
    }

    /**
     * The schema of the form {@code formId} (one of the nine submitted forms), as pretty-printed JSON with a final
     * line break: the text of {@code docs/schemas/<form-id>.schema.json}.
     *
     * @throws FormIoException {@code MSF-IO-0202} if no such form exists
     */
    public static String jsonSchema(String formId) {
        Objects.requireNonNull(formId, "formId");
        String schema = Holder.SCHEMAS.get(formId);
        if (schema == null) {
            throw IoFailure.of(IoError.FORM_ID_UNKNOWN, formId, FormIds.submittedIds()).toException();
        }
        return schema;
    }
}
