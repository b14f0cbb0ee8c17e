package io.github.medsecforms.bridge;

import io.github.medsecforms.model.CodedException;
import io.github.medsecforms.model.LocalizedMessages;
import java.util.Locale;

/**
 * The bridge cannot be created or started: a token is missing for a host beyond loopback ({@code MSF-HTTP-1101}),
 * the port is taken ({@code MSF-HTTP-1102}) or a setting is invalid ({@code MSF-HTTP-1103}). The message is
 * Japanese ({@link #getMessage()}) or English ({@link #getMessage(Locale)}), prefixed by the code.
 */
public final class BridgeException extends CodedException {
    private static final long serialVersionUID = 1L;
    private static final LocalizedMessages MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.bridge.messages", BridgeException.class);

    private final transient Object[] args;

    BridgeException(String code, Throwable cause, Object... args) {
        super(code, cause);
        // numbers as plain text: MessageFormat would write a port 41933 as "41,933"
        this.args = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }

    /** The message in {@code locale} (English if its language is English, else Japanese), prefixed by the code. */
    @Override
    public String getMessage(Locale locale) {
        return code() + ": " + MESSAGES.format(code(), locale, args == null ? new Object[0] : args);
    }
}
