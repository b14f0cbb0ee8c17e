package io.github.medsecforms.model;

import java.util.Locale;

/**
 * The base type of every exception medsec-forms throws at its API: a stable code ({@code MSF-IO-1002},
 * {@code MSF-VAL-0104}, {@code MSF-HTTP-1102}, …; the namespaces are listed in {@code docs/decisions.md}, D-09) and a
 * message in Japanese ({@link #getMessage()}) or English ({@link #getMessage(Locale)}), prefixed by the code. The
 * JVM's default locale is never consulted. Catch this type to handle any coded failure of the SDK in one place.
 *
 * <pre>{@code
 * try {
 *     report = MedsecForms.checker().check(path);
 * } catch (CodedException e) {
 *     log(e.code() + " " + e.getMessage(Locale.ENGLISH));
 * }
 * }</pre>
 */
public abstract class CodedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code  the stable code, e.g. {@code MSF-IO-1002}
     * @param cause the underlying exception, or null
     */
    protected CodedException(String code, Throwable cause) {
        super(code, cause);
        this.code = java.util.Objects.requireNonNull(code, "code");
    }

    /** The stable code, e.g. {@code MSF-IO-1002}. */
    public String code() {
        return code;
    }

    /** The message in Japanese, prefixed by the code. */
    @Override
    public String getMessage() {
        return getMessage(Locale.JAPANESE);
    }

    /** Japanese, like {@link #getMessage()}: the JVM's default locale is not consulted. */
    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** The message in {@code locale} (English if its language is English, else Japanese), prefixed by the code. */
    public abstract String getMessage(Locale locale);
}
