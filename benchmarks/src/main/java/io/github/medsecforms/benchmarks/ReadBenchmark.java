package io.github.medsecforms.benchmarks;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.SubmittedForm;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadResult;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating one filled line-device survey ({@link SurveyWorkbook}), against the physical floor (unzip +
 * StAX) and POI's usermodel, all on the same bytes in the same run. Results and how to run them: docs/performance.md.
 *
 * <p>Everything goes through the public API ({@link FormReader}, {@link FormValidator}, {@link WorkbookChecker}), so the
 * benchmarks keep working while the grid's internals change.</p>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {
    /** A fixed day, so that date rules judge the same on every run. */
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    /**
     * The workbook read: {@code survey} (our template, filled: {@link SurveyWorkbook}) or {@code blind} (a line-device
     * survey a blind-corpus drawer laid out from the notice: a sheet per section, its own headers, re-saved by
     * LibreOffice; wave 2's lds-w2-c), so that a slow path for foreign layouts cannot hide (issue 16).
     */
    @Param({"survey", "blind"})
    public String layout = "survey";

    byte[] workbook;
    String fileName;
    Floor jdkFloor;
    Floor woodstoxFloor;
    Floor woodstoxEveryPartFloor;
    FormValidator validator;
    WorkbookChecker checker;
    SubmittedForm submission;

    @Setup
    public void setUp() {
        if ("blind".equals(layout)) {
            fileName = "lds-w2-c-kumamoto-qa-sheet-per-section.xlsx";
            try (java.io.InputStream in = ReadBenchmark.class.getResourceAsStream("blind-lds-w2-c.xlsx")) {
                workbook = in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            fileName = SurveyWorkbook.FILE_NAME;
            workbook = SurveyWorkbook.bytes();
        }
        jdkFloor = Floor.jdk();
        woodstoxFloor = Floor.woodstox();
        woodstoxEveryPartFloor = Floor.woodstoxEveryXmlPart();
        validator = FormValidator.builder().asOf(AS_OF).build();
        checker = MedsecForms.checker(c -> c.asOf(AS_OF));
        ReadResult read = FormReader.create().read(workbook, fileName);
        submission = new SubmittedForm(read.form(), read.fileName(), read.origins(), read.findings(), read.credentials());
    }

    /** Floor: unzip + the JDK's StAX over every worksheet and the shared strings. */
    @Benchmark
    public long floorJdkStax() {
        return jdkFloor.pass(workbook);
    }

    /** Floor: unzip + Woodstox (the grid's parser) over every worksheet and the shared strings. */
    @Benchmark
    public long floorWoodstox() {
        return woodstoxFloor.pass(workbook);
    }

    /** Not a floor of the budget, a reference: unzip + Woodstox over every XML part, as much XML as the grid parses. */
    @Benchmark
    public long floorWoodstoxEveryXmlPart() {
        return woodstoxEveryPartFloor.pass(workbook);
    }

    /** POI: {@code new XSSFWorkbook(stream)} and every cell's value. */
    @Benchmark
    public long poiUsermodel() {
        return PoiUsermodel.readEveryCell(workbook);
    }

    /** Ours: workbook → model. */
    @Benchmark
    public ReadResult ourRead() {
        return FormReader.create().read(workbook, fileName);
    }

    /** Ours: workbook → model → report, in one step as the bridge and the command line do it. */
    @Benchmark
    public WorkbookChecker.Checked ourReadValidate() {
        return checker.readAndCheck(workbook, fileName, Optional.empty());
    }

    /** Ours: validation alone, of the form already read (with its origins, so findings point at cells). */
    @Benchmark
    public Report validateOnly() {
        return validator.validate(submission);
    }
}
