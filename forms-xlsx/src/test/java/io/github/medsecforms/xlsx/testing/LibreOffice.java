package io.github.medsecforms.xlsx.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs LibreOffice ({@code soffice --headless --convert-to}) on workbooks, for the tests that check our files open in
 * LibreOffice and that the reader reads what LibreOffice saves.
 *
 * <p>{@link #require()} finds {@code soffice} ({@code $MEDSEC_SOFFICE}, else {@code soffice} or {@code libreoffice}
 * on the {@code PATH}). When it is missing the calling test is skipped locally, but fails when {@code CI=true}: CI
 * installs LibreOffice ({@code .ci/run}), so a missing one there is a broken setup, not a reason to skip.</p>
 *
 * <p>Each conversion uses a private, fresh user profile ({@code -env:UserInstallation}), so parallel runs and a
 * LibreOffice the user has open do not collide, and is killed after a timeout.</p>
 */
public final class LibreOffice {
    /** stderr lines that tell a file could not be loaded, was repaired or is broken. */
    private static final Pattern TROUBLE = Pattern.compile("(?i)\\b(error|repair\\w*|corrupt\\w*)\\b");
    /** harmless: LibreOffice looks for a JRE it does not need for a conversion. */
    private static final Pattern HARMLESS = Pattern.compile("(?i)javaldx");

    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();

    private final Path soffice;

    private LibreOffice(Path soffice) {
        this.soffice = soffice;
    }

    /** LibreOffice, or the calling test skipped (locally) or failed (CI) with a message saying how to install it. */
    public static LibreOffice require() {
        Optional<Path> found = find();
        String message = "LibreOffice (soffice) not found: install it (Debian: apt-get install -y --no-install-recommends "
                + "libreoffice-calc-nogui fonts-noto-cjk) or set MEDSEC_SOFFICE to the soffice executable";
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " — CI=true, so this is a failure, not a skip (.ci/run installs it)");
            }
            if (!TOLD.getAndSet(true)) {
                System.err.println("SKIPPED (no LibreOffice): " + message);
            }
            Assumptions.abort(message + " — skipped outside CI");
        }
        return new LibreOffice(found.get());
    }

    /** The soffice executable, if one is installed. */
    public static Optional<Path> find() {
        String configured = System.getenv("MEDSEC_SOFFICE");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What one {@code soffice --convert-to} run did.
     *
     * @param exitCode the process's exit code (-1 when it was killed after the timeout)
     * @param timedOut whether it was killed
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    public record Conversion(int exitCode, boolean timedOut, String stdout, String stderr) {
        /** The lines of stderr that tell of a file that could not be loaded, was repaired or is broken. */
        public List<String> troubles() {
            return stderr.lines().filter(l -> TROUBLE.matcher(l).find() && !HARMLESS.matcher(l).find()).toList();
        }

        /** Exit code 0 within the time, and no trouble on stderr. */
        public boolean succeeded() {
            return exitCode == 0 && !timedOut && troubles().isEmpty();
        }
    }

    /**
     * Converts {@code inputs} in one soffice run to {@code format} ({@code xlsx}, {@code pdf}, {@code csv}, …); the
     * outputs are named like the inputs, with the new extension, in {@code outDir}.
     */
    public Conversion convert(List<Path> inputs, String format, Path outDir, Duration timeout) {
        Path profile = null;
        try {
            Files.createDirectories(outDir);
            profile = Files.createTempDirectory("medsec-lo-profile");
            List<String> command = new ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nolockcheck",
                    "--convert-to", format, "--outdir", outDir.toString()));
            inputs.forEach(p -> command.add(p.toString()));
            Path out = Files.createTempFile("medsec-lo", ".out");
            Path err = Files.createTempFile("medsec-lo", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    // soffice starts soffice.bin as its child: end both (only the processes started here)
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
                return new Conversion(finished ? process.exitValue() : -1, !finished,
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (profile != null) {
                deleteTree(profile);
            }
        }
    }

    /** The output of {@code input} converted to {@code format} in {@code outDir}. */
    public static Path output(Path input, String format, Path outDir) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return outDir.resolve((dot < 0 ? name : name.substring(0, dot)) + "." + format);
    }

    /** The application a workbook names as its writer (docProps/app.xml), e.g. {@code LibreOffice/7.4.7.2$Linux…}. */
    public static String application(byte[] workbook) {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("docProps/app.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    int start = xml.indexOf("<Application>");
                    int end = xml.indexOf("</Application>");
                    return start < 0 || end < start ? "" : xml.substring(start + "<Application>".length(), end);
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
