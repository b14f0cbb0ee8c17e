package io.github.medsecforms.bridge.internal;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * Request bodies, read into memory within the size limit and the request's deadline (never written to disk, never
 * logged): a raw body of an accepted media type, or the part {@code file} of a {@code multipart/form-data} body
 * (with, optionally, the part {@code profile}: a layout profile's YAML or JSON text, docs/profiles.md).
 *
 * <p>Slow or hostile local clients cannot take the server over (docs/decisions.md D-44): a body is buffered as its
 * bytes arrive (never sized from the declared {@code Content-Length}); at most {@link #MAX_UPLOADS} bodies are read
 * at once, of which at most {@link #MAX_LARGE_UPLOADS} large ones (declared above {@link #SMALL_BODY} or of unknown
 * length), and at most {@code maxBufferedBytes} are held in all; past a bound the answer is 503 with
 * {@code Retry-After} at once, without waiting. Jetty cuts a body that arrives slower than
 * {@link BridgeServer#MIN_REQUEST_DATA_RATE} or stalls for {@link BridgeServer#BODY_IDLE_TIMEOUT_MS} (408). What a
 * request reserved is released by {@link #release(Context)} when its answer is written.</p>
 */
final class Uploads {
    /** Bodies read at once, any size. */
    static final int MAX_UPLOADS = 64;
    /** Large bodies read at once (declared above {@link #SMALL_BODY}, or chunked). */
    static final int MAX_LARGE_UPLOADS = 12;
    /** A body declared at most this large is small: a health check or a small workbook never waits for a slot. */
    static final long SMALL_BODY = 2L << 20;
    /** Seconds a client is asked to wait after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int CHUNK = 64 * 1024;
    private static final String RESERVATION = "medsec.upload";
    static final String MULTIPART = "multipart/form-data";
    static final String OCTET_STREAM = "application/octet-stream";
    /** Raw workbook bodies accepted by /validate and /forms/{id}/parse (lower case). */
    static final Set<String> WORKBOOK_TYPES = Set.of(Downloads.XLSX.toLowerCase(Locale.ROOT),
            Downloads.XLSM.toLowerCase(Locale.ROOT), "application/vnd.ms-excel", OCTET_STREAM);
    /** Raw zip bodies accepted by /packages/validate. */
    static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed", OCTET_STREAM);
    static final Set<String> JSON_TYPES = Set.of("application/json");

    /**
     * A file received.
     *
     * @param bytes    the file
     * @param fileName its name
     * @param profile  the bytes of the multipart part {@code profile} (a layout profile), when one was sent and is
     *                 not empty
     */
    record Upload(byte[] bytes, String fileName, java.util.Optional<byte[]> profile) {
        Upload(byte[] bytes, String fileName) {
            this(bytes, fileName, java.util.Optional.empty());
        }
    }

    private final long maxBytes;
    private final long maxBufferedBytes;
    private final Semaphore uploads = new Semaphore(MAX_UPLOADS);
    private final Semaphore largeUploads = new Semaphore(MAX_LARGE_UPLOADS);
    private final AtomicLong buffered = new AtomicLong();

    Uploads(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxBufferedBytes = Math.max(4 * maxBytes, 64L << 20);
    }

    /** What one request holds: its slots and the bytes it has buffered. Released once. */
    private final class Reservation {
        private final boolean large;
        private long bytes;
        private boolean released;

        Reservation(boolean large) {
            this.large = large;
        }

        void take(int n) {
            bytes += n;
            if (buffered.addAndGet(n) > maxBufferedBytes) {
                throw busy();
            }
        }

        synchronized void release() {
            if (released) {
                return;
            }
            released = true;
            buffered.addAndGet(-bytes);
            uploads.release();
            if (large) {
                largeUploads.release();
            }
        }
    }

    /** Bodies being read or held right now (for tests and the load test's report). */
    int inFlight() {
        return MAX_UPLOADS - uploads.availablePermits();
    }

    /** Bytes of bodies held right now. */
    long bufferedBytes() {
        return buffered.get();
    }

    /** Releases what the request reserved for its body, if anything. Called when its answer is written. */
    static void release(Context ctx) {
        Object r = ctx.attribute(RESERVATION);
        if (r instanceof Uploads.Reservation reservation) {
            reservation.release();
        }
    }

    private Reservation reserve(Context ctx, long declared) {
        boolean large = declared < 0 || declared > SMALL_BODY;
        if (!uploads.tryAcquire()) {
            throw busy();
        }
        if (large && !largeUploads.tryAcquire()) {
            uploads.release();
            throw busy();
        }
        Reservation r = new Reservation(large);
        ctx.attribute(RESERVATION, r);
        return r;
    }

    private Problem busy() {
        return Problem.of(503, "MSF-HTTP-1011", MAX_UPLOADS, mebibytes(maxBufferedBytes), RETRY_AFTER_SECONDS)
                .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }

    /**
     * The uploaded file: the part {@code file} of a multipart body, or the raw body when its media type is one of
     * {@code rawTypes} (a missing Content-Type counts as {@code application/octet-stream}).
     *
     * @param defaultName the name when neither the part nor {@code ?filename=} names the file
     */
    Upload file(Context ctx, Deadline deadline, Set<String> rawTypes, String defaultName) {
        String type = mediaType(ctx);
        Upload upload;
        if (type.equals(MULTIPART)) {
            upload = multipart(ctx, deadline, defaultName);
        } else if (rawTypes.contains(type)) {
            String name = ctx.queryParam("filename");
            upload = new Upload(body(ctx, deadline), name == null || name.isBlank() ? defaultName : Downloads.safeFileName(name));
        } else {
            throw unsupported(ctx, rawTypes, true);
        }
        if (upload.bytes().length == 0) {
            throw Problem.of(400, "MSF-HTTP-1004");
        }
        return upload;
    }

    /** A JSON body (Content-Type application/json). */
    byte[] json(Context ctx, Deadline deadline) {
        if (!JSON_TYPES.contains(mediaType(ctx))) {
            throw unsupported(ctx, JSON_TYPES, false);
        }
        return body(ctx, deadline);
    }

    private static Problem unsupported(Context ctx, Set<String> types, boolean multipart) {
        String given = ctx.contentType() == null ? "-" : Params.shorten(ctx.contentType());
        String allowed = String.join(", ", new java.util.TreeSet<>(types))
                .replace(Downloads.XLSM.toLowerCase(Locale.ROOT), Downloads.XLSM) + (multipart ? ", " + MULTIPART : "");
        return Problem.of(415, "MSF-HTTP-0415", given, allowed);
    }

    /** The media type of the body in lower case, without parameters; octet-stream when there is none. */
    static String mediaType(Context ctx) {
        String header = ctx.contentType();
        if (header == null || header.isBlank()) {
            return OCTET_STREAM;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The whole body, refused (413) beyond the limit, (408) past the deadline or too slow, (503) past the bounds on
     * uploads. The buffer grows as bytes arrive: a declared length allocates nothing.
     */
    byte[] body(Context ctx, Deadline deadline) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        if (declared == 0) {
            return new byte[0];
        }
        Reservation reservation = reserve(ctx, declared);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(declared > 0 ? declared : CHUNK, CHUNK));
        byte[] buffer = new byte[(int) Math.min(declared > 0 ? declared : CHUNK, CHUNK)];
        try {
            InputStream in = ctx.req().getInputStream();
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                if (deadline.expired()) {
                    throw Problem.of(408, "MSF-HTTP-0408", deadline.limitSeconds());
                }
                reservation.take(n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            if (causedByTimeout(e)) {
                throw Problem.of(408, "MSF-HTTP-0408", deadline.limitSeconds());
            }
            // the client went away or sent a broken body: nothing useful can be answered, but answer
            throw Problem.of(400, "MSF-HTTP-1004");
        }
        return out.toByteArray();
    }

    private Problem tooLarge() {
        return Problem.of(413, "MSF-HTTP-0413", mebibytes(maxBytes));
    }

    static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(Locale.ROOT, "%.1f", mib);
    }

    /** A stalled body (idle timeout) or one slower than the minimum data rate (Jetty's 408). */
    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof org.eclipse.jetty.http.BadMessageException bad && bad.getCode() == 408) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part {@code file} of a multipart body, parsed in memory from the bounded body, and the part {@code profile}
     * if there is one (an empty one, as a form sends for an empty file input, is none).
     */
    private Upload multipart(Context ctx, Deadline deadline, String defaultName) {
        byte[] body = body(ctx, deadline);
        File tmp = new File(System.getProperty("java.io.tmpdir"));
        // the threshold above the body size keeps every part in memory: nothing is written to disk
        int threshold = (int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1);
        MultipartConfigElement config = new MultipartConfigElement(tmp.getPath(), maxBytes, maxBytes, threshold);
        MultiPartFormInputStream parts = new MultiPartFormInputStream(new ByteArrayInputStream(body), ctx.contentType(),
                config, tmp, 16);
        try {
            Part part = parts.getPart("file");
            if (part == null) {
                throw Problem.of(400, "MSF-HTTP-1005");
            }
            String name = part.getSubmittedFileName();
            java.util.Optional<byte[]> profile = java.util.Optional.empty();
            Part profilePart = parts.getPart("profile");
            if (profilePart != null) {
                try (InputStream in = profilePart.getInputStream()) {
                    byte[] text = in.readAllBytes();
                    profile = text.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(text);
                }
            }
            try (InputStream in = part.getInputStream()) {
                return new Upload(in.readAllBytes(), name == null || name.isBlank() ? defaultName : Downloads.safeFileName(name),
                        profile);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw Problem.of(400, "MSF-HTTP-1005");
        } finally {
            parts.deleteParts();
        }
    }

    /** Whether a workbook (a zip that the reader accepted) is macro-enabled (.xlsm). */
    static boolean isMacroEnabled(byte[] workbook) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    byte[] types = zip.readNBytes(1 << 20);
                    return new String(types, java.nio.charset.StandardCharsets.UTF_8).contains("macroEnabled.main+xml");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
