package io.github.medsecforms.benchmarks;

import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.Submission;
import io.github.medsecforms.validation.Validator;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The cold cost of validation, as a short-lived JVM (the command line) pays it: time from JVM start to {@code main},
 * building the form in code ({@link SurveyWorkbook#form()}, no reading), building the first {@link Validator}, the
 * first, second and third {@code validate}, then {@code n} more (default 2,000, the CLI's batch). Wall time of each
 * step, and the process's CPU time at the end (JIT and GC threads included). Run it in a fresh JVM each time:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.medsecforms.benchmarks.ColdStart [n]}</pre>
 *
 * <p>Prints numbers only; nothing asserts on them.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        LineDeviceSurvey form = SurveyWorkbook.form();
        Submission submission = Submission.of(form);
        long t1 = System.nanoTime();
        Validator validator = Validator.builder().asOf(ReadBenchmark.AS_OF).build();
        long t2 = System.nanoTime();
        Report first = validator.validate(submission);
        long t3 = System.nanoTime();
        validator.validate(submission);
        long t4 = System.nanoTime();
        validator.validate(submission);
        long t5 = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += validator.validate(submission).findings().size();
        }
        long t6 = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        double main = uptime - (t6 - t0) / 1e6;
        System.out.printf(Locale.ROOT, "JVM start to main     %8.1f ms%n", main);
        System.out.printf(Locale.ROOT, "form built in code    %8.1f ms%n", (t1 - t0) / 1e6);
        System.out.printf(Locale.ROOT, "first Validator build %8.1f ms%n", (t2 - t1) / 1e6);
        System.out.printf(Locale.ROOT, "first validate        %8.1f ms  (%d findings)%n", (t3 - t2) / 1e6,
                first.findings().size());
        System.out.printf(Locale.ROOT, "second validate       %8.1f ms%n", (t4 - t3) / 1e6);
        System.out.printf(Locale.ROOT, "third validate        %8.1f ms%n", (t5 - t4) / 1e6);
        System.out.printf(Locale.ROOT, "%d more validates   %8.1f ms  (%.3f ms each)%n", n, (t6 - t5) / 1e6,
                n == 0 ? 0 : (t6 - t5) / 1e6 / n);
        System.out.printf(Locale.ROOT, "JVM uptime at end     %8d ms, process CPU %d ms (checksum %d)%n", uptime,
                cpu / 1_000_000, sink);
    }
}
