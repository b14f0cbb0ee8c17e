package io.github.medsecforms.model.internal.io;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.value.InvalidValueException;
import java.util.Locale;

/**
 * The message bundle of the codes {@code MSF-IO-nnnn} shared by forms-xlsx, forms-json and forms-pdf:
 * {@code io.github.medsecforms.model.internal.io.messages}, Japanese base and English.
 */
public final class Messages {
    private static final LocalizedMessages BUNDLE =
            LocalizedMessages.of("io.github.medsecforms.model.internal.io.messages", Messages.class);

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

    /** The bundle itself, for messages whose arguments are formatted as {@link java.text.MessageFormat} does. */
    public static LocalizedMessages bundle() {
        return BUNDLE;
    }

    /** Whether the bundle has {@code key}. */
    public static boolean contains(String key) {
        return BUNDLE.contains(key);
    }
}
