package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FormJson#writeAll}: one array whose elements are exactly the documents {@link FormJson#write} gives. */
class WriteAllTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void each_element_is_the_form_s_own_document_formId_first() throws Exception {
        List<Form> forms = List.of(SampleForms.full("offline-backup-intent"), SampleForms.minimal("offline-backup-intent"));

        JsonNode array = MAPPER.readTree(FormJson.writeAll(forms));

        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        for (int i = 0; i < forms.size(); i++) {
            assertThat(array.get(i)).isEqualTo(MAPPER.readTree(FormJson.write(forms.get(i))));
            assertThat(array.get(i).fieldNames().next()).isEqualTo("formId");
            assertThat(FormJson.read(MAPPER.writeValueAsString(array.get(i)))).isEqualTo(forms.get(i));
        }
        assertThat(FormJson.writeAll(List.of())).isEqualTo("[]");
    }
}
