package io.github.medsecforms.xlsx.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}, made by {@link HostileCorpus}): every case, read in a
 * separate JVM with a 256 MiB heap and a 2 s watchdog per case ({@link HostileCorpusRunner}), is refused with a
 * {@code FormIoException} carrying its expected code, or — for a readable but wrong workbook — read with a finding
 * of that code; with a Japanese and an English message, nothing else thrown (no {@link OutOfMemoryError}), nothing
 * printed. The expected codes live in {@code expected-codes.properties}: a case without one fails, and so does an
 * entry without a case.
 */
class HostileCorpusTest {
    static final String TABLE = "expected-codes.properties";

    static boolean isMetadata(String name) {
        return name.equals("README.md") || name.equals(TABLE);
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(HostileCorpusTest.class.getResource("/hostile/" + TABLE).toURI()).getParent();
    }

    /** name → {kind, code} with kind {@code refused} or {@code finding}. */
    private static Map<String, String[]> expected() throws IOException {
        Properties p = new Properties();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + TABLE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String[]> m = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            String[] v = p.getProperty(name).trim().split("\\s+");
            assertThat(v).as(name + " = refused|finding MSF-XX-nnnn").hasSize(2);
            assertThat(v[0]).as(name).isIn("refused", "finding");
            assertThat(v[1]).as(name).matches("MSF-[A-Z]+-\\d{4}");
            m.put(name, v);
        }
        return m;
    }

    private static Set<String> cases() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir())) {
            files.map(f -> f.getFileName().toString()).filter(n -> !isMetadata(n)).forEach(names::add);
        }
        HostileCorpus.cases().values().stream().filter(c -> !c.committed()).forEach(c -> names.add(c.name()));
        return names;
    }

    @Test
    void every_case_has_an_expected_code_and_every_expected_code_a_case() throws Exception {
        Set<String> cases = cases();
        Map<String, String[]> expected = expected();
        assertThat(cases).as("cases without an entry in " + TABLE).isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("entries of " + TABLE + " without a case").isSubsetOf(cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        assertThat(HostileCorpus.cases().keySet()).as("every generated case is in the corpus").isSubsetOf(cases);
        String readme = Files.readString(dir().resolve("README.md"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            assertThat(readme).as("README.md lists " + e.getKey() + " with its code")
                    .containsPattern("`" + java.util.regex.Pattern.quote(e.getKey()) + "`[^\\n]*" + e.getValue()[1]);
        }
    }

    @Test
    void every_case_is_refused_or_flagged_with_its_code_in_a_small_jvm_within_the_watchdog(TestReporter report)
            throws Exception {
        Map<String, String[]> expected = expected();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), HostileCorpusRunner.class.getName(), dir().toString());
        pb.redirectErrorStream(false);
        Process child = pb.start();
        child.getOutputStream().close();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try {
                err.append(new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process died; its exit code tells
            }
        });
        errReader.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the corpus JVM ends").isTrue();
        errReader.join();
        assertThat(err.toString()).as("the corpus JVM printed nothing on standard error").isEmpty();
        assertThat(child.exitValue()).as("the corpus JVM's exit code").isZero();

        Map<String, String[]> results = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t", -1);
            assertThat(f[0]).as("only CASE lines on standard output: " + line).isEqualTo("CASE");
            assertThat(f).as(line).hasSize(8);
            results.put(f[1], f);
        }
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nhostile corpus: case | expected | outcome | codes | ms\n");
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            String name = e.getKey();
            String kind = e.getValue()[0];
            String code = e.getValue()[1];
            String[] r = results.get(name);
            if (r == null) {
                failures.add(name + ": not run");
                continue;
            }
            String outcome = r[2];
            String codes = r[3];
            long millis = Long.parseLong(r[4]);
            String ja = r[5];
            String en = r[6];
            String printed = r[7];
            table.append(String.format("%-36s %-8s %-12s %-9s %-40s %5d%n", name, kind, code, outcome, codes, millis));
            report.publishEntry(name, kind + " " + code + " -> " + outcome + " " + codes + " in " + millis + " ms");
            String problem = null;
            if (outcome.equals("timeout") || outcome.equals("crash")) {
                problem = outcome + " " + codes + " " + ja;
            } else if (kind.equals("refused") && !(outcome.equals("refused") && codes.equals(code))) {
                problem = "expected refusal " + code + ", got " + outcome + " " + codes;
            } else if (kind.equals("finding") && !(outcome.equals("read") && List.of(codes.split(",")).contains(code))) {
                problem = "expected a finding " + code + ", got " + outcome + " " + codes;
            } else if (!ja.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*")) {
                problem = "no Japanese message: " + ja;
            } else if (en.isBlank() || en.equals(ja)
                    || outcome.equals("refused") && !(ja.startsWith(code + ": ") && en.startsWith(code + ": "))) {
                problem = "no English message: " + en;
            } else if (!printed.isEmpty()) {
                problem = "printed: " + printed;
            } else if (millis > HostileCorpusRunner.WATCHDOG_MILLIS) {
                problem = "took " + millis + " ms";
            }
            if (problem != null) {
                failures.add(name + ": " + problem);
            }
        }
        System.out.println(table);
        assertThat(results.keySet()).as("cases run").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(failures).as(table.toString()).isEmpty();
    }
}
