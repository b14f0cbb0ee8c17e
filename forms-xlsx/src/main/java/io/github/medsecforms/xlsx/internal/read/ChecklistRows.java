package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checklist rows: an item is identified by its 項番, or, when the sheet has no 項番 column or an unknown one (the
 * official layouts print only the wording), by its wording in the チェック項目 column. Section heading rows inside the
 * table and item rows with nothing answered carry no answer and are dropped.
 */
final class ChecklistRows implements SheetReader.TableRowHook {
    private static final String ITEM_TEXT_HEADER = LabelText.key("チェック項目");
    private final Map<String, ChecklistItem> byId = new HashMap<>();
    /** Items by wording; several items share a wording (the same check for サーバ and 端末PC), kept in order. */
    private final Map<String, List<Integer>> byText = new HashMap<>();
    private final List<ChecklistItem> items;
    private int lastMatched = -1;

    ChecklistRows(String formId, FiscalYear version) {
        this.items = ChecklistCatalogue.items(formId, version);
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            byId.put(LabelText.key(item.id()), item);
            byText.computeIfAbsent(LabelText.key(item.text()), k -> new java.util.ArrayList<>()).add(i);
        }
    }

    @Override
    public boolean accept(TableDescriptor table, Map<String, Object> row, int sheetRow, SheetView view) {
        if (table.rowType() != ChecklistEntry.class) {
            return true;
        }
        if (row.keySet().stream().allMatch(k -> k.equals("itemId"))) {
            // an item printed by the template and not answered: no entry (validation reports the item as unanswered)
            return false;
        }
        Object id = row.get("itemId");
        if (id instanceof String s && byId.containsKey(LabelText.key(s))) {
            ChecklistItem item = byId.get(LabelText.key(s));
            lastMatched = items.indexOf(item);
            row.put("itemId", item.id());
            return true;
        }
        String text = itemText(sheetRow, view);
        List<Integer> matches = text == null ? List.of() : byText.getOrDefault(LabelText.key(text), List.of());
        if (!matches.isEmpty()) {
            // the next item with this wording after the last one matched: rows follow the catalogue's order
            int index = matches.stream().filter(i -> i > lastMatched).findFirst().orElse(matches.get(0));
            lastMatched = index;
            row.put("itemId", items.get(index).id());
            return true;
        }
        // no known item: keep the row only if something was answered on it
        return row.keySet().stream().anyMatch(k -> !k.equals("itemId") && !k.equals("remarks"));
    }

    /** Without a 項番 column, items are known by their wording in the チェック項目 column (as official layouts print them). */
    @Override
    public boolean optionalColumn(TableDescriptor table, io.github.medsecforms.model.FieldDescriptor column, SheetView view) {
        return table.rowType() == ChecklistEntry.class && column.path().equals("itemId") && !view.find(ITEM_TEXT_HEADER).isEmpty();
    }

    private String itemText(int sheetRow, SheetView view) {
        // the nearest チェック項目 header above the row (a table title may say チェック項目 too, higher up)
        int textColumn = -1;
        int headerRow = -1;
        for (Cell header : view.find(ITEM_TEXT_HEADER)) {
            if (header.row() < sheetRow && header.row() > headerRow) {
                headerRow = header.row();
                textColumn = view.regionOf(header).firstCol();
            }
        }
        if (textColumn < 0) {
            return null;
        }
        Cell cell = view.shown(sheetRow, textColumn);
        return cell.type() == CellType.STRING ? cell.text() : null;
    }
}
