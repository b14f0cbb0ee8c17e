package io.github.medsecforms.bridge.internal;

import io.github.medsecforms.model.FormIoException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import java.net.BindException;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application of a bridge: one connector on the configured host and port, the {@link Guard} before
 * every handler, the {@link Api} routes, and every error answered as a problem. Logs one line per request —
 * method, path, status, duration — and nothing of its content.
 */
public final class BridgeServer {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.github.medsecforms.bridge.access");
    private static final Logger LOG = LoggerFactory.getLogger(BridgeServer.class);

    /** The server could not listen on its host and port. */
    public static final class BindFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BindFailure(Throwable cause) {
            super("bind failed", cause);
        }
    }

    /** Bytes per second below which a request body is cut (408): a trickling client cannot hold a thread. */
    static final long MIN_REQUEST_DATA_RATE = 16 * 1024;
    /** Milliseconds a blocking read of a body may wait for the next bytes. */
    static final long BODY_IDLE_TIMEOUT_MS = 10_000;
    /** Threads serving requests: a body blocks one while it arrives, so there are more than uploads allowed. */
    static final int MAX_THREADS = 200;

    private final Settings settings;
    private final Work work = new Work();
    private final Activity activity;
    private final Javalin app;
    private volatile boolean running;

    public BridgeServer(Settings settings) {
        this(settings, new Activity());
    }

    /** A server that records each request's start and end in {@code activity} (for stopping when idle). */
    public BridgeServer(Settings settings, Activity activity) {
        this.settings = settings;
        this.activity = activity;
        Api api = new Api(settings, work, Api.loadVersion(), Api.loadAssets());
        Guard guard = new Guard(settings, this::port);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = settings.maxBodyBytes();
            cfg.http.disableCompression();
            cfg.http.generateEtags = false;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jetty.threadPool = threadPool();
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
                http.setIdleTimeout(BODY_IDLE_TIMEOUT_MS);
            });
            // the server's own errors (a malformed request line, a URI or headers too large) as problems too
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProblemErrorHandler()));
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(settings.timeout().toMillis());
                return connector;
            });
            cfg.requestLogger.http((ctx, ms) -> {
                activity.end();
                ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
            });
            cfg.router.mount(router -> {
                router.before(ctx -> activity.begin());
                router.before(guard::check);
                for (Api.Route route : api.routes()) {
                    router.addHttpHandler(HandlerType.valueOf(route.method()), route.path(), ctx -> {
                        try {
                            Params.allowOnly(ctx, route.query());
                            route.handler().handle(ctx);
                        } finally {
                            // the body is no longer needed once the answer is made (the result is its own copy)
                            Uploads.release(ctx);
                        }
                    });
                }
                router.exception(Problem.class, (e, ctx) -> answer(ctx, e));
                router.exception(FormIoException.class, (e, ctx) -> answer(ctx, Problem.of(e)));
                router.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, fromJavalin(e, ctx)));
                router.exception(Exception.class, (e, ctx) -> {
                    // the message may quote the request's content: log the type and the stack only
                    Throwable safe = new RuntimeException(e.getClass().getName());
                    safe.setStackTrace(e.getStackTrace());
                    LOG.error("internal error on {} {}", ctx.method(), ctx.path(), safe);
                    answer(ctx, Problem.of(500, "MSF-HTTP-0500"));
                });
            });
        });
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
        pool.setName("medsec-bridge");
        pool.setDaemon(true);
        return pool;
    }

    private Problem fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> Problem.of(404, "MSF-HTTP-0404", Params.shorten(ctx.path()));
            case 405 -> Problem.of(405, "MSF-HTTP-0405", ctx.method().name(), Params.shorten(ctx.path()));
            case 413 -> Problem.of(413, "MSF-HTTP-0413", Uploads.mebibytes(settings.maxBodyBytes()));
            default -> Problem.of(500, "MSF-HTTP-0500");
        };
    }

    /**
     * Writes a problem. Must never throw: Javalin hands an exception thrown by an exception handler back to the
     * handlers, so a failing answer would loop forever (a request with {@code Accept-Language: -} did, found by
     * BridgeFuzzTest). The language falls back to Japanese, and if even that fails a fixed 500 is written.
     */
    private static void answer(Context ctx, Problem problem) {
        try {
            write(ctx, problem, language(ctx));
        } catch (RuntimeException e) {
            LOG.error("could not write the problem {} on {} {}", problem.code(), ctx.method(), ctx.path());
            ctx.status(500);
            ctx.contentType(Problem.MEDIA_TYPE + "; charset=utf-8");
            ctx.result("{\"type\":\"urn:medsec-forms:problem:MSF-HTTP-0500\",\"status\":500,"
                    + "\"code\":\"MSF-HTTP-0500\"}");
        }
    }

    private static Locale language(Context ctx) {
        try {
            return Lang.lenient(ctx);
        } catch (RuntimeException e) {
            return Locale.JAPANESE;
        }
    }

    private static void write(Context ctx, Problem problem, Locale locale) {
        ctx.status(problem.status());
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"medsec-forms\"");
        }
        ctx.header("Content-Disposition", "inline");
        problem.headers().forEach(ctx::header);
        ctx.contentType(Problem.MEDIA_TYPE + "; charset=utf-8");
        ctx.result(problem.toJson(locale, ctx.path()));
    }

    public void start() throws BindFailure {
        try {
            app.start();
            running = true;
        } catch (RuntimeException e) {
            stopQuietly();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new BindFailure(e);
                }
            }
            throw e;
        }
    }

    /** Releases what a failed start may have started (Jetty's threads, the work pool). */
    private void stopQuietly() {
        work.close();
        try {
            app.stop();
        } catch (RuntimeException ignored) {
            // nothing was running
        }
    }

    public void stop() {
        if (running) {
            running = false;
            app.stop();
        }
        work.close();
    }

    /** The port listened on (after {@link #start()}), else the configured one. */
    public int port() {
        return running ? app.port() : settings.port();
    }

    public boolean running() {
        return running;
    }

    /** The routes Javalin really serves, as {@code METHOD path}, e.g. {@code POST /api/v1/validate}. */
    public List<String> servedRoutes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod())
                .map(e -> e.getMethod().name() + " " + e.getPath())
                .toList();
    }
}
