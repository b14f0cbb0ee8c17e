package io.github.medsecforms.archfixture.bridge;

import io.github.medsecforms.archfixture.cli.Main;

/** Breaks rule 3: the bridge depends on the CLI. */
class UsesCli {
    void run() {
        Main.main(new String[0]);
    }
}
