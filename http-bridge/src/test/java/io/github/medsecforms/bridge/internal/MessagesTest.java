package io.github.medsecforms.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every MSF-HTTP code the bridge can answer has a Japanese and an English message; Japanese is the default. */
class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/github/medsecforms/bridge/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_code_used_in_the_sources_has_a_japanese_and_an_english_message() throws IOException {
        Properties ja = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("MSF-HTTP-\\d{4}");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(15);
        for (String c : used) {
            assertThat(ja.getProperty(c)).as(c).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            assertThat(en.getProperty(c)).as(c).isNotBlank().isNotEqualTo(ja.getProperty(c));
        }
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
    }

    @Test
    void every_status_answered_has_a_title() {
        for (int status : new int[] {400, 401, 403, 404, 405, 408, 413, 415, 422, 500, 501, 503}) {
            assertThat(Texts.format("title." + status, Locale.JAPANESE)).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            assertThat(Texts.format("title." + status, Locale.ENGLISH)).matches("[\\x20-\\x7E]+");
        }
    }

    @Test
    void japanese_whatever_the_jvm_locale_unless_english_is_asked_for() {
        assertThat(Texts.format("MSF-HTTP-1004", Locale.FRENCH)).contains("本文が空");
        assertThat(Texts.format("MSF-HTTP-1004", Locale.US)).contains("body is empty");
    }
}
