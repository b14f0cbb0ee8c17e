package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginsTest {
    private final Origins origins = Origins.of(new LinkedHashMap<>(Map.of(
            "lines[2].purpose", new CellOrigin("回線・機器情報記入シート", "E9"),
            "basicInfo", new CellOrigin("基本情報記入シート", "C3"))));

    @Test
    void finds_a_recorded_path_exactly() {
        assertThat(origins.find("lines[2].purpose")).map(CellOrigin::toString).hasValue("回線・機器情報記入シート!E9");
    }

    @Test
    void a_row_resolves_to_its_first_recorded_cell_and_a_field_to_its_nearest_ancestor() {
        assertThat(origins.find("lines[2]")).map(CellOrigin::cell).hasValue("E9");
        assertThat(origins.find("basicInfo.facilityName")).map(CellOrigin::cell).hasValue("C3");
    }

    @Test
    void a_prefix_that_is_not_a_path_boundary_does_not_match() {
        assertThat(origins.find("lines[2].purposeText")).isEmpty();
        assertThat(origins.find("lines[20]")).isEmpty();
    }

    @Test
    void formula_references_quote_the_sheet_name() {
        assertThat(new CellOrigin("O'Brien", "A1").formulaReference()).isEqualTo("'O''Brien'!A1");
    }

    @Test
    void a_table_recorded_by_rows_answers_every_path_as_the_same_origins_recorded_cell_by_cell() {
        List<String> suffixes = List.of(".carrier", ".globalIpAddress", ".purpose");
        int[] columns = {12, 8, 4};
        Origins.Builder builder = Origins.builder().cell("basicInfo.facilityName", new CellOrigin("基本", "C3"));
        Origins.Table table = builder.table("lines", "回線", suffixes, columns, false);
        Map<String, CellOrigin> byCell = new LinkedHashMap<>();
        byCell.put("basicInfo.facilityName", new CellOrigin("基本", "C3"));
        for (int i = 0; i < 300; i++) {
            int sheetRow = 7 + 2 * i;
            table.add(sheetRow);
            for (int k = 0; k < suffixes.size(); k++) {
                byCell.put("lines[" + i + "]" + suffixes.get(k), new CellOrigin("回線", Origins.a1(sheetRow, columns[k])));
            }
        }
        builder.cell("floorPlan.image", new CellOrigin("設置場所", "B4"));
        byCell.put("floorPlan.image", new CellOrigin("設置場所", "B4"));
        Origins compact = builder.build();
        Origins plain = Origins.of(byCell);

        assertThat(compact.asMap()).containsExactlyEntriesOf(plain.asMap());
        assertThat(compact).isEqualTo(plain);
        List<String> paths = new ArrayList<>(List.of("lines", "lines[0]", "lines[299]", "lines[300]", "lines[299].purpose",
                "lines[12].unknown", "lines[x].purpose", "lines[5].purposeText", "basicInfo", "basicInfo.address",
                "floorPlan", "floorPlan.image.size", "other", ""));
        for (int i = 0; i < 300; i += 7) {
            paths.add("lines[" + i + "].globalIpAddress");
            paths.add("lines[" + i + "]");
        }
        for (String path : paths) {
            assertThat(compact.find(path)).as(path).isEqualTo(plain.find(path));
        }
        assertThat(compact.find("lines[299].purpose")).map(CellOrigin::toString).hasValue("回線!E606");
    }

    @Test
    void a_table_laid_out_across_keeps_its_elements_in_columns() {
        Origins.Builder builder = Origins.builder();
        builder.table("terminals", "端末", List.of(".hostName", ".ipAddress"), new int[] {3, 4}, true).add(2).add(3);
        Origins origins = builder.build();
        assertThat(origins.find("terminals[1].ipAddress")).map(CellOrigin::cell).hasValue("D5");
        assertThat(origins.find("terminals[0].hostName")).map(CellOrigin::cell).hasValue("C4");
    }

    @Test
    void a_table_read_from_two_places_finds_each_elements_cells_in_the_place_that_holds_them() {
        // a table split into two blocks of columns (the second completes the first's elements) and a page that goes on
        // with further elements: each place's elements keep their own indices
        Origins.Builder builder = Origins.builder();
        builder.table("lines", "回線", List.of(".purpose", ".globalIpAddress"), new int[] {4, 8}, false).add(6).add(7);
        builder.table("lines", "回線", List.of(".terminationLocation"), new int[] {8}, false).add(0, 18).add(1, 19);
        builder.table("lines", "回線", List.of(".purpose", ".globalIpAddress"), new int[] {4, 8}, false).add(2, 30);
        Origins origins = builder.build();
        assertThat(origins.find("lines[1].globalIpAddress")).map(CellOrigin::cell).hasValue("I8");
        assertThat(origins.find("lines[1].terminationLocation")).map(CellOrigin::cell).hasValue("I20");
        assertThat(origins.find("lines[2].purpose")).map(CellOrigin::cell).hasValue("E31");
        assertThat(origins.find("lines[2].terminationLocation")).isEmpty();
        assertThat(origins.asMap()).containsEntry("lines[2].globalIpAddress", new CellOrigin("回線", "I31"))
                .containsEntry("lines[0].terminationLocation", new CellOrigin("回線", "I19"));
    }
}
