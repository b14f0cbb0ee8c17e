package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Prefecture;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How values look in JSON, and which other notations the reader accepts. */
class JsonNotationTest {

    @Test
    void writes_value_types_as_their_canonical_text() {
        String json = FormJson.write(SampleForms.lineDeviceSurvey());

        assertThat(json).contains("\"version\": \"R6\"")
                .contains("\"globalIpAddress\": \"121.119.249.222\"")
                .contains("\"ipAddress\": \"192.168.1.131/24\"")
                .contains("\"postalCode\": \"700-8570\"")
                .contains("\"phoneNumber\": \"086-226-7403\"")
                .contains("\"fqdn\": \"vpn.sample-hospital.example.jp\"")
                .contains("\"vulnerabilityScan\": \"REQUESTED\"")
                .doesNotContain("\"bits\"");
        assertThat(FormJson.write(SampleForms.hospitalSelection()))
                .contains("\"hospitalCode\": \"3310712363\"", "\"prefecture\": \"OKAYAMA\"", "\"band\": \"20~199床\"");
        assertThat(FormJson.write(SampleForms.inspectionDocuments())).contains("\"submittedOn\": \"2024-11-01\"");
    }

    @Test
    void writes_an_image_as_media_type_and_base64() {
        String json = FormJson.write(SampleForms.lineDeviceSurvey());

        assertThat(json).contains("\"image\": {\n      \"mediaType\": \"image/png\",\n      \"data\": \"iVBORw0KGgo");
    }

    @Test
    void leaves_empty_optional_values_out_and_keeps_empty_text_and_lists() {
        String json = FormJson.write(SampleForms.minimal("line-device-survey"));

        assertThat(json).doesNotContain("postalCode").doesNotContain("null")
                .contains("\"facilityName\": \"\"", "\"lines\": []");
    }

    @Test
    void reads_null_as_empty() {
        String json = """
                {"formId": "support-request", "version": "R6", "hospitalCode": null, "hospitalName": null,
                 "contact1": null, "dataUse": null}""";

        SupportRequest read = FormJson.read(json, SupportRequest.class);

        assertThat(read).isEqualTo(new SupportRequest(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
        assertThat(read.hospitalCode()).isEmpty();
        assertThat(read.hospitalName()).isEmpty();
    }

    @Test
    void accepts_the_official_japanese_wording_of_choices() {
        String json = """
                {"formId": "line-device-survey", "lines": [{"vulnerabilityScan": "調査希望あり",
                 "ehrConnection": "あり", "versionCheck": "調査希望なし"}]}""";

        Line line = FormJson.read(json, LineDeviceSurvey.class).lines().get(0);

        assertThat(line.vulnerabilityScan()).hasValue(SurveyWish.REQUESTED);
        assertThat(line.versionCheck()).hasValue(SurveyWish.NOT_REQUESTED);
        assertThat(line.ehrConnection()).hasValue(Presence.PRESENT);
        assertThat(FormJson.write(new LineDeviceSurvey(null, null, null, java.util.List.of(line), null, null, null)))
                .contains("\"vulnerabilityScan\": \"REQUESTED\"");
    }

    @Test
    void accepts_the_lenient_notations_of_the_value_types() {
        String json = """
                {"formId": "hospital-selection", "version": "令和6年度", "prefecture": "岡山県",
                 "hospitals": [{"hospitalCode": "３４１０７１２３６２", "band": "20～199床"}]}""";

        HospitalSelection read = FormJson.read(json, HospitalSelection.class);

        assertThat(read.version().code()).isEqualTo("R6");
        assertThat(read.prefecture()).hasValue(Prefecture.OKAYAMA);
        assertThat(read.hospitals().get(0).hospitalCode()).hasValue(HospitalCode.parse("3410712362"));
    }

    @Test
    void accepts_japanese_date_notations_and_writes_iso() {
        String json = FormJson.write(SampleForms.inspectionDocuments()).replace("\"2024-11-01\"", "\"令和6年11月1日\"");

        var read = FormJson.read(json, io.github.medsecforms.model.inspection.InspectionDocuments.class);

        assertThat(read.submittedOn()).hasValue(LocalDate.of(2024, 11, 1));
    }

    @Test
    void keeps_values_the_model_holds_in_non_canonical_form_equal() {
        // values built with the constructors (not parse) read back equal too
        Line line = new Line(null, null, null, null, null, null, null, Optional.of(new Ipv4Address(0x79777DDE)), null,
                null, Optional.of(new Fqdn("VPN.Example.JP")), null, null, null, null, null, null, null, null, null);
        LineDeviceSurvey survey = new LineDeviceSurvey(null, null, null, java.util.List.of(line), null, null, null);
        var contact = new io.github.medsecforms.model.supportrequest.SupportContact("", "",
                Optional.of(new EmailAddress("Taro@Example.JP")));
        SupportRequest request = new SupportRequest(null, null, null, null, null, null, contact, null, null, null, null,
                null, null, null);

        assertThat(FormJson.read(FormJson.write(survey), LineDeviceSurvey.class)).isEqualTo(survey);
        assertThat(FormXml.read(FormXml.write(survey), LineDeviceSurvey.class)).isEqualTo(survey);
        assertThat(FormJson.read(FormJson.write(request), SupportRequest.class)).isEqualTo(request);
        assertThat(FormJson.write(survey)).contains("\"globalIpAddress\": \"121.119.125.222\"");
    }

    @Test
    void finds_the_form_id_anywhere_in_the_document() {
        String json = """
                {"version": "R6", "hospitalName": "サンプル総合病院", "formId": "offline-backup-intent"}""";

        var read = FormJson.read(json);

        assertThat(read).isInstanceOf(io.github.medsecforms.model.offlinebackup.OfflineBackupIntent.class);
        assertThat(((io.github.medsecforms.model.offlinebackup.OfflineBackupIntent) read).hospitalName())
                .isEqualTo("サンプル総合病院");
    }
}
