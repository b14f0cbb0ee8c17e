package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.model.inspection.DocumentKind;
import java.util.List;
import java.util.Map;

/**
 * Rows of the inspection document list: a document is known by its name (or a question that names it:
 * 「機器管理台帳を提出しますか。」) wherever it stands in the row; a row that names no document is no entry.
 */
final class DocumentRows implements TableReader.RowHook {
    @Override
    public boolean accept(Map<String, Object> row, List<Cell> otherCells, int index) {
        if (row.get("kind") instanceof DocumentKind) {
            return true;
        }
        for (Cell c : otherCells) {
            ChoiceText.Read read = ChoiceText.read(DocumentKind.class, c.text());
            if (read.found()) {
                row.put("kind", read.value());
                return true;
            }
        }
        // no document named: a row with something written is kept (validation asks which document), an empty one is not
        return !row.isEmpty();
    }
}
