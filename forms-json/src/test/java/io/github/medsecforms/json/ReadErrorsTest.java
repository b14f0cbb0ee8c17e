package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input gives a coded FormIoException naming the value and where it is, in Japanese or English. */
class ReadErrorsTest {
    private static final String SURVEY = FormJson.write(SampleForms.lineDeviceSurvey());

    private static FormIoException thrown(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(FormIoException.class);
        return (FormIoException) t;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("fixture contains " + needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void a_bad_ip_address_names_the_value_its_path_and_line_in_japanese() {
        String json = SURVEY.replace("\"121.119.249.222\"", "\"999.1.1.1\"");

        FormIoException e = thrown(() -> FormJson.read(json, LineDeviceSurvey.class));

        assertThat(e.code()).isEqualTo("MSF-IO-0301");
        assertThat(e.path()).hasValue("$.lines[0].globalIpAddress");
        assertThat(e.line()).hasValue(lineOf(json, "999.1.1.1"));
        assertThat(e.column()).isPresent();
        assertThat(e.getMessage())
                .startsWith("MSF-IO-0301: 値「999.1.1.1」を読み取れません。")
                .contains("MSF-VAL-0501", "IPアドレス「999.1.1.1」はIPv4アドレス", "$.lines[0].globalIpAddress",
                        lineOf(json, "999.1.1.1") + "行");
        assertThat(e.location()).hasValueSatisfying(l -> assertThat(l).startsWith("$.lines[0].globalIpAddress ("));
    }

    @Test
    void gives_the_message_in_english_on_request() {
        String json = SURVEY.replace("\"121.119.249.222\"", "\"999.1.1.1\"");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.getMessage(Locale.ENGLISH))
                .startsWith("MSF-IO-0301: Cannot read the value \"999.1.1.1\". MSF-VAL-0501: IP address \"999.1.1.1\"")
                .contains("(at $.lines[0].globalIpAddress, line ");
        assertThat(e.getMessage(Locale.JAPAN)).isEqualTo(e.getMessage());
        assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
    }

    @Test
    void malformed_json_is_a_syntax_error_with_line_and_column() {
        String json = "{\n  \"formId\": \"support-request\",\n  \"hospitalName\" \"no colon\"\n}";

        FormIoException e = thrown(() -> FormJson.read(json, SupportRequest.class));

        assertThat(e.code()).isEqualTo("MSF-IO-0101");
        assertThat(e.line()).hasValue(3);
        assertThat(e.getMessage()).startsWith("MSF-IO-0101: JSONの構文が正しくありません").contains("3行");
        assertThat(e.getMessage(Locale.ENGLISH)).startsWith("MSF-IO-0101: The JSON is not well formed");
    }

    @Test
    void content_after_the_document_is_a_syntax_error() {
        FormIoException e = thrown(() -> FormJson.read(SURVEY + "\n{}"));

        assertThat(e.code()).isEqualTo("MSF-IO-0101");
        assertThat(e.getMessage()).contains("余分な内容");
    }

    @Test
    void empty_input_is_its_own_error() {
        assertThat(thrown(() -> FormJson.read("  \n")).code()).isEqualTo("MSF-IO-0102");
        assertThat(thrown(() -> FormJson.read(new byte[0], SupportRequest.class)).code()).isEqualTo("MSF-IO-0102");
        assertThat(thrown(() -> FormXml.read("")).code()).isEqualTo("MSF-IO-0102");
        assertThat(thrown(() -> FormJson.read("")).getMessage(Locale.ENGLISH)).contains("no JSON document");
    }

    @Test
    void a_document_of_another_form_is_refused_naming_both_forms() {
        FormIoException e = thrown(() -> FormJson.read(SURVEY, SupportRequest.class));

        assertThat(e.code()).isEqualTo("MSF-IO-0203");
        assertThat(e.getMessage()).contains("line-device-survey", "support-request");
    }

    @Test
    void an_unknown_form_id_lists_the_known_ones() {
        String json = SURVEY.replace("\"formId\": \"line-device-survey\"", "\"formId\": \"line-survey\"");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0202");
        assertThat(e.getMessage()).contains("「line-survey」", "line-device-survey", "checklist-hospital");
    }

    @Test
    void a_document_without_form_id_is_refused() {
        String json = "{\"version\": \"R6\", \"hospitalName\": \"病院\"}";

        FormIoException e = thrown(() -> FormJson.read(json, OfflineBackupIntent.class));

        assertThat(e.code()).isEqualTo("MSF-IO-0201");
        assertThat(e.getMessage()).contains("formId", "offline-backup-intent");
    }

    @Test
    void an_unknown_choice_lists_the_constant_names_and_their_wordings() {
        // 通信形態 is free text (issue 17): 固定IP/動的IP is a closed choice
        String json = SURVEY.replaceFirst("\"STATIC\"", "\"専用線\"");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0302");
        assertThat(e.path()).hasValue("$.lines[0].ipAssignment");
        assertThat(e.getMessage()).contains("「専用線」", "STATIC（固定IP）", "DYNAMIC（動的IP）");
    }

    @Test
    void an_unknown_property_is_refused_with_its_name() {
        String json = SURVEY.replace("\"purpose\": ", "\"purpse\": ");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0304");
        assertThat(e.path()).hasValue("$.lines[0].purpse");
        assertThat(e.getMessage()).contains("「purpse」");
    }

    @Test
    void a_helper_method_of_a_record_is_not_a_property() {
        // SurveyContact.isComplete() looks like a bean getter: it is neither written nor accepted
        assertThat(SURVEY).doesNotContain("\"complete\"");
        String json = SURVEY.replace("\"name\": \"岡山 太郎\",", "\"name\": \"岡山 太郎\", \"complete\": true,");

        assertThat(thrown(() -> FormJson.read(json)).code()).isEqualTo("MSF-IO-0304");
    }

    @Test
    void a_value_of_the_wrong_shape_names_what_was_expected() {
        String json = SURVEY.replace("\"lines\": [", "\"lines\": \"回線1\", \"x\": [");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0303");
        assertThat(e.path()).hasValue("$.lines");
        assertThat(e.getMessage()).contains("配列");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Expected an array but found text");
    }

    @Test
    void a_number_that_is_no_integer_is_refused() {
        String json = SURVEY.replace("\"beds\": 350", "\"beds\": 350.5");
        String huge = SURVEY.replace("\"beds\": 350", "\"beds\": 35000000000");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0307");
        assertThat(e.path()).hasValue("$.basicInfo.beds");
        FormIoException tooBig = thrown(() -> FormJson.read(huge));
        assertThat(tooBig.code()).isEqualTo("MSF-IO-0307");
        assertThat(tooBig.path()).hasValue("$.basicInfo.beds");
        assertThat(tooBig.getMessage()).contains("35000000000");
    }

    @Test
    void an_excel_serial_is_not_taken_for_a_date() {
        String json = FormJson.write(SampleForms.inspectionDocuments()).replace("\"2024-11-01\"", "\"45597\"");

        FormIoException e = thrown(() -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0301");
        assertThat(e.path()).hasValue("$.submittedOn");
    }

    @Test
    void a_null_in_a_list_is_refused() {
        String json = "{\"formId\": \"hospital-selection\", \"quotas\": [null]}";

        FormIoException e = thrown(() -> FormJson.read(json, HospitalSelection.class));

        assertThat(e.code()).isEqualTo("MSF-IO-0303");
        assertThat(e.path()).hasValue("$.quotas[0]");
    }

    @Test
    void malformed_images_are_refused() {
        String badBase64 = SURVEY.replaceFirst("\"data\": \"[^\"]+\"", "\"data\": \"not base64!\"");
        String noMediaType = SURVEY.replace("\"mediaType\": \"image/png\",", "");

        FormIoException e = thrown(() -> FormJson.read(badBase64));

        assertThat(e.code()).isEqualTo("MSF-IO-0306");
        assertThat(e.path()).hasValue("$.floorPlan.image");
        assertThat(thrown(() -> FormJson.read(noMediaType)).code()).isEqualTo("MSF-IO-0306");
    }

    @Test
    void a_failing_stream_is_an_io_error() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        FormIoException e = thrown(() -> FormJson.read(failing));

        assertThat(e.code()).isEqualTo("MSF-IO-0001");
        assertThat(e.getMessage()).contains("disk on fire");
    }

    @Test
    void never_lets_a_jackson_exception_escape_for_garbage_input() {
        for (String garbage : new String[] {"[]", "\"text\"", "42", "null", "{", "{\"formId\": 7}", "<form/>",
                "{\"formId\": \"support-request\", \"contact1\": []}", "{\"formId\": \"support-request\", \"version\": {}}"}) {
            assertThatThrownBy(() -> FormJson.read(garbage)).as(garbage).isInstanceOf(FormIoException.class)
                    .satisfies(t -> assertThat(((FormIoException) t).code()).startsWith("MSF-IO-"));
        }
    }

    @Test
    void xml_errors_carry_the_same_codes_and_paths_with_the_xml_line() {
        String xml = FormXml.write(SampleForms.lineDeviceSurvey()).replace(">121.119.249.222<", ">999.1.1.1<");

        FormIoException e = thrown(() -> FormXml.read(xml, LineDeviceSurvey.class));

        assertThat(e.code()).isEqualTo("MSF-IO-0301");
        assertThat(e.path()).hasValue("$.lines[0].globalIpAddress");
        assertThat(e.line()).hasValue(lineOf(xml, "999.1.1.1"));
    }

    @Test
    void malformed_xml_is_a_syntax_error_with_its_line() {
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<form formId=\"support-request\">\n  <hospitalName>病院</hospital>\n</form>";

        FormIoException e = thrown(() -> FormXml.read(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(e.code()).isEqualTo("MSF-IO-0101");
        assertThat(e.line()).hasValue(3);
        assertThat(e.getMessage()).startsWith("MSF-IO-0101: XMLの構文が正しくありません");
    }

    @Test
    void xml_of_another_form_is_refused() {
        String xml = FormXml.write(SampleForms.supportRequest());

        assertThat(thrown(() -> FormXml.read(xml, LineDeviceSurvey.class)).code()).isEqualTo("MSF-IO-0203");
        assertThat(thrown(() -> FormXml.read(xml.replace(" formId=\"support-request\"", ""))).code())
                .isEqualTo("MSF-IO-0201");
    }

    @Test
    void writing_something_that_is_not_a_known_form_is_refused() {
        Form stranger = () -> FiscalYear.reiwa(6);

        assertThat(thrown(() -> FormJson.write(stranger)).code()).isEqualTo("MSF-IO-0002");
        assertThat(thrown(() -> FormXml.writeBytes(stranger)).code()).isEqualTo("MSF-IO-0002");
    }
}
