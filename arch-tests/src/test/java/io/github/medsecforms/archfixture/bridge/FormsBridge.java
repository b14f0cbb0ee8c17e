package io.github.medsecforms.archfixture.bridge;

import io.github.medsecforms.archfixture.bridge.internal.JavalinServer;
import io.javalin.Javalin;
import org.eclipse.jetty.server.Server;

/** Breaks rule 5b: the bridge's public API hands out Javalin and takes a Jetty server. */
public final class FormsBridge {
    private FormsBridge() {
    }

    public static Javalin app() {
        return new JavalinServer().start();
    }

    public static void tune(Server server) {
        server.setStopAtShutdown(true);
    }
}
