package io.github.medsecforms.xlsx.internal.grid;

import java.util.List;
import java.util.Optional;

/**
 * <b>Internal.</b> The cell grid of one workbook, as read by {@link GridReader}: its sheets in workbook order
 * (hidden ones included, see {@link GridSheet#state()}), the date system and the format. Immutable and
 * thread-safe.
 */
public final class Grid {
    private final List<GridSheet> sheets;
    private final boolean date1904;
    private final String format;

    Grid(List<GridSheet> sheets, boolean date1904, String format) {
        this.sheets = List.copyOf(sheets);
        this.date1904 = date1904;
        this.format = format;
    }

    /** The sheets in workbook (tab) order. Chart sheets and dialog/macro sheets are present, without cells. */
    public List<GridSheet> sheets() {
        return sheets;
    }

    /** The sheet named {@code name}: an exact match, else one differing only in case (Excel's rule for names). */
    public Optional<GridSheet> sheet(String name) {
        for (GridSheet s : sheets) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        for (GridSheet s : sheets) {
            if (s.name().equalsIgnoreCase(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether date serial numbers count from 1904-01-01 ({@code workbookPr date1904}) instead of 1900. */
    public boolean date1904() {
        return date1904;
    }

    /**
     * {@code xlsx} or {@code xlsm} (macro-enabled), from the workbook part's content type (templates count as
     * these), or {@code xls} for a legacy Excel 97–2003 workbook.
     */
    public String format() {
        return format;
    }

    @Override
    public String toString() {
        return "Grid[" + format + ", " + sheets.size() + " sheets" + (date1904 ? ", 1904" : "") + "]";
    }
}
