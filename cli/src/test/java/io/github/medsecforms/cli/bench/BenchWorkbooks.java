package io.github.medsecforms.cli.bench;

import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Generates the workbooks of {@code scripts/bench-batch.sh}: {@code count} line-device-survey workbooks written by
 * {@link FormWriter}, in a fixed mix — 7 in 10 realistic and valid (the hand-written sample with its hospital, beds
 * and lines varied), 2 in 10 random instances from jqwik's {@link FormArbitraries} (valid as types, mostly invalid as
 * forms), 1 in 10 the sample with errors (a fixed-IP line without its address, no consent). Written in parallel.
 *
 * <p>Usage: {@code BenchWorkbooks <dir> <count>}</p>
 */
public final class BenchWorkbooks {
    private BenchWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        Iterator<LineDeviceSurvey> random = FormArbitraries.of(LineDeviceSurvey.class).sampleStream().iterator();
        LineDeviceSurvey[] randoms = new LineDeviceSurvey[count / 5 + 1];
        for (int i = 0; i < randoms.length; i++) {
            randoms[i] = random.next();
        }
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        IntStream.range(0, count).parallel().forEach(i -> {
            LineDeviceSurvey form = switch (i % 10) {
                case 7, 8 -> randoms[i / 5];
                case 9 -> withErrors(i);
                default -> valid(i);
            };
            write(dir.resolve(String.format("lds-%05d.xlsx", i + 1)), FormWriter.fill(form).bytes());
            int n = done.incrementAndGet();
            if (n % 200 == 0) {
                System.err.printf("%d/%d workbooks%n", n, count);
            }
        });
        System.err.printf("%d workbooks in %s (%.1f s)%n", count, dir, (System.nanoTime() - start) / 1e9);
    }

    private static LineDeviceSurvey valid(int i) {
        LineDeviceSurvey s = SampleForms.lineDeviceSurvey();
        s = Mutate.set(s, "basicInfo.facilityName", "サンプル病院" + (i + 1));
        s = Mutate.set(s, "basicInfo.beds", 20 + (i * 37) % 800);
        if (i % 3 == 0) {
            s = Mutate.set(s, "lines[-2]", null); // two lines instead of three
        }
        return s;
    }

    private static LineDeviceSurvey withErrors(int i) {
        LineDeviceSurvey s = valid(i);
        s = Mutate.set(s, "lines[0].globalIpAddress", null);
        return Mutate.set(s, "basicInfo.consent", null);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
