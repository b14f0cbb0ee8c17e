package io.github.medsecforms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.xlsx.ReadResult;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import org.junit.jupiter.api.Test;

/**
 * Runs the big-workbook benchmark's methods once, directly, at its smallest size: the read gives back every line
 * without findings and the last line's cells are found where they are. No timing is asserted (docs/performance.md).
 */
class BigWorkbookBenchmarkTest {
    @Test
    void the_big_workbook_reads_back_every_line_and_points_at_the_last_ones_cells() {
        BigWorkbookBenchmark bench = new BigWorkbookBenchmark();
        bench.lines = 1000;
        bench.setUp();
        assertThat(bench.floorJdkStax()).isNotZero();
        ReadResult read = bench.ourRead();
        LineDeviceSurvey survey = (LineDeviceSurvey) read.form();
        assertThat(read.findings()).isEmpty();
        assertThat(survey.lines()).hasSize(1000);
        assertThat(survey.lines().get(999)).isEqualTo(SurveyWorkbook.form().lines().get(999 % SurveyWorkbook.LINES));
        CellOrigin first = read.origins().find("lines[0].globalIpAddress").orElseThrow();
        CellOrigin last = read.origins().find("lines[999].globalIpAddress").orElseThrow();
        assertThat(last.sheet()).isEqualTo(first.sheet());
        assertThat(row(last.cell()) - row(first.cell())).isEqualTo(999);
        assertThat(last.cell().replaceAll("[0-9]", "")).isEqualTo(first.cell().replaceAll("[0-9]", ""));
    }

    @Test
    void the_interleaved_driver_prints_the_median_per_round_ratio() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            BigCpuTime.main(new String[] {"1000", "3"});
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("lines 1000, 2 rounds kept: median per-round ratio [0-9]+\\.[0-9]{2}");
    }

    private static int row(String a1) {
        return Integer.parseInt(a1.replaceAll("[A-Z]", ""));
    }
}
