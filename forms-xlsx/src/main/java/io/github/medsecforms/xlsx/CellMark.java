package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.Severity;
import java.util.Objects;

/**
 * One finding to mark in a workbook copy by {@link WorkbookAnnotator}: the cell it concerns and what to say about it.
 * Neutral on purpose: any checker's findings can be turned into marks.
 *
 * @param severity how serious it is; decides the cell's fill colour
 * @param sheet    the worksheet's name as the workbook spells it, or empty for a finding on the whole form
 * @param cell     the cell in A1 notation ({@code C5}), or empty for a finding on the whole form or sheet
 * @param ruleId   the rule or error code, e.g. {@code LDS-012} or {@code MSF-VAL-0201}
 * @param message  the message shown to the user, in the language of the copy
 */
public record CellMark(Severity severity, String sheet, String cell, String ruleId, String message) {
    public CellMark {
        Objects.requireNonNull(severity, "severity");
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        ruleId = ruleId == null ? "" : ruleId;
        message = message == null ? "" : message;
    }

    /** Whether the mark names a cell (a sheet and an A1 reference). */
    public boolean hasCell() {
        return !sheet.isEmpty() && !cell.isEmpty();
    }
}
