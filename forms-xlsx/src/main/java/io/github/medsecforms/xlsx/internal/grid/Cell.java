package io.github.medsecforms.xlsx.internal.grid;

import java.util.Objects;

/**
 * <b>Internal.</b> One cell's value as stored in the workbook (for formulas, the cached result). Immutable; created
 * on demand from the compact storage of a {@link GridSheet}, so compare cells with {@link #equals}, not identity.
 * Empty positions are the shared {@link #BLANK}, whose row and column are −1.
 */
public final class Cell {
    /** The cell of every empty position (row and column −1, text {@code ""}, number NaN). */
    public static final Cell BLANK = new Cell(-1, -1, CellType.BLANK, "", Double.NaN, false, false);

    private final int row;
    private final int col;
    private final CellType type;
    private final double number;
    private final boolean dateFormatted;
    private final boolean formula;
    private String text; // lazily for NUMBER; benign race (String is immutable)

    Cell(int row, int col, CellType type, String text, double number, boolean dateFormatted, boolean formula) {
        this.row = row;
        this.col = col;
        this.type = type;
        this.text = text;
        this.number = number;
        this.dateFormatted = dateFormatted;
        this.formula = formula;
    }

    /**
     * A text cell at a position that holds part of what a real cell holds: the value after a label in the same
     * cell ({@code 医療機関名：…}), or one part of a cell that holds several answers. Only the reader makes these.
     */
    public static Cell ofText(int row, int col, String text) {
        return new Cell(row, col, CellType.STRING, text, Double.NaN, false, false);
    }

    /** 0-based row (−1 for {@link #BLANK}). */
    public int row() {
        return row;
    }

    /** 0-based column (−1 for {@link #BLANK}). */
    public int col() {
        return col;
    }

    public CellType type() {
        return type;
    }

    public boolean isBlank() {
        return type == CellType.BLANK;
    }

    /**
     * The value as text: for STRING the string as stored (rich-text runs concatenated, phonetic runs left out,
     * {@code _xHHHH_} escapes decoded); for NUMBER a canonical text ({@code 45425}, {@code 3.5}; dates are their
     * serial number); for BOOLEAN {@code TRUE}/{@code FALSE}; for ERROR the error ({@code #REF!}); for BLANK
     * {@code ""}.
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = Numbers.text(number);
            text = t;
        }
        return t;
    }

    /** The number for NUMBER cells (a date's serial number), else NaN. */
    public double number() {
        return number;
    }

    /** Whether this is a NUMBER cell whose number format shows a date or time (not an elapsed duration). */
    public boolean isDateFormatted() {
        return dateFormatted;
    }

    /** Whether the cell holds a formula (its cached value is what this cell reports). */
    public boolean isFormula() {
        return formula;
    }

    /** {@code C5}; {@code ""} for {@link #BLANK}. */
    public String a1() {
        return row < 0 ? "" : CellRef.a1(row, col);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.row == row && c.col == col && c.type == type
                && c.dateFormatted == dateFormatted && c.formula == formula
                && Double.compare(c.number, number) == 0 && c.text().equals(text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, col, type, text());
    }

    @Override
    public String toString() {
        return "Cell[" + (row < 0 ? "BLANK" : a1() + " " + type + " " + text())
                + (dateFormatted ? " date" : "") + (formula ? " formula" : "") + "]";
    }
}
