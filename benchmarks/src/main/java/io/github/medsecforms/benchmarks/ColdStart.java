package io.github.medsecforms.benchmarks;

import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.validation.FormValidator;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.SubmittedForm;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The cold cost of validation, as a short-lived JVM (the command line) pays it: time from JVM start to {@code main},
 * building the form in code ({@link SurveyWorkbook#form()}, no reading), building the first {@link FormValidator}, the
 * first, second and third {@code validate}, then {@code n} more (default 2,000, the CLI's batch). Wall time and CPU
 * time of the main thread for each step (on a shared machine the CPU time is the steadier number; it does not count
 * the JIT compiler's and GC's threads), and the whole process's CPU time at the end (theirs included). The management
 * beans are loaded before the first step. Run it in a fresh JVM each time:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.medsecforms.benchmarks.ColdStart [n]}</pre>
 *
 * <p>Prints numbers only; nothing asserts on them.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long[] wall = new long[7];
        long[] cpu = new long[7];
        wall[0] = System.nanoTime();
        cpu[0] = threads.getCurrentThreadCpuTime();
        LineDeviceSurvey form = SurveyWorkbook.form();
        SubmittedForm submission = SubmittedForm.of(form);
        wall[1] = System.nanoTime();
        cpu[1] = threads.getCurrentThreadCpuTime();
        FormValidator validator = FormValidator.builder().asOf(ReadBenchmark.AS_OF).build();
        wall[2] = System.nanoTime();
        cpu[2] = threads.getCurrentThreadCpuTime();
        Report first = validator.validate(submission);
        wall[3] = System.nanoTime();
        cpu[3] = threads.getCurrentThreadCpuTime();
        validator.validate(submission);
        wall[4] = System.nanoTime();
        cpu[4] = threads.getCurrentThreadCpuTime();
        validator.validate(submission);
        wall[5] = System.nanoTime();
        cpu[5] = threads.getCurrentThreadCpuTime();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += validator.validate(submission).findings().size();
        }
        wall[6] = System.nanoTime();
        cpu[6] = threads.getCurrentThreadCpuTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        String[] steps = {"form built in code", "first FormValidator build", "first validate", "second validate",
            "third validate", n + " more validates"};
        System.out.printf(Locale.ROOT, "%-24s %10s %10s%n", "step", "wall ms", "cpu ms");
        System.out.printf(Locale.ROOT, "%-24s %10.1f%n", "JVM start to main", uptime - (wall[6] - wall[0]) / 1e6);
        for (int i = 0; i < steps.length; i++) {
            System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f%n", steps[i], (wall[i + 1] - wall[i]) / 1e6,
                    (cpu[i + 1] - cpu[i]) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f  (findings of the first: %d; checksum %d)%n",
                "build + first validate", (wall[3] - wall[1]) / 1e6, (cpu[3] - cpu[1]) / 1e6,
                first.findings().size(), sink);
        System.out.printf(Locale.ROOT, "%-24s %10d %10d  (process CPU, all threads)%n", "JVM uptime at end", uptime,
                process / 1_000_000);
    }
}
