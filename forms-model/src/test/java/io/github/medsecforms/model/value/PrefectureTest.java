package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Choice;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureTest {

    @Test
    void has_the_47_prefectures_in_jis_order_with_official_names() {
        assertThat(Prefecture.values()).hasSize(47);
        for (int code = 1; code <= 47; code++) {
            assertThat(Prefecture.ofCode(code).code()).isEqualTo(code);
            assertThat(Prefecture.ofCode(code).ordinal()).isEqualTo(code - 1);
        }
        assertThat(Prefecture.values()).extracting(Prefecture::label).doesNotHaveDuplicates()
                .allMatch(label -> label.equals("北海道") || label.matches(".+[都府県]"));
        assertThat(Arrays.stream(Prefecture.values()).filter(p -> p.label().endsWith("都"))).containsExactly(Prefecture.TOKYO);
        assertThat(Arrays.stream(Prefecture.values()).filter(p -> p.label().endsWith("府")))
                .containsExactly(Prefecture.KYOTO, Prefecture.OSAKA);
        assertThat(Prefecture.OKAYAMA).isInstanceOf(Choice.class);
    }

    @ParameterizedTest
    @CsvSource({"1, HOKKAIDO, 北海道", "13, TOKYO, 東京都", "26, KYOTO, 京都府", "27, OSAKA, 大阪府", "33, OKAYAMA, 岡山県",
        "37, KAGAWA, 香川県", "47, OKINAWA, 沖縄県"})
    void looks_up_by_jis_code(int code, Prefecture expected, String label) {
        assertThat(Prefecture.ofCode(code)).isEqualTo(expected);
        assertThat(Prefecture.ofCode(code).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 48, -1, 51, 99})
    void refuses_codes_outside_1_to_47(int code) {
        refused(() -> Prefecture.ofCode(code), ValueError.PREFECTURE_UNKNOWN, Integer.toString(code));
    }

    @ParameterizedTest
    @CsvSource({"北海道, HOKKAIDO", "東京, TOKYO", "東京都, TOKYO", "京都, KYOTO", "京都府, KYOTO", "大阪, OSAKA",
        "大阪府, OSAKA", "岡山, OKAYAMA", "岡山県, OKAYAMA", "神奈川, KANAGAWA", "鹿児島県, KAGOSHIMA",
        "' 岡山県 ', OKAYAMA", "岡山　県, OKAYAMA"})
    void finds_by_name_with_and_without_suffix(String name, Prefecture expected) {
        assertThat(Prefecture.find(name)).contains(expected);
        assertThat(Prefecture.parse(name)).isEqualTo(expected);
    }

    @Test
    void finds_every_prefecture_by_its_label_and_by_its_name_without_suffix() {
        for (Prefecture p : Prefecture.values()) {
            assertThat(Prefecture.find(p.label())).contains(p);
            if (p != Prefecture.HOKKAIDO) {
                assertThat(Prefecture.find(p.label().substring(0, p.label().length() - 1))).contains(p);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "北海", "東京府", "京都都", "大阪県", "岡", "Okayama", "岡山市", "東京都京都府"})
    void finds_nothing_for_other_names(String name) {
        assertThat(Prefecture.find(name)).isEqualTo(Optional.empty());
        refused(() -> Prefecture.parse(name), ValueError.PREFECTURE_UNKNOWN, name);
    }
}
