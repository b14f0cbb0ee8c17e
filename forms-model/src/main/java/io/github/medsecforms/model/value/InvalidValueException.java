package io.github.medsecforms.model.value;

import io.github.medsecforms.model.LocalizedMessages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A value could not be parsed. Carries a stable {@link ValueError} code, the offending input, and a message in
 * Japanese ({@link #getMessage()}) or English ({@link #getMessage(Locale)}), always naming the input.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final LocalizedMessages MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.model.value.messages", InvalidValueException.class);

    private final ValueError error;
    private final String input;
    private final transient Object[] args;

    /**
     * @param error the reason
     * @param input the input as given (shown in the message)
     * @param args  further message arguments ({1}, {2}, …); the input is always {0}
     */
    public InvalidValueException(ValueError error, CharSequence input, Object... args) {
        super(error.code());
        this.error = Objects.requireNonNull(error);
        this.input = String.valueOf(input);
        this.args = args.clone();
    }

    public ValueError error() {
        return error;
    }

    /** The stable code, e.g. {@code MSF-VAL-0104}. */
    public String code() {
        return error.code();
    }

    /** The input that failed, as given. */
    public String input() {
        return input;
    }

    /** The message in Japanese, prefixed by the code. */
    @Override
    public String getMessage() {
        return getMessage(Locale.JAPANESE);
    }

    /** The message in {@code locale} (Japanese unless English is asked for), prefixed by the code. */
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
