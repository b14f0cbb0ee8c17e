package io.github.medsecforms.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The big workbooks' ratio to the floor taken <em>within one round</em>: one floor pass and one read of
 * {@link BigWorkbookBenchmark}'s workbook, alternately, each timed by the thread's CPU time; the first third of the
 * rounds is dropped as warm-up and the median of the per-round ratios printed, with the minima. On a machine whose
 * speed changes from minute to minute (the floor's JMH iterations there vary twofold), a ratio of two JMH results taken
 * minutes apart carries that change; a ratio within one round does not (docs/performance.md, "Twelfth session").
 *
 * <pre>{@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.medsecforms.benchmarks.BigCpuTime [lines] [rounds]}</pre>
 */
public final class BigCpuTime {
    private BigCpuTime() {
    }

    public static void main(String[] args) {
        BigWorkbookBenchmark b = new BigWorkbookBenchmark();
        b.lines = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<double[]> kept = new ArrayList<>();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            sink += b.floorJdkStax();
            long c1 = threads.getCurrentThreadCpuTime();
            sink += System.identityHashCode(b.ourRead());
            long c2 = threads.getCurrentThreadCpuTime();
            if (r >= rounds / 3) {
                kept.add(new double[] {(c1 - c0) / 1e6, (c2 - c1) / 1e6});
            }
        }
        double[] ratios = kept.stream().mapToDouble(x -> x[1] / x[0]).sorted().toArray();
        double floorMin = kept.stream().mapToDouble(x -> x[0]).min().orElse(Double.NaN);
        double readMin = kept.stream().mapToDouble(x -> x[1]).min().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "lines %d, %d rounds kept: median per-round ratio %.2f; floor min %.2f ms, "
                + "ourRead min %.2f ms (ratio of minima %.2f)%n", b.lines, kept.size(), ratios[ratios.length / 2],
                floorMin, readMin, readMin / floorMin);
        System.out.println("(checksum " + sink + ")");
    }
}
