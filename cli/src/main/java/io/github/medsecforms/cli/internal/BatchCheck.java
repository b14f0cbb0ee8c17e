package io.github.medsecforms.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code validate} and {@code import} need for the rules across submissions (docs/batch.md): each file's
 * modification time, and the explicit order file ({@code --order}).
 */
final class BatchCheck {
    private BatchCheck() {
    }

    /** The file's modification time, if the file system gives one. */
    static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** An order file that cannot be read. */
    static final class OrderFileFailure extends Exception {
        private static final long serialVersionUID = 1L;

        OrderFileFailure(String message) {
            super(message);
        }
    }

    /**
     * The file names of an order file, oldest first: one a line (UTF-8, a BOM allowed), blank lines and lines starting
     * with {@code #} skipped.
     */
    static List<String> order(Path file, Messages m) throws OrderFileFailure {
        if (file == null) {
            return List.of();
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new OrderFileFailure(Coded.message(m, "MSF-CLI-0019", file, Coded.reason(m, e)));
        }
    }
}
