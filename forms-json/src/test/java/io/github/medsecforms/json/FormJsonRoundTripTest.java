package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormJsonRoundTripTest {

    static Stream<Arguments> samples() {
        return FormRegistry.forms().stream().flatMap(d -> Stream.of(
                Arguments.of(d.id(), "full", SampleForms.full(d.id())),
                Arguments.of(d.id(), "minimal", SampleForms.minimal(d.id()))));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void reads_back_an_equal_record_by_type(String formId, String kind, Form form) {
        String json = FormJson.write(form);

        assertThat(FormJson.read(json, form.getClass())).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void reads_back_an_equal_record_from_bytes_and_streams(String formId, String kind, Form form) {
        byte[] json = FormJson.writeBytes(form);

        assertThat(FormJson.read(json, form.getClass())).isEqualTo(form);
        assertThat(FormJson.read(new ByteArrayInputStream(json))).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void detects_the_form_by_its_form_id(String formId, String kind, Form form) {
        String json = FormJson.write(form);

        Form read = FormJson.read(json);

        assertThat(read).isInstanceOf(FormRegistry.get(formId).type()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void starts_every_document_with_the_form_id(String formId, String kind, Form form) {
        String json = FormJson.write(form);

        assertThat(json).startsWith("{\n  \"formId\": \"" + formId + "\",\n  \"version\": ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void writes_the_same_text_again_after_reading(FormDescriptor form) {
        String json = FormJson.write(SampleForms.full(form.id()));

        assertThat(FormJson.write(FormJson.read(json))).isEqualTo(json);
    }

    static Stream<FormDescriptor> forms() {
        return FormRegistry.forms().stream();
    }
}
