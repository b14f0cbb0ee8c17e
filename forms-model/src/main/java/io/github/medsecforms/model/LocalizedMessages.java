package io.github.medsecforms.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message bundle with Japanese as the base (default) language and English as {@code _en}. Lookups never fall
 * back to the JVM's default locale, so a server running with {@code en_US} still answers in Japanese unless
 * English is asked for. Every module keeps its messages in one such bundle, keyed by error code.
 *
 * <p>On the class path the bundle is found by {@link ResourceBundle} with a no-fallback control. In a named module
 * (where that control is not allowed) the {@code .properties} files are read from the anchor's module, which must
 * open the bundle's package to {@code io.github.medsecforms.model} (see each module's {@code module-info.java}); the
 * lookup is the same: {@code _en} over the base for English, the base alone otherwise.</p>
 */
public final class LocalizedMessages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;
    private final Module module;
    private final Map<Locale, ResourceBundle> fromModule = new ConcurrentHashMap<>();

    private LocalizedMessages(String baseName, Class<?> anchor) {
        this.baseName = baseName;
        this.loader = anchor.getClassLoader();
        this.module = anchor.getModule();
    }

    /**
     * The bundle {@code baseName} (e.g. {@code io.github.medsecforms.validation.rules}) of the class loader, or the
     * named module, of {@code anchor}.
     */
    public static LocalizedMessages of(String baseName, Class<?> anchor) {
        return new LocalizedMessages(Objects.requireNonNull(baseName), anchor);
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

    /**
     * The bundle for {@code locale}: English (with the Japanese base as its parent) if the language is English, the
     * Japanese base otherwise; for a message interpolator that wants a {@link ResourceBundle}.
     */
    public ResourceBundle bundle(Locale locale) {
        Locale lookup = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        if (module.isNamed()) {
            return fromModule.computeIfAbsent(lookup, this::readFromModule);
        }
        return ResourceBundle.getBundle(baseName, lookup, loader, NO_FALLBACK);
    }

    private ResourceBundle readFromModule(Locale lookup) {
        String path = baseName.replace('.', '/');
        ResourceBundle base = read(path + ".properties", null);
        if (base == null) {
            throw new MissingResourceException("no bundle " + baseName + " in module " + module.getName(), baseName, "");
        }
        ResourceBundle english = lookup.equals(Locale.ENGLISH) ? read(path + "_en.properties", base) : null;
        return english != null ? english : base;
    }

    private ResourceBundle read(String resource, ResourceBundle parent) {
        try (InputStream in = module.getResourceAsStream(resource)) {
            return in == null ? null : new ChildBundle(in, parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A properties bundle with a parent, as {@link ResourceBundle#getBundle} chains them. */
    private static final class ChildBundle extends PropertyResourceBundle {
        ChildBundle(InputStream in, ResourceBundle parent) throws IOException {
            super(in);
            if (parent != null) {
                setParent(parent);
            }
        }
    }

    /** Whether {@code locale} asks for English; every other language gets Japanese. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
