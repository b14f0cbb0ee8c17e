package io.github.medsecforms.archfixture.bridge.internal;

import io.javalin.Javalin;

/** Allowed: Javalin inside the bridge, exposed only by an internal class. */
public final class JavalinServer {
    public Javalin start() {
        return Javalin.create();
    }
}
