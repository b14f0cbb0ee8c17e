package io.github.medsecforms.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The language of help and messages. Japanese unless English is asked for; never the JVM's default locale. */
public enum Language {
    JA(Locale.ROOT),
    EN(Locale.ENGLISH);

    /** The environment variable that picks the language when {@code --lang} is absent. */
    public static final String ENV = "MEDSEC_FORMS_LANG";

    private final Locale bundleLocale;

    Language(Locale bundleLocale) {
        this.bundleLocale = bundleLocale;
    }

    /** The locale resource bundles are looked up with: the base (Japanese) bundle or {@code _en}. */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    /**
     * The language for a run: {@code --lang ja|en} (or {@code --lang=…}) anywhere before {@code --}, else
     * {@value #ENV} ({@code en…} means English), else Japanese. An invalid {@code --lang} value is left for picocli
     * to report.
     */
    public static Language choose(String[] args, Map<String, String> env) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals("--")) {
                break;
            }
            String value = null;
            if (arg.equals("--lang") && i + 1 < list.size()) {
                value = list.get(i + 1);
            } else if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
            }
            if (value != null) {
                Language lang = parse(value);
                if (lang != null) {
                    return lang;
                }
            }
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && fromEnv.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return JA;
    }

    private static Language parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> JA;
            case "en" -> EN;
            default -> null;
        };
    }
}
