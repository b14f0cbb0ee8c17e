package io.github.medsecforms.model.internal.io;

import io.github.medsecforms.model.FormIoException;
import java.util.Objects;

/**
 * A coded failure inside forms-xlsx, forms-json or forms-pdf, before the public facade turns it into a
 * {@link FormIoException} ({@link #toException()}). Message arguments may be {@link Localized} values (formatted
 * in the caller's language) or {@link io.github.medsecforms.model.value.InvalidValueException}s (their message in
 * the caller's language).
 */
public final class IoFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final IoError error;
    private final transient Object[] args;
    private final String path;
    private final int line;
    private final int column;

    /**
     * @param error  the reason
     * @param path   where in the document, as a model path such as {@code $.lines[0].globalIpAddress}; null if unknown
     * @param line   1-based line, or -1 if unknown
     * @param column 1-based column, or -1 if unknown
     * @param cause  the underlying exception, or null (never one that could carry a secret)
     * @param args   message arguments
     */
    public IoFailure(IoError error, String path, int line, int column, Throwable cause, Object... args) {
        super(error.code(), cause, false, false);
        this.error = Objects.requireNonNull(error);
        this.path = path;
        this.line = line;
        this.column = column;
        this.args = args.clone();
    }

    /** A failure without a location. */
    public static IoFailure of(IoError error, Object... args) {
        return new IoFailure(error, null, -1, -1, null, args);
    }

    public IoError error() {
        return error;
    }

    public Object[] args() {
        return args.clone();
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The public, coded exception for this failure, thrown at the API boundary. */
    public FormIoException toException() {
        return new FormIoException(error.code(), path, line, column, args, getCause());
    }
}
