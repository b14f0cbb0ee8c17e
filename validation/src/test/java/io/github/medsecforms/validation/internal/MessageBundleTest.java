package io.github.medsecforms.validation.internal;

import static io.github.medsecforms.validation.Fixtures.basicInfo;
import static io.github.medsecforms.validation.Fixtures.line;
import static io.github.medsecforms.validation.Fixtures.offlineBackup;
import static io.github.medsecforms.validation.Fixtures.survey;
import static io.github.medsecforms.validation.Fixtures.surveyWithTerminals;
import static io.github.medsecforms.validation.Fixtures.terminal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.FieldValidator;
import io.github.medsecforms.validation.FieldViolation;
import io.github.medsecforms.validation.VaultForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    private static final String JAPANESE = "/io/github/medsecforms/validation/messages.properties";
    private static final String ENGLISH = "/io/github/medsecforms/validation/messages_en.properties";

    /** A real form breaking each code once. */
    private static final Map<String, Form> TRIGGERS = triggers();

    private static Map<String, Form> triggers() {
        Map<String, Form> triggers = new LinkedHashMap<>();
        triggers.put("MSF-FLD-0001", survey(line("192.168.1.1")));
        triggers.put("MSF-FLD-0002", survey(basicInfo("facilityNameKana", "漢字")));
        triggers.put("MSF-FLD-0003", survey(basicInfo("beds", Optional.of(3))));
        triggers.put("MSF-FLD-0004", surveyWithTerminals(terminal("PC_01")));
        triggers.put("MSF-FLD-0100", new VaultForm(FiscalYear.reiwa(6), null, "four"));
        triggers.put("MSF-FLD-0101", offlineBackup(0));
        triggers.put("MSF-FLD-0102", offlineBackup(3001));
        return triggers;
    }

    private static Set<String> allCodes() {
        Set<String> codes = new HashSet<>(ConstraintCodes.CODES.values());
        codes.add(ConstraintCodes.OTHER);
        return codes;
    }

    @Test
    void every_code_has_a_message_in_both_bundles_and_both_bundles_have_the_same_keys() throws IOException {
        Properties japanese = load(JAPANESE);
        Properties english = load(ENGLISH);

        assertThat(japanese.stringPropertyNames()).containsAll(allCodes());
        assertThat(english.stringPropertyNames()).isEqualTo(japanese.stringPropertyNames());
        assertThat(japanese.stringPropertyNames()).allSatisfy(key -> {
            assertThat(japanese.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void the_jakarta_constraints_the_model_uses_are_routed_to_our_codes() throws IOException {
        for (Properties bundle : List.of(load(JAPANESE), load(ENGLISH))) {
            assertThat(bundle.getProperty("jakarta.validation.constraints.Min.message")).isEqualTo("{MSF-FLD-0101}");
            assertThat(bundle.getProperty("jakarta.validation.constraints.Max.message")).isEqualTo("{MSF-FLD-0102}");
        }
    }

    @Test
    void every_code_interpolates_completely_in_japanese_and_in_english() {
        assertThat(TRIGGERS.keySet()).containsExactlyInAnyOrderElementsOf(allCodes());
        FieldValidator validator = FieldValidator.create();
        TRIGGERS.forEach((code, form) -> {
            FieldViolation japanese = only(validator.validate(form), code);
            FieldViolation english = only(validator.validate(form, Locale.ENGLISH), code);

            for (FieldViolation v : List.of(japanese, english)) {
                assertThat(v.message()).as(code).doesNotContain("{", "}", "${").isNotBlank();
            }
            assertThat(japanese.message()).as(code).contains("：").containsPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
            assertThat(english.message()).as(code).doesNotContain("：", "。", "ください");
            assertThat(english.message()).as(code).isNotEqualTo(japanese.message());
        });
    }

    private static FieldViolation only(List<FieldViolation> violations, String code) {
        return violations.stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not triggered: " + violations));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
