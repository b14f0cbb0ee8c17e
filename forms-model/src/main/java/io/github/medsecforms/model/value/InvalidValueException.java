package io.github.medsecforms.model.value;

import io.github.medsecforms.model.CodedException;
import io.github.medsecforms.model.LocalizedMessages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A value could not be parsed. Carries a stable {@link ValueError} code ({@code MSF-VAL-nnnn}), the offending input,
 * and a message in Japanese ({@link #getMessage()}) or English ({@link #getMessage(Locale)}), always naming the
 * input. A {@link CodedException} like every exception of medsec-forms' API (until 0.1 it was an
 * {@link IllegalArgumentException}).
 */
public final class InvalidValueException extends CodedException {
    private static final long serialVersionUID = 1L;
    private static final LocalizedMessages MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.model.value.messages", InvalidValueException.class);

    private final ValueError error;
    private final String input;
    private final String[] args;

    /**
     * @param error the reason
     * @param input the input as given (shown in the message, never normalised)
     * @param args  further message arguments ({1}, {2}, …); the input is always {0}. They are kept as their
     *              {@code String.valueOf} text, so numbers are never reformatted by locale (no "2,024")
     */
    public InvalidValueException(ValueError error, CharSequence input, Object... args) {
        super(Objects.requireNonNull(error, "error").code(), null);
        this.error = error;
        this.input = String.valueOf(input);
        this.args = args == null ? new String[0]
                : Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    }

    public ValueError error() {
        return error;
    }

    /** The input that failed, as given. */
    public String input() {
        return input;
    }

    /** The message in {@code locale} (Japanese unless English is asked for), prefixed by the code. */
    @Override
    public String getMessage(Locale locale) {
        Object[] all = new Object[args.length + 1];
        all[0] = input;
        System.arraycopy(args, 0, all, 1, args.length);
        return error.code() + ": " + MESSAGES.format(error.code(), locale, all);
    }

    @Override
    public String toString() {
        return "InvalidValueException[" + error.code() + ", input=" + input + ", args=" + Arrays.toString(args) + "]";
    }
}
