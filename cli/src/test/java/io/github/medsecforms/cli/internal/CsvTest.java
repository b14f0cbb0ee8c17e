package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static String line(Object... values) {
        StringBuilder sb = new StringBuilder();
        Csv.line(sb, Arrays.asList(values));
        return sb.toString();
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(line("a", "b,c", "say \"hi\"", "1行目\n2行目", null, 3))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"1行目\n2行目\",,3\r\n");
    }

    @Test
    void text_excel_would_run_as_a_formula_gets_an_apostrophe_but_numbers_do_not() {
        assertThat(line("=1+1", "+81", "-x", "@SUM(A1)", -1, "a=b"))
                .isEqualTo("'=1+1,'+81,'-x,'@SUM(A1),-1,a=b\r\n");
    }

    @Test
    void dates_are_written_as_excel_shows_them() {
        assertThat(line(LocalDate.of(2025, 3, 31))).isEqualTo("2025/3/31\r\n");
    }
}
