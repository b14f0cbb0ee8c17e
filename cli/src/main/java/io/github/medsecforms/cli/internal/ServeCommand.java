package io.github.medsecforms.cli.internal;

import io.github.medsecforms.bridge.BridgeConfig;
import io.github.medsecforms.bridge.BridgeException;
import io.github.medsecforms.bridge.FormsBridge;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medsec-forms serve [--port N] [--host H --token T] [--as-of D] [--diagnosis-day] [--exit-when-idle 30m]}:
 * starts the local bridge (the API, the web page and the Excel macro's endpoint), prints its URL and runs until
 * Ctrl+C, or with {@code --exit-when-idle} until no request came for that long (the Excel button starts it so). One
 * line per request is logged to standard error (method, path, status, duration; see {@code simplelogger.properties}).
 */
@Command(name = "serve", sortOptions = false)
public final class ServeCommand extends CliCommand {
    /** The environment variable that may carry the token instead of {@code --token} (not shown by {@code ps}). */
    static final String TOKEN_ENV = "MEDSEC_FORMS_TOKEN";

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "" + BridgeConfig.DEFAULT_PORT, descriptionKey = "serve.port")
    int port;

    @Option(names = "--host", paramLabel = "<host>", defaultValue = BridgeConfig.DEFAULT_HOST, descriptionKey = "serve.host")
    String host;

    @Option(names = "--token", paramLabel = "<token>", descriptionKey = "serve.token")
    String token;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", descriptionKey = "serve.asOf")
    LocalDate asOf;

    @Option(names = "--diagnosis-day", descriptionKey = "serve.diagnosisDay")
    boolean diagnosisDay;

    @Option(names = "--exit-when-idle", paramLabel = "<30m>", descriptionKey = "serve.exitWhenIdle")
    String exitWhenIdle;

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*([smh])");

    /**
     * The idle time of {@code --exit-when-idle}: {@code 90s}, {@code 30m}, {@code 2h} or ISO-8601 ({@code PT30M}),
     * more than zero; empty when it is none of these.
     */
    static Optional<Duration> idleTime(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SHORT_DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } else if (v.startsWith("p")) {
            try {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException | ArithmeticException e) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
    }

    @Override
    public Integer call() throws InterruptedException {
        String givenToken = token != null ? token : System.getenv(TOKEN_ENV);
        Duration idle = null;
        if (exitWhenIdle != null) {
            idle = idleTime(exitWhenIdle).orElse(null);
            if (idle == null) {
                err().println(Coded.message(messages(), "MSF-CLI-0020", exitWhenIdle));
                return ExitCodes.USAGE;
            }
        }
        Duration stopWhenIdle = idle;
        FormsBridge bridge;
        try {
            bridge = FormsBridge.create(c -> c.host(host).port(port).token(givenToken).asOf(asOf).diagnosisDay(diagnosisDay)
                    .stopWhenIdle(stopWhenIdle)).start();
        } catch (BridgeException e) {
            err().println(e.getMessage(messages().language().bundleLocale()));
            return ExitCodes.USAGE;
        }
        AtomicBoolean signalled = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            signalled.set(true);
            bridge.stop();
        }, "medsec-forms-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out().println(messages().get("serve.started", bridge.url()));
        out().println(messages().get("serve.page", bridge.url()));
        out().println(messages().get("serve.stop"));
        if (idle != null) {
            out().println(messages().get("serve.idle", exitWhenIdle.strip()));
        }
        out().flush();
        bridge.awaitStop();
        if (!signalled.get()) {
            // stopped by itself (idle): the hook is no longer needed, and the JVM may exit
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return ExitCodes.OK;
            }
            out().println(messages().get("serve.idleStopped", exitWhenIdle.strip()));
            out().flush();
        }
        return ExitCodes.OK;
    }
}
