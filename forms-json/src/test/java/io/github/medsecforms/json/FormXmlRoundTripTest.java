package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormXmlRoundTripTest {

    static Stream<Arguments> samples() {
        return FormRegistry.forms().stream().flatMap(d -> Stream.of(
                Arguments.of(d.id(), "full", SampleForms.full(d.id())),
                Arguments.of(d.id(), "minimal", SampleForms.minimal(d.id()))));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void reads_back_an_equal_record_by_type(String formId, String kind, Form form) {
        String xml = FormXml.write(form);

        assertThat(FormXml.read(xml, form.getClass())).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void reads_back_an_equal_record_from_bytes_and_streams(String formId, String kind, Form form) {
        byte[] xml = FormXml.writeBytes(form);

        assertThat(FormXml.read(xml, form.getClass())).isEqualTo(form);
        assertThat(FormXml.read(new ByteArrayInputStream(xml))).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("samples")
    void roots_every_document_in_a_form_element_naming_the_form(String formId, String kind, Form form) {
        String xml = FormXml.write(form);

        assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<form formId=\"" + formId + "\">\n");
        assertThat(FormXml.read(xml)).isInstanceOf(FormRegistry.get(formId).type()).isEqualTo(form);
    }

    @Test
    void wraps_lists_and_names_their_items_in_the_singular() {
        String xml = FormXml.write(SampleForms.lineDeviceSurvey());

        assertThat(xml).contains("<lines>\n    <line>\n      <versionCheck>REQUESTED</versionCheck>")
                .contains("<contacts>\n    <contact>")
                .contains("<terminals>\n    <terminal>")
                .contains("<callouts>\n      <callout>")
                .doesNotContain("<lines>\n    <lines>");
        assertThat(FormXml.write(SampleForms.hospitalChecklist())).contains("<entries>\n    <entry>\n      <itemId>");
    }

    @Test
    void writes_empty_lists_as_empty_wrappers_and_reads_them_back_empty() {
        Form minimal = SampleForms.minimal("line-device-survey");

        String xml = FormXml.write(minimal);

        assertThat(xml).contains("<lines/>").contains("<terminals/>");
        assertThat(FormXml.read(xml)).isEqualTo(minimal);
    }

    @Test
    void keeps_japanese_text_as_characters_in_utf8() {
        byte[] xml = FormXml.writeBytes(SampleForms.lineDeviceSurvey());

        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<facilityName>サンプル総合病院</facilityName>");
    }

    @Test
    void reads_items_whatever_their_element_name() {
        String xml = """
                <form formId="backup-vpn-survey">
                  <version>R6</version>
                  <vpnDevices><device><maker>Fortinet</maker><model>FortiGate-60F</model><count>2</count></device></vpnDevices>
                </form>""";

        var survey = FormXml.read(xml, io.github.medsecforms.model.backupvpn.BackupVpnSurvey.class);

        assertThat(survey.vpnDevices()).singleElement()
                .satisfies(d -> assertThat(d.model()).isEqualTo("FortiGate-60F"));
    }
}
