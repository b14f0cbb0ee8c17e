package io.github.medsecforms.xlsx.internal.grid;

import java.util.Objects;

/**
 * <b>Internal.</b> A shape with a text body (a text box, or a rectangle, callout … with text) drawn on a sheet.
 * Paragraphs are joined by {@code \n}. {@code row}/{@code col} are the 0-based cell of the anchor's top-left corner
 * ({@code -1} for an absolute anchor). Shapes without a text body (lines, arrows) are not listed.
 */
public record Shape(String text, int row, int col) {
    public Shape {
        Objects.requireNonNull(text, "text");
    }
}
