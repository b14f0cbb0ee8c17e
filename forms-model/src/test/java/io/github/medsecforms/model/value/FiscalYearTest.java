package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @Test
    void runs_from_april_to_march() {
        assertThat(FiscalYear.of(LocalDate.of(2025, 3, 31))).isEqualTo(FiscalYear.reiwa(6));
        assertThat(FiscalYear.of(LocalDate.of(2025, 4, 1))).isEqualTo(FiscalYear.reiwa(7));
        assertThat(FiscalYear.of(LocalDate.of(2024, 4, 1))).isEqualTo(FiscalYear.reiwa(6));
        assertThat(FiscalYear.of(LocalDate.of(2024, 3, 31))).isEqualTo(FiscalYear.reiwa(5));
        FiscalYear r6 = FiscalYear.reiwa(6);
        assertThat(r6.startYear()).isEqualTo(2024);
        assertThat(r6.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(r6.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(r6.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(r6.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(r6.contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(r6.contains(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(r6.next()).isEqualTo(FiscalYear.reiwa(7));
        assertThat(r6).isLessThan(FiscalYear.reiwa(7)).isGreaterThan(new FiscalYear(2018));
    }

    @ParameterizedTest
    @CsvSource({
        "R6, 2024", "r6, 2024", "Ｒ６, 2024", "R06, 2024", "令和6年度, 2024", "令和６年度, 2024", "令6年度, 2024",
        "令和6, 2024", "R6年度, 2024", "令和元年度, 2019", "R1, 2019", "R元, 2019", "2024年度, 2024", "FY2024, 2024",
        "fy2024, 2024", "ＦＹ２０２４, 2024", "2024, 2024", "H30, 2018", "h30, 2018", "平成30年度, 2018",
        "平成元年度, 1989", "H1, 1989", "H31, 2019", "R100, 2118", "' R 6 ', 2024",
    })
    void parses_every_way_a_fiscal_year_is_written(String written, int startYear) {
        assertThat(FiscalYear.parse(written)).isEqualTo(new FiscalYear(startYear));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "R", "R0", "令和0年度", "H0", "平成0年度", "FY24", "24年度", "S63", "昭和63年度", "1988年度",
            "R6年度度", "令和六年度", "2024/4", "R-1", "FY 2024 年度 R6", "9999年度"})
    void refuses_what_is_not_a_fiscal_year(String written) {
        refused(() -> FiscalYear.parse(written), ValueError.FISCAL_YEAR_FORMAT, written);
    }

    @Test
    void reiwa_refuses_year_zero_and_below() {
        refused(() -> FiscalYear.reiwa(0), ValueError.FISCAL_YEAR_FORMAT, "R0");
        refused(() -> FiscalYear.reiwa(-5), ValueError.FISCAL_YEAR_FORMAT, "R-5");
        refused(() -> new FiscalYear(1988), ValueError.FISCAL_YEAR_FORMAT, "1988");
        refused(() -> new FiscalYear(9999), ValueError.FISCAL_YEAR_FORMAT, "9999");
    }

    @ParameterizedTest
    @CsvSource({
        "2024, R6, 令和6年度",
        "2019, R1, 令和元年度",
        "2018, H30, 平成30年度",
        "1989, H1, 平成元年度",
        "2025, R7, 令和7年度",
    })
    void writes_code_and_label(int startYear, String code, String label) {
        FiscalYear year = new FiscalYear(startYear);
        assertThat(year.code()).isEqualTo(code);
        assertThat(year.toString()).isEqualTo(code);
        assertThat(year.label()).isEqualTo(label);
    }
}
