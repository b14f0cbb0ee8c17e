package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.json.FormSchemas;
import org.junit.jupiter.api.Test;

/** forms-json alone, against the published artifacts: a form's JSON Schema, and a document refused by its reader. */
class JsonOnlyTest {
    @Test
    void the_schema_of_a_form_and_a_refused_document() {
        String schema = FormSchemas.jsonSchema("support-request");

        assertFalse(schema.isBlank());
        assertEquals('{', schema.strip().charAt(0));
        assertThrows(RuntimeException.class, () -> FormJson.read("{\"formId\": \"no-such-form\"}".getBytes()));
    }
}
