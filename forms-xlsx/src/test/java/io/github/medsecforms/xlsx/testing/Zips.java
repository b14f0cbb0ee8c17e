package io.github.medsecforms.xlsx.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips for tests, shared through forms-xlsx's test-jar (the bridge's and the CLI's tests had their own copies): a
 * zip of named files, a workbook with one part rewritten (a zip bomb, an entity declaration), a truncated file.
 */
public final class Zips {
    private Zips() {
    }

    /** What a rewritten part becomes: writes the new content of {@code original} to {@code out}. */
    @FunctionalInterface
    public interface PartWriter {
        void write(byte[] original, OutputStream out) throws IOException;
    }

    /** A zip of {@code files} (names in UTF-8), in the map's order. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code zip} with each entry's content replaced by {@code f(name, content)}; names and order kept. */
    public static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> f) {
        return rewrite(zip, null, (name, original, out) -> out.write(f.apply(name, original)));
    }

    /**
     * {@code zip} with the entry {@code part} written anew by {@code writer}, streamed (a part of tens of MiB is never
     * held in memory); the other entries are copied as they are.
     */
    public static byte[] rewrite(byte[] zip, String part, PartWriter writer) {
        return rewrite(zip, part, (name, original, out) -> writer.write(original, out));
    }

    private interface EntryWriter {
        void write(String name, byte[] original, OutputStream out) throws IOException;
    }

    private static byte[] rewrite(byte[] zip, String part, EntryWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (part == null || e.getName().equals(part)) {
                    writer.write(e.getName(), in.readAllBytes(), out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The first half of a file: a truncated upload or copy. */
    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }
}
