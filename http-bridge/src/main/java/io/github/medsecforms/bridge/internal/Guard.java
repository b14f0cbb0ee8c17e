package io.github.medsecforms.bridge.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The checks every request passes before any handler, in this order:
 * <ol>
 *   <li>{@code Host} must name this server: {@code 127.0.0.1}, {@code localhost}, {@code [::1]}, the configured
 *       host or an allowed host, with the server's port — else 403 (a page whose DNS name was rebound to
 *       127.0.0.1 cannot reach the bridge). On a wildcard address (0.0.0.0) any name is accepted: a token is
 *       required there.</li>
 *   <li>{@code Origin}, when present, must be the server's own origin ({@code http://} + the Host) — else 403: a
 *       page of another site (or a sandboxed page, {@code Origin: null}) cannot use the bridge.</li>
 *   <li>a request that changes or sends something (any method but GET and HEAD) whose {@code Sec-Fetch-Site} says
 *       it comes from another site ({@code cross-site}, {@code same-site}) is refused (403) even without an
 *       {@code Origin} header.</li>
 *   <li>a query string with a malformed escape ({@code ?lang=%}) — 400.</li>
 *   <li>with a token configured, every API route but {@code /api/v1/health} needs it — else 401.</li>
 *   <li>a declared body larger than the limit — 413 before a byte of it is read.</li>
 * </ol>
 * It also sets the security headers of every answer (no caching, no framing, no sniffing, same-origin only).
 */
final class Guard {
    static final String DEADLINE = "medsec.deadline";

    private final Settings settings;
    private final IntSupplier port;
    private final Set<String> hostNames = new HashSet<>();
    private final byte[] token;

    Guard(Settings settings, IntSupplier port) {
        this.settings = settings;
        this.port = port;
        hostNames.addAll(Set.of("127.0.0.1", "localhost", "[::1]"));
        hostNames.add(settings.urlHost().toLowerCase(Locale.ROOT));
        hostNames.addAll(settings.allowedHosts());
        this.token = settings.token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    void check(Context ctx) {
        ctx.attribute(DEADLINE, Deadline.after(settings.timeout()));
        headers(ctx);
        String host = ctx.header("Host");
        if (!hostAllowed(host)) {
            throw Problem.of(403, "MSF-HTTP-0403", host == null ? "-" : Params.shorten(host), ownUrl());
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw Problem.of(403, "MSF-HTTP-1001", Params.shorten(origin), ownUrl());
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !SAFE_METHODS.contains(ctx.method().name()) && !SAME_SITE_VALUES.contains(site.strip().toLowerCase(Locale.ROOT))) {
            throw Problem.of(403, "MSF-HTTP-1009", Params.shorten(site), ownUrl());
        }
        String query = ctx.queryString();
        if (query != null && !wellFormedQuery(query)) {
            throw Problem.of(400, "MSF-HTTP-1010");
        }
        if (token != null && !isOpen(ctx.path()) && !tokenGiven(ctx)) {
            throw Problem.of(401, "MSF-HTTP-0401");
        }
        if (ctx.req().getContentLengthLong() > settings.maxBodyBytes()) {
            throw Problem.of(413, "MSF-HTTP-0413", Uploads.mebibytes(settings.maxBodyBytes()));
        }
    }

    /** Methods that send nothing: a page of another site may link to the bridge (a navigation), never post to it. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
    /** {@code Sec-Fetch-Site} values of a request from the bridge's own page or typed by the user. */
    private static final Set<String> SAME_SITE_VALUES = Set.of("same-origin", "none");

    /** The security headers of every answer, the error pages of the server itself included. */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        return java.util.Collections.unmodifiableMap(h);
    }

    /** Whether every {@code %} of a query string starts an escape of two hex digits and the escapes are UTF-8. */
    static boolean wellFormedQuery(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(percentDecoded(query)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] percentDecoded(String query) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(query.length());
        byte[] raw = query.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%') {
                out.write(Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }

    /** Paths that carry no data and need no token: the page, its assets, the API description and health. */
    static boolean isOpen(String path) {
        return path.equals("/") || path.startsWith("/assets/") || path.equals("/openapi.json")
                || path.equals("/api/v1/health");
    }

    private String ownUrl() {
        return "http://" + settings.urlHost() + ":" + port.getAsInt() + "/";
    }

    boolean hostAllowed(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        String name;
        String portText;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) {
                return false;
            }
            name = h.substring(0, close + 1);
            portText = close + 1 < h.length() && h.charAt(close + 1) == ':' ? h.substring(close + 2) : null;
        } else {
            int colon = h.lastIndexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            portText = colon < 0 ? null : h.substring(colon + 1);
        }
        int actual = port.getAsInt();
        boolean portOk = portText == null ? actual == 80 : portText.equals(String.valueOf(actual));
        return portOk && (settings.wildcard() || hostNames.contains(name));
    }

    private boolean tokenGiven(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).strip())) {
            return true;
        }
        String header = ctx.header("X-MedSec-Token");
        return header != null && matches(header.strip());
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void headers(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }
}
