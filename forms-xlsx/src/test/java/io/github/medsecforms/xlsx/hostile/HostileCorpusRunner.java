package io.github.medsecforms.xlsx.hostile;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs in its own JVM (small heap, see {@link HostileCorpusTest}): reads every corpus case with
 * {@link FormReader#read(byte[], String)} on a fresh thread under a wall-clock watchdog and prints one line per case:
 * {@code CASE <tab> name <tab> outcome <tab> codes <tab> millis <tab> japanese <tab> english <tab> printed}, where
 * outcome is {@code refused} (a {@link FormIoException}), {@code read} (a {@link ReadResult}; codes are its
 * findings' codes), {@code timeout}, or {@code crash} (anything else thrown, an {@link OutOfMemoryError} included;
 * codes is its class). {@code printed} is whatever the case wrote to standard output or error (it must be nothing).
 */
public final class HostileCorpusRunner {
    static final long WATCHDOG_MILLIS = 2000;

    private HostileCorpusRunner() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, Supplier<byte[]>> cases = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!HostileCorpusTest.isMetadata(name)) {
                    cases.put(name, () -> read(f));
                }
            }
        }
        HostileCorpus.cases().values().stream().filter(c -> !c.committed())
                .forEach(c -> cases.put(c.name(), c.bytes()));

        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        FormReader reader = FormReader.create();
        warmUp(reader);
        for (Map.Entry<String, Supplier<byte[]>> c : cases.entrySet()) {
            byte[] bytes = c.getValue().get();
            System.gc();
            printed.reset();
            System.setOut(capture);
            System.setErr(capture);
            String line;
            long start = System.nanoTime();
            CompletableFuture<String> future = new CompletableFuture<>();
            Thread worker = new Thread(() -> future.complete(run(reader, bytes, c.getKey())), "case-" + c.getKey());
            worker.setDaemon(true);
            worker.start();
            try {
                line = future.get(WATCHDOG_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                line = "timeout\t\t\t";
            } catch (InterruptedException | ExecutionException e) {
                line = "crash\t" + e.getClass().getName() + "\t\t";
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            String[] parts = line.split("\t", -1);
            out.println(String.join("\t", "CASE", c.getKey(), parts[0], parts[1], Long.toString(millis), parts[2],
                    parts[3], flat(printed.toString(StandardCharsets.UTF_8))));
            out.flush();
        }
    }

    /**
     * Reads a good xlsx, its .xls twin and an encrypted xlsx once before the cases, so that class loading and the
     * JIT's first steps (a second or so for POI's HSSF and crypto on a busy machine) do not count against a case.
     */
    private static void warmUp(FormReader reader) {
        byte[] xlsx = HostileCorpus.plainSample();
        reader.read(xlsx, "warm-up.xlsx");
        reader.read(io.github.medsecforms.xlsx.testing.XlsWorkbooks.fromXlsx(xlsx), "warm-up.xls");
        reader.read(HostileCorpus.encrypt(xlsx, org.apache.poi.poifs.crypt.EncryptionMode.agile), "warm-up.xlsx",
                "corpus-password".toCharArray());
    }

    /** outcome, codes, japanese, english (tab-separated). */
    private static String run(FormReader reader, byte[] bytes, String name) {
        try {
            ReadResult result = reader.read(bytes, name);
            List<String> codes = new ArrayList<>();
            List<String> ja = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Finding f : result.findings()) {
                codes.add(f.ruleId());
                ja.add(f.message());
                en.add(f.message(Locale.ENGLISH));
            }
            return String.join("\t", "read", String.join(",", codes), flat(String.join(" | ", ja)),
                    flat(String.join(" | ", en)));
        } catch (FormIoException e) {
            return String.join("\t", "refused", e.code(), flat(e.getMessage()), flat(e.getMessage(Locale.ENGLISH)));
        } catch (Throwable t) { // anything else is the failure this corpus looks for, OutOfMemoryError included
            return String.join("\t", "crash", t.getClass().getName(), flat(String.valueOf(t.getMessage())), "");
        }
    }

    private static String flat(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
