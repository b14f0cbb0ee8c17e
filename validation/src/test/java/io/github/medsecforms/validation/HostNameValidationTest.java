package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;

import static io.github.medsecforms.validation.Fixtures.record;
import static io.github.medsecforms.validation.Fixtures.surveyWithTerminals;
import static io.github.medsecforms.validation.Fixtures.terminal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.Terminal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameValidationTest {
    private final FieldValidator validator = FieldValidator.create();

    @Test
    void a_host_name_starting_with_a_hyphen_is_an_error_in_its_row() {
        var violations = validator.validate(surveyWithTerminals(terminal("PCXXXX01"), terminal("-PC02")));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0004");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("terminals[1].hostName");
            assertThat(v.label()).isEqualTo("調査端末情報/シンクラ端末/FAT端末/端末ホスト名");
            assertThat(v.message()).startsWith("調査端末情報/No.2/シンクラ端末/FAT端末/端末ホスト名：「-PC02」はホスト名として使えません。");
        });
        assertThat(validator.validate(surveyWithTerminals(terminal("-PC02")), Locale.ENGLISH)).singleElement()
                .extracting(FieldViolation::message).asString()
                .startsWith("Surveyed terminals / row 1 / Thin client / FAT terminal / Host name: \"-PC02\" is not a valid host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC-01-", "PC_01", "PC 01", "ＰＣ01", "pc.example.jp",
            "A234567890123456789012345678901234567890123456789012345678901234"})
    void names_outside_letters_digits_and_inner_hyphens_or_longer_than_63_are_refused(String name) {
        assertThat(validator.validate(surveyWithTerminals(terminal(name)))).extracting(FieldViolation::code)
                .containsExactly("MSF-FLD-0004");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCXXXX01", "p", "9", "PC-01", "a-b-c", "NETBIOS-NAME-LONGER-THAN-15",
            "A23456789012345678901234567890123456789012345678901234567890123"})
    void names_of_letters_digits_and_inner_hyphens_up_to_63_are_accepted(String name) {
        assertThat(validator.validate(surveyWithTerminals(terminal(name)))).isEmpty();
    }

    @Test
    void the_virtual_desktop_host_name_is_checked_too_and_empty_names_are_accepted() {
        Terminal vdi = record(Terminal.class, "hostName", "", "vdiHostName", "VDI_01");

        assertThat(validator.validate(surveyWithTerminals(vdi))).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("terminals[0].vdiHostName");
            assertThat(v.label()).isEqualTo("調査端末情報/仮想デスクトップ/端末ホスト名");
        });
    }
}
