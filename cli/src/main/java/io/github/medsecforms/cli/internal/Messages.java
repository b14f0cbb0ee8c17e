package io.github.medsecforms.cli.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The CLI's message bundle ({@code io/github/medsecforms/cli/messages*.properties}, Japanese base, English
 * {@code _en}) in one language. The same bundle carries picocli's help texts.
 */
public final class Messages {
    static final String BASE_NAME = "io.github.medsecforms.cli.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BASE_NAME, language.bundleLocale(), Messages.class.getClassLoader(),
                NO_FALLBACK);
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** Message {@code key}, formatted with {@link MessageFormat} when there are arguments. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.bundleLocale()).format(args);
    }
}
