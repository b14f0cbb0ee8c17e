package io.github.medsecforms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once, directly (not through JMH), so that CI catches a benchmark that no longer
 * compiles, throws, or measures something else than it says (a read with findings, a floor that parses nothing). No
 * timing is asserted: numbers come from JMH only (docs/performance.md).
 */
class ReadBenchmarkTest {
    private static final ReadBenchmark BENCH = new ReadBenchmark();

    @BeforeAll
    static void setUp() {
        BENCH.setUp();
    }

    @Test
    void the_workbook_is_the_same_on_every_run_but_for_its_creation_time() throws IOException {
        Map<String, byte[]> again = parts(SurveyWorkbook.bytes());
        Map<String, byte[]> first = parts(BENCH.workbook);
        assertThat(again.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> {
            if (!name.equals("docProps/core.xml")) { // dcterms:created is the time of writing
                assertThat(again.get(name)).as(name).isEqualTo(bytes);
            }
        });
    }

    @Test
    void the_workbook_holds_the_survey_sizes_the_docs_quote() {
        LineDeviceSurvey form = SurveyWorkbook.form();
        assertThat(form.lines()).hasSize(SurveyWorkbook.LINES);
        assertThat(form.ports()).hasSize(SurveyWorkbook.PORTS);
        assertThat(form.terminals()).hasSize(SurveyWorkbook.TERMINALS);
        assertThat(form.floorPlan().image()).hasValueSatisfying(image -> assertThat(image.size()).isBetween(150_000, 200_000));
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void both_floors_parse_the_sheets_and_shared_strings_with_the_parser_they_name() {
        assertThat(BENCH.jdkFloor.parser()).doesNotContain("ctc.wstx");
        assertThat(BENCH.woodstoxFloor.parser()).contains("ctc.wstx");
        long jdk = BENCH.floorJdkStax();
        long woodstox = BENCH.floorWoodstox();
        assertThat(jdk).isGreaterThan(BENCH.workbook.length); // every entry inflated, plus what was parsed
        assertThat(woodstox).isEqualTo(jdk); // the same events seen by both parsers
        assertThat(BENCH.floorWoodstoxEveryXmlPart()).isGreaterThan(woodstox); // drawing, styles, workbook, rels too
    }

    @Test
    void poi_reads_every_cell() {
        assertThat(BENCH.poiUsermodel()).isGreaterThan(1_000);
    }

    @Test
    void our_read_gives_back_the_form_written_without_findings() {
        ReadResult read = BENCH.ourRead();
        assertThat(read.findings()).isEmpty();
        assertThat(read.form()).isEqualTo(SurveyWorkbook.form());
    }

    @Test
    void read_and_validate_report_only_the_dynamic_ip_and_login_reminders() {
        Report report = BENCH.ourReadValidate().report();
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.count(Severity.WARNING)).isZero();
        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).isIn("LDS-010", "LDS-012"));
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LDS-012")).hasSize(1);
    }

    @Test
    void validate_only_reports_what_read_and_validate_reports() {
        Report alone = BENCH.validateOnly();
        Report inOneStep = BENCH.ourReadValidate().report();
        assertThat(alone.findings()).isEqualTo(inOneStep.findings());
    }
}
