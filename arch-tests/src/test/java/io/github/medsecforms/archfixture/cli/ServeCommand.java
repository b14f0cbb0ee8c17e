package io.github.medsecforms.archfixture.cli;

import io.javalin.Javalin;

/** Breaks rule 5a: the CLI uses Javalin directly instead of the bridge. */
class ServeCommand {
    void serve() {
        Javalin.create().start(0);
    }
}
