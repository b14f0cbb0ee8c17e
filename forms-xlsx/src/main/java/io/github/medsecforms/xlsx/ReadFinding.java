package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * Something the reader could not read as it should: a value that is not a date or an address, a label or a sheet
 * that is missing, a version that is not supported. Reading never stops at one; every problem of a workbook is
 * reported in one pass.
 *
 * @param code      stable code: {@code MSF-VAL-nnnn} for a value that cannot be converted (the value type's own
 *                  code), {@code MSF-IO-2nnn} for the workbook's layout
 * @param severity  error (a value is lost), warning or information
 * @param sheet     the sheet, or empty when it concerns the workbook
 * @param cell      the A1 cell, or empty when it concerns a sheet or the workbook
 * @param path      the model path of the value concerned ({@code lines[2].globalIpAddress}), or empty
 * @param label     the Japanese label of the field concerned, or empty
 * @param message   the Japanese message
 * @param messageEn the English message
 */
public record ReadFinding(String code, Severity severity, String sheet, String cell, String path, String label,
                          String message, String messageEn) {

    /** The message in {@code locale}: English when asked for, Japanese otherwise. */
    public String message(Locale locale) {
        return LocalizedMessages.isEnglish(locale) ? messageEn : message;
    }

    /** The cell, when the finding points at one. */
    public Optional<CellOrigin> origin() {
        return sheet.isEmpty() || cell.isEmpty() ? Optional.empty() : Optional.of(new CellOrigin(sheet, cell));
    }
}
