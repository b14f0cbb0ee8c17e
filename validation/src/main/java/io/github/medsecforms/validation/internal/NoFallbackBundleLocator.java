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
    private final LocalizedMessages messages;

    NoFallbackBundleLocator(String baseName, Class<?> anchor) {
        this.messages = LocalizedMessages.of(baseName, anchor);
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        return messages.bundle(locale);
    }
}
