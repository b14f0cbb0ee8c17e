package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The recogniser's quick pass-over of title phrases never skips one that a text holds. */
class RecognizerTest {

    /** Pieces of title phrases and other texts, so that a text often holds a phrase or most of one. */
    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of("別紙", "2-1", "回線", "・", "機器", "情報", "最低限", "の", "措置", "a", "A", "@", "`", "Ā",
                "チェックリスト", "調査").list().ofMaxSize(5).map(p -> String.join("", p));
    }

    @Property(tries = 5000)
    void a_text_holding_a_phrase_covers_its_character_mask(@ForAll("pieces") String text, @ForAll("pieces") String phrase) {
        if (text.contains(phrase)) {
            assertThat(Recognizer.characterMask(phrase) & ~Recognizer.characterMask(text)).as(text + " / " + phrase)
                    .isZero();
        }
    }
}
