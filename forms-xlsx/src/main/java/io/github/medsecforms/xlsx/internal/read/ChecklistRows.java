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
    /** How close a row must be to a provisional item's wording, and how much closer than to the next one. */
    private static final double PROVISIONAL = 0.25;
    private static final double PROVISIONAL_MARGIN = 0.1;
    private static final String[][] CLASSES = {{"サーバ", "サーバ"}, {"サーバー", "サーバ"}, {"端末", "端末"},
        {"pc", "端末"}, {"ネットワーク", "ネットワーク"}, {"nw機器", "ネットワーク"}};

    /** Abbreviations expanded before a row's wording is compared (PW → パスワード), from the vocabulary's list. */
    private static final List<Map.Entry<String, String>> ABBREVIATIONS =
            io.github.medsecforms.model.Vocabulary.abbreviations();

    /** A device class in brackets in front of an item's wording ({@code 【端末PC】…}, {@code [NW機器]…}). */
    private static final java.util.regex.Pattern CLASS_PREFIX =
            java.util.regex.Pattern.compile("[【\\[〔<(]([^】\\]〕>)]{1,12})[】\\]〕>)]");

    /** A device class in brackets after an item's wording ({@code …を管理している【サーバ】}, clh-w10-b). */
    private static final java.util.regex.Pattern CLASS_SUFFIX =
            java.util.regex.Pattern.compile("[【\\[〔<(]([^】\\]〕>)]{1,12})[】\\]〕>)]$");

    private final List<ChecklistItem> items;
    private final List<String> cores = new ArrayList<>();
    /** The cores of the version's section headings (○パスワードを強固なものに…): a 区分 cell, never an item's wording. */
    private final Set<String> sectionCores = new HashSet<>();
    /** Each item's key with its brackets' content kept ({@code …開示書(MDS/SDS)を…} → {@code …開示書MDS/SDSを…}). */
    private final List<String> flats = new ArrayList<>();
    /** For a used item of no device class: the device class of the row read as it, and that row's answer. */
    private final Map<String, String[]> perDevice = new HashMap<>();
    private final Map<String, ChecklistItem> byId = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final ReadState state;
    private String currentClass = "";
    private String sheet = "";

    ChecklistRows(String formId, FiscalYear version, ReadState state) {
        this.items = ChecklistCatalogue.items(formId, version);
        this.state = state;
        for (ChecklistItem item : items) {
            cores.add(Wording.core(LabelText.key(item.text())));
            flats.add(flat(LabelText.key(item.text())));
            byId.put(LabelText.key(item.id()), item);
            // the catalogue's heading number is followed by a space (3 インシデント発生に備えた対応), which the key drops
            String section = Wording.core(LabelText.key(item.section().replaceFirst("^[0-9]+\\s+", "")));
            if (section.length() >= 8) {
                sectionCores.add(section);
            }
        }
    }

    /** Shown for a row answered as an item but with neither wording nor 項番 (MSF-IO-2010). */
    static final String NO_WORDING = "（文言・項番なし）";

    /** A key with its abbreviations written out (同一pwを使わない → 同一パスワードを使わない). */
    static String expand(String key) {
        String s = key;
        for (Map.Entry<String, String> a : ABBREVIATIONS) {
            if (s.contains(a.getKey())) {
                s = s.replace(a.getKey(), a.getValue());
            }
        }
        return s;
    }

    /** Whether a cell's text is one of the version's section headings (the 区分 beside an item), not an item. */
    private boolean isSectionText(String core) {
        for (String section : sectionCores) {
            if (core.length() >= 8 && Wording.dice(core, section) >= 0.8) {
                return true;
            }
            if (core.length() >= 4 && core.length() <= 8 && section.startsWith(core)) {
                return true; // the heading's first words (インシデント for インシデント発生に備えた対応)
            }
        }
        return false;
    }

    /** Words a tally line under the items is labelled with (集計（1回目）, 合計, 「はい」の件数): no item (D-96). */
    private static final Set<String> TALLY_LABELS = Set.of("集計", "合計", "小計", "総計", "計", "件数", "回答数", "集計欄");

    /** Whether the rows read now are a tally's, under the items: a tally line and the lines after it without words. */
    private boolean inTally;

    /** Whether a cell of the row is labelled as a tally (its core is a tally word: 集計（1回目） → 集計). */
    private static boolean isTally(List<Cell> otherCells) {
        for (Cell c : otherCells) {
            if (TALLY_LABELS.contains(Wording.core(LabelText.key(c.text())))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean accept(Map<String, Object> row, List<Cell> otherCells, int index) {
        if (isTally(otherCells)) {
            // 集計（1回目） | はい | =COUNTIF(…) and いいえ | =COUNTIF(…) on the next line (clh-w33-a): counts of the
            // answers above, not items the version lacks
            inTally = true;
            return false;
        }
        if (inTally && otherCells.isEmpty() && !(row.get("itemId") instanceof String)) {
            return false; // the tally's next line: an answer word and its count, neither wording nor 項番
        }
        inTally = false;
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
        for (Cell c : otherCells) { // 【サーバ】アクセスログを管理している: the class in brackets before the wording (clv-w9-b)
            java.util.regex.Matcher m = CLASS_PREFIX.matcher(LabelText.nfkc(c.text()).strip());
            String prefixed = m.lookingAt() ? deviceClass(LabelText.key(m.group(1))) : null;
            if (prefixed == null) {
                java.util.regex.Matcher after = CLASS_SUFFIX.matcher(LabelText.nfkc(c.text()).strip());
                prefixed = after.find() && after.start() > 0 ? deviceClass(LabelText.key(after.group(1))) : null;
            }
            if (rowClass.isEmpty() && prefixed != null) {
                rowClass = prefixed;
            }
        }
        if (rowClass.isEmpty() && row.get("itemId") instanceof String id) {
            String cls = deviceClass(LabelText.key(id));
            if (cls != null) {
                rowClass = cls;
            }
        }
        String cls = rowClass.isEmpty() ? currentClass : rowClass;
        ChecklistItem provisional = null;
        double otherClassScore = 0;
        Cell provisionalCell = null;
        double provisionalScore = 0;
        double provisionalSecond = 0;
        // the item the row's own 項番 names, and how close the row's wording is to it and to the closest item at all
        ChecklistItem numberedItem = row.get("itemId") instanceof String rid ? byId.get(LabelText.key(rid)) : null;
        double numberedScore = 0;
        double closestScore = 0;
        for (Cell c : otherCells) {
            String key = expand(LabelText.key(c.text()));
            String core = Wording.core(key);
            String flat = flat(key);
            if (Math.max(core.length(), flat.length()) < 4 || isClassLabel(key)) {
                continue; // a 対象 cell (ネットワーク機器) names the row's class, not its item; BCP（サイバー攻撃想定） is
                          // worded in its brackets
            }
            if (isSectionText(core)) {
                continue; // the 区分 merged down beside the section's items
            }
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                String itemClass = deviceClass(LabelText.key(item.section()));
                if (itemClass != null && !cls.isEmpty() && !cls.equals(itemClass)) {
                    // a row of another device class is never this item (a ネットワーク機器 row worded as the サーバ
                    // item the version asks for サーバ only is an item the version does not have)
                    otherClassScore = Math.max(otherClassScore,
                            Math.max(similarity(core, cores.get(i)), similarity(flat, flats.get(i))));
                    continue;
                }
                // the wording without its bracketed notes, and with their content kept: a note may be the wording's
                // own abbreviation in another place (MDS/SDS（医療情報セキュリティ開示書）)
                double d = Math.max(similarity(core, cores.get(i)), similarity(flat, flats.get(i)));
                closestScore = Math.max(closestScore, d);
                if (item == numberedItem) {
                    numberedScore = Math.max(numberedScore, d);
                }
                if (item.unverified() && (!used.contains(item.id()) || otherDevice(item, itemClass, cls))) {
                    // the runner-up is the closest item of another requirement: items of one group (R7's password
                    // wordings) ask one thing, so being close to two of them is no ambiguity
                    if (d > provisionalScore) {
                        if (provisional != null && !sameGroup(provisional, item)) {
                            provisionalSecond = Math.max(provisionalSecond, provisionalScore);
                        }
                        provisionalScore = d;
                        provisional = item;
                        provisionalCell = c;
                    } else if (d > provisionalSecond && item != provisional && !sameGroup(provisional, item)) {
                        provisionalSecond = d;
                    }
                }
                if (d < 0.3) {
                    continue;
                }
                if (itemClass != null) {
                    d += cls.isEmpty() ? 0 : 0.15;
                }
                if (used.contains(item.id()) && !otherDevice(item, itemClass, cls)) {
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
            return take(best, cls, row, textCell);
        }
        // the row's own 項番 naming the closest provisional item settles a close runner-up (2-(1) | 提供機器の台帳管理…)
        boolean numbered = provisional != null && row.get("itemId") instanceof String rowId
                && provisional == byId.get(LabelText.key(rowId));
        for (Cell c : otherCells) { // the 項番 in a column of no header of its own
            numbered |= provisional != null && provisional == byId.get(LabelText.key(c.text()));
        }
        // a row worded as an item the version asks for another device class only (アクセス利用権限 under
        // ネットワーク機器, clh-w8-a) is that item asked where the version does not ask it, not a provisional item of
        // this class worded differently
        if (provisional != null && provisionalScore >= PROVISIONAL && otherClassScore < MATCH
                && (numbered || provisionalScore - provisionalSecond >= PROVISIONAL_MARGIN)) {
            // the version's wording of this item is provisional (not confirmed from the primary document): a row
            // worded differently but clearly closest to it among the provisional items is read as it, and said so
            state.finding(ReadCodes.PROVISIONAL_ITEM, Severity.WARNING, sheet(), provisionalCell.a1(), "entries", "",
                    shortText(provisionalCell.text().strip()), provisional.id(), shortText(provisional.text()));
            return take(provisional, cls, row, provisionalCell);
        }
        String numberedClass = numberedItem == null ? null : deviceClass(LabelText.key(numberedItem.section()));
        // the 項番 settles a wording too short to match any item when that item is the closest of all to it
        // (2-(3) | MDS/SDSの提出を受ける, clh-w20-b): number and words agree, nothing is guessed
        boolean agrees = textCell == null || numberedScore > 0 && numberedScore >= closestScore;
        if (numberedItem != null && agrees
                && (numberedClass == null || cls.isEmpty() || cls.equals(numberedClass))) {
            // (a 項番 merged over the rows of several device classes, 2-(7) over サーバ | 端末PC | ネットワーク機器, names
            // the item of its own class only: a row of another class is not read as it, clh-w10-a)
            ChecklistItem item = numberedItem;
            used.add(item.id());
            row.put("itemId", item.id());
            return true;
        }
        boolean named = !otherCells.isEmpty() || row.get("itemId") instanceof String;
        if (!named && !row.containsKey("firstAnswer") && !row.containsKey("firstDate")) {
            // a row with neither wording nor 項番 nor a first check names no item: a total under the table
            // (「いいえ」件数（1回目） in the 2回目 column | =COUNTIF(…), clv-w23-a) is no unknown item
            return false;
        }
        String shown = !named ? NO_WORDING
                : otherCells.isEmpty() ? String.valueOf(row.getOrDefault("itemId", "")) : longest(otherCells);
        Cell at = null;
        for (Cell c : otherCells) { // the wording's cell, not the 区分 beside it
            if (at == null || c.text().strip().length() > at.text().strip().length()) {
                at = c;
            }
        }
        state.finding(ReadCodes.UNKNOWN_ITEM, Severity.WARNING, sheet(), at == null ? "" : at.a1(), "entries", "",
                shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
        return false;
    }

    /** Reads the row as {@code best}'s entry (or says it is the same item asked for another device class). */
    private boolean take(ChecklistItem best, String cls, Map<String, Object> row, Cell textCell) {
        String itemClass = deviceClass(LabelText.key(best.section()));
        String answer = String.valueOf(row.getOrDefault("firstAnswer", ""));
        if (used.contains(best.id()) && otherDevice(best, itemClass, cls)) {
            // the version asks this item once, for every device; the workbook asks it per device class: the
            // first device's row is the item's entry, this one is said, not read
            String[] first = perDevice.get(best.id());
            boolean differs = !answer.equals(first[1]);
            state.finding(ReadCodes.PER_DEVICE_ITEM, differs ? Severity.WARNING : Severity.INFO, sheet(),
                    textCell.a1(), "entries", "", best.id(), shortText(best.text()), label(cls), label(first[0]));
            return false;
        }
        used.add(best.id());
        if (itemClass == null && !cls.isEmpty()) {
            perDevice.put(best.id(), new String[] {cls, answer});
        }
        row.put("itemId", best.id());
        return true;
    }

    private static boolean sameGroup(ChecklistItem a, ChecklistItem b) {
        return a != null && !a.group().isEmpty() && a.group().equals(b.group());
    }

    /** How close a row's wording is to an item's: the same, shortened or lengthened a little. */
    private static double similarity(String core, String item) {
        double d = Wording.dice(core, item);
        if (core.length() >= 5 && core.length() < item.length()) {
            d = Math.max(d, 0.85 * Wording.containment(core, item)); // an abbreviated wording
        } else if (item.length() >= 6 && core.length() > item.length()) {
            d = Math.max(d, 0.8 * Wording.containment(item, core)); // a longer wording of the item
        }
        return d;
    }

    /**
     * The version of a checklist form a workbook's items tell, or null. A version is ruled out when it has items of its
     * own (worded in no other version: R7's 二要素認証, USB, 運用管理規程) and the workbook words none of them, each of its
     * cells counted for the one item of the version it is closest to (as a row is matched). One version left is the
     * workbook's; none or several (a workbook with the latest version's items has the older one's too) leave it to the
     * dates or the latest version (D-97). A workbook wording fewer than two items of a version tells nothing.
     */
    static FiscalYear versionByItems(List<SheetView> views, io.github.medsecforms.model.FormDescriptor form) {
        if (form.versions().size() < 2) {
            return null;
        }
        List<String> cores = new ArrayList<>();
        for (SheetView view : views) {
            if (view.sheet().state() != io.github.medsecforms.xlsx.internal.grid.SheetState.VISIBLE) {
                continue;
            }
            for (Cell cell : view.sheet().cells()) {
                if (cores.size() >= 1000) {
                    break;
                }
                if (cell.type() == io.github.medsecforms.xlsx.internal.grid.CellType.STRING && cell.text().length() >= 8
                        && cell.text().length() <= 200) {
                    cores.add(Wording.core(expand(LabelText.key(cell.text()))));
                }
            }
        }
        Map<FiscalYear, List<String>> itemCores = new java.util.LinkedHashMap<>();
        for (FiscalYear version : form.versions()) {
            List<ChecklistItem> items = ChecklistCatalogue.items(form.id(), version);
            if (items.isEmpty()) {
                return null;
            }
            itemCores.put(version, items.stream().map(i -> Wording.core(LabelText.key(i.text()))).toList());
        }
        List<FiscalYear> left = new ArrayList<>();
        for (Map.Entry<FiscalYear, List<String>> e : itemCores.entrySet()) {
            Set<String> others = new HashSet<>();
            itemCores.forEach((v, c) -> {
                if (v != e.getKey()) {
                    others.addAll(c);
                }
            });
            List<String> versionCores = e.getValue();
            Set<String> own = new HashSet<>(versionCores);
            own.removeAll(others);
            Set<String> worded = new HashSet<>();
            for (String core : cores) {
                String closest = null;
                double best = 0;
                for (String item : versionCores) {
                    double d = similarity(core, item);
                    if (d > best) {
                        best = d;
                        closest = item;
                    }
                }
                if (best >= PRESENT) {
                    worded.add(closest);
                }
            }
            if (worded.size() < 2) {
                return null; // a workbook wording no item (or one) says nothing of the version by its items
            }
            if (own.isEmpty() || worded.stream().anyMatch(own::contains)) {
                left.add(e.getKey());
            }
        }
        return left.size() == 1 ? left.get(0) : null;
    }

    /** How close a cell's wording is to an item's for the item to count as the workbook's ({@link #versionByItems}). */
    private static final double PRESENT = 0.6;

    /** A key without its brackets but with their content, the number and decoration in front stripped. */
    private static String flat(String key) {
        String s = Wording.stripDecoration(Wording.stripLeadingNumber(Wording.stripDecoration(key)));
        return BRACKETS.matcher(s).replaceAll("");
    }

    /** Bracket characters, compiled once ({@code String.replaceAll} would compile the pattern per call). */
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[()【】\\[\\]〔〕《》]");

    /**
     * Whether a row of device class {@code cls} reads an item of no device class already read from a row of another
     * device class: the item asked per device (サーバ, 端末PC) where the version asks it once.
     */
    private boolean otherDevice(ChecklistItem item, String itemClass, String cls) {
        String[] first = perDevice.get(item.id());
        return itemClass == null && first != null && !cls.isEmpty() && !cls.equals(first[0]);
    }

    @Override
    public void sheet(String name) {
        if (!name.equals(sheet)) {
            // a sheet per device class (サーバ | 端末PC | ネットワーク機器) names the class of its rows; another sheet
            // starts with none (a ネットワーク機器 row is never the サーバ item of the same wording: clv-w7-a)
            String key = LabelText.key(name);
            currentClass = isClassLabel(key) ? deviceClass(key) : "";
        }
        sheet = name;
    }

    private String sheet() {
        return sheet;
    }

    private static String label(String cls) {
        return cls.equals("端末") ? "端末PC" : cls.equals("ネットワーク") ? "ネットワーク機器" : cls;
    }

    private static String shortText(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
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
