package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checklist rows: an item is known by its wording, in whatever order and however numbered (a workbook's own
 * 項番 need not be the catalogue's); the same check for サーバ, 端末PC and ネットワーク機器 is told apart by a 対象
 * column or the section heading above it (■サーバ, 【端末PC】). A wording matches when it is the item's or close to it
 * (shortened, reworded a little). The 項番 decides only when a row has no wording. Section rows set the device class
 * and are no entries; an item row with nothing answered nor remarked is no entry (validation reports the item unanswered); a row
 * whose wording matches no item of the version is reported ({@code MSF-IO-2010}), never guessed.
 */
final class ChecklistRows implements TableReader.RowHook {
    private static final double MATCH = 0.5;
    private static final String[][] CLASSES = {{"サーバ", "サーバ"}, {"サーバー", "サーバ"}, {"端末", "端末"},
        {"pc", "端末"}, {"ネットワーク", "ネットワーク"}, {"nw機器", "ネットワーク"}};

    private final List<ChecklistItem> items;
    private final List<String> cores = new ArrayList<>();
    private final Map<String, ChecklistItem> byId = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final ReadState state;
    private String currentClass = "";

    ChecklistRows(String formId, FiscalYear version, ReadState state) {
        this.items = ChecklistCatalogue.items(formId, version);
        this.state = state;
        for (ChecklistItem item : items) {
            cores.add(Wording.core(LabelText.key(item.text())));
            byId.put(LabelText.key(item.id()), item);
        }
    }

    @Override
    public boolean accept(Map<String, Object> row, List<Cell> otherCells, int index) {
        boolean answered = false;
        for (String k : row.keySet()) {
            if (!k.equals("itemId") && !k.equals("remarks")) {
                answered = true;
                break;
            }
        }
        if (!answered && row.get("remarks") instanceof String remark && !remark.isBlank()) {
            // a remark alone keeps the row as the item's entry (its text is data), unless it is the row's own
            // wording spread over the row (a section heading merged across the table)
            answered = true;
            for (Cell c : otherCells) {
                if (c.text().strip().equals(remark.strip())) {
                    answered = false;
                }
            }
        }
        String rowClass = "";
        Cell textCell = null;
        ChecklistItem best = null;
        double bestScore = 0;
        for (Cell c : otherCells) {
            String key = LabelText.key(c.text());
            String cls = deviceClass(key);
            if (isClassLabel(key)) {
                rowClass = cls;
                continue;
            }
        }
        if (rowClass.isEmpty() && row.get("itemId") instanceof String id) {
            String cls = deviceClass(LabelText.key(id));
            if (cls != null) {
                rowClass = cls;
            }
        }
        String cls = rowClass.isEmpty() ? currentClass : rowClass;
        for (Cell c : otherCells) {
            String core = Wording.core(LabelText.key(c.text()));
            if (core.length() < 4 || isClassLabel(LabelText.key(c.text()))) {
                continue; // a 対象 cell (ネットワーク機器) names the row's class, not its item
            }
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                double d = Wording.dice(core, cores.get(i));
                if (core.length() >= 5 && core.length() < cores.get(i).length()) {
                    d = Math.max(d, 0.85 * Wording.containment(core, cores.get(i))); // an abbreviated wording
                } else if (cores.get(i).length() >= 6 && core.length() > cores.get(i).length()) {
                    d = Math.max(d, 0.8 * Wording.containment(cores.get(i), core)); // a longer wording of the item
                }
                if (d < 0.3) {
                    continue;
                }
                String itemClass = deviceClass(LabelText.key(item.section()));
                if (itemClass != null) {
                    d += cls.isEmpty() ? 0 : cls.equals(itemClass) ? 0.15 : -0.3;
                }
                if (used.contains(item.id())) {
                    d -= 0.2;
                }
                if (d > bestScore) {
                    bestScore = d;
                    best = item;
                    textCell = c;
                }
            }
        }
        if (!answered) {
            // a section heading (■サーバ, 〇パスワードを…, 2 医療情報システムの管理・運用) or an unanswered item
            if (!rowClass.isEmpty()) { // a short heading that names a device class (【ネットワーク機器】), however
                currentClass = rowClass; // similar it is to an item's wording
                return false;
            }
            if (best == null || bestScore < MATCH) {
                for (Cell c : otherCells) {
                    String k = LabelText.key(c.text());
                    String sc = deviceClass(k);
                    if (sc != null) {
                        currentClass = sc;
                        return false;
                    }
                }
                if (!otherCells.isEmpty()) {
                    currentClass = "";
                }
            }
            return false;
        }
        if (best != null && bestScore >= MATCH) {
            used.add(best.id());
            row.put("itemId", best.id());
            return true;
        }
        if (row.get("itemId") instanceof String id && byId.containsKey(LabelText.key(id)) && textCell == null) {
            ChecklistItem item = byId.get(LabelText.key(id));
            used.add(item.id());
            row.put("itemId", item.id());
            return true;
        }
        String shown = otherCells.isEmpty() ? String.valueOf(row.getOrDefault("itemId", "")) : longest(otherCells);
        Cell at = otherCells.isEmpty() ? null : otherCells.get(0);
        state.finding(ReadCodes.UNKNOWN_ITEM, Severity.WARNING, "", at == null ? "" : at.a1(), "entries", "",
                shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
        return false;
    }

    /** Whether a cell's key is a short label naming a device class (サーバ, 【端末PC】, ネットワーク機器). */
    private static boolean isClassLabel(String key) {
        return key.length() <= 14 && deviceClass(key) != null;
    }

    private static String longest(List<Cell> cells) {
        String best = "";
        for (Cell c : cells) {
            if (c.text().strip().length() > best.length()) {
                best = c.text().strip();
            }
        }
        return best;
    }

    /** The device class a short text names (サーバ, 端末PC, ネットワーク機器), or null. */
    static String deviceClass(String key) {
        for (String[] c : CLASSES) {
            if (key.contains(c[0])) {
                return c[1];
            }
        }
        return null;
    }
}
