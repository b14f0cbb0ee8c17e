package io.github.medsecforms.validation.internal;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.internal.engine.messageinterpolation.InterpolationTerm;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * A {@link ResourceBundleMessageInterpolator} that starts the expression language only when a message needs it.
 *
 * <p>Building a {@code ResourceBundleMessageInterpolator} looks up and builds an EL {@code ExpressionFactory} (Expressly)
 * at once, a noticeable part of a short-lived JVM's first {@code Validator}; yet none of our messages holds an EL
 * expression ({@code ${…}}), only parameters ({@code {value}}). This interpolator resolves bundles, parameters and
 * caches exactly as the resource-bundle interpolator does (same base class, same bundle locator, and for a parameter
 * term the very resolver {@code ResourceBundleMessageInterpolator} uses), and as soon as a message turns out to hold
 * an EL term, it hands the whole message to a {@code ResourceBundleMessageInterpolator} built with the same settings
 * on first need. Messages are therefore identical to the resource-bundle interpolator's, EL included.
 */
final class LazyElMessageInterpolator extends AbstractMessageInterpolator {
    private final Supplier<ResourceBundleMessageInterpolator> withEl;
    private volatile ResourceBundleMessageInterpolator el;

    LazyElMessageInterpolator(ResourceBundleLocator userBundles, Set<Locale> locales, Locale defaultLocale,
                              LocaleResolver localeResolver) {
        super(userBundles, locales, defaultLocale, localeResolver, false);
        this.withEl = () -> new ResourceBundleMessageInterpolator(userBundles, locales, defaultLocale, localeResolver,
                false);
    }

    /** Thrown from a term to leave the message to the EL interpolator; no stack trace, it is a signal. */
    private static final class NeedsEl extends RuntimeException {
        private static final NeedsEl INSTANCE = new NeedsEl();

        private NeedsEl() {
            super("message holds an EL expression", null, false, false);
        }
    }

    @Override
    public String interpolate(String message, Context context) {
        try {
            return super.interpolate(message, context);
        } catch (NeedsEl e) {
            return el().interpolate(message, context);
        }
    }

    @Override
    public String interpolate(String message, Context context, Locale locale) {
        try {
            return super.interpolate(message, context, locale);
        } catch (NeedsEl e) {
            return el().interpolate(message, context, locale);
        }
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        if (InterpolationTerm.isElExpression(term)) {
            throw NeedsEl.INSTANCE;
        }
        // what ResourceBundleMessageInterpolator does for a term that is no EL expression (a parameter resolver)
        return new InterpolationTerm(term, locale, null).interpolate(context);
    }

    /** Whether a message has needed the expression language so far (for tests). */
    boolean elStarted() {
        return el != null;
    }

    private ResourceBundleMessageInterpolator el() {
        ResourceBundleMessageInterpolator interpolator = el;
        if (interpolator == null) {
            synchronized (this) {
                interpolator = el;
                if (interpolator == null) {
                    interpolator = withEl.get();
                    el = interpolator;
                }
            }
        }
        return interpolator;
    }
}
