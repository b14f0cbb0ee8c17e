package io.github.medsecforms.io;

import io.github.medsecforms.io.internal.IoFailure;
import io.github.medsecforms.io.internal.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A form could not be read or written as JSON or XML. Every failure carries a stable code ({@code MSF-IO-nnnn},
 * listed in {@code docs/decisions-io.md}), a message in Japanese ({@link #getMessage()}) or English
 * ({@link #getMessage(Locale)}) naming the offending value, and where in the document it happened when known:
 * the path through the form ({@code $.lines[0].globalIpAddress}, the same for JSON and XML) and the line and
 * column of the input.
 *
 * <pre>{@code
 * try {
 *     LineDeviceSurvey survey = FormJson.read(json, LineDeviceSurvey.class);
 * } catch (FormIoException e) {
 *     log(e.code() + " " + e.path().orElse("") + " " + e.getMessage(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>Messages never repeat a password: a secret in the input is refused without quoting it.</p>
 */
public final class FormIoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String path;
    private final int line;
    private final int column;
    private final transient Object[] args;

    FormIoException(IoFailure failure) {
        super(failure.error().code(), failure.getCause());
        this.code = failure.error().code();
        this.path = failure.path();
        this.line = failure.line();
        this.column = failure.column();
        this.args = failure.args();
    }

    /** The stable error code, e.g. {@code MSF-IO-0301}. */
    public String code() {
        return code;
    }

    /** Where in the form, e.g. {@code $.lines[0].globalIpAddress} ({@code $} is the root); empty if not known. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The 1-based line of the input where reading failed, if known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the input where reading failed, if known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** Path and position in one language-neutral text, e.g. {@code $.lines[0].globalIpAddress (3:28)}; empty if neither is known. */
    public Optional<String> location() {
        String position = line > 0 ? line + ":" + Math.max(column, 1) : null;
        if (path == null && position == null) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.of(position);
        }
        return Optional.of(position == null ? path : path + " (" + position + ")");
    }

    /** The message in Japanese, prefixed by the code and followed by the location. */
    @Override
    public String getMessage() {
        return getMessage(Locale.JAPANESE);
    }

    /** Japanese, like {@link #getMessage()}: the JVM's default locale is not consulted. */
    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** The message in {@code locale} (English if its language is English, else Japanese), with code and location. */
    public String getMessage(Locale locale) {
        Object[] arguments = args == null ? new Object[0] : args; // null after Java deserialisation
        StringBuilder sb = new StringBuilder(code).append(": ").append(Messages.format(code, locale, arguments));
        boolean hasLine = line > 0;
        if (path != null && hasLine) {
            sb.append(Messages.format("location.both", locale, path, line, Math.max(column, 1)));
        } else if (path != null) {
            sb.append(Messages.format("location.path", locale, path));
        } else if (hasLine) {
            sb.append(Messages.format("location.line", locale, line, Math.max(column, 1)));
        }
        return sb.toString();
    }

    /** Converts an internal failure at the public API boundary. */
    static FormIoException of(IoFailure failure) {
        return new FormIoException(failure);
    }
}
