package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;

import static io.github.medsecforms.validation.Fixtures.line;
import static io.github.medsecforms.validation.Fixtures.record;
import static io.github.medsecforms.validation.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.value.Ipv4Address;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressValidationTest {
    private final FieldValidator validator = FieldValidator.create();

    @Test
    void a_private_global_ip_address_in_a_table_row_is_an_error_at_that_rows_component() {
        List<FieldViolation> violations = validator.validate(survey(line("121.119.249.222"), line("192.168.1.1")));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0001");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("lines[1].globalIpAddress");
            assertThat(v.label()).isEqualTo("回線・機器情報/回線と紐付くグローバルIPアドレス/グローバルIPアドレス");
            assertThat(v.message()).isEqualTo("回線・機器情報/回線2/回線と紐付くグローバルIPアドレス/グローバルIPアドレス：「192.168.1.1」はグローバルIPアドレスでは"
                    + "ありません。プライベートアドレス（192.168.x.x など）、予約済みアドレス、0.0.0.0 は記入できません。");
        });
    }

    @Test
    void the_message_is_english_on_request_with_the_english_label() {
        List<FieldViolation> violations = validator.validate(survey(line("192.168.1.1")), Locale.ENGLISH);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("MSF-FLD-0001");
            assertThat(v.path()).isEqualTo("lines[0].globalIpAddress");
            assertThat(v.label()).isEqualTo("回線・機器情報/回線と紐付くグローバルIPアドレス/グローバルIPアドレス");
            assertThat(v.message()).startsWith("Lines / row 1 / Global IP address of the line / Global IP address: \"192.168.1.1\" is not a global IP");
        });
    }

    @Test
    void a_global_address_is_accepted() {
        assertThat(validator.validate(survey(line("121.119.249.222")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.0.1", "172.31.255.254", "100.64.0.1", "127.0.0.1", "169.254.1.1",
            "192.0.2.1", "198.51.100.7", "203.0.113.9", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255",
            "0.0.0.0"})
    void addresses_that_are_not_globally_routable_are_refused(String address) {
        assertThat(validator.validate(survey(line(address)))).extracting(FieldViolation::code)
                .containsExactly("MSF-FLD-0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "172.15.255.254", "100.128.0.1", "192.169.0.1", "11.0.0.1",
            "223.255.255.254"})
    void addresses_just_outside_the_special_blocks_are_accepted(String address) {
        assertThat(validator.validate(survey(line(address)))).isEmpty();
    }

    @Test
    void the_address_checked_on_the_diagnosis_day_is_checked_too() {
        Line line = record(Line.class, "diagnosisDayAddress", Optional.of(Ipv4Address.parse("10.1.2.3")));

        assertThat(validator.validate(survey(line))).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("lines[0].diagnosisDayAddress");
            assertThat(v.label()).isEqualTo("回線・機器情報/回線と紐付くグローバルIPアドレス/脆弱性診断当日記入欄/グローバルIPアドレス");
        });
    }

    @Test
    void an_empty_address_is_not_this_constraints_concern() {
        assertThat(validator.validate(survey(record(Line.class, "purpose", "電子カルテ")))).isEmpty();
    }
}
