package io.github.medsecforms.bridge.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checked settings of a bridge (copied from the public {@code BridgeConfig}).
 *
 * @param host         the address to listen on, as configured
 * @param port         the port, 0 for a free one
 * @param token        the token clients must send, if any
 * @param maxBodyBytes the largest request body
 * @param timeout      how long one request may take, receiving and processing
 * @param asOf         the day dates are judged against, if not today
 * @param diagnosisDay the diagnosis-day mode by default
 * @param allowedHosts further host names accepted in the Host header (lower case)
 */
public record Settings(String host, int port, Optional<String> token, long maxBodyBytes, Duration timeout,
                       Optional<LocalDate> asOf, boolean diagnosisDay, Set<String> allowedHosts) {
    /** The host names that mean "this machine only". */
    public static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    public Settings {
        allowedHosts = Set.copyOf(allowedHosts);
    }

    /** Whether the host is one of the standard loopback names (no token needed). */
    public boolean loopback() {
        return LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether the server listens on every interface (0.0.0.0 or ::). */
    public boolean wildcard() {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The host as it appears in a URL: IPv6 literals in brackets; a wildcard as 127.0.0.1. */
    public String urlHost() {
        if (wildcard()) {
            return "127.0.0.1";
        }
        if (host.contains(":") && !host.startsWith("[")) {
            return "[" + host + "]";
        }
        return host;
    }
}
