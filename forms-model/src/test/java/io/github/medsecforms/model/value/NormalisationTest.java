package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NFKC is for codes, numbers and addresses only. Names (people, hospitals, departments) must reach the forms exactly
 * as written, so nothing in this package that a name can pass through may normalise.
 */
class NormalisationTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/medsecforms/model/value");

    @Test
    void compact_folds_full_width_drops_spaces_and_invisible_characters_and_unifies_hyphens() {
        assertThat(Text.compact("０１２３４５６７８９")).isEqualTo("0123456789");
        assertThat(Text.compact(" 1\u30002\t3\n4\u00A05 ")).isEqualTo("12345");
        assertThat(Text.compact("\u200B1\uFEFF2\u200D3")).isEqualTo("123");
        assertThat(Text.compact("1-2－3‐4‑5‒6–7—8―9−0ー1ｰ2⁃3")).isEqualTo("1-2-3-4-5-6-7-8-9-0-1-2-3");
        assertThat(Text.compact("ＡＢＣ＠．／")).isEqualTo("ABC@./");
    }

    @Test
    void nfkc_trim_keeps_inner_spaces() {
        assertThat(Text.nfkcTrim("　２０ ～ ９９床 ")).isEqualTo("20 ~ 99床");
    }

    @Test
    void values_that_carry_free_text_keep_it_exactly_as_written() {
        String written = "ﾔﾏﾀﾞ　太郎（ｶﾌﾞ）①";
        assertThat(Secret.of(written).reveal()).isEqualTo(written);
        assertThat(new InvalidValueException(ValueError.CHOICE_UNKNOWN, written, "x").input()).isEqualTo(written);
        assertThat(new ImageData("image/png", new byte[0]).mediaType()).isEqualTo("image/png");
    }

    @Test
    void only_code_number_and_address_parsers_normalise() throws IOException {
        assertThat(SOURCES).as("run from the forms-model directory").isDirectory();
        Set<String> normalising = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (source.contains("Normalizer") || source.contains("Text.compact") || source.contains("Text.nfkc")) {
                    normalising.add(file.getFileName().toString().replace(".java", ""));
                }
            }
        }
        // Prefecture normalises only to look a name up; what it returns is the official label, never the input.
        // BedBand's label is a band such as 20～99床, not a name.
        assertThat(normalising).containsExactlyInAnyOrder("Text", "HospitalCode", "PostalCode", "PhoneNumber",
                "EmailAddress", "Ipv4Address", "Ipv4Cidr", "Fqdn", "JapaneseDates", "FiscalYear", "Prefecture",
                "BedBand");
    }
}
