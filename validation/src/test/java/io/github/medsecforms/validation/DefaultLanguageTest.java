package io.github.medsecforms.validation;

import static io.github.medsecforms.validation.Fixtures.line;
import static io.github.medsecforms.validation.Fixtures.offlineBackup;
import static io.github.medsecforms.validation.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JVM's default locale never chooses the language: Japanese by default, English only on request. */
class DefaultLanguageTest {
    private final FieldValidator validator = FieldValidator.create();
    private Locale saved;

    @BeforeEach
    void saveDefault() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(saved);
    }

    @Test
    void messages_are_japanese_when_the_jvm_default_locale_is_us_english() {
        Locale.setDefault(Locale.US);

        assertThat(validator.validate(survey(line("192.168.1.1")))).singleElement()
                .extracting(FieldViolation::message).asString().contains("はグローバルIPアドレスではありません。");
        assertThat(validator.validate(offlineBackup(0))).singleElement()
                .extracting(FieldViolation::message).isEqualTo("患者数：0は1より小さい値です。1以上の数値を指定してください。");
    }

    @Test
    void messages_are_japanese_for_any_language_but_english() {
        Locale.setDefault(Locale.ENGLISH);

        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.JAPAN, Locale.FRENCH, Locale.ROOT,
                Locale.SIMPLIFIED_CHINESE}) {
            assertThat(validator.validate(offlineBackup(0), locale)).as(locale.toString()).singleElement()
                    .extracting(FieldViolation::message).asString().startsWith("患者数：");
        }
    }

    @Test
    void messages_are_english_for_any_english_locale_even_when_the_jvm_default_is_japanese() {
        Locale.setDefault(Locale.JAPAN);

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK}) {
            assertThat(validator.validate(offlineBackup(0), locale)).as(locale.toString()).singleElement()
                    .extracting(FieldViolation::message)
                    .isEqualTo("Number of patients: 0 is less than 1; enter a number of at least 1.");
        }
    }
}
