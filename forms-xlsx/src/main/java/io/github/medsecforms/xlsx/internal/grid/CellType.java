package io.github.medsecforms.xlsx.internal.grid;

/** <b>Internal.</b> The type of a grid cell's (cached) value. */
public enum CellType {
    /** No value (the cell is absent, styled only, or a formula without a cached value). */
    BLANK,
    /** Text: a shared, inline or formula string. */
    STRING,
    /** A number; dates are numbers with {@link Cell#isDateFormatted()}. */
    NUMBER,
    /** {@code TRUE} or {@code FALSE}. */
    BOOLEAN,
    /** An error value such as {@code #REF!}. */
    ERROR
}
