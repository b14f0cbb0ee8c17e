package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Encoding version 1 of the FAX codes ({@code docs/fax.md}, decisions D-68). A chunk:
 *
 * <pre>
 * offset  size  field
 * 0       3     magic "MSF" (0x4D 0x53 0x46)
 * 3       1     encoding version (1)
 * 4       4     document id: the first 4 bytes of SHA-256(formId UTF-8, 0x00, formVersion UTF-8, 0x00, data)
 * 8       1     chunk number i, 1 ≤ i ≤ n
 * 9       1     chunk count n, 1 ≤ n ≤ 255
 * 10      …     part i of the stream
 * </pre>
 *
 * The stream (the parts joined in order):
 *
 * <pre>
 * 1 byte   length of the form id, then the form id (UTF-8)
 * 1 byte   length of the form version, then the version (UTF-8)
 * 1 byte   method: 0 stored, 1 raw Deflate (RFC 1951) with the preset dictionary of encoding version 1
 * 4 bytes  length of data (big-endian, unsigned)
 * …        data, stored or compressed
 * 4 bytes  CRC-32 (big-endian) of every stream byte before it, with data uncompressed in place of its body
 * </pre>
 *
 * A reader keeps every earlier version's decoding: a new version gets its own branch in {@link #decode} and its own
 * frozen dictionary resource; version 1's bytes are pinned by a golden test.
 */
public final class FaxCodec {
    /** The encoding version written. */
    public static final int VERSION = 1;
    /** The newest encoding version read. */
    static final int NEWEST_READ = 1;

    static final byte[] MAGIC = {'M', 'S', 'F'};
    static final int HEADER = 10;
    static final int MIN_CHUNK = 16;
    static final int MAX_CHUNKS = 255;
    static final int STORED = 0;
    static final int DEFLATE = 1;

    private static final byte[] DICTIONARY_V1 = loadDictionary("fax-dictionary-v1.txt");

    private FaxCodec() {
    }

    /** A decoded document. */
    public record Decoded(String formId, String formVersion, byte[] data, int encodingVersion) {
    }

    // ---------------------------------------------------------------- encoding

    public static List<byte[]> encode(String formId, String formVersion, byte[] data, int maxChunkBytes) {
        if (maxChunkBytes < MIN_CHUNK) {
            throw new IllegalArgumentException("maxChunkBytes must be at least " + MIN_CHUNK + ": " + maxChunkBytes);
        }
        byte[] id = utf8(formId, "formId");
        byte[] version = utf8(formVersion, "formVersion");
        byte[] compressed = deflate(data, DICTIONARY_V1);
        boolean deflated = compressed.length < data.length;
        byte[] body = deflated ? compressed : data;

        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(id.length);
        head.writeBytes(id);
        head.write(version.length);
        head.writeBytes(version);
        head.write(deflated ? DEFLATE : STORED);
        writeInt(head, data.length);
        byte[] headBytes = head.toByteArray();

        CRC32 crc = new CRC32();
        crc.update(headBytes);
        crc.update(data);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(headBytes);
        stream.writeBytes(body);
        writeInt(stream, (int) crc.getValue());
        byte[] all = stream.toByteArray();

        int partSize = maxChunkBytes - HEADER;
        int n = Math.max(1, (all.length + partSize - 1) / partSize);
        if (n > MAX_CHUNKS) {
            throw new IllegalArgumentException("the data needs " + n + " chunks of " + maxChunkBytes
                    + " bytes; at most " + MAX_CHUNKS + " are possible");
        }
        // parts of nearly equal size, so that the codes of one document are of one size
        byte[] docId = documentId(id, version, data);
        List<byte[]> chunks = new ArrayList<>(n);
        int base = all.length / n;
        int extra = all.length % n;
        int from = 0;
        for (int i = 0; i < n; i++) {
            int len = base + (i < extra ? 1 : 0);
            byte[] chunk = new byte[HEADER + len];
            System.arraycopy(MAGIC, 0, chunk, 0, 3);
            chunk[3] = (byte) VERSION;
            System.arraycopy(docId, 0, chunk, 4, 4);
            chunk[8] = (byte) (i + 1);
            chunk[9] = (byte) n;
            System.arraycopy(all, from, chunk, HEADER, len);
            from += len;
            chunks.add(chunk);
        }
        return List.copyOf(chunks);
    }

    private static byte[] utf8(String s, String what) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) {
            throw new IllegalArgumentException(what + " is longer than 255 bytes");
        }
        return b;
    }

    static byte[] documentId(byte[] id, byte[] version, byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(id);
            sha.update((byte) 0);
            sha.update(version);
            sha.update((byte) 0);
            sha.update(data);
            return Arrays.copyOf(sha.digest(), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static byte[] deflate(byte[] data, byte[] dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setDictionary(dictionary);
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                int k = deflater.deflate(buf);
                out.write(buf, 0, k);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    // ---------------------------------------------------------------- decoding

    public static Decoded decode(List<byte[]> chunks) {
        if (chunks.isEmpty()) {
            throw IoFailure.of(IoError.FAX_NO_CODE);
        }
        for (int k = 0; k < chunks.size(); k++) {
            byte[] c = chunks.get(k);
            if (c == null || c.length < 4 || c[0] != MAGIC[0] || c[1] != MAGIC[1] || c[2] != MAGIC[2]) {
                throw IoFailure.of(IoError.FAX_NOT_OURS, k + 1, chunks.size());
            }
        }
        for (byte[] c : chunks) {
            int version = c[3] & 0xFF;
            if (version > NEWEST_READ || version == 0) {
                throw IoFailure.of(IoError.FAX_NEWER_VERSION, version, NEWEST_READ);
            }
        }
        // every version so far has the same chunk header; a later one adds its own branch here
        return decodeV1(chunks);
    }

    private static Decoded decodeV1(List<byte[]> chunks) {
        String docId = null;
        int n = -1;
        Map<Integer, byte[]> parts = new TreeMap<>();
        for (int k = 0; k < chunks.size(); k++) {
            byte[] c = chunks.get(k);
            if (c.length < HEADER) {
                throw IoFailure.of(IoError.FAX_DAMAGED, "chunk " + (k + 1) + ": " + c.length + " bytes");
            }
            String id = HexFormat.of().formatHex(c, 4, 8);
            int i = c[8] & 0xFF;
            int count = c[9] & 0xFF;
            if (docId == null) {
                docId = id;
            } else if (!docId.equals(id)) {
                throw IoFailure.of(IoError.FAX_TWO_DOCUMENTS, docId, id);
            }
            if (count == 0 || i == 0 || i > count || (n >= 0 && count != n)) {
                throw IoFailure.of(IoError.FAX_DAMAGED, "chunk " + i + "/" + count);
            }
            n = count;
            byte[] part = Arrays.copyOfRange(c, HEADER, c.length);
            byte[] earlier = parts.putIfAbsent(i, part);
            if (earlier != null && !Arrays.equals(earlier, part)) {
                throw IoFailure.of(IoError.FAX_DAMAGED, "chunk " + i + "/" + n + " twice, different");
            }
        }
        if (parts.size() < n) {
            StringJoiner missing = new StringJoiner(", ");
            for (int i = 1; i <= n; i++) {
                if (!parts.containsKey(i)) {
                    missing.add(i + "/" + n);
                }
            }
            throw IoFailure.of(IoError.FAX_CHUNKS_MISSING, missing.toString(), parts.size(), n, docId);
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        parts.values().forEach(joined::writeBytes);
        return readStream(joined.toByteArray(), 1, DICTIONARY_V1);
    }

    private static Decoded readStream(byte[] s, int encodingVersion, byte[] dictionary) {
        try {
            int p = 0;
            int idLen = s[p++] & 0xFF;
            String formId = new String(s, p, idLen, StandardCharsets.UTF_8);
            p += idLen;
            int versionLen = s[p++] & 0xFF;
            String formVersion = new String(s, p, versionLen, StandardCharsets.UTF_8);
            p += versionLen;
            int method = s[p++] & 0xFF;
            long length = readInt(s, p) & 0xFFFFFFFFL;
            p += 4;
            int headEnd = p;
            int bodyEnd = s.length - 4;
            if (bodyEnd < headEnd || length > Integer.MAX_VALUE - 8) {
                throw IoFailure.of(IoError.FAX_DAMAGED, "stream of " + s.length + " bytes");
            }
            byte[] body = Arrays.copyOfRange(s, headEnd, bodyEnd);
            byte[] data = switch (method) {
                case STORED -> body;
                case DEFLATE -> inflate(body, dictionary, (int) length);
                default -> throw IoFailure.of(IoError.FAX_DAMAGED, "method " + method);
            };
            CRC32 crc = new CRC32();
            crc.update(s, 0, headEnd);
            crc.update(data);
            int expected = readInt(s, bodyEnd);
            if (data.length != length || (int) crc.getValue() != expected) {
                throw IoFailure.of(IoError.FAX_CHECKSUM, String.format("%08x", expected),
                        String.format("%08x", (int) crc.getValue()));
            }
            return new Decoded(formId, formVersion, data, encodingVersion);
        } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
            throw IoFailure.of(IoError.FAX_DAMAGED, "stream of " + s.length + " bytes");
        }
    }

    private static byte[] inflate(byte[] body, byte[] dictionary, int length) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary);
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int k = inflater.inflate(buf);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, k);
                if (out.size() > length) {
                    break; // longer than announced: the checksum step reports it
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw IoFailure.of(IoError.FAX_DAMAGED, "deflate: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static int readInt(byte[] s, int p) {
        return ((s[p] & 0xFF) << 24) | ((s[p + 1] & 0xFF) << 16) | ((s[p + 2] & 0xFF) << 8) | (s[p + 3] & 0xFF);
    }

    private static byte[] loadDictionary(String name) {
        try (InputStream in = FaxCodec.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dictionary of an encoding version, for the test that pins it. */
    static byte[] dictionary(int encodingVersion) {
        if (encodingVersion != 1) {
            throw new IllegalArgumentException("no encoding version " + encodingVersion);
        }
        return DICTIONARY_V1.clone();
    }
}
