package io.github.medsecforms.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a form, whoever found it: the workbook reader (a value that cannot be read, a sheet, label or
 * table that is missing), the field constraints or the rules. The same type travels from reading through validation
 * to the report, the bridge and the command line; its {@link #stage()} is set by whoever found it.
 *
 * @param ruleId    the stable id of the rule ({@code LDS-012}) or the code of a read or field problem
 *                  ({@code MSF-VAL-0104}, {@code MSF-IO-2002}, {@code MSF-FLD-0001})
 * @param severity  error, warning or information
 * @param stage     when in the checking order it belongs
 * @param formId    the form, e.g. {@code line-device-survey}; empty for a package-level finding
 * @param file      the file the form came from, or empty
 * @param path      the model path it concerns ({@code lines[2].globalIpAddress}), or empty for the whole form
 * @param label     the Japanese label of what it concerns ({@code 回線3/グローバルIPアドレス}), or empty
 * @param sheet     the sheet it concerns, or empty; the origin's sheet when there is an origin (a reader's finding
 *                  about a whole sheet, such as a missing label, has a sheet but no cell)
 * @param origin    the cell, when the form was read from a workbook and the finding points at one
 * @param message   the Japanese message
 * @param messageEn the English message
 * @param value     the offending value as text, when it is shown (never for a secret)
 */
public record Finding(String ruleId, Severity severity, Stage stage, String formId, String file, String path,
                      String label, String sheet, Optional<CellOrigin> origin, String message, String messageEn,
                      Optional<String> value) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        formId = formId == null ? "" : formId;
        file = file == null ? "" : file;
        path = path == null ? "" : path;
        label = label == null ? "" : label;
        origin = origin == null ? Optional.empty() : origin;
        sheet = origin.map(CellOrigin::sheet).orElse(sheet == null ? "" : sheet);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        value = value == null ? Optional.empty() : value;
    }

    /** A finding whose sheet is its origin's (or none, without an origin). */
    public Finding(String ruleId, Severity severity, Stage stage, String formId, String file, String path,
                   String label, Optional<CellOrigin> origin, String message, String messageEn,
                   Optional<String> value) {
        this(ruleId, severity, stage, formId, file, path, label, "", origin, message, messageEn, value);
    }

    /** The message in {@code locale}: English when asked for, Japanese otherwise. */
    public String message(Locale locale) {
        return LocalizedMessages.isEnglish(locale) ? messageEn : message;
    }

    /** The A1 cell ({@code C12}) when the finding points at one, else empty. */
    public String cell() {
        return origin.map(CellOrigin::cell).orElse("");
    }

    /** {@code sheet!cell} when the cell is known, else the model path. */
    public String location() {
        return origin.map(CellOrigin::toString).orElse(path);
    }

    /** The same finding attributed to {@code file}. */
    public Finding withFile(String file) {
        return new Finding(ruleId, severity, stage, formId, file, path, label, sheet, origin, message, messageEn,
                value);
    }

    /** The same finding pointing at {@code origin} (keeping its sheet when {@code origin} is empty). */
    public Finding withOrigin(Optional<CellOrigin> origin) {
        return new Finding(ruleId, severity, stage, formId, file, path, label, sheet, origin, message, messageEn,
                value);
    }
}
