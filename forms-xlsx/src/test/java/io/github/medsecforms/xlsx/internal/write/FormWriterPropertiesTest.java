package io.github.medsecforms.xlsx.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.WrittenWorkbook;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Generated instances of every form: writing never fails and every origin points at a real cell. */
class FormWriterPropertiesTest {

    @Provide
    Arbitrary<Form> forms() {
        return Arbitraries.oneOf(FormRegistry.forms().stream()
                .map(f -> FormArbitraries.of(f.type()).map(Form.class::cast)).toList());
    }

    @Property(tries = 40)
    void fill_never_throws_and_every_origin_points_to_an_existing_cell(@ForAll("forms") Form form) throws Exception {
        WrittenWorkbook written = FormWriter.fill(form);
        assertThat(written.origins()).isEqualTo(FormWriter.layoutOf(form));
        assertThat(written.origins().asMap().values()).doesNotHaveDuplicates();
        try (XSSFWorkbook wb = Workbooks.open(written.bytes())) {
            for (Map.Entry<String, CellOrigin> e : written.origins().asMap().entrySet()) {
                CellOrigin origin = e.getValue();
                XSSFSheet sheet = wb.getSheet(origin.sheet());
                assertThat((Object) sheet).as(e.getKey()).isNotNull();
                CellReference ref = new CellReference(origin.cell());
                assertThat((Object) sheet.getRow(ref.getRow())).as(e.getKey() + " row").isNotNull();
                assertThat(sheet.getRow(ref.getRow()).getCell(ref.getCol())).as(e.getKey() + " cell").isNotNull();
                FormWriterTest.assertCellHolds(wb, origin, e.getKey(), FormWriterTest.valueAt(form, e.getKey()), false);
            }
        }
    }

    @Property(tries = 200)
    void layout_places_every_path_once_inside_the_print_area(@ForAll("forms") Form form) {
        Layout layout = Layout.of(form);
        assertThat(layout.origins().asMap().values()).doesNotHaveDuplicates();
        for (CellOrigin origin : layout.origins().asMap().values()) {
            SheetPlan plan = layout.sheets().stream().filter(p -> p.name().equals(origin.sheet())).findFirst()
                    .orElseThrow();
            CellReference ref = new CellReference(origin.cell());
            assertThat(ref.getRow()).isLessThanOrEqualTo(plan.lastRow());
            assertThat((int) ref.getCol()).isLessThanOrEqualTo(plan.lastCol());
        }
    }
}
