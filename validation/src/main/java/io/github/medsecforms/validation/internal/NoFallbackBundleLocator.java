package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.LocalizedMessages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Finds our message bundle like {@link LocalizedMessages} does: English for an English locale, the Japanese base
 * bundle for every other, never the JVM's default locale. Hibernate Validator's {@code PlatformResourceBundleLocator}
 * would fall back to the default locale, so a JVM running in {@code en_US} would get English for a Japanese request.
 */
final class NoFallbackBundleLocator implements ResourceBundleLocator {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    NoFallbackBundleLocator(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        Locale lookup = LocalizedMessages.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, lookup, loader, NO_FALLBACK);
    }
}
