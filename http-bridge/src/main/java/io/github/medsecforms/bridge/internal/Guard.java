package io.github.medsecforms.bridge.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
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
        if (token != null && !isOpen(ctx.path()) && !tokenGiven(ctx)) {
            throw Problem.of(401, "MSF-HTTP-0401");
        }
        if (ctx.req().getContentLengthLong() > settings.maxBodyBytes()) {
            throw Problem.of(413, "MSF-HTTP-0413", Uploads.mebibytes(settings.maxBodyBytes()));
        }
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
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    }
}
