package io.github.medsecforms.model;

import java.util.Objects;

/**
 * Where a value was read from: a worksheet and a cell in A1 notation.
 *
 * @param sheet the worksheet's name as the workbook spells it
 * @param cell  the cell, e.g. {@code C5}
 */
public record CellOrigin(String sheet, String cell) {
    public CellOrigin {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
    }

    /** {@code sheet!cell} as users read it, e.g. {@code 回線・機器情報記入シート!H7}. */
    @Override
    public String toString() {
        return sheet + "!" + cell;
    }

    /** An Excel formula reference ({@code '回線・機器情報記入シート'!H7}), quoted as Excel requires. */
    public String formulaReference() {
        return "'" + sheet.replace("'", "''") + "'!" + cell;
    }
}
