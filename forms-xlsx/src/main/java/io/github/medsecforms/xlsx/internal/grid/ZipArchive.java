package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip read in place from a byte array through its central directory, so that parts are inflated only when
 * needed, in the order the reader wants, and never more than once by accident. Entries are looked up by part
 * name, case-insensitively (OPC part names are). Inflation counts bytes against {@link ReadLimits} as it goes.
 * Not thread-safe: one per {@link GridReader#read} call.
 */
final class ZipArchive implements AutoCloseable {
    private static final int LOC_SIG = 0x04034b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int END_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_END_SIG = 0x06064b50;

    /** One entry of the central directory. */
    record Entry(String name, int method, long compressedSize, long size, long localOffset, boolean encrypted) {
    }

    private final byte[] data;
    private final int length;
    private final ReadLimits limits;
    private final Map<String, Entry> entries;
    private final Inflater inflater = new Inflater(true);
    private long totalInflated;

    private ZipArchive(byte[] data, int length, ReadLimits limits, Map<String, Entry> entries) {
        this.data = data;
        this.length = length;
        this.limits = limits;
        this.entries = entries;
    }

    /** Whether {@code data} starts like a zip (a local file header, or the end record of an empty zip). */
    static boolean looksLikeZip(byte[] data, int length) {
        if (length < 4) {
            return false;
        }
        int sig = le32(data, 0);
        return sig == LOC_SIG || sig == END_SIG;
    }

    /** Reads the central directory. */
    static ZipArchive open(byte[] data, int length, ReadLimits limits) throws GridException {
        int end = findEnd(data, length);
        if (end < 0) {
            throw new GridException(GridError.TRUNCATED);
        }
        long count = le16(data, end + 10);
        long cenSize = le32u(data, end + 12);
        long cenOffset = le32u(data, end + 16);
        if (count == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
            int loc = end - 20;
            if (loc >= 0 && le32(data, loc) == ZIP64_LOCATOR_SIG) {
                long z64 = le64(data, loc + 8);
                if (z64 < 0 || z64 + 56 > end) {
                    throw new GridException(GridError.CORRUPT_ZIP, "zip64");
                }
                int z = (int) z64;
                if (le32(data, z) != ZIP64_END_SIG) {
                    throw new GridException(GridError.CORRUPT_ZIP, "zip64");
                }
                count = le64(data, z + 32);
                cenSize = le64(data, z + 40);
                cenOffset = le64(data, z + 48);
            }
        }
        if (count < 0 || count > limits.maxEntries()) {
            throw new GridException(GridError.TOO_MANY_ENTRIES, limits.maxEntries(), count);
        }
        if (cenOffset < 0 || cenSize < 0 || cenOffset + cenSize > end) {
            throw new GridException(GridError.TRUNCATED);
        }
        Map<String, Entry> entries = new HashMap<>((int) count * 2 + 1);
        int pos = (int) cenOffset;
        int cenEnd = (int) (cenOffset + cenSize);
        int seen = 0;
        while (pos + 46 <= cenEnd && le32(data, pos) == CEN_SIG) {
            if (++seen > limits.maxEntries()) {
                throw new GridException(GridError.TOO_MANY_ENTRIES, limits.maxEntries(), seen);
            }
            int flags = le16(data, pos + 8);
            int method = le16(data, pos + 10);
            long csize = le32u(data, pos + 20);
            long size = le32u(data, pos + 24);
            int nameLen = le16(data, pos + 28);
            int extraLen = le16(data, pos + 30);
            int commentLen = le16(data, pos + 32);
            long offset = le32u(data, pos + 42);
            int next = pos + 46 + nameLen + extraLen + commentLen;
            if (next > cenEnd) {
                throw new GridException(GridError.CORRUPT_ZIP, "central directory");
            }
            String name = new String(data, pos + 46, nameLen,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            if (csize == 0xFFFFFFFFL || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
                // zip64 extended information: the 8-byte values present are those whose 4-byte field is all ones
                int x = pos + 46 + nameLen;
                int xEnd = x + extraLen;
                while (x + 4 <= xEnd) {
                    int id = le16(data, x);
                    int len = le16(data, x + 2);
                    int v = x + 4;
                    if (v + len > xEnd) {
                        break;
                    }
                    if (id == 0x0001) {
                        int vEnd = v + len;
                        if (size == 0xFFFFFFFFL && v + 8 <= vEnd) {
                            size = le64(data, v);
                            v += 8;
                        }
                        if (csize == 0xFFFFFFFFL && v + 8 <= vEnd) {
                            csize = le64(data, v);
                            v += 8;
                        }
                        if (offset == 0xFFFFFFFFL && v + 8 <= vEnd) {
                            offset = le64(data, v);
                        }
                        break;
                    }
                    x = v + len;
                }
            }
            if (!name.endsWith("/")) {
                Entry e = new Entry(name, method, csize, size, offset, (flags & 1) != 0);
                if (entries.putIfAbsent(key(name), e) != null) {
                    throw new GridException(GridError.CORRUPT_ZIP, "duplicate entry " + name);
                }
            }
            pos = next;
        }
        if (seen != count && seen < count) {
            throw new GridException(GridError.CORRUPT_ZIP, "central directory");
        }
        return new ZipArchive(data, length, limits, entries);
    }

    private static int findEnd(byte[] data, int length) {
        int min = Math.max(0, length - 22 - 0xFFFF);
        for (int i = length - 22; i >= min; i--) {
            if (data[i] == 0x50 && data[i + 1] == 0x4b && data[i + 2] == 5 && data[i + 3] == 6) {
                int commentLen = le16(data, i + 20);
                if (i + 22 + commentLen <= length) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String key(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    /** The entry of part {@code name} (without leading slash, any case), or null. */
    Entry find(String name) {
        return entries.get(key(name));
    }

    /** Whether the package has part {@code name}. */
    boolean has(String name) {
        return find(name) != null;
    }

    /** Inflated bytes so far, over all entries. */
    long totalInflated() {
        return totalInflated;
    }

    /**
     * An input stream of the entry's inflated bytes. Only one stream may be open at a time (they share the
     * inflater). Limits are checked as bytes are produced; a violation surfaces as {@link GridAbort}.
     *
     * @param maxBytes the entry's own size limit
     * @param limitError the error to report when {@code maxBytes} is exceeded
     */
    InputStream open(Entry e, long maxBytes, GridError limitError) throws GridException {
        if (e.encrypted()) {
            throw new GridException(GridError.ENCRYPTED);
        }
        long lo = e.localOffset();
        if (lo < 0 || lo + 30 > length) {
            throw new GridException(GridError.TRUNCATED);
        }
        int loc = (int) lo;
        if (le32(data, loc) != LOC_SIG) {
            throw new GridException(GridError.CORRUPT_ZIP, e.name());
        }
        long start = lo + 30 + le16(data, loc + 26) + le16(data, loc + 28);
        if (e.compressedSize() < 0 || start + e.compressedSize() > length) {
            throw new GridException(GridError.TRUNCATED);
        }
        if (e.method() == 0) {
            return new EntryStream(e, (int) start, (int) e.compressedSize(), null, maxBytes, limitError);
        }
        if (e.method() != 8) {
            throw new GridException(GridError.CORRUPT_ZIP, e.name() + ": compression method " + e.method());
        }
        inflater.reset();
        inflater.setInput(data, (int) start, (int) e.compressedSize());
        return new EntryStream(e, (int) start, (int) e.compressedSize(), inflater, maxBytes, limitError);
    }

    /** Reads a whole entry into memory (for small parts and media), bounded by {@code maxBytes}. */
    byte[] readAll(Entry e, long maxBytes, GridError limitError) throws GridException {
        long declared = Math.max(0, Math.min(e.size(), maxBytes));
        // an array of the declared size (within 1 MiB), read into directly: an entry of the size it declares is neither
        // copied nor grown; the reads are those of a 16 KiB buffer all the same, so the limits trip where they did
        byte[] out = new byte[(int) Math.min(declared, 1 << 20)];
        int size = 0;
        byte[] buf = null;
        try (InputStream in = open(e, maxBytes, limitError)) {
            while (true) {
                int n;
                if (out.length - size >= CHUNK) {
                    n = in.read(out, size, CHUNK);
                    if (n <= 0) {
                        break;
                    }
                } else {
                    if (buf == null) {
                        buf = new byte[CHUNK];
                    }
                    n = in.read(buf, 0, CHUNK);
                    if (n <= 0) {
                        break;
                    }
                    if (size + n > out.length) {
                        out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8,
                                Math.max(size + (long) n, 2L * out.length)));
                    }
                    System.arraycopy(buf, 0, out, size, n);
                }
                size += n;
            }
        } catch (GridAbort abort) {
            throw abort.exception();
        } catch (java.io.IOException impossible) {
            throw new GridException(GridError.CORRUPT_ZIP, impossible, e.name());
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    private static final int CHUNK = 16 * 1024;

    @Override
    public void close() {
        inflater.end();
    }

    /** The inflating (or copying) stream of one entry, counting against the limits. */
    private final class EntryStream extends InputStream {
        private final Entry entry;
        private final Inflater inf;
        private final long maxBytes;
        private final GridError limitError;
        private int pos;
        private final int end;
        private long produced;
        private boolean dummyGiven;

        EntryStream(Entry entry, int start, int len, Inflater inf, long maxBytes, GridError limitError) {
            this.entry = entry;
            this.inf = inf;
            this.pos = start;
            this.end = start + len;
            this.maxBytes = maxBytes;
            this.limitError = limitError;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n;
            if (inf == null) {
                if (pos >= end) {
                    return -1;
                }
                n = Math.min(len, end - pos);
                System.arraycopy(data, pos, b, off, n);
                pos += n;
            } else {
                try {
                    n = 0;
                    while (n == 0) {
                        if (inf.finished()) {
                            return -1;
                        }
                        n = inf.inflate(b, off, len);
                        if (n == 0) {
                            if (inf.needsDictionary()) {
                                throw new GridAbort(new GridException(GridError.CORRUPT_ZIP, entry.name()));
                            }
                            if (inf.needsInput()) {
                                if (dummyGiven) {
                                    throw new GridAbort(new GridException(GridError.TRUNCATED));
                                }
                                dummyGiven = true;
                                inf.setInput(new byte[1]);
                            }
                        }
                    }
                } catch (DataFormatException e) {
                    throw new GridAbort(new GridException(GridError.CORRUPT_ZIP, e, entry.name()));
                }
            }
            produced += n;
            totalInflated += n;
            if (produced > maxBytes) {
                throw new GridAbort(new GridException(limitError, maxBytes, produced, entry.name()));
            }
            if (produced > limits.ratioThresholdBytes()) {
                // the running ratio: a bomb is caught right after the threshold, whatever its total size
                long consumed = inf == null ? produced : Math.max(1, inf.getBytesRead());
                if (produced / consumed >= limits.maxCompressionRatio()) {
                    throw new GridAbort(new GridException(GridError.COMPRESSION_RATIO, limits.maxCompressionRatio(),
                            produced / consumed, entry.name()));
                }
            }
            if (totalInflated > limits.maxTotalBytes()) {
                throw new GridAbort(new GridException(GridError.TOTAL_TOO_LARGE, limits.maxTotalBytes(), totalInflated));
            }
            return n;
        }

        @Override
        public int available() {
            return 0;
        }
    }

    static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static int le32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    static long le32u(byte[] b, int i) {
        return le32(b, i) & 0xFFFFFFFFL;
    }

    static long le64(byte[] b, int i) {
        return le32u(b, i) | le32u(b, i + 4) << 32;
    }
}
