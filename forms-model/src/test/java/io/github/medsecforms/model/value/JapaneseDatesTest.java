package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {
    private static final LocalDate MAY_13_2024 = LocalDate.of(2024, 5, 13);

    @ParameterizedTest
    @ValueSource(strings = {"45425", "2024/5/13", "2024-05-13", "2024.5.13", "2024年5月13日", "20240513", "令和6年5月13日",
            "R6.5.13", "R6/5/13", "r6.5.13", "令6.5.13", "２０２４／５／１３", "令和６年５月１３日", "2024/5/13(月)",
            "2024/5/13（月）", "令和6年5月13日(月)", "R6.5.13 (月曜日)", "2024/05/13(Mon)", "R06.05.13", "R6-5-13",
            "令和6.5.13", "㋿6年5月13日", " 2024 / 5 / 13 ", "2024－05－13", "2024年05月13日", "2024年5月13", "45425.75",
            "４５４２５", "H36.5.13"})
    void reads_every_notation_of_the_same_day(String written) {
        assertThat(JapaneseDates.parse(written)).isEqualTo(MAY_13_2024);
    }

    @ParameterizedTest
    @CsvSource({
        "令和元年5月1日, 2019-05-01",
        "R元.5.1, 2019-05-01",
        "R1.5.1, 2019-05-01",
        "平成31年4月30日, 2019-04-30",
        "H31.4.30, 2019-04-30",
        "㍻31年4月30日, 2019-04-30",
        "平成元年1月8日, 1989-01-08",
        "昭和64年1月7日, 1989-01-07",
        "S64.1.7, 1989-01-07",
        "大正15年12月24日, 1926-12-24",
        "昭和元年12月25日, 1926-12-25",
        "2024/2/29, 2024-02-29",
        "2000/2/29, 2000-02-29",
    })
    void counts_era_years_from_the_first_year_of_the_era(String written, LocalDate expected) {
        assertThat(JapaneseDates.parse(written)).isEqualTo(expected);
    }

    @Test
    void accepts_an_old_era_continued_past_the_change_as_documented() {
        // decision: 平成31年5月1日 is read as the continued count (forms printed before the change)
        assertThat(JapaneseDates.parse("平成31年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseDates.parse("H32.1.1")).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void refuses_a_date_before_its_era_began_naming_the_era_and_its_first_day() {
        InvalidValueException e = refused(() -> JapaneseDates.parse("令和元年4月30日"), ValueError.DATE_ERA, "令和元年4月30日");
        assertThat(e.getMessage()).isEqualTo("MSF-VAL-0703: 日付「令和元年4月30日」は令和の始まり（令和元年5月1日）より前です。");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Reiwa").contains("2019-05-01");
        refused(() -> JapaneseDates.parse("R1.4.30"), ValueError.DATE_ERA, "R1.4.30");
        refused(() -> JapaneseDates.parse("平成元年1月7日"), ValueError.DATE_ERA, "平成元年1月7日");
        refused(() -> JapaneseDates.parse("昭和元年12月24日"), ValueError.DATE_ERA, "昭和元年12月24日");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/2/30", "令和6年13月1日", "2023/2/29", "20230229", "R6.2.30", "2024/4/31", "1900/2/29",
            "2024/0/1", "2024/1/0", "令和0年5月1日", "２０２３／２／２９"})
    void refuses_impossible_dates_naming_the_input_in_both_languages(String written) {
        InvalidValueException e = refused(() -> JapaneseDates.parse(written), ValueError.DATE_IMPOSSIBLE, written);
        assertThat(e.getMessage()).isEqualTo("MSF-VAL-0702: 日付「" + written + "」は存在しない日付です。");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("MSF-VAL-0702: The date \"" + written + "\" does not exist.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "2024/5", "2024/5-13", "13/5/2024", "令和6年", "X6.5.13", "明日", "2024/5/13/1",
            "2024/5/13(月", "24/5/13", "2024/5/13 12:00", "-45425", "4.5e4", "2024-W20-1", "R6.5.13.1"})
    void refuses_unknown_notations(String written) {
        refused(() -> JapaneseDates.parse(written), ValueError.DATE_FORMAT, written);
    }

    @Test
    void excel_serials_follow_the_1900_date_system_with_its_fictitious_leap_day() {
        assertThat(JapaneseDates.fromExcelSerial(1, false)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(JapaneseDates.fromExcelSerial(59, false)).isEqualTo(LocalDate.of(1900, 2, 28));
        refused(() -> JapaneseDates.fromExcelSerial(60, false), ValueError.EXCEL_SERIAL, "60");
        refused(() -> JapaneseDates.fromExcelSerial(60.5, false), ValueError.EXCEL_SERIAL, "60.5");
        assertThat(JapaneseDates.fromExcelSerial(61, false)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(JapaneseDates.fromExcelSerial(45425, false)).isEqualTo(MAY_13_2024);
        assertThat(JapaneseDates.fromExcelSerial(2_958_465, false)).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void excel_serials_in_the_1904_date_system_start_at_zero() {
        assertThat(JapaneseDates.fromExcelSerial(0, true)).isEqualTo(LocalDate.of(1904, 1, 1));
        assertThat(JapaneseDates.fromExcelSerial(60, true)).isEqualTo(LocalDate.of(1904, 3, 1));
        assertThat(JapaneseDates.fromExcelSerial(45425 - 1462, true)).isEqualTo(MAY_13_2024);
        assertThat(JapaneseDates.fromExcelSerial(2_957_003, true)).isEqualTo(LocalDate.of(9999, 12, 31));
        refused(() -> JapaneseDates.fromExcelSerial(2_957_004, true), ValueError.EXCEL_SERIAL, "2957004");
        refused(() -> JapaneseDates.fromExcelSerial(-1, true), ValueError.EXCEL_SERIAL, "-1");
    }

    @Test
    void the_time_of_day_in_a_serial_is_ignored() {
        assertThat(JapaneseDates.fromExcelSerial(45425.0001, false)).isEqualTo(MAY_13_2024);
        assertThat(JapaneseDates.fromExcelSerial(45425.5, false)).isEqualTo(MAY_13_2024);
        assertThat(JapaneseDates.fromExcelSerial(Math.nextDown(45426.0), false)).isEqualTo(MAY_13_2024);
        assertThat(JapaneseDates.fromExcelSerial(1.75, false)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(JapaneseDates.fromExcelSerial(0.5, true)).isEqualTo(LocalDate.of(1904, 1, 1));
        // as text, a fraction too fine for a double must not round up to the next day
        assertThat(JapaneseDates.parse("45425.99999999999999999")).isEqualTo(MAY_13_2024);
    }

    @Test
    void refuses_serials_outside_excels_range() {
        refused(() -> JapaneseDates.fromExcelSerial(0, false), ValueError.EXCEL_SERIAL, "0");
        refused(() -> JapaneseDates.fromExcelSerial(0.5, false), ValueError.EXCEL_SERIAL, "0.5");
        refused(() -> JapaneseDates.fromExcelSerial(-1, false), ValueError.EXCEL_SERIAL, "-1");
        refused(() -> JapaneseDates.fromExcelSerial(2_958_466, false), ValueError.EXCEL_SERIAL, "2958466");
        refused(() -> JapaneseDates.fromExcelSerial(Double.NaN, false), ValueError.EXCEL_SERIAL, "NaN");
        refused(() -> JapaneseDates.fromExcelSerial(Double.POSITIVE_INFINITY, false), ValueError.EXCEL_SERIAL,
                "Infinity");
        refused(() -> JapaneseDates.fromExcelSerial(1e300, false), ValueError.EXCEL_SERIAL,
                new java.math.BigDecimal("1e300").toPlainString());
    }

    @Test
    void parse_reads_serials_as_text_and_names_the_input_as_written() {
        assertThat(JapaneseDates.parse("1")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(JapaneseDates.parse("59")).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(JapaneseDates.parse("61")).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(JapaneseDates.parse("2958465")).isEqualTo(LocalDate.of(9999, 12, 31));
        refused(() -> JapaneseDates.parse("６０"), ValueError.EXCEL_SERIAL, "６０");
        refused(() -> JapaneseDates.parse("0"), ValueError.EXCEL_SERIAL, "0");
        refused(() -> JapaneseDates.parse("2958466"), ValueError.EXCEL_SERIAL, "2958466");
        refused(() -> JapaneseDates.parse("99999999999999999999"), ValueError.EXCEL_SERIAL, "99999999999999999999");
    }

    @Test
    void converts_dates_to_serials_in_both_date_systems() {
        assertThat(JapaneseDates.toExcelSerial(MAY_13_2024)).isEqualTo(45425);
        assertThat(JapaneseDates.toExcelSerial(LocalDate.of(1900, 1, 1))).isEqualTo(1);
        assertThat(JapaneseDates.toExcelSerial(LocalDate.of(1900, 2, 28))).isEqualTo(59);
        assertThat(JapaneseDates.toExcelSerial(LocalDate.of(1900, 3, 1))).isEqualTo(61);
        assertThat(JapaneseDates.toExcelSerial(LocalDate.of(9999, 12, 31))).isEqualTo(2_958_465);
        assertThat(JapaneseDates.toExcelSerial(MAY_13_2024, true)).isEqualTo(45425 - 1462);
        assertThat(JapaneseDates.toExcelSerial(LocalDate.of(1904, 1, 1), true)).isZero();
        refused(() -> JapaneseDates.toExcelSerial(LocalDate.of(1899, 12, 31)), ValueError.EXCEL_SERIAL, "1899-12-31");
        refused(() -> JapaneseDates.toExcelSerial(LocalDate.of(10000, 1, 1)), ValueError.EXCEL_SERIAL, "+10000-01-01");
        refused(() -> JapaneseDates.toExcelSerial(LocalDate.of(1903, 12, 31), true), ValueError.EXCEL_SERIAL,
                "1903-12-31");
    }

    @Test
    void every_day_excel_can_hold_round_trips_through_its_serial() {
        long previous = 0;
        for (LocalDate d = LocalDate.of(1900, 1, 1); !d.isAfter(LocalDate.of(9999, 12, 31)); d = d.plusDays(1)) {
            long serial = JapaneseDates.toExcelSerial(d);
            assertThat(serial).isEqualTo(d.equals(LocalDate.of(1900, 3, 1)) ? previous + 2 : previous + 1);
            if (JapaneseDates.fromExcelSerial(serial, false).equals(d) == false) {
                throw new AssertionError(d + " -> " + serial);
            }
            if (!d.isBefore(LocalDate.of(1904, 1, 1))
                    && !JapaneseDates.fromExcelSerial(JapaneseDates.toExcelSerial(d, true), true).equals(d)) {
                throw new AssertionError(d + " (1904)");
            }
            previous = serial;
        }
        assertThat(previous).isEqualTo(2_958_465);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-05-13, 令和6年5月13日",
        "2019-05-01, 令和元年5月1日",
        "2019-12-31, 令和元年12月31日",
        "2020-01-01, 令和2年1月1日",
        "2019-04-30, 平成31年4月30日",
        "1989-01-08, 平成元年1月8日",
        "1989-01-07, 昭和64年1月7日",
    })
    void formats_in_wareki_with_gannen_for_the_first_year(LocalDate date, String wareki) {
        assertThat(JapaneseDates.formatWareki(date)).isEqualTo(wareki);
        assertThat(JapaneseDates.parse(wareki)).isEqualTo(date);
    }

    @Test
    void formats_the_way_the_forms_print_dates() {
        assertThat(JapaneseDates.format(MAY_13_2024)).isEqualTo("2024/5/13");
        assertThat(JapaneseDates.format(LocalDate.of(2025, 12, 1))).isEqualTo("2025/12/1");
    }
}
