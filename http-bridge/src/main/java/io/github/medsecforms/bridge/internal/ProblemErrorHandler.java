package io.github.medsecforms.bridge.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers itself, before any handler of the bridge runs — a malformed request line or URI (400), a
 * URI too long (414), headers too large (431), a body too slow (408) — as coded problems
 * ({@code application/problem+json}, Japanese) with the security headers of every other answer, never Jetty's HTML
 * page. The request's content is never echoed.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 408, 413, 414, 415, 422, 431, 500, 501, 503);

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = problem(response.getStatus()).toJson(Locale.JAPANESE, "").getBytes(StandardCharsets.UTF_8);
        int status = problem(response.getStatus()).status();
        response.setStatus(status);
        Guard.SECURITY_HEADERS.forEach(response::setHeader);
        response.setHeader("Content-Disposition", "inline");
        response.setContentType(Problem.MEDIA_TYPE + "; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Guard.SECURITY_HEADERS.forEach(fields::put);
        fields.put("Content-Disposition", "inline");
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + "; charset=utf-8");
        return ByteBuffer.wrap(problem(status).toJson(Locale.JAPANESE, "").getBytes(StandardCharsets.UTF_8));
    }

    /** The coded problem of a status Jetty answers with. */
    static Problem problem(int status) {
        return switch (status) {
            case 408 -> Problem.of(408, "MSF-HTTP-0408", BridgeServer.BODY_IDLE_TIMEOUT_MS / 1000);
            case 413 -> Problem.of(413, "MSF-HTTP-0431"); // Jetty's 413 is for headers; a body's is the bridge's own
            case 414 -> Problem.of(414, "MSF-HTTP-0414");
            case 431 -> Problem.of(431, "MSF-HTTP-0431");
            case 503 -> Problem.of(503, "MSF-HTTP-0503", BridgeServer.BODY_IDLE_TIMEOUT_MS / 1000);
            default -> status >= 500 ? Problem.of(500, "MSF-HTTP-0500")
                    : Problem.of(TITLED.contains(status) ? status : 400, "MSF-HTTP-1010");
        };
    }
}
