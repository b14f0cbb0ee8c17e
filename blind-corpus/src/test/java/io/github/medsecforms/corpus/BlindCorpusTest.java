package io.github.medsecforms.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every workbook of the blind corpus, validates it, and scores the result against its expected file: values
 * read right, planted problems found, false errors (README.md). Prints the figures, writes the full list of every
 * mismatch and every false error to {@code target/blind-corpus/report.md}, and holds the figures to
 * {@code thresholds.properties} (which only ever moves towards the targets of issue 16).
 */
class BlindCorpusTest {
    /** A fixed day for the rules that compare dates with today: the corpus is scored the same on any day. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static Path root;
    private static List<Scorer.WorkbookScore> scores;

    @BeforeAll
    static void scoreCorpus() throws IOException {
        root = Path.of(System.getProperty("medsec.corpus.dir", "."));
        WorkbookChecker workbooks = MedsecForms.checker(c -> c.asOf(AS_OF).maxFindings(10_000));
        Scorer.Checker checker = file -> {
            List<Scorer.Checked> checked = new ArrayList<>();
            for (WorkbookChecker.Checked one : workbooks.readAllAndCheck(file)) {
                ReadResult read = one.read();
                checked.add(new Scorer.Checked(read.formId(), read.form(), one.report().findings()));
            }
            return checked;
        };
        scores = new ArrayList<>();
        for (Path expected : expectedFiles()) {
            String name = expected.getFileName().toString().replace(".expected.json", "");
            Path workbook = workbook(expected.getParent(), name);
            scores.add(Scorer.score(workbook, Expected.load(expected), checker));
        }
        Scorecard.write(root.resolve("target/blind-corpus/report.md"), scores);
        System.out.println(Scorecard.summary(scores));
    }

    static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("corpus"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    private static Path workbook(Path dir, String name) {
        for (String ext : new String[] {".xlsx", ".xlsm", ".xls"}) {
            Path p = dir.resolve(name + ext);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError("no workbook beside " + name + ".expected.json");
    }

    @Test
    void corpus_files_match_the_manifest_of_hashes() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve("MANIFEST.sha256"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            listed.put(parts[1].strip(), parts[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        Path corpus = root.resolve("corpus");
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                actual.put(root.relativize(p).toString().replace('\\', '/'), sha256(p));
            }
        }
        assertThat(actual)
                .as("every corpus file is in MANIFEST.sha256 with its hash (a changed expected file is logged in "
                        + "CHANGES.md with its reason; scripts/blind-corpus-manifest.sh rewrites the manifest)")
                .isEqualTo(listed);
    }

    @Test
    void every_workbook_is_scored_and_the_figures_hold_their_thresholds() throws IOException {
        Properties thresholds = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("thresholds.properties"))) {
            thresholds.load(in);
        }
        Scorecard.Totals t = Scorecard.totals(scores);
        assertThat(t.workbooks()).as("workbooks scored").isGreaterThanOrEqualTo(
                Integer.parseInt(thresholds.getProperty("workbooks.min", "0")));
        assertThat(t.recognised()).as("workbooks recognised as their form").isGreaterThanOrEqualTo(
                Integer.parseInt(thresholds.getProperty("recognised.min", "0")));
        assertThat(t.valueShare()).as("share of values read right").isGreaterThanOrEqualTo(
                Double.parseDouble(thresholds.getProperty("values.share.min", "0")));
        assertThat(t.plantedFound()).as("planted problems found").isGreaterThanOrEqualTo(
                Integer.parseInt(thresholds.getProperty("planted.found.min", "0")));
        assertThat(t.falseErrors()).as("false errors (see target/blind-corpus/report.md)").isLessThanOrEqualTo(
                Integer.parseInt(thresholds.getProperty("false.errors.max", "1000000")));
        assertThat(t.unexpected()).as("single fields read where the drawer wrote none (see report.md)")
                .isLessThanOrEqualTo(Integer.parseInt(thresholds.getProperty("unexpected.max", "1000000")));
    }

    static String sha256(Path p) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
