package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
}
