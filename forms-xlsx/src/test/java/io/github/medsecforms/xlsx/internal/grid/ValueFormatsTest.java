package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical number text, number parsing and date-format detection. */
class ValueFormatsTest {

    @ParameterizedTest
    @CsvSource({"45425,45425", "-3,-3", "0,0", "-0.0,0", "3.5,3.5", "0.1,0.1", "-0.25,-0.25",
        "0.30000000000000004,0.30000000000000004", "1e20,100000000000000000000", "1.5e-10,1.5E-10",
        "1e21,1E+21", "123456789012.5,123456789012.5", "0.000001,0.000001", "2e-7,0.0000002",
        "9007199254740993,9007199254740992", "1.7976931348623157e308,1.7976931348623157E+308"})
    void prints_numbers_canonically(double value, String text) {
        assertThat(Numbers.text(value)).isEqualTo(text);
        assertThat(Double.parseDouble(Numbers.text(value))).isEqualTo(value == 0 ? 0.0 : value);
    }

    @Test
    void prints_the_shortest_text_that_reads_back() {
        // JDK 17's Double.toString gives 2.0E-3 style and sometimes one digit too many; we never do
        assertThat(Numbers.text(2.0E-3)).isEqualTo("0.002");
        assertThat(Numbers.text(1.0E23)).isEqualTo("1E+23");
        assertThat(Numbers.text(2.82879384806159E17)).isEqualTo("282879384806159000");
    }

    @ParameterizedTest
    @CsvSource({"45425,45425", "-12,-12", "3.5,3.5", "1.2345678901234E-5,1.2345678901234E-5", "1E+3,1000",
        "123456789012345678,123456789012345678"})
    void parses_numbers_as_excel_writes_them(String text, double value) {
        assertThat(Numbers.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "Infinity", "-Infinity", "1e999", "0x10", "1d", "1f", "abc", "1,5", " "})
    void refuses_what_is_no_ooxml_number(String text) {
        assertThat(Numbers.parse(text)).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yyyy/m/d", "[$-411]ggge\"年\"m\"月\"d\"日\"", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy h:mm", "h:mm",
        "mm:ss", "[$-F800]dddd, mmmm dd, yyyy", "ge.m.d", "[DBNum3][$-411]ggge\"年\"m\"月\"d\"日\"", "yyyy-mm-dd;@",
        "d-mmm", "[Red]yyyy/m/d", "YYYY/MM/DD", "hh:mm AM/PM"})
    void detects_date_formats(String code) {
        assertThat(DateFormats.isDateCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"General", "0", "0.00", "#,##0", "#,##0\"円\"", "0.00E+00", "0.0e-0", "[h]:mm", "[mm]:ss",
        "[h]:mm:ss", "@", "\"yyyy\"0", "\\d0", "0_m", "[Red]0.00", "0;[Red]-0", "#,##0_);[Red](#,##0)", "¥#,##0"})
    void does_not_mistake_other_formats_for_dates(String code) {
        assertThat(DateFormats.isDateCode(code)).isFalse();
    }

    @Test
    void knows_the_built_in_date_formats() {
        for (int id : new int[] {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 55, 58}) {
            assertThat(DateFormats.isBuiltinDate(id)).as("" + id).isTrue();
        }
        for (int id : new int[] {0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 164}) {
            assertThat(DateFormats.isBuiltinDate(id)).as("" + id).isFalse();
        }
    }
}
