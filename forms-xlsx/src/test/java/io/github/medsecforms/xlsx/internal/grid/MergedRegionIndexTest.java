package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A sheet finds the merged region of a cell through an index by row (a long table has one or more regions per row;
 * scanning them all for every cell made reading quadratic): whatever the regions, overlapping or not, tall or flat,
 * it answers what a scan of every region in XML order answers.
 */
class MergedRegionIndexTest {
    @Property(tries = 300)
    void the_indexed_look_up_answers_as_a_scan_of_every_region(
            @ForAll("regions") @Size(max = 120) List<CellRange> regions,
            @ForAll("cells") @Size(min = 1, max = 60) List<int[]> probes) {
        GridSheet sheet = sheet(regions);
        for (int[] p : probes) {
            assertThat(sheet.mergedRegionAt(p[0], p[1])).as("(%d, %d)", p[0], p[1]).isEqualTo(scan(regions, p[0], p[1]));
        }
        for (CellRange r : regions) { // every corner of every region, where a wrong index would show
            for (int[] p : new int[][] {{r.firstRow(), r.firstCol()}, {r.lastRow(), r.lastCol()}, {r.lastRow() + 1, r.firstCol()}}) {
                assertThat(sheet.mergedRegionAt(p[0], p[1])).isEqualTo(scan(regions, p[0], p[1]));
            }
        }
    }

    @Property(tries = 20)
    void a_region_per_row_of_a_long_table_is_found_for_every_row(@ForAll("tableRows") int rows) {
        List<CellRange> regions = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            regions.add(new CellRange(r, 2, r, 4));
        }
        GridSheet sheet = sheet(regions);
        for (int r = 0; r < rows; r++) {
            assertThat(sheet.mergedRegionAt(r, 3)).hasValue(new CellRange(r, 2, r, 4));
            assertThat(sheet.mergedRegionAt(r, 5)).isEmpty();
        }
    }

    @Provide
    Arbitrary<Integer> tableRows() {
        return Arbitraries.integers().between(1, 3000);
    }

    @Provide
    Arbitrary<List<CellRange>> regions() {
        Arbitrary<Integer> row = Arbitraries.integers().between(0, 5000);
        Arbitrary<Integer> height = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 4000)));
        Arbitrary<Integer> col = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> width = Arbitraries.integers().between(0, 6);
        return Combinators.combine(row, height, col, width)
                .as((r, h, c, w) -> new CellRange(r, c, r + h, c + w)).list();
    }

    @Provide
    Arbitrary<List<int[]>> cells() {
        return Combinators.combine(Arbitraries.integers().between(0, 9000), Arbitraries.integers().between(0, 40))
                .as((r, c) -> new int[] {r, c}).list();
    }

    private static Optional<CellRange> scan(List<CellRange> regions, int row, int col) {
        for (CellRange r : regions) {
            if (row >= r.firstRow() && row <= r.lastRow() && col >= r.firstCol() && col <= r.lastCol()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static GridSheet sheet(List<CellRange> regions) {
        return new GridSheet("s", SheetState.VISIBLE, new int[0], new int[] {0}, new short[0], new byte[0], new long[0],
                new String[0], new String[0], regions, List.of(), List.of());
    }
}
