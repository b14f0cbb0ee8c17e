package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.internal.io.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * <b>Internal.</b> A workbook was refused. Carries a stable {@link GridError} code and file-independent message
 * arguments; the message is Japanese ({@link #getMessage()}) or English ({@link #getMessage(Locale)}), prefixed by
 * the code. The caller adds the file name. Checked, so that no caller forgets that any upload may be refused.
 */
public final class GridException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final LocalizedMessages MESSAGES =
            Messages.bundle();

    private final GridError error;
    private final transient Object[] args;

    public GridException(GridError error, Object... args) {
        this(error, null, args);
    }

    public GridException(GridError error, Throwable cause, Object... args) {
        super(error.code(), cause);
        this.error = Objects.requireNonNull(error);
        this.args = args.clone();
    }

    public GridError error() {
        return error;
    }

    /** The stable code, e.g. {@code MSF-IO-1003}. */
    public String code() {
        return error.code();
    }

    /** The message arguments (see {@link GridError}). */
    public Object[] args() {
        return args.clone();
    }

    /** The message in Japanese, prefixed by the code. */
    @Override
    public String getMessage() {
        return getMessage(Locale.JAPANESE);
    }

    /** The message in {@code locale} (Japanese unless English is asked for), prefixed by the code. */
    public String getMessage(Locale locale) {
        return error.code() + ": " + MESSAGES.format(error.code(), locale, args);
    }

    @Override
    public String toString() {
        return "GridException[" + error.code() + ", args=" + Arrays.toString(args) + "]";
    }
}
