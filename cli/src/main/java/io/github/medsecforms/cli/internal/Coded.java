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

    /** The locale reports and MSF-IO messages are rendered in for this run's language. */
    static Locale locale(Messages messages) {
        return messages.language() == Language.EN ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
