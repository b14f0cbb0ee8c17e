package io.github.medsecforms.bridge.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.xlsx.FormWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for a running bridge (issue "Hostile input, load and speed", item 3): sends N validate requests over
 * C concurrent connections with real filled line-device-survey workbooks (a valid one and three with different
 * errors), checks every answer is a 200 whose findings equal in-process validation of the same bytes, and prints
 * p50/p99 latency and requests per second. The server's memory is read by the calling script ({@code
 * scripts/load-test.sh}) before and after.
 *
 * <pre>{@code java … LoadHarness <base-url> <requests> <concurrency> <as-of yyyy-mm-dd>}</pre>
 */
public final class LoadHarness {
    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int requests = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        LocalDate asOf = LocalDate.parse(args[3]);

        List<byte[]> workbooks = workbooks();
        WorkbookChecker checker = MedsecForms.checker(c -> c.asOf(asOf));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> expected = new ArrayList<>();
        for (byte[] w : workbooks) {
            expected.add(findings(json.readTree(checker.readAndCheck(w, "load.xlsx", Optional.empty()).report().toJson(Locale.JAPANESE))));
        }

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(concurrency)).build();
        URI validate = base.resolve("/api/v1/validate?format=json&lang=ja&asOf=" + asOf);
        // warm-up, not measured
        for (int i = 0; i < 200; i++) {
            send(client, validate, workbooks.get(i % workbooks.size()));
        }

        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger mismatches = new AtomicInteger();
        AtomicLong firstFailure = new AtomicLong(-1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    int which = i % workbooks.size();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = send(client, validate, workbooks.get(which));
                        latencies[i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstFailure.compareAndSet(-1, i);
                        } else if (!findings(json.readTree(r.body())).equals(expected.get(which))) {
                            mismatches.incrementAndGet();
                            firstFailure.compareAndSet(-1, i);
                        }
                    } catch (IOException | InterruptedException e) {
                        latencies[i] = System.nanoTime() - t0;
                        errors.incrementAndGet();
                        firstFailure.compareAndSet(-1, i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "requests=%d concurrency=%d errors=%d mismatches=%d seconds=%.2f rps=%.1f "
                        + "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", requests, concurrency, errors.get(),
                mismatches.get(), seconds, requests / seconds, ms(latencies, 0.50), ms(latencies, 0.90),
                ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), String.format(Locale.ROOT,
                    "{\"requests\":%d,\"concurrency\":%d,\"errors\":%d,\"mismatches\":%d,\"seconds\":%.2f,\"rps\":%.1f,"
                            + "\"p50_ms\":%.2f,\"p99_ms\":%.2f}%n", requests, concurrency, errors.get(), mismatches.get(),
                    seconds, requests / seconds, ms(latencies, 0.50), ms(latencies, 0.99)));
        }
        System.exit(errors.get() == 0 && mismatches.get() == 0 ? 0 : 1);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, byte[] body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The findings of a JSON report without the file name (the request carries none). */
    private static JsonNode findings(JsonNode report) {
        JsonNode findings = report.get("findings").deepCopy();
        findings.forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("file"));
        return findings;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** A valid survey and three with different errors, filled into our template. */
    static List<byte[]> workbooks() {
        LineDeviceSurvey ok = SampleForms.lineDeviceSurvey();
        List<Form> forms = List.of(ok,
                Mutate.set(ok, "lines[0].globalIpAddress", Ipv4Address.parse("192.168.10.1")),
                Mutate.set(ok, "lines[2].vulnerabilityScan", SurveyWish.REQUESTED),
                Mutate.set(Mutate.set(ok, "basicInfo.facilityName", ""), "terminals[-4]", null));
        return forms.stream().map(f -> FormWriter.fill(f).bytes()).toList();
    }
}
