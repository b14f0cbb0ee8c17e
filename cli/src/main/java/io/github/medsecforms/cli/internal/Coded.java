package io.github.medsecforms.cli.internal;

import java.util.Locale;

/** The CLI's own coded messages ({@code MSF-CLI-nnnn}, docs/decisions.md D-09): {@code code: text}. */
final class Coded {
    private Coded() {
    }

    /** {@code MSF-CLI-0001: パス「x」が見つかりません。} in the run's language. */
    static String message(Messages messages, String code, Object... args) {
        return code + ": " + messages.get(code, args);
    }

    /**
     * Why a file could not be read or written, in the run's language: never the JDK's own text (English, about its
     * internals), only what kind of failure it was.
     */
    static String reason(Messages messages, java.io.IOException e) {
        String key;
        if (e instanceof java.nio.file.NoSuchFileException) {
            key = "io.noSuchFile";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            key = "io.accessDenied";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            key = "io.exists";
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            key = "io.notDirectory";
        } else {
            key = "io.other";
        }
        return messages.get(key);
    }

    /** The locale reports and MSF-IO messages are rendered in for this run's language. */
    static Locale locale(Messages messages) {
        return messages.language() == Language.EN ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
