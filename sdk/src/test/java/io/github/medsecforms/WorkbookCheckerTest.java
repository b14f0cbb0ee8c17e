package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Read + validate on real workbooks: findings point at the exact sheet!cell the value was read from. */
class WorkbookCheckerTest {
    private final WorkbookChecker checker = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31)));

    @Test
    void rule_and_field_findings_carry_the_cell_the_value_was_read_from() {
        var survey = Mutate.set(Mutate.set(SampleForms.lineDeviceSurvey(), "lines[0].globalIpAddress",
                Ipv4Address.parse("192.168.10.1")), "lines[2].vulnerabilityScan",
                io.github.medsecforms.model.linesurvey.SurveyWish.REQUESTED);
        byte[] workbook = VariantWorkbooks.write(survey, Options.PLAIN.with(o -> new Options(2, 2, 1, true, false, false,
                false, true, 2, false, false, false, false)));

        WorkbookChecker.Checked checked = checker.readAndCheck(workbook, "lds.xlsx", Optional.empty());

        Finding privateAddress = checked.report().findings().stream().filter(f -> f.ruleId().equals("MSF-FLD-0001"))
                .findFirst().orElseThrow();
        Finding closedNetwork = checked.report().findings().stream().filter(f -> f.ruleId().equals("LDS-005"))
                .findFirst().orElseThrow();
        var origins = checked.read().origins();
        assertThat(privateAddress.origin()).isEqualTo(origins.find("lines[0].globalIpAddress"));
        assertThat(closedNetwork.origin()).isEqualTo(origins.find("lines[2].vulnerabilityScan"));
        assertThat(privateAddress.location()).startsWith("回線・機器情報記入シート!");
        assertThat(checked.report().file()).isEqualTo("lds.xlsx");
        // the cell named is where the value really is
        String cell = privateAddress.origin().orElseThrow().cell();
        assertThat(textAt(workbook, "回線・機器情報記入シート", cell)).isEqualTo("192.168.10.1");
    }

    @Test
    void a_value_that_cannot_be_read_is_reported_once_as_a_type_problem_not_again_as_missing() throws Exception {
        byte[] workbook = VariantWorkbooks.write(SampleForms.supportRequest(), Options.PLAIN);
        var origin = FormReaderFixture.originOf(workbook, "postalCode");
        byte[] broken = overwrite(workbook, origin.sheet(), origin.cell(), "七六〇");

        var report = checker.readAndCheck(broken, "srq.xlsx", Optional.of("support-request")).report();

        assertThat(report.findings()).filteredOn(f -> f.path().equals("postalCode"))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MSF-VAL-0201");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(origin.toString());
                });
    }

    private static String textAt(byte[] workbook, String sheet, String a1) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            CellReference ref = new CellReference(a1);
            return wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] overwrite(byte[] workbook, String sheet, String a1, String text) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            CellReference ref = new CellReference(a1);
            var row = wb.getSheet(sheet).getRow(ref.getRow());
            (row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol())).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Where the reader found a path, for building broken copies. */
    static final class FormReaderFixture {
        static io.github.medsecforms.model.CellOrigin originOf(byte[] workbook, String path) {
            return io.github.medsecforms.xlsx.FormReader.create().read(workbook, "x.xlsx").origins().find(path).orElseThrow();
        }
    }
}
