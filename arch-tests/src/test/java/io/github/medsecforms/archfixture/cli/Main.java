package io.github.medsecforms.archfixture.cli;

import io.github.medsecforms.archfixture.bridge.FormsBridge;

/** Allowed: the CLI composes the bridge and prints. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("serving " + FormsBridge.class.getSimpleName());
    }
}
