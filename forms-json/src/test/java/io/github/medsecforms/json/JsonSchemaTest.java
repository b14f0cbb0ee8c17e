package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemaTest {
    private static final String SURVEY = FormJson.write(SampleForms.lineDeviceSurvey());

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void every_schema_is_a_valid_draft_2020_12_schema(String formId) {
        String schema = FormSchemas.jsonSchema(formId);

        assertThat(schema).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",").endsWith("}\n");
        assertThat(SchemaValidation.metaSchemaProblems(schema)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void the_full_and_the_minimal_sample_are_valid(String formId) {
        assertThat(SchemaValidation.problems(formId, FormJson.write(SampleForms.full(formId)))).isEmpty();
        assertThat(SchemaValidation.problems(formId, FormJson.write(SampleForms.minimal(formId)))).isEmpty();
    }

    @Property(tries = 150)
    void generated_forms_are_valid(@ForAll("forms") Form form) {
        String formId = FormRegistry.describe(form).id();

        assertThat(SchemaValidation.problems(formId, FormJson.write(form))).isEmpty();
    }

    @Provide
    Arbitrary<Form> forms() {
        return FormArbitraries.anyForm();
    }

    @Test
    void rejects_a_bad_ip_address() {
        String json = SURVEY.replace("\"121.119.249.222\"", "\"999.1.1.1\"");

        assertThat(SchemaValidation.problems("line-device-survey", json))
                .anySatisfy(p -> assertThat(p).contains("/lines/0/globalIpAddress"));
    }

    @Test
    void rejects_an_unknown_choice_and_the_japanese_wording_that_only_the_reader_accepts() {
        // 通信形態 is free text (issue 17): 固定IP/動的IP is a closed choice
        String unknown = SURVEY.replaceFirst("\"STATIC\"", "\"LEASED_LINE\"");
        String wording = SURVEY.replaceFirst("\"STATIC\"", "\"固定IP\"");

        assertThat(SchemaValidation.problems("line-device-survey", unknown))
                .anySatisfy(p -> assertThat(p).contains("/lines/0/ipAssignment"));
        assertThat(SchemaValidation.problems("line-device-survey", wording)).isNotEmpty();
    }

    @Test
    void rejects_a_missing_or_foreign_form_id_and_unknown_properties() {
        assertThat(SchemaValidation.problems("line-device-survey",
                SURVEY.replace("\"formId\": \"line-device-survey\",", ""))).isNotEmpty();
        assertThat(SchemaValidation.problems("support-request", SURVEY)).isNotEmpty();
        assertThat(SchemaValidation.problems("line-device-survey", SURVEY.replace("\"purpose\"", "\"purpse\"")))
                .anySatisfy(p -> assertThat(p).contains("purpse"));
    }

    @Test
    void rejects_malformed_codes_dates_and_cidr() {
        String badCode = FormJson.write(SampleForms.hospitalSelection()).replace("\"3310712363\"", "\"33107-12363\"");
        String badDate = FormJson.write(SampleForms.inspectionDocuments()).replace("\"2024-11-01\"", "\"2024/11/1\"");
        String badCidr = SURVEY.replace("\"192.168.1.131/24\"", "\"192.168.1.131/33\"");

        assertThat(SchemaValidation.problems("hospital-selection", badCode)).isNotEmpty();
        assertThat(SchemaValidation.problems("inspection-documents", badDate)).isNotEmpty();
        assertThat(SchemaValidation.problems("line-device-survey", badCidr)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"20～99床", "20-99", "200床以上", "500床超", "99床以下",
            "20床未満", "20床以上100床未満", "100床超200床以下", "２０〜９９床"})
    void accepts_every_bed_band_notation_the_model_parses(String label) {
        var band = io.github.medsecforms.model.value.BedBand.parse(label);
        var selection = new io.github.medsecforms.model.selection.HospitalSelection(null, null,
                java.util.List.of(new io.github.medsecforms.model.selection.BandQuota(java.util.Optional.of(band),
                        java.util.Optional.of(1))), null);

        assertThat(SchemaValidation.problems("hospital-selection", FormJson.write(selection))).isEmpty();
    }

    @Test
    void accepts_null_for_an_empty_optional_value() {
        String json = SURVEY.replace("\"globalIpAddress\": \"121.119.249.222\"", "\"globalIpAddress\": null");

        assertThat(SchemaValidation.problems("line-device-survey", json)).isEmpty();
    }

    @Test
    void titles_are_the_official_japanese_labels_and_choices_carry_their_wording() {
        String schema = FormSchemas.jsonSchema("line-device-survey");

        assertThat(schema).contains("\"title\": \"調査希望/脆弱性診断\"", "\"description\": \"Survey requested / Vulnerability scan\"",
                "\"title\": \"別紙2-1 医療機関記入依頼書（回線・機器情報等記入）\"", "\"REQUESTED\": \"調査希望あり\"",
                "\"const\": \"line-device-survey\"");
    }

    @Test
    void an_unknown_form_id_has_no_schema() {
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> FormSchemas.jsonSchema("nope"));

        assertThat(e.code()).isEqualTo("MSF-IO-0202");
        assertThat(catchThrowableOfType(FormIoException.class,
                () -> FormSchemas.jsonSchema("line-device-survey-credentials")).code()).isEqualTo("MSF-IO-0202");
    }
}
