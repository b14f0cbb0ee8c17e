package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {
    private static final String BASE = "/io/github/medsecforms/model/value/messages";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertThat(in).as("bundle " + BASE + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> codes() {
        return Arrays.stream(ValueError.values()).map(ValueError::code).collect(Collectors.toSet());
    }

    @Test
    void codes_are_unique_and_well_formed() {
        assertThat(ValueError.values()).extracting(ValueError::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("MSF-VAL-\\d{4}"));
    }

    @Test
    void both_bundles_have_a_message_for_every_code_and_nothing_else() throws IOException {
        Properties japanese = load("");
        Properties english = load("_en");
        assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes());
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes());
        for (String code : codes()) {
            assertThat(japanese.getProperty(code)).as(code).contains("{0}")
                    .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            assertThat(english.getProperty(code)).as(code).contains("{0}").containsPattern("[A-Za-z]{3,}")
                    .isNotEqualTo(japanese.getProperty(code));
        }
    }

    @Test
    void messages_use_no_apostrophe_that_message_format_would_swallow() throws IOException {
        for (Properties bundle : new Properties[] {load(""), load("_en")}) {
            for (String code : bundle.stringPropertyNames()) {
                // a single ' quotes the rest of a MessageFormat pattern, hiding its {n}
                assertThat(bundle.getProperty(code).replace("''", "")).as(code).doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ValueError.class)
    void every_message_formats_without_an_unresolved_placeholder_in_either_language(ValueError error)
            throws IOException {
        int highest = 0;
        for (Properties bundle : new Properties[] {load(""), load("_en")}) {
            Matcher m = ARGUMENT.matcher(bundle.getProperty(error.code()));
            while (m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        Object[] args = new Object[highest];
        for (int i = 0; i < highest; i++) {
            args[i] = "«arg" + (i + 1) + "»";
        }
        InvalidValueException e = new InvalidValueException(error, "«入力»", args);
        for (String message : new String[] {e.getMessage(), e.getMessage(Locale.ENGLISH)}) {
            assertThat(message).startsWith(error.code() + ": ").contains("«入力»").doesNotContain("{")
                    .doesNotContain("}");
        }
        assertThat(e.getMessage()).isNotEqualTo(e.getMessage(Locale.ENGLISH));
    }

    @Test
    void japanese_is_the_default_whatever_the_jvm_locale_and_english_is_chosen_by_language() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            InvalidValueException e = new InvalidValueException(ValueError.POSTAL_CODE_FORMAT, "70085");
            assertThat(e.getMessage()).isEqualTo("MSF-VAL-0201: 郵便番号「70085」は「NNN-NNNN」の形式ではありません。");
            assertThat(e.getMessage(Locale.UK)).isEqualTo("MSF-VAL-0201: Postal code \"70085\" is not in the form NNN-NNNN.");
            assertThat(e.getMessage(Locale.FRENCH)).isEqualTo(e.getMessage());
            assertThat(e.getMessage(null)).isEqualTo(e.getMessage());
            assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void numeric_arguments_are_not_reformatted_by_locale() {
        InvalidValueException e = new InvalidValueException(ValueError.CHOICE_UNKNOWN, "x", 2024);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("(2024)").doesNotContain("2,024");
        assertThat(e.getMessage()).contains("2024").doesNotContain("2,024");
    }

    @Test
    void the_exception_keeps_code_input_and_messages_through_serialisation() throws Exception {
        InvalidValueException original = new InvalidValueException(ValueError.HOSPITAL_CODE_CHECK_DIGIT,
                "３４１０７１２３６３", 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        InvalidValueException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (InvalidValueException) in.readObject();
        }
        assertThat(copy.error()).isEqualTo(ValueError.HOSPITAL_CODE_CHECK_DIGIT);
        assertThat(copy.input()).isEqualTo("３４１０７１２３６３");
        assertThat(copy.getMessage()).isEqualTo(original.getMessage()).contains("2");
        assertThat(copy.getMessage(Locale.ENGLISH)).isEqualTo(original.getMessage(Locale.ENGLISH));
    }

    @Test
    void the_input_is_kept_exactly_as_given_never_normalised() {
        String written = "ｱｲｳ　（株）①";
        InvalidValueException e = new InvalidValueException(ValueError.CHOICE_UNKNOWN, written, "A / B");
        assertThat(e.input()).isEqualTo(written);
        assertThat(e.getMessage()).contains(written);
        assertThat(e.toString()).contains(ValueError.CHOICE_UNKNOWN.code()).contains(written);
    }
}
