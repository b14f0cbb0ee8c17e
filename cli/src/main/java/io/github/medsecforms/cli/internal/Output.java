package io.github.medsecforms.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes output files whole or not at all: into a temporary file beside the target, then moved over it, so an
 * interrupted run never leaves half a list that looks complete.
 */
final class Output {
    private Output() {
    }

    /** A file could not be written; the message is coded and in the run's language. */
    static final class WriteFailure extends Exception {
        private static final long serialVersionUID = 1L;

        WriteFailure(String message) {
            super(message);
        }
    }

    /** Writes the bytes a writer produces. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path file, byte[] bytes, Messages m) throws WriteFailure {
        write(file, out -> out.write(bytes), m);
    }

    static void write(Path file, Writer writer, Messages m) throws WriteFailure {
        Path target = file.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // created like any new file (permissions from the umask, unlike createTempFile's owner-only ones)
            tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new WriteFailure(Coded.message(m, "MSF-CLI-0005", file, Coded.reason(m, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** Refuses to replace an existing file unless {@code force}: a template must not overwrite a filled form. */
    static void refuseOverwrite(Path file, boolean force, Messages m) throws WriteFailure {
        if (!force && Files.exists(file)) {
            throw new WriteFailure(Coded.message(m, "MSF-CLI-0004", file));
        }
    }
}
