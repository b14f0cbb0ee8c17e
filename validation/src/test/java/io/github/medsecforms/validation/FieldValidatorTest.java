package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;

import static io.github.medsecforms.validation.Fixtures.basicInfo;
import static io.github.medsecforms.validation.Fixtures.line;
import static io.github.medsecforms.validation.Fixtures.record;
import static io.github.medsecforms.validation.Fixtures.terminal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FieldValidatorTest {
    private final FieldValidator validator = FieldValidator.create();

    private static LineDeviceSurvey brokenSurvey() {
        Line bothAddressesPrivate = record(Line.class, "globalIpAddress", Optional.of(Ipv4Address.parse("10.0.0.1")),
                "diagnosisDayAddress", Optional.of(Ipv4Address.parse("10.0.0.2")));
        return record(LineDeviceSurvey.class,
                "terminals", List.of(terminal("-PC01")),
                "lines", List.of(bothAddressesPrivate, line("121.119.249.222"), line("127.0.0.1")),
                "basicInfo", basicInfo("facilityNameKana", "Sample", "beds", Optional.of(5)));
    }

    @Test
    void a_well_filled_form_has_no_violations() {
        LineDeviceSurvey survey = record(LineDeviceSurvey.class,
                "basicInfo", basicInfo("facilityName", "サンプル総合病院", "facilityNameKana", "さんぷるそうごうびょういん",
                        "beds", Optional.of(350)),
                "lines", List.of(line("121.119.249.222")),
                "terminals", List.of(terminal("PCXXXX01")));

        assertThat(validator.validate(survey)).isEmpty();
        assertThat(validator.validate(survey, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void violations_come_in_form_order_sheet_by_sheet_row_by_row_one_per_broken_constraint() {
        assertThat(validator.validate(brokenSurvey()))
                .extracting(FieldViolation::path, FieldViolation::code, FieldViolation::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("basicInfo.facilityNameKana", "MSF-FLD-0002", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("basicInfo.beds", "MSF-FLD-0003", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("lines[0].globalIpAddress", "MSF-FLD-0001", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("lines[0].diagnosisDayAddress", "MSF-FLD-0001", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("lines[2].globalIpAddress", "MSF-FLD-0001", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("terminals[0].hostName", "MSF-FLD-0004", Severity.ERROR));
    }

    @Test
    void the_default_language_is_japanese() {
        assertThat(validator.validate(brokenSurvey())).isEqualTo(validator.validate(brokenSurvey(), Locale.JAPANESE));
    }

    @Test
    void validators_share_one_bootstrap_and_are_safe_to_use_from_many_threads() throws Exception {
        List<FieldViolation> japanese = validator.validate(brokenSurvey());
        List<FieldViolation> english = validator.validate(brokenSurvey(), Locale.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean inEnglish = i % 2 == 0;
                FieldValidator each = FieldValidator.create();
                results.add(pool.submit(() -> inEnglish
                        ? each.validate(brokenSurvey(), Locale.ENGLISH).equals(english)
                        : each.validate(brokenSurvey()).equals(japanese)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_text_of_a_secret_never_appears_in_a_message() {
        VaultForm vault = new VaultForm(FiscalYear.reiwa(6), Secret.of("hunter2-very-secret"), "");

        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            assertThat(validator.validate(vault, locale)).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("password");
                assertThat(v.label()).isEqualTo("パスワード");
                assertThat(v.message()).doesNotContain("hunter2").contains("********");
            });
        }
    }

    @Test
    void a_constraint_without_a_code_of_its_own_gets_the_generic_code_and_still_names_the_field() {
        VaultForm vault = new VaultForm(FiscalYear.reiwa(6), null, "four");

        assertThat(validator.validate(vault)).filteredOn(v -> v.path().equals("note")).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("MSF-FLD-0100");
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.message()).startsWith("メモ：").doesNotContain("{", "}");
                });
        assertThat(validator.validate(vault, Locale.ENGLISH)).filteredOn(v -> v.path().equals("note"))
                .singleElement().extracting(FieldViolation::message).isEqualTo("Note: size must be between 0 and 3");
    }

    @Test
    void null_arguments_are_refused() {
        assertThatNullPointerException().isThrownBy(() -> validator.validate(null));
        assertThatNullPointerException().isThrownBy(() -> validator.validate(brokenSurvey(), null));
    }
}
