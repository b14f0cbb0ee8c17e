package io.github.medsecforms.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A companion to the JMH numbers for a shared, loaded machine: the same benchmark methods, timed by the CPU time of
 * the running thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}) instead of wall time, so that time spent
 * waiting for a core taken by other processes is not counted. Each benchmark is warmed up, then measured in rounds
 * of about one second; the median and the minimum round are printed (ms of CPU per operation).
 *
 * <p>Not a replacement for JMH (no forking, no dead-code protection beyond a checksum, GC and JIT threads' CPU not
 * counted): use it to check that JMH ratios measured under load are not an artefact of the load.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.medsecforms.benchmarks.CpuTime [warmupSeconds] [rounds] [ourRead,validateOnly,…]}</pre>
 */
public final class CpuTime {
    private CpuTime() {
    }

    public static void main(String[] args) {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> only = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        ReadBenchmark b = new ReadBenchmark();
        b.layout = System.getProperty("layout", "survey"); // -Dlayout=blind: the blind-corpus workbook
        b.setUp();
        Map<String, Supplier<Object>> benchmarks = new LinkedHashMap<>();
        benchmarks.put("floorJdkStax", b::floorJdkStax);
        benchmarks.put("floorWoodstox", b::floorWoodstox);
        benchmarks.put("floorWoodstoxEveryXmlPart", b::floorWoodstoxEveryXmlPart);
        benchmarks.put("poiUsermodel", b::poiUsermodel);
        benchmarks.put("ourRead", b::ourRead);
        benchmarks.put("ourReadValidate", b::ourReadValidate);
        benchmarks.put("validateOnly", b::validateOnly);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-26s %12s %12s %8s%n", "benchmark", "median ms", "min ms", "ops");
        long sink = 0;
        for (Map.Entry<String, Supplier<Object>> e : benchmarks.entrySet()) {
            if (!only.isEmpty() && !only.contains(e.getKey())) {
                continue;
            }
            Supplier<Object> op = e.getValue();
            long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                sink += System.identityHashCode(op.get());
            }
            List<Double> perOp = new ArrayList<>();
            long totalOps = 0;
            for (int r = 0; r < rounds; r++) {
                long start = threads.getCurrentThreadCpuTime();
                long ops = 0;
                long cpu;
                do {
                    sink += System.identityHashCode(op.get());
                    ops++;
                    cpu = threads.getCurrentThreadCpuTime() - start;
                } while (cpu < 1_000_000_000L);
                perOp.add(cpu / 1e6 / ops);
                totalOps += ops;
            }
            double[] sorted = perOp.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-26s %12.3f %12.3f %8d%n", e.getKey(), median(sorted), sorted[0], totalOps);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
