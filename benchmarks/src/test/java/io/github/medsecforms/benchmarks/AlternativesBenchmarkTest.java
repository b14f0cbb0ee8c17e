package io.github.medsecforms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every method of {@link AlternativesBenchmark} once, directly: each works and measures what it says. */
class AlternativesBenchmarkTest {
    private static final AlternativesBenchmark BENCH = new AlternativesBenchmark();

    @BeforeAll
    static void setUp() {
        BENCH.setUp();
    }

    @Test
    void the_three_zip_readers_inflate_the_same_bytes() {
        long jdk = BENCH.zipJdkStream();

        assertThat(jdk).isGreaterThan(150_000); // the picture alone is 150-200 KB
        assertThat(BENCH.zipArchive()).isEqualTo(jdk);
        assertThat(BENCH.zipCommonsCompress()).isEqualTo(jdk);
    }

    @Test
    void the_cell_readers_all_see_cells() {
        assertThat(BENCH.cellsFloorWoodstox()).isPositive();
        assertThat(BENCH.cellsGrid()).isPositive();
        assertThat(BENCH.cellsPoiStreaming()).isPositive();
        assertThat(BENCH.cellsFastexcelReader()).isPositive();
    }
}
