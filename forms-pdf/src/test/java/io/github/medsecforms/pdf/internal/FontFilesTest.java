package io.github.medsecforms.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FontFilesTest {

    @Test
    void on_windows_the_japanese_fonts_of_the_windows_fonts_folder_are_the_fallback() {
        Path windows = Path.of("C:\\Windows");

        var candidates = FontFiles.candidates(true, windows, Path.of("home")).stream().map(Path::toString).toList();

        assertThat(candidates).first().asString().endsWith("ipaexg.ttf");
        assertThat(candidates).anyMatch(p -> p.endsWith("YuGothM.ttc")).anyMatch(p -> p.endsWith("meiryo.ttc"))
                .anyMatch(p -> p.endsWith("msgothic.ttc"));
        assertThat(candidates).allMatch(p -> p.startsWith("C:\\Windows") || p.startsWith("home"));
    }

    @Test
    void elsewhere_ipaex_gothic_at_its_debian_path_comes_first() {
        assertThat(FontFiles.candidates(false, Path.of("x"), Path.of("/home/u")))
                .first().isEqualTo(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"));
    }

    @Test
    void a_line_is_broken_between_japanese_characters_at_spaces_in_latin_text_and_never_before_a_comma() {
        try (Canvas c = Canvas.open(FontFiles.candidates().get(0), "t")) {
            float em = c.width("あ", 10);

            assertThat(c.wrap("あいうえおかきくけこ", 10, em * 4.5f)).containsExactly("あいうえ", "おかきく", "けこ");
            assertThat(c.wrap("あいう、えお", 10, em * 3.2f)).containsExactly("あい", "う、えお".substring(0, 3), "お");
            assertThat(c.wrap("hello world again", 10, c.width("hello world", 10) + 1))
                    .containsExactly("hello world", "again");
            assertThat(c.wrap("一行目\n二行目", 10, 200)).containsExactly("一行目", "二行目");
            assertThat(c.wrap("タブ\tと\u0001制御文字", 10, 400)).containsExactly("タブ と 制御文字");
        }
    }

    @Test
    void kangxi_radicals_do_not_replace_the_ideographs_drawn_in_the_extracted_text() {
        java.util.Map<Integer, Integer> used = new java.util.HashMap<>();
        used.put(100, 0x2F40); // ⽀ recorded first
        String cmap = new String(ToUnicode.cmap(used), java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(cmap).contains("<0064> <2F40>", "1 beginbfchar", "endcmap");
    }
}
