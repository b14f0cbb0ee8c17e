package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.ReadLimits;
import io.github.medsecforms.xlsx.Templates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door on real workbook files: one call, one report, read problems and rule findings alike. */
class MedsecFormsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;

    @Test
    void one_report_holds_what_could_not_be_read_and_what_the_rules_found_each_with_the_stage_its_finder_gave() throws Exception {
        LineDeviceSurvey survey = Mutate.set(SampleForms.lineDeviceSurvey(), "lines[2].vulnerabilityScan",
                SurveyWish.REQUESTED);
        CellOrigin ip = FormWriter.layoutOf(survey).find("lines[0].globalIpAddress").orElseThrow();
        String dropped = FormRegistry.get("line-device-survey").sheets().stream()
                .filter(s -> s.blocks().stream().anyMatch(b -> b.path().equals("terminals")))
                .map(SheetDescriptor::name).findFirst().orElseThrow();
        Path file = dir.resolve("別紙2-1.xlsx");
        Files.write(file, edit(FormWriter.fill(survey).bytes(), ip, "999.1.1.1", dropped));

        Report report = MedsecForms.checker(c -> c.asOf(AS_OF).maxFindings(1_000)).check(file);

        assertThat(report.file()).isEqualTo("別紙2-1.xlsx");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.formId()).isEqualTo("line-device-survey");
            assertThat(f.file()).isEqualTo("別紙2-1.xlsx");
        });
        Finding unreadable = only(report, "MSF-VAL-0501");
        assertThat(unreadable.stage()).isEqualTo(Stage.TYPES);
        assertThat(unreadable.origin()).contains(ip);
        Finding missingSheet = only(report, "MSF-IO-2003"); // the table of the dropped sheet is found nowhere
        assertThat(missingSheet.stage()).isEqualTo(Stage.STRUCTURE);
        assertThat(missingSheet.sheet()).isEqualTo(dropped);
        assertThat(missingSheet.origin()).isEmpty();
        Finding rule = only(report, "LDS-005");
        assertThat(rule.stage()).isNotIn(Stage.TYPES, Stage.STRUCTURE);
        assertThat(rule.location()).startsWith("回線・機器情報記入シート!");
        // errors first, then by stage: the structure problem (a warning) never hides an error
        assertThat(report.findings().get(0).severity()).isEqualTo(unreadable.severity());
    }

    @Test
    void the_settings_given_to_the_checker_change_its_report() {
        Path file = write("line-device-survey.xlsx", FormWriter.fill(SampleForms.full("line-device-survey")).bytes());

        Report normal = MedsecForms.checker(c -> c.asOf(AS_OF)).check(file);
        Report diagnosisDay = MedsecForms.checker(c -> c.asOf(AS_OF).diagnosisDay(true)).check(file);
        Path blank = write("blank.xlsx", Templates.template("line-device-survey"));
        Report all = MedsecForms.checker(c -> c.asOf(AS_OF)).check(blank);
        Report shortList = MedsecForms.checker(c -> c.asOf(AS_OF).maxFindings(1)).check(blank);

        assertThat(ids(diagnosisDay)).isNotEqualTo(ids(normal));
        assertThat(all.total()).isGreaterThan(1);
        assertThat(shortList.findings()).containsExactly(all.findings().get(0));
        assertThat(shortList.total()).isEqualTo(all.total());
        assertThat(shortList.truncated()).isTrue();
    }

    @Test
    void a_file_over_the_read_limit_is_refused_with_its_code_before_it_is_read() throws Exception {
        Path small = write("srq.xlsx", FormWriter.fill(SampleForms.supportRequest()).bytes());
        long size = Files.size(small);

        assertThatThrownBy(() -> MedsecForms.checker(c -> c.readLimits(
                ReadLimits.DEFAULT.toBuilder().maxInputBytes(size - 1).build())).check(small))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-1101");
                    assertThat(e.file()).contains("srq.xlsx");
                    assertThat(e.getMessage()).contains(String.valueOf(size));
                });
        // three gibibytes, sparse: reading it whole would fail for want of memory, not with a coded refusal
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThatThrownBy(() -> MedsecForms.checker().check(huge))
                .isInstanceOfSatisfying(FormIoException.class, e -> assertThat(e.code()).isEqualTo("MSF-IO-1101"));
    }

    @Test
    void a_file_that_is_not_a_workbook_is_a_coded_exception_naming_it() {
        Path text = write("メモ.xlsx", "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> MedsecForms.checker().check(text))
                .isInstanceOf(io.github.medsecforms.model.CodedException.class)
                .hasMessageStartingWith("MSF-IO-1002").hasMessageContaining("メモ.xlsx");
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Finding only(Report report, String ruleId) {
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).as("findings %s in %s", ruleId, ids(report)).hasSize(1);
        return found.get(0);
    }

    private static List<String> ids(Report report) {
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    /** The workbook with {@code text} written into {@code cell} and the sheet {@code drop} removed. */
    private static byte[] edit(byte[] workbook, CellOrigin cell, String text, String drop) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            CellReference ref = new CellReference(cell.cell());
            var row = wb.getSheet(cell.sheet()).getRow(ref.getRow());
            (row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol()))
                    .setCellValue(text);
            wb.removeSheetAt(wb.getSheetIndex(drop));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
