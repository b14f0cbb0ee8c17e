package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A sheet finds a cell's row by a direct row index when its rows are few enough (else by binary search), a small
 * sheet's cells and regions by a dense index of its used area (positions outside it, and regions overlapping too
 * much, by search), keeps the cells it made, and answers the shown value and the region of a cell without optionals:
 * whatever the cells and regions, it answers what the plain computation does — a scan of the cells written (the last
 * write of a position wins) and of the regions in XML order. The writes make small sheets (the dense index), the far
 * row a sheet too tall for it; the regions and probes reach past the written area.
 */
class GridSheetLookupTest {
    @Property(tries = 300)
    void look_ups_answer_as_a_scan_of_the_cells_and_regions(
            @ForAll("writes") @Size(max = 150) List<int[]> writes,
            @ForAll("regions") @Size(max = 30) List<CellRange> regions,
            @ForAll("probes") @Size(min = 1, max = 80) List<int[]> probes,
            @ForAll boolean farRow) {
        List<int[]> all = new ArrayList<>(writes);
        if (farRow) { // a row past the direct index: the binary search is used
            all.add(new int[] {70_000, 3, 7});
        }
        SheetBuilder b = new SheetBuilder("s", SheetState.VISIBLE);
        Map<Long, Double> written = new TreeMap<>();
        for (int[] w : all) {
            b.add(w[0], w[1], CellType.NUMBER.ordinal(), Double.doubleToLongBits(w[2]));
            written.put(((long) w[0] << 20) | w[1], (double) w[2]);
        }
        b.merged.addAll(regions);
        GridSheet sheet = b.build(new String[0]);
        List<int[]> asked = new ArrayList<>(probes);
        asked.addAll(all);
        asked.add(new int[] {-1, 0});
        asked.add(new int[] {0, -1});
        asked.add(new int[] {70_001, 0});
        for (int[] p : asked) {
            Cell expected = plainCell(written, p[0], p[1]);
            assertThat(sheet.cell(p[0], p[1])).as("(%d, %d)", p[0], p[1]).isEqualTo(expected);
            assertThat(sheet.cell(p[0], p[1])).isEqualTo(expected); // made once, the same again
            if (p[0] < 0 || p[1] < 0) {
                continue;
            }
            Optional<CellRange> region = scan(regions, p[0], p[1]);
            assertThat(sheet.regionAt(p[0], p[1])).isEqualTo(region.orElse(new CellRange(p[0], p[1], p[0], p[1])));
            assertThat(sheet.shown(p[0], p[1])).isEqualTo(region.isPresent()
                    ? plainCell(written, region.get().firstRow(), region.get().firstCol()) : expected);
            List<Cell> row = new ArrayList<>();
            sheet.row(p[0]).forEach(row::add);
            List<Cell> plainRow = new ArrayList<>();
            written.forEach((pos, v) -> {
                if ((int) (pos >> 20) == p[0]) {
                    plainRow.add(plainCell(written, p[0], (int) (pos & 0xFFFFF)));
                }
            });
            assertThat(row).isEqualTo(plainRow);
        }
    }

    @Property(tries = 200)
    void the_text_cells_are_the_cells_of_type_string_in_row_major_order(
            @ForAll("writes") @Size(max = 150) List<int[]> writes) {
        SheetBuilder b = new SheetBuilder("s", SheetState.VISIBLE);
        for (int[] w : writes) {
            if (w[2] % 2 == 0) {
                b.add(w[0], w[1], CellType.STRING.ordinal() | GridSheet.LOCAL, b.local("t" + w[2]));
            } else {
                b.add(w[0], w[1], CellType.NUMBER.ordinal(), Double.doubleToLongBits(w[2]));
            }
        }
        GridSheet sheet = b.build(new String[0]);
        List<Cell> expected = new ArrayList<>();
        sheet.cells().forEach(c -> {
            if (c.type() == CellType.STRING) {
                expected.add(c);
            }
        });
        List<Cell> texts = new ArrayList<>();
        sheet.forEachText(texts::add);
        assertThat(texts).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void a_sheet_of_more_than_65536_cells_makes_each_cell_once_and_answers_as_a_small_one() {
        SheetBuilder b = new SheetBuilder("big", SheetState.VISIBLE);
        int rows = 10_000;
        int cols = 15; // 150,000 cells: more than one array of all the cells should hold
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                b.add(r, c, CellType.NUMBER.ordinal(), Double.doubleToLongBits(r * 100 + c));
            }
        }
        GridSheet sheet = b.build(new String[0]);
        assertThat(sheet.cellCount()).isEqualTo(rows * cols);
        Cell first = sheet.cell(9_876, 14);
        assertThat(first).isEqualTo(new Cell(9_876, 14, CellType.NUMBER, null, 987_614, false, false));
        assertThat(sheet.cell(9_876, 14)).isSameAs(first);
        List<Cell> row = new ArrayList<>();
        sheet.row(9_876).forEach(row::add);
        assertThat(row).hasSize(cols).element(14).isSameAs(first);
        assertThat(sheet.cell(9_876, 15)).isSameAs(Cell.BLANK);
    }

    @org.junit.jupiter.api.Test
    void a_sheet_of_more_than_65536_rows_makes_each_cell_once_too() {
        SheetBuilder b = new SheetBuilder("tall", SheetState.VISIBLE);
        for (int r = 0; r < 70_000; r++) {
            b.add(r, 0, CellType.NUMBER.ordinal(), Double.doubleToLongBits(r));
        }
        GridSheet sheet = b.build(new String[0]);
        Cell last = sheet.cell(69_999, 0);
        assertThat(last).isEqualTo(new Cell(69_999, 0, CellType.NUMBER, null, 69_999, false, false));
        assertThat(sheet.cell(69_999, 0)).isSameAs(last);
        assertThat(sheet.cell(69_999, 1)).isSameAs(Cell.BLANK);
        assertThat(sheet.cell(70_000, 0)).isSameAs(Cell.BLANK);
    }

    private static Cell plainCell(Map<Long, Double> written, int row, int col) {
        Double v = row < 0 || col < 0 ? null : written.get(((long) row << 20) | col);
        return v == null ? Cell.BLANK : new Cell(row, col, CellType.NUMBER, null, v, false, false);
    }

    private static Optional<CellRange> scan(List<CellRange> regions, int row, int col) {
        for (CellRange r : regions) {
            if (row >= r.firstRow() && row <= r.lastRow() && col >= r.firstCol() && col <= r.lastCol()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Provide
    Arbitrary<List<int[]>> writes() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 99)).as((r, c, v) -> new int[] {r, c, v}).list();
    }

    @Provide
    Arbitrary<List<int[]>> probes() {
        return Combinators.combine(Arbitraries.integers().between(0, 70), Arbitraries.integers().between(0, 15))
                .as((r, c) -> new int[] {r, c}).list();
    }

    @Provide
    Arbitrary<List<CellRange>> regions() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 3))
                .as((r, h, c, w) -> new CellRange(r, c, r + h, c + w)).list();
    }
}
