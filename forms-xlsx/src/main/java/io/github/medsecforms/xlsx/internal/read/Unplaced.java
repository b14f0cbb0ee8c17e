package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what was not read: text in a cell of the form's area (the rows between the first and the last cell the reader
 * used on a sheet) that no label, value or header took becomes an information finding
 * ({@code MSF-IO-2008 読み取っていない記入}), so that a person sees it. Notes ({@code ※…}), headings and 記入例 rows are
 * no entries and are passed over; after {@value #MAX} cells a sheet gets one summary finding.
 */
final class Unplaced {
    private static final int MAX = 20;
    private final Placement p;
    private final ReadState state;

    Unplaced(Placement p, ReadState state) {
        this.p = p;
        this.state = state;
    }

    void report() {
        if (p.consumed.isEmpty()) {
            return;
        }
        int[] span = p.consumed.rowSpan();
        int first = span[0];
        int last = span[1];
        List<Cell> found = new ArrayList<>();
        for (Cell cell : p.view.sheet().cells()) {
            if (cell.row() < first || cell.row() > last || cell.type() != CellType.STRING) {
                continue;
            }
            long pos = Placement.pos(cell.row(), cell.col());
            if (p.consumed.contains(pos) || p.kana.containsKey(pos) || p.answerLabels.contains(pos)
                    || p.inData(cell.row(), cell.col()) || !p.at(cell.row(), cell.col()).isEmpty()) {
                continue;
            }
            String text = cell.text().strip();
            String key = p.view.key(text);
            if (key.isEmpty() || Locator.isNote(text) || TableReader.isExampleText(key) || text.length() > 60
                    || key.chars().allMatch(Character::isDigit)
                    || ChoiceText.isMark(text) || isHeading(cell, key)) {
                continue;
            }
            found.add(cell);
        }
        for (int i = 0; i < found.size() && i < MAX; i++) {
            Cell c = found.get(i);
            String t = c.text().strip();
            state.finding(ReadCodes.UNPLACED, Severity.INFO, p.view.name(), c.a1(), "", "",
                    t.length() > 40 ? t.substring(0, 40) + "…" : t);
        }
        if (found.size() > MAX) {
            state.finding(ReadCodes.UNPLACED_MORE, Severity.INFO, p.view.name(), "", "", "", p.view.name(),
                    found.size() - MAX);
        }
    }

    /** A heading: alone in its row and numbered or decorated (１．医療機関情報, ■担当者, 【基本情報】). */
    private boolean isHeading(Cell cell, String key) {
        for (Cell other : p.view.sheet().row(cell.row())) {
            if (other.col() != cell.col() && other.type() != CellType.BLANK && !other.text().isBlank()) {
                return false;
            }
        }
        return !Wording.leadingNumber(key).isEmpty() || !Wording.stripDecoration(key).equals(key)
                || key.startsWith("【") || key.startsWith("(") || key.length() >= 16;
    }
}
