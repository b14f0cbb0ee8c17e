package io.github.medsecforms.model.internal.io;

import java.util.Locale;

/** A message argument whose text depends on the language of the message. */
@FunctionalInterface
public interface Localized {
    /** The text in {@code locale} (Japanese unless English is asked for). */
    String in(Locale locale);

    /** A message of this module's bundle as an argument, formatted in the caller's language. */
    static Localized message(String key, Object... args) {
        return locale -> Messages.format(key, locale, args);
    }
}
