package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellRefTest {

    @ParameterizedTest
    @CsvSource({"0,0,A1", "4,2,C5", "9,26,AA10", "0,25,Z1", "0,701,ZZ1", "0,702,AAA1", "1048575,16383,XFD1048576"})
    void converts_between_row_column_and_a1(int row, int col, String a1) {
        assertThat(CellRef.a1(row, col)).isEqualTo(a1);
        assertThat(CellRef.row(a1)).isEqualTo(row);
        assertThat(CellRef.col(a1)).isEqualTo(col);
        assertThat(CellRef.row(a1.toLowerCase())).isEqualTo(row);
    }

    @Test
    void accepts_absolute_references() {
        assertThat(CellRef.row("$C$5")).isEqualTo(4);
        assertThat(CellRef.col("$C$5")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "1", "A0", "XFE1", "A1048577", "AAAA1", "A1B", "A-1", "A 1", "Ａ1", "A12345678"})
    void refuses_malformed_references_and_ones_beyond_excels_limits(String a1) {
        assertThatIllegalArgumentException().isThrownBy(() -> CellRef.row(a1));
        assertThat(CellRef.parse(a1)).isNegative();
    }

    @Test
    void refuses_positions_beyond_excels_limits() {
        assertThatIllegalArgumentException().isThrownBy(() -> CellRef.a1(1_048_576, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> CellRef.a1(0, 16_384));
        assertThatIllegalArgumentException().isThrownBy(() -> CellRef.a1(-1, 0));
    }

    @Test
    void parses_and_prints_ranges() {
        CellRange range = CellRange.parse("B2:D3");
        assertThat(range).isEqualTo(new CellRange(1, 1, 2, 3));
        assertThat(range.a1()).isEqualTo("B2:D3");
        assertThat(range.contains(1, 1)).isTrue();
        assertThat(range.contains(2, 3)).isTrue();
        assertThat(range.contains(3, 3)).isFalse();
        assertThat(range.contains(1, 0)).isFalse();
        assertThat(range.height()).isEqualTo(2);
        assertThat(range.width()).isEqualTo(3);
        assertThat(CellRange.parse("D3:B2")).isEqualTo(range);
        assertThat(CellRange.parse("C7").a1()).isEqualTo("C7:C7");
        assertThatIllegalArgumentException().isThrownBy(() -> CellRange.parse("A1:XFE1"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CellRange(2, 0, 1, 0));
    }
}
