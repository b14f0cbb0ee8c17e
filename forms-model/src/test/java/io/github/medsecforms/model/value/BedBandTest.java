package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BedBandTest {
    private static final int OPEN = Integer.MAX_VALUE;

    @ParameterizedTest
    @CsvSource({
        "20～99床, 20, 99",
        "20-99床, 20, 99",
        "20〜99床, 20, 99",
        "20~99, 20, 99",
        "20床～99床, 20, 99",
        "２０～９９床, 20, 99",
        "20－99床, 20, 99",
        "' 20 ～ 99 床 ', 20, 99",
        "200床以上, 200, " + OPEN,
        "99床以下, 0, 99",
        "20床未満, 0, 19",
        "500床超, 501, " + OPEN,
        "500以上, 500, " + OPEN,
        "20床以上100床未満, 20, 99",
        "100床超200床以下, 101, 200",
        "100以上199以下, 100, 199",
    })
    void reads_the_ways_quota_tables_label_bands(String label, int min, int max) {
        BedBand band = BedBand.parse(label);
        assertThat(band.minBeds()).isEqualTo(min);
        assertThat(band.maxBeds()).isEqualTo(max);
    }

    @Test
    void contains_exactly_the_counts_between_its_bounds() {
        BedBand band = BedBand.parse("20～99床");
        assertThat(band.contains(19)).isFalse();
        assertThat(band.contains(20)).isTrue();
        assertThat(band.contains(99)).isTrue();
        assertThat(band.contains(100)).isFalse();
        assertThat(BedBand.parse("20床未満").contains(19)).isTrue();
        assertThat(BedBand.parse("20床未満").contains(20)).isFalse();
        assertThat(BedBand.parse("500床超").contains(500)).isFalse();
        assertThat(BedBand.parse("500床超").contains(501)).isTrue();
        assertThat(BedBand.parse("200床以上").contains(199)).isFalse();
        assertThat(BedBand.parse("200床以上").contains(200)).isTrue();
        assertThat(BedBand.parse("200床以上").contains(Integer.MAX_VALUE)).isTrue();
        assertThat(BedBand.parse("99床以下").contains(0)).isTrue();
        assertThat(BedBand.parse("99床以下").contains(-1)).isFalse();
    }

    @Test
    void keeps_the_label_normalised_and_trimmed() {
        BedBand band = BedBand.parse(" 200床以上　");
        assertThat(band.label()).isEqualTo("200床以上");
        assertThat(band.toString()).isEqualTo("200床以上");
        assertThat(BedBand.parse("２００床以上").label()).isEqualTo("200床以上");
        assertThat(BedBand.parse("20～99床")).isEqualTo(new BedBand("20~99床", 20, 99));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "床", "abc", "99～20床", "0床未満", "20床", "99999999999床以上",
            "20～99床以上", "20床以上以下", "-5床以上", "2147483647床超"})
    void refuses_what_is_not_a_band(String label) {
        refused(() -> BedBand.parse(label), ValueError.BED_BAND_FORMAT, label);
    }

    @Test
    void reads_open_ended_and_named_bands_as_prefectures_write_them() {
        assertThat(BedBand.parse("～99床")).extracting(BedBand::minBeds, BedBand::maxBeds).containsExactly(0, 99);
        assertThat(BedBand.parse("500床～")).extracting(BedBand::minBeds, BedBand::maxBeds)
                .containsExactly(500, Integer.MAX_VALUE);
        assertThat(BedBand.parse("小規模（20～99床）")).extracting(BedBand::minBeds, BedBand::maxBeds).containsExactly(20, 99);
        assertThat(BedBand.parse("大規模（300床以上）").contains(300)).isTrue();
    }

    @Test
    void constructor_refuses_blank_labels_and_empty_or_negative_ranges() {
        refused(() -> new BedBand(" ", 0, 1), ValueError.BED_BAND_FORMAT, " ");
        refused(() -> new BedBand(null, 0, 1), ValueError.BED_BAND_FORMAT, "null");
        refused(() -> new BedBand("x", -1, 1), ValueError.BED_BAND_FORMAT, "x");
        refused(() -> new BedBand("x", 5, 4), ValueError.BED_BAND_FORMAT, "x");
    }
}
