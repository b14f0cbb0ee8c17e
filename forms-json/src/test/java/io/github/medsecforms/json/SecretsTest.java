package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.linesurvey.DeviceCredential;
import io.github.medsecforms.model.linesurvey.TerminalCredential;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password list can be written, but no password ever appears in JSON, XML or an error message. */
class SecretsTest {
    private static final String PASSWORD = "Zx9!unique-PASSWORD-7f3c";
    private static final String ENABLE = "En4ble#another-7f3c";

    private static CredentialList list() {
        return new CredentialList(FiscalYear.reiwa(6),
                List.of(new DeviceCredential("Cisco", "C1111-4P", "admin", Secret.of(PASSWORD), Secret.of(ENABLE)),
                        new DeviceCredential("Yamaha", "RTX1300", "maint", Secret.empty(), Secret.empty())),
                List.of(new TerminalCredential("PCXXXX01", Optional.empty(), "survey", Secret.of(PASSWORD))),
                "");
    }

    @Test
    void json_masks_every_password_and_leaves_empty_ones_empty() {
        String json = FormJson.write(list());

        assertThat(json).doesNotContain(PASSWORD).doesNotContain(ENABLE).doesNotContain("7f3c")
                .contains("\"formId\": \"line-device-survey-credentials\"")
                .contains("\"password\": \"********\"", "\"enablePassword\": \"********\"")
                .contains("\"password\": \"\"");
        assertThat(new String(FormJson.writeBytes(list()), StandardCharsets.UTF_8)).doesNotContain("7f3c");
    }

    @Test
    void xml_masks_every_password() {
        String xml = FormXml.write(list());

        assertThat(xml).doesNotContain("7f3c").contains("<password>********</password>");
        assertThat(new String(FormXml.writeBytes(list()), StandardCharsets.UTF_8)).doesNotContain("7f3c");
    }

    @Test
    void the_lead_s_sample_list_leaks_none_of_its_passwords() {
        CredentialList sample = SampleForms.credentialList();

        String both = FormJson.write(sample) + FormXml.write(sample);

        assertThat(both).doesNotContain("secret");
    }

    @Test
    void a_masked_document_reads_back_without_usable_passwords() {
        CredentialList read = FormJson.read(FormJson.write(list()), CredentialList.class);
        CredentialList fromXml = FormXml.read(FormXml.write(list()), CredentialList.class);

        for (CredentialList l : List.of(read, fromXml)) {
            assertThat(l.hasAnyPassword()).isFalse();
            assertThat(l.devices().get(0).password()).isEqualTo(Secret.empty());
            assertThat(l.devices().get(0).password().reveal()).isEmpty();
            assertThat(l.devices().get(0).account()).isEqualTo("admin");
        }
    }

    @Test
    void a_document_carrying_a_password_is_refused_without_repeating_it() {
        String json = FormJson.write(list()).replaceFirst("\"\\*{8}\"", "\"" + PASSWORD + "\"");

        FormIoException e = catchThrowableOfType(FormIoException.class, () -> FormJson.read(json));

        assertThat(e.code()).isEqualTo("MSF-IO-0305");
        assertThat(e.path()).hasValue("$.devices[0].password");
        assertThat(e.getMessage()).doesNotContain("7f3c").contains("パスワード");
        assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("7f3c");
        assertThat(e.toString()).doesNotContain("7f3c");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void a_password_given_as_a_number_or_in_xml_is_refused_too() {
        String json = FormJson.write(list()).replaceFirst("\"\\*{8}\"", "7337");
        String xml = FormXml.write(list()).replaceFirst("\\*{8}", PASSWORD);

        assertThat(catchThrowableOfType(FormIoException.class, () -> FormJson.read(json)).code()).isEqualTo("MSF-IO-0305");
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> FormXml.read(xml));
        assertThat(e.code()).isEqualTo("MSF-IO-0305");
        assertThat(e.getMessage()).doesNotContain("7f3c");
    }
}
