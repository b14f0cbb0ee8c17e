package io.github.medsecforms.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medsec-forms docs [--out DIR]} (hidden): writes the per-form reference pages ({@link FormDocs}) into a
 * directory, {@code docs/forms} by default, and removes pages of forms that no longer exist.
 */
@Command(name = "docs", hidden = true)
public final class DocsCommand extends CliCommand {
    @Option(names = "--out", paramLabel = "<dir>", defaultValue = "docs/forms", descriptionKey = "docs.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Map<String, String> pages = new FormDocs().pages();
        int changed = write(out, pages);
        out().println(messages().get("docs.written", pages.size(), changed, out.toAbsolutePath().normalize()));
        return ExitCodes.OK;
    }

    /** Writes {@code pages} into {@code dir}, deleting other {@code .md} files there; returns how many changed. */
    static int write(Path dir, Map<String, String> pages) throws IOException {
        Files.createDirectories(dir);
        int changed = 0;
        List<Path> stale;
        try (Stream<Path> files = Files.list(dir)) {
            stale = files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !pages.containsKey(p.getFileName().toString())).toList();
        }
        for (Path p : stale) {
            Files.delete(p);
            changed++;
        }
        for (Map.Entry<String, String> e : pages.entrySet()) {
            Path file = dir.resolve(e.getKey());
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                continue;
            }
            Files.write(file, bytes);
            changed++;
        }
        return changed;
    }
}
