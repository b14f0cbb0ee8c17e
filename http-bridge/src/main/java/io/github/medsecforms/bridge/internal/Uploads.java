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
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * Request bodies, read into memory within the size limit and the request's deadline (never written to disk, never
 * logged): a raw body of an accepted media type, or the part {@code file} of a {@code multipart/form-data} body.
 */
final class Uploads {
    static final String MULTIPART = "multipart/form-data";
    static final String OCTET_STREAM = "application/octet-stream";
    /** Raw workbook bodies accepted by /validate and /forms/{id}/parse (lower case). */
    static final Set<String> WORKBOOK_TYPES = Set.of(Downloads.XLSX.toLowerCase(Locale.ROOT),
            Downloads.XLSM.toLowerCase(Locale.ROOT), "application/vnd.ms-excel", OCTET_STREAM);
    /** Raw zip bodies accepted by /packages/validate. */
    static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed", OCTET_STREAM);
    static final Set<String> JSON_TYPES = Set.of("application/json");

    /** A file received. */
    record Upload(byte[] bytes, String fileName) {
    }

    private final long maxBytes;

    Uploads(long maxBytes) {
        this.maxBytes = maxBytes;
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

    /** The whole body, refused (413) beyond the limit and (408) past the deadline. */
    byte[] body(Context ctx, Deadline deadline) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
        byte[] buffer = new byte[64 * 1024];
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
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
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

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The part {@code file} of a multipart body, parsed in memory from the bounded body. */
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
            try (InputStream in = part.getInputStream()) {
                return new Upload(in.readAllBytes(), name == null || name.isBlank() ? defaultName : Downloads.safeFileName(name));
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
