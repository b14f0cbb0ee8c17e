package io.github.medsecforms.model.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/github/medsecforms/model/internal/io/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_error_code_has_its_own_japanese_and_english_message() throws IOException {
        Properties ja = load("messages.properties");
        Properties en = load("messages_en.properties");

        for (IoError error : IoError.values()) {
            assertThat(ja.getProperty(error.code())).as(error.code())
                    .matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            assertThat(en.getProperty(error.code())).as(error.code()).isNotBlank()
                    .isNotEqualTo(ja.getProperty(error.code()));
        }
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
    }

    @Test
    void error_codes_are_unique_and_well_formed() {
        assertThat(Arrays.stream(IoError.values()).map(IoError::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("MSF-IO-[0-9]{4}"));
    }

    @Test
    void japanese_is_the_default_whatever_the_requested_language() {
        assertThat(Messages.format("shape.array", Locale.FRENCH)).isEqualTo("配列");
        assertThat(Messages.format("shape.array", Locale.ENGLISH)).isEqualTo("an array");
    }
}
