package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormIoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontTest {
    @TempDir
    Path dir;

    @Test
    void ipaex_gothic_is_found_at_its_debian_path() {
        // .ci/run installs fonts-ipaexfont-gothic; the first candidate is its Debian path
        Path debian = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
        assertThat(PdfFont.searchedLocations()).startsWith(debian);

        PdfFont font = PdfFont.locate(Optional.empty());

        assertThat(font.file()).isEqualTo(debian);
        assertThat(font.name()).isEqualTo("IPAexGothic");
    }

    @Test
    void the_font_tells_which_characters_it_can_display() {
        PdfFont font = PdfTesting.font();

        assertThat(font.canDisplay('医')).isTrue();
        assertThat(font.canDisplay('〓')).isTrue();
        assertThat(font.canDisplay(0x1F600)).isFalse();
    }

    @Test
    void a_configured_font_file_is_used_instead_of_the_search() throws IOException {
        Path copy = Files.copy(PdfTesting.font().file(), dir.resolve("my-font.ttf"));

        assertThat(PdfFont.locate(Optional.of(copy)).file()).isEqualTo(copy);
    }

    @Test
    void a_configured_file_that_does_not_exist_is_a_coded_error_naming_it() {
        Path missing = dir.resolve("nope.ttf");

        assertThatThrownBy(() -> PdfFont.locate(Optional.of(missing)))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0402");
                    assertThat(e.getMessage()).contains(missing.toString(), "ファイルがありません");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("does not exist");
                });
    }

    @Test
    void a_file_that_is_no_font_is_refused() throws IOException {
        Path text = Files.writeString(dir.resolve("font.ttf"), "not a font", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PdfFont.of(text))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0402");
                    assertThat(e.getMessage()).contains("TrueTypeフォントとして読み込めません");
                });
    }

    @Test
    void a_font_without_japanese_glyphs_is_refused_rather_than_printing_boxes() {
        Path latin = Path.of(System.getProperty("java.home"), "lib", "fonts", "DejaVuSans.ttf");
        Path system = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Path font = Files.isRegularFile(latin) ? latin : system;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(font), "no Latin-only font on this machine");

        assertThatThrownBy(() -> PdfFont.of(font))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0402");
                    assertThat(e.getMessage()).contains("日本語の文字");
                });
    }

    @Test
    void no_font_found_says_how_to_install_or_configure_one() {
        FormIoException e = io.github.medsecforms.model.internal.io.IoFailure.of(
                io.github.medsecforms.model.internal.io.IoError.FONT_NOT_FOUND, "/a/ipaexg.ttf, /b/ipaexg.ttf")
                .toException();

        assertThat(e.code()).isEqualTo("MSF-IO-0401");
        assertThat(e.getMessage()).contains("日本語フォントが見つかりません", "apt-get install fonts-ipaexfont-gothic",
                "/a/ipaexg.ttf");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("No Japanese font", "fonts-ipaexfont-gothic");
    }
}
