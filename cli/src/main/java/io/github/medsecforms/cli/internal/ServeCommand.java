package io.github.medsecforms.cli.internal;

import io.github.medsecforms.bridge.BridgeConfig;
import io.github.medsecforms.bridge.BridgeException;
import io.github.medsecforms.bridge.FormsBridge;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medsec-forms serve [--port N] [--host H --token T] [--as-of D] [--diagnosis-day]}: starts the local bridge
 * (the API, the web page and the Excel macro's endpoint), prints its URL and runs until Ctrl+C. One line per request
 * is logged to standard error (method, path, status, duration; see {@code simplelogger.properties}).
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

    @Override
    public Integer call() throws InterruptedException {
        String givenToken = token != null ? token : System.getenv(TOKEN_ENV);
        FormsBridge bridge;
        try {
            bridge = FormsBridge.create(c -> c.host(host).port(port).token(givenToken).asOf(asOf).diagnosisDay(diagnosisDay))
                    .start();
        } catch (BridgeException e) {
            err().println(e.getMessage(messages().language().bundleLocale()));
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bridge.stop();
            stopped.countDown();
        }, "medsec-forms-serve-stop"));
        out().println(messages().get("serve.started", bridge.url()));
        out().println(messages().get("serve.page", bridge.url()));
        out().println(messages().get("serve.stop"));
        out().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
