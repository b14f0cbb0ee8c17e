package io.github.medsecforms.validation;

import io.github.medsecforms.model.Severity;
import java.util.Objects;

/**
 * A field of a form that breaks one of its constraints.
 *
 * <p>Codes of field constraints ({@code MSF-FLD-nnnn}) are stable once published:</p>
 * <table>
 *   <caption>Field constraint codes</caption>
 *   <tr><th>Code</th><th>Constraint</th><th>Severity</th></tr>
 *   <tr><td>{@code MSF-FLD-0001}</td><td>{@code @PublicAddress}: not a globally routable IPv4 address</td><td>error</td></tr>
 *   <tr><td>{@code MSF-FLD-0002}</td><td>{@code @Kana}: not written in hiragana or katakana</td><td>error</td></tr>
 *   <tr><td>{@code MSF-FLD-0003}</td><td>{@code @HospitalBeds}: fewer than 20 beds</td><td>warning</td></tr>
 *   <tr><td>{@code MSF-FLD-0004}</td><td>{@code @HostName}: not a valid host name</td><td>error</td></tr>
 *   <tr><td>{@code MSF-FLD-0100}</td><td>any other constraint (message taken from Hibernate Validator)</td><td>error</td></tr>
 *   <tr><td>{@code MSF-FLD-0101}</td><td>{@code @Min}: below the minimum</td><td>error</td></tr>
 *   <tr><td>{@code MSF-FLD-0102}</td><td>{@code @Max}: above the maximum</td><td>error</td></tr>
 * </table>
 *
 * <p>The message never contains the text of a {@link io.github.medsecforms.model.value.Secret}.</p>
 *
 * @param code     stable error code, e.g. {@code MSF-FLD-0001}
 * @param severity how serious the violation is
 * @param path     model path of the field from the form root: record component names joined with {@code .}, list
 *                 elements as {@code [i]} (0-based), {@code Optional} unwrapped, e.g. {@code lines[2].globalIpAddress};
 *                 empty for the form itself
 * @param label    the field's official Japanese label, qualified by its table and header groups, e.g.
 *                 {@code 回線・機器情報/グローバルIPアドレス}; the path when the field has no label
 * @param message  the message in the requested language (Japanese or English), naming the field (with its row, e.g.
 *                 {@code 回線3}) and, where useful, the rejected value
 */
public record FieldViolation(String code, Severity severity, String path, String label, String message) {
    public FieldViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
