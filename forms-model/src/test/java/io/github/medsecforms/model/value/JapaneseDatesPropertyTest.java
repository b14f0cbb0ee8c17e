package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JapaneseDatesPropertyTest {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void parse_reads_back_what_format_writes(@ForAll("dates") LocalDate date) {
        assertThat(JapaneseDates.parse(JapaneseDates.format(date))).isEqualTo(date);
    }

    @Property
    void parse_reads_back_what_format_wareki_writes(@ForAll("dates") LocalDate date) {
        assertThat(JapaneseDates.parse(JapaneseDates.formatWareki(date))).isEqualTo(date);
    }

    @Property
    void excel_serials_round_trip(@ForAll("dates") LocalDate date, @ForAll boolean date1904) {
        assertThat(JapaneseDates.fromExcelSerial(JapaneseDates.toExcelSerial(date, date1904), date1904)).isEqualTo(date);
        assertThat(JapaneseDates.fromExcelSerial(JapaneseDates.toExcelSerial(date), false)).isEqualTo(date);
        assertThat(JapaneseDates.parse(Long.toString(JapaneseDates.toExcelSerial(date)))).isEqualTo(date);
    }

    @Property
    void iso_and_compact_notations_read_the_same_day(@ForAll("dates") LocalDate date) {
        assertThat(JapaneseDates.parse(date.toString())).isEqualTo(date);
        assertThat(JapaneseDates.parse(date.toString().replace("-", ""))).isEqualTo(date);
    }
}
