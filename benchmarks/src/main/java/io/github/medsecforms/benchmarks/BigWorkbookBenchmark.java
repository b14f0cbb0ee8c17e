package io.github.medsecforms.benchmarks;

import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadResult;
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
 * Reading grows with the workbook as the floor does: the benchmark's line-device survey ({@link SurveyWorkbook}) with
 * only its line count changed, 1,000 to 50,000 lines, read by us and by the floor (unzip + the JDK's StAX) in the
 * same run. The ratio at each size is the figure (docs/performance.md, "Big workbooks"): it must not grow with the
 * size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 3)
// 4 GB: writing the 50,000-line workbook with POI in the setup runs out of 1 GB (the reading itself is not the reason)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BigWorkbookBenchmark {
    @Param({"1000", "10000", "50000"})
    public int lines;

    byte[] workbook;
    Floor floor;

    @Setup
    public void setUp() {
        workbook = SurveyWorkbook.bytes(lines);
        floor = Floor.jdk();
    }

    /** The floor: unzip + the JDK's StAX over every worksheet and the shared strings. */
    @Benchmark
    public long floorJdkStax() {
        return floor.pass(workbook);
    }

    /** Ours: workbook → model. */
    @Benchmark
    public ReadResult ourRead() {
        return FormReader.create().read(workbook, SurveyWorkbook.FILE_NAME);
    }
}
