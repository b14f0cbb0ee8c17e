package io.github.medsecforms.xlsx.internal.read;

import java.util.ArrayList;
import java.util.List;

/**
 * How each value of a read was found: the cell it came from and the way (its label to the left, a synonym, a mark
 * beside an option, the label written in the same cell, a column of a table…). Collected only when asked for
 * ({@code read --explain}, the web page's map); otherwise {@link #NONE} records nothing.
 */
public class Explain {
    /** Records nothing. */
    public static final Explain NONE = new Explain() {
        @Override
        void record(String path, String sheet, String cell, String value, String how) {
        }

        @Override
        boolean records() {
            return false;
        }
    };

    /**
     * One value found.
     *
     * @param path  its model path
     * @param sheet the sheet
     * @param cell  the cell (A1)
     * @param value the value as read
     * @param how   how it was found
     */
    public record Entry(String path, String sheet, String cell, String value, String how) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A recorder. */
    public static Explain recording() {
        return new Explain();
    }

    void record(String path, String sheet, String cell, String value, String how) {
        entries.add(new Entry(path, sheet, cell, value, how));
    }

    /**
     * Whether {@link #record} keeps anything: false for {@link #NONE}, so that a hot loop (a table's rows) need not
     * build the cell names and texts of an entry nobody reads.
     */
    boolean records() {
        return true;
    }

    /** The values found, in reading order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
