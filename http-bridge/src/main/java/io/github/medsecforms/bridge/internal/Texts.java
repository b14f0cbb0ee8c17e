package io.github.medsecforms.bridge.internal;

import io.github.medsecforms.model.LocalizedMessages;
import java.util.Locale;

/** The bridge's message bundle ({@code io/github/medsecforms/bridge/messages*.properties}), Japanese unless English. */
public final class Texts {
    private static final LocalizedMessages BUNDLE =
            LocalizedMessages.of("io.github.medsecforms.bridge.messages", Texts.class);

    private Texts() {
    }

    public static String format(String key, Locale locale, Object... args) {
        return BUNDLE.format(key, locale, args);
    }

    public static boolean contains(String key) {
        return BUNDLE.contains(key);
    }
}
