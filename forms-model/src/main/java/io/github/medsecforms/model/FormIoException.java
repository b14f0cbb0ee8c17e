package io.github.medsecforms.model;

import io.github.medsecforms.model.internal.io.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A form could not be read or written: a workbook (forms-xlsx), a JSON or XML document (forms-json) or a PDF
 * (forms-pdf). Every failure carries a stable code ({@code MSF-IO-nnnn},
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
public final class FormIoException extends CodedException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;
    private final transient Object[] args;
    private final String file;

    /**
     * A workbook or file that cannot be read at all.
     *
     * @param code  why, e.g. {@code MSF-IO-1002}
     * @param file  the file's name as the caller gave it, or null
     * @param args  the arguments of the code's message
     * @param cause the underlying exception, or null
     */
    public FormIoException(String code, String file, Object[] args, Throwable cause) {
        super(code, cause);
        this.path = null;
        this.line = 0;
        this.column = 0;
        this.args = args.clone();
        this.file = file;
    }

    /**
     * A document (JSON, XML) that cannot be read or a form that cannot be written, at a place in the document.
     *
     * @param code   why, e.g. {@code MSF-IO-0301}
     * @param path   where in the form, e.g. {@code $.lines[0].globalIpAddress}, or null if not known
     * @param line   the 1-based line of the input, or 0 or less if not known
     * @param column the 1-based column of the input, or 0 or less if not known
     * @param args   the arguments of the code's message
     * @param cause  the underlying exception, or null
     */
    public FormIoException(String code, String path, int line, int column, Object[] args, Throwable cause) {
        super(code, cause);
        this.path = path;
        this.line = line;
        this.column = column;
        this.args = args.clone();
        this.file = null;
    }

    /**
     * This failure at a line and column of the input: the same code, message arguments and path (a reader that
     * checks a document after parsing it adds where the offending entry was written).
     *
     * @param line   the 1-based line, or 0 or less if not known
     * @param column the 1-based column, or 0 or less if not known
     */
    public FormIoException at(int line, int column) {
        return new FormIoException(code(), path, line, column, args == null ? new Object[0] : args, getCause());
    }

    /** The file that could not be read, when the caller named one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
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

    /** The message in {@code locale} (English if its language is English, else Japanese), with code and location. */
    @Override
    public String getMessage(Locale locale) {
        Object[] arguments = args == null ? new Object[0] : args; // null after Java deserialisation
        StringBuilder sb = new StringBuilder(code()).append(": ").append(Messages.format(code(), locale, arguments));
        boolean hasLine = line > 0;
        if (path != null && hasLine) {
            sb.append(Messages.format("location.both", locale, path, line, Math.max(column, 1)));
        } else if (path != null) {
            sb.append(Messages.format("location.path", locale, path));
        } else if (hasLine) {
            sb.append(Messages.format("location.line", locale, line, Math.max(column, 1)));
        }
        if (file != null && !file.isEmpty()) {
            sb.append(Messages.format("location.file", locale, file));
        }
        return sb.toString();
    }
}
