package io.github.medsecforms.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message bundle with Japanese as the base (default) language and English as {@code _en}. Lookups never fall
 * back to the JVM's default locale, so a server running with {@code en_US} still answers in Japanese unless
 * English is asked for. Every module keeps its messages in one such bundle, keyed by error code.
 */
public final class LocalizedMessages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private LocalizedMessages(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The bundle {@code baseName} (e.g. {@code io.github.medsecforms.validation.rules}) from the class loader of {@code anchor}. */
    public static LocalizedMessages of(String baseName, Class<?> anchor) {
        return new LocalizedMessages(Objects.requireNonNull(baseName), anchor.getClassLoader());
    }

    /** Formats message {@code key} in {@code locale} (Japanese unless the language is English) with {@code args}. */
    public String format(String key, Locale locale, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in bundle " + baseName, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle defines {@code key} (in the base language). */
    public boolean contains(String key) {
        return bundle(Locale.JAPANESE).containsKey(key);
    }

    private ResourceBundle bundle(Locale locale) {
        Locale lookup = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, lookup, loader, NO_FALLBACK);
    }

    /** Whether {@code locale} asks for English; every other language gets Japanese. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
