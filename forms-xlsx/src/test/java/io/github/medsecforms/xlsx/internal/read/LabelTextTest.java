package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written matchers of {@link LabelText} agree with the regexes that specify them. */
class LabelTextTest {
    /** Pieces that matter to the marks and numbering (whole and broken up), and a few that do not. */
    private static final String[] PIECES = {"(*)", "(必須)", "【必須】", "(", "*", ")", "【", "必", "須", "】", "※", ":",
        "：", "\u0085", "\u2028", "\r\n", "\r", "\n", "1", "12", "0", "q", "問", "設問", "設", ".", "．", "、", "a", " ",
        "■", "-"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(7).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void without_marks_is_the_marks_regex(@ForAll("texts") String s) {
        String expected = LabelText.MARKS.matcher(s).replaceAll("");
        while (expected.endsWith(":")) {
            expected = expected.substring(0, expected.length() - 1);
        }
        assertThat(LabelText.withoutMarks(s)).isEqualTo(expected);
    }

    @Property(tries = 5000)
    void strip_number_is_the_numbering_regex(@ForAll("texts") String s) {
        assertThat(LabelText.stripNumber(s)).isEqualTo(LabelText.NUMBERING.matcher(s).replaceFirst(""));
    }

    @Test
    void nfkc_of_every_character_below_a0_is_itself() {
        for (char c = 0; c < 0xA0; c++) {
            for (char d = 0; d < 0xA0; d++) { // no decomposition, and no pair composes
                String s = "" + c + d;
                assertThat(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)).isEqualTo(s);
                assertThat(LabelText.nfkc(s)).isSameAs(s);
            }
        }
        assertThat(LabelText.nfkc("ＡＢＣ\u00a0１")).isEqualTo("ABC 1");
    }

    @Test
    void examples() {
        assertThat(LabelText.key("  ■ 病院名 (*)：")).isEqualTo("病院名");
        assertThat(LabelText.key("【必須】メール アドレス")).isEqualTo("メールアドレス");
        assertThat(LabelText.keyWithoutNumber("Q2. 回線種別")).isEqualTo("回線種別");
        assertThat(LabelText.keyWithoutNumber("問10、設置場所")).isEqualTo("設置場所");
        assertThat(LabelText.keyWithoutNumber("1.5")).isEqualTo(".5");
        assertThat(LabelText.keyWithoutNumber("192.168.0.1")).isEqualTo("192.168.0.1");
        assertThat(LabelText.key("10:00")).isEqualTo("10:00");
        assertThat(LabelText.key("時刻:")).isEqualTo("時刻");
    }
}
