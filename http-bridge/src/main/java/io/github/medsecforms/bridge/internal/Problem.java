package io.github.medsecforms.bridge.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.model.FormIoException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An error answered as an RFC 9457 problem ({@code application/problem+json}): {@code type}
 * ({@code urn:medsec-forms:problem:<code>}), {@code title} (by status), {@code status}, {@code detail}, {@code code}
 * and {@code instance} (the path). Title and detail are Japanese unless English is asked for. Thrown by handlers;
 * carries no request content in its exception message (only the code), so it is safe to log.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String code;
    private final transient Function<Locale, String> detail;
    private final transient Map<String, String> headers;
    private final transient java.util.function.BiConsumer<ObjectNode, Locale> members;

    private Problem(int status, String code, Function<Locale, String> detail) {
        this(status, code, detail, Map.of(), (node, locale) -> { });
    }

    private Problem(int status, String code, Function<Locale, String> detail, Map<String, String> headers,
                    java.util.function.BiConsumer<ObjectNode, Locale> members) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.headers = Map.copyOf(headers);
        this.members = members;
    }

    /** This problem with a response header (e.g. {@code Retry-After} of a 503). */
    public Problem withHeader(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Problem(status, code, detail, h, members);
    }

    /** This problem with extension members of the document (RFC 9457 §3.2), written in the answer's language. */
    public Problem withMembers(java.util.function.BiConsumer<ObjectNode, Locale> more) {
        java.util.function.BiConsumer<ObjectNode, Locale> before = members;
        return new Problem(status, code, detail, headers, (node, locale) -> {
            before.accept(node, locale);
            more.accept(node, locale);
        });
    }

    /** The response headers this problem adds. */
    public Map<String, String> headers() {
        return headers;
    }

    /** A problem whose detail is the bridge's message {@code code} with {@code args}. */
    public static Problem of(int status, String code, Object... args) {
        // numbers as plain text: MessageFormat would write a port 41933 as "41,933"
        Object[] copy = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new Problem(status, code, locale -> Texts.format(code, locale, copy));
    }

    /** A workbook, zip or JSON document that cannot be read: its coded message, status by the code. */
    public static Problem of(FormIoException e) {
        String code = e.code();
        int status = switch (code) {
            case "MSF-IO-1001", "MSF-IO-0102" -> 400;      // empty input
            case "MSF-IO-1101", "MSF-IO-5001" -> 413;        // file (or layout profile) larger than its limit
            default -> 422;
        };
        return new Problem(status, code, locale -> withoutCode(code, e.getMessage(locale)));
    }

    private static String withoutCode(String code, String message) {
        return message.startsWith(code + ": ") ? message.substring(code.length() + 2) : message;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail(Locale locale) {
        return detail.apply(locale);
    }

    /** The problem document. */
    public String toJson(Locale locale, String instance) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "urn:medsec-forms:problem:" + code);
        node.put("title", Texts.format("title." + status, locale));
        node.put("status", status);
        node.put("detail", detail(locale));
        node.put("code", code);
        node.put("instance", instance);
        members.accept(node, locale);
        return Json.write(node);
    }
}
