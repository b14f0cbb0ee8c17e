package io.github.medsecforms.model.testing;

import io.github.medsecforms.model.Basis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The source documents, {@code ../shared/seeds/} beside the repository root or their copy in {@code seeds/}, for the traceability
 * tests: a quote is found in a seed when it is part of the seed's text after both are normalised (NFKC, every kind of
 * white space removed), since the seeds are machine-extracted text. Without the directory a test using {@link #load()}
 * fails when the environment variable {@code CI} is {@code true} and is reported as skipped otherwise.
 */
public final class Seeds {
    private final Map<String, String> texts;

    private Seeds(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * The seeds directory: {@code ../shared/seeds} beside the repository root where it is (the documents as handed to
     * the project), else the copy kept in the repository's {@code seeds/} (so that a clone anywhere checks the same
     * quotes; {@code SeedsTest} keeps the copy equal to the original wherever both are present).
     */
    public static Optional<Path> directory() {
        Optional<Path> root = repositoryRoot();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> shared = shared(root.get());
        if (shared.isPresent()) {
            return shared;
        }
        Path copy = root.get().resolve("seeds");
        return Files.isDirectory(copy) ? Optional.of(copy) : Optional.empty();
    }

    /** {@code ../shared/seeds} beside the repository root, when it is there. */
    public static Optional<Path> shared(Path repositoryRoot) {
        Path parent = repositoryRoot.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        Path seeds = parent.resolve("shared").resolve("seeds");
        return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
    }

    /** The directory holding {@code mvnw} at or above the working directory. */
    public static Optional<Path> repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return Optional.ofNullable(dir);
    }

    /**
     * The seeds' texts, by number ({@code 000}…). Without the seeds: fails under {@code CI=true}, else aborts the
     * calling test as skipped, saying why.
     */
    public static Seeds load() {
        return load(directory(), System.getenv("CI"));
    }

    /** {@link #load()} from {@code dir}, with {@code ci} the value of the environment variable {@code CI}. */
    static Seeds load(Optional<Path> dir, String ci) {
        if (dir.isEmpty()) {
            String why = "the source documents ../shared/seeds/ beside the repository root (or their copy in seeds/) are missing";
            if ("true".equalsIgnoreCase(ci)) {
                Assertions.fail(why + " (CI=true: the traceability tests must run)");
            }
            Assumptions.abort(why + ": traceability against the seeds skipped");
        }
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[0-9]{3}_.*\\.txt")).toList()) {
                texts.put(f.getFileName().toString().substring(0, 3), normalise(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Seeds(texts);
    }

    /** Text as quotes are compared: NFKC, without any white space. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The numbers of the seeds present. */
    public List<String> ids() {
        return List.copyOf(texts.keySet());
    }

    /** Whether {@code quote} is part of seed {@code seed}'s text (both normalised); false for an unknown seed. */
    public boolean contains(String seed, String quote) {
        String text = texts.get(seed);
        String q = normalise(quote);
        return text != null && !q.isEmpty() && text.contains(q);
    }

    /**
     * The problems of a basis attached to {@code wording} (empty: none): a seed basis must have quotes, each found in
     * its seed (an empty quote stands for the wording); our design and unverified need their reason, and any context
     * quotes they carry must be found too.
     */
    public List<String> problems(String what, Basis basis, String wording) {
        List<String> out = new ArrayList<>();
        Basis b = basis.quoting(wording);
        if (b.kind() == Basis.Kind.SEED && b.quotes().isEmpty()) {
            out.add(what + ": a seed basis without a quote");
        }
        if (b.kind() != Basis.Kind.SEED && b.reason().isBlank()) {
            out.add(what + ": " + b.kind() + " without a reason");
        }
        for (Basis.Quote q : b.quotes()) {
            if (q.text().isBlank()) {
                out.add(what + ": an empty quote of seed " + q.seed());
            } else if (!contains(q.seed(), q.text())) {
                out.add(what + ": 「" + q.text() + "」 is not in seed " + q.seed());
            }
        }
        return out;
    }
}
