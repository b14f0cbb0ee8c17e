package io.github.medsecforms.bridge.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Files sent as downloads, named in Japanese through RFC 6266 {@code filename*} with an ASCII fallback. */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";

    private Downloads() {
    }

    static void send(Context ctx, byte[] bytes, String mediaType, String fileName, String asciiFallback) {
        ctx.contentType(mediaType);
        ctx.header("Content-Disposition", contentDisposition(fileName, asciiFallback));
        ctx.result(bytes);
    }

    /** {@code attachment; filename="fallback"; filename*=UTF-8''<percent-encoded name>} (RFC 6266, RFC 8187). */
    static String contentDisposition(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(safeFileName(fileName));
    }

    /** A file name Windows accepts: no path, no reserved characters, not too long. */
    static String safeFileName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (safe.length() > 150) {
            int dot = safe.lastIndexOf('.');
            String ext = dot > 0 && safe.length() - dot <= 6 ? safe.substring(dot) : "";
            safe = safe.substring(0, 150 - ext.length()) + ext;
        }
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "workbook" : safe;
    }

    /** RFC 8187 value characters: attr-char kept, everything else percent-encoded in UTF-8. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
