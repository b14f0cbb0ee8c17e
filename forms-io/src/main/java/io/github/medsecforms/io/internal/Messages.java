package io.github.medsecforms.io.internal;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.value.InvalidValueException;
import java.util.Locale;

/** The message bundle of forms-io: {@code io.github.medsecforms.io.messages}, Japanese base and English. */
public final class Messages {
    private static final LocalizedMessages BUNDLE =
            LocalizedMessages.of("io.github.medsecforms.io.messages", Messages.class);

    private Messages() {
    }

    /**
     * Formats {@code key} in {@code locale}; arguments that are {@link Localized} or {@link InvalidValueException}
     * are first rendered in the same language.
     */
    public static String format(String key, Locale locale, Object... args) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Localized l) {
                rendered[i] = l.in(locale);
            } else if (a instanceof InvalidValueException e) {
                rendered[i] = e.getMessage(locale);
            } else {
                rendered[i] = a == null ? "" : a.toString();
            }
        }
        return BUNDLE.format(key, locale, rendered);
    }

    /** Whether the bundle has {@code key}. */
    public static boolean contains(String key) {
        return BUNDLE.contains(key);
    }
}
