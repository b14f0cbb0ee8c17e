package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.value.ImageData;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything placed on one worksheet: cells, drawings, column widths, row heights and print settings.
 *
 * @param name          the official sheet name
 * @param cells         placed cells, in reading order
 * @param pictures      embedded images (the floor plan)
 * @param textBoxes     text boxes (callouts)
 * @param columnWidths  width of each column {@code 0..lastCol} in character units
 * @param rowHeights    explicit row heights in points, by zero-based row
 * @param landscape     whether the sheet prints in landscape
 * @param repeatRows    header rows repeated on every printed page ({@code [first, last]}), if any
 * @param lastRow       last used row (print area)
 * @param lastCol       last used column (print area)
 */
public record SheetPlan(String name, List<Placed> cells, List<Picture> pictures, List<TextBox> textBoxes,
                        double[] columnWidths, Map<Integer, Double> rowHeights, boolean landscape,
                        Optional<int[]> repeatRows, int lastRow, int lastCol) {

    /**
     * An image anchored in an area.
     *
     * @param area  the image area
     * @param image the image
     * @param path  its model path
     */
    public record Picture(Region area, ImageData image, String path) {
    }

    /**
     * A text box (callout).
     *
     * @param region  the cells it covers
     * @param target  what it points at (回線1, No.1)
     * @param text    its text
     * @param path    its model path, if it is one of the instance's own callouts
     * @param formula an Excel formula computing {@code text} from the table row it describes, if it is generated:
     *                the box is linked to a hidden cell holding it, so it follows what the user types
     */
    public record TextBox(Region region, String target, String text, String path, Optional<String> formula) {
    }

    /** The input cells, in reading order. */
    public List<Placed> inputs() {
        return cells.stream().filter(p -> p.role() == Role.INPUT).toList();
    }
}
