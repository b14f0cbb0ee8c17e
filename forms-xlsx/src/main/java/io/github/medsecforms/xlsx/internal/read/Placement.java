package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.xlsx.internal.grid.SheetState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the locator knows of one worksheet while it reads a form: every text cell that names one of the form's
 * labels ({@link Hit}), the cells already used (as labels, headers or values) and the areas that are table data.
 * Built once per sheet and form.
 */
final class Placement {
    /** One cell that names a term, how well, and the value written in the same cell after the label, if any. */
    record Hit(SheetView view, Cell cell, Lexicon.Term term, int score, String inline, String how) {
        long pos() {
            return Placement.pos(cell.row(), cell.col());
        }
    }

    final SheetView view;
    final int order;
    private final Lexicon lexicon;
    final List<Hit> hits = new ArrayList<>();
    private final Map<Long, List<Hit>> byCell = new HashMap<>();
    /**
     * The positions of {@link #byCell}'s keys: most cells the reader asks about hold no hit, and are answered without
     * boxing their position for the map.
     */
    private final PositionSet hitCells;
    private final Map<Integer, List<Hit>> byRow = new HashMap<>();
    /**
     * The hits naming a table's column, by the table's path, in the order of {@link #hits}: a table's reader looks at
     * its own columns' hits only, for each sheet and candidate layout ({@link #columnHits}).
     */
    private final Map<String, List<Hit>> byTable = new HashMap<>();
    /** Bare or named kana labels: cell → the label they read ("" when bare). */
    final Map<Long, String> kana = new HashMap<>();
    /** For a kana label written with its value in one cell ({@code （かな）：いりょうほうじん…}): the value. */
    final Map<Long, String> kanaInline = new HashMap<>();
    /** Generic answer labels (回答, 記入欄) and notes. */
    final Set<Long> answerLabels = new HashSet<>();
    final PositionSet consumed;
    /** Table data areas: {firstRow, lastRow, firstCol, lastCol}. */
    final List<int[]> dataAreas = new ArrayList<>();
    /** Cells whose text could be a label but matched nothing (for the similarity search). */
    final List<Cell> unmatched = new ArrayList<>();

    private static final Set<String> ANSWER_LABELS = Set.of("回答", "答", "答え", "回答欄", "記入欄", "answer", "回答内容",
            "回答(入力欄)", "入力欄", "記入");
    /** The length of the longest {@link #ANSWER_LABELS}: a longer key is none, and is not looked up. */
    private static final int ANSWER_LABEL_LENGTH = ANSWER_LABELS.stream().mapToInt(String::length).max().orElse(0);

    static final java.util.regex.Pattern MARKED_POSTAL_CODE =
            java.util.regex.Pattern.compile("〒\\s*([0-9]{3}\\s*[-‐－ー−]?\\s*[0-9]{4})");

    Placement(SheetView view, Lexicon lexicon, int order) {
        this(view, lexicon, order, new SheetView.PerText<>(view.keys()));
    }

    /**
     * @param readings what each distinct text reads as with this lexicon ({@link Reading}), shared by the sheets of
     *                 one read: a text repeated in many cells (options, a column's values) is read once
     */
    Placement(SheetView view, Lexicon lexicon, int order, SheetView.PerText<Reading> readings) {
        this.view = view;
        this.order = order;
        this.lexicon = lexicon;
        this.consumed = new PositionSet(view.sheet().lastRow() + 1, view.sheet().lastColumn() + 1); // a bit per cell of the used area
        this.hitCells = new PositionSet(view.sheet().lastRow() + 1, view.sheet().lastColumn() + 1);
        for (int i = 0; i < view.textCount(); i++) {
            SheetView.Text text = view.text(i);
            if (text.text.length() > 300) {
                continue;
            }
            Cell cell = view.textCell(i);
            Reading reading = readings.get(text);
            if (reading == null) {
                reading = Reading.of(view, lexicon, text);
                readings.put(text, reading);
            }
            if (reading == Reading.EMPTY_KEY) {
                continue;
            }
            long pos = pos(cell.row(), cell.col());
            if (reading.answerLabel) {
                answerLabels.add(pos);
            }
            if (reading.kana) {
                kana.put(pos, "");
                if (reading.kanaInline != null) {
                    kanaInline.put(pos, reading.kanaInline);
                }
                continue;
            }
            for (Reading.Step step : reading.steps) {
                Hit h = new Hit(view, cell, step.term(), step.score(), step.inline(), step.how());
                if (step.columnPart()) {
                    columnCompound.put(h, new int[] {step.part(), step.parts()});
                    continue;
                }
                add(h);
                if (step.parts() > 0) {
                    compound.put(h, new int[] {step.part(), step.parts()});
                }
            }
            if (reading.unmatched) {
                unmatched.add(cell);
            }
        }
    }

    /**
     * What a cell's text reads as, which depends on the text and the lexicon only (the keys are memoised pure
     * functions): whether it is an answer label, a kana label, the hits it makes in order (compound parts with the
     * part they take) and whether it is left for the similarity search. Each distinct text is read once per read and
     * replayed for each cell holding it, adding the same hits in the same order as reading every cell did.
     */
    static final class Reading {
        /** A text whose key is empty: no hit, no label. */
        static final Reading EMPTY_KEY = new Reading();

        /**
         * One hit of the text: {@code parts > 0} for a part of a compound label ({@link #compound}), or, with
         * {@code columnPart}, for a column part ({@link #columnCompound}, not a hit).
         */
        record Step(Lexicon.Term term, int score, String inline, String how, int part, int parts, boolean columnPart) {
        }

        boolean answerLabel;
        boolean kana;
        String kanaInline;
        boolean unmatched;
        final List<Step> steps = new ArrayList<>(2);
        /** Hits made (column parts are no hits). */
        private int hits;

        /**
         * Whether no hit of the text names {@code t} yet: a term is hit once per text, the first way found. (The hits'
         * terms are the set of terms seen so far — a text makes a few hits at most, searched in place rather than
         * kept in a set made for each text.)
         */
        private boolean isNew(Lexicon.Term t) {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.term() == t && !step.columnPart()) {
                    return false;
                }
            }
            return true;
        }

        private void hit(Lexicon.Term t, int score, String inline, String how) {
            steps.add(new Step(t, score, inline, how, 0, 0, false));
            hits++;
        }

        static Reading of(SheetView view, Lexicon lexicon, SheetView.Text entry) {
            String text = entry.text;
            String key = entry.key;
            if (key.isEmpty()) {
                return EMPTY_KEY;
            }
            Reading r = new Reading();
            String core = entry.core();
            if (key.length() <= ANSWER_LABEL_LENGTH && ANSWER_LABELS.contains(key)
                    || core.length() <= ANSWER_LABEL_LENGTH && ANSWER_LABELS.contains(core)) {
                r.answerLabel = true;
            }
            String kanaBase = Wording.kanaBase(key);
            if (kanaBase != null && kanaBase.isEmpty()) {
                r.kana = true; // a bare (かな): it reads the field next to it
                return r;
            }
            if (kanaBase == null && key.indexOf(':') > 0) {
                String[] pair = entry.labelAndValue();
                if (pair != null && "".equals(Wording.kanaBase(pair[0]))) {
                    r.kana = true; // （かな）：いりょうほうじん… beside 医療機関名：…: the reading and its value in one cell
                    r.kanaInline = pair[1];
                    return r;
                }
            }
            for (Lexicon.Term t : lexicon.exact(key)) {
                if (r.isNew(t)) {
                    r.hit(t, 100, null, "label");
                }
            }
            if (r.hits == 0 && kanaBase != null) {
                // 医療機関名（ふりがな） over its value (lds-w20-b): the reading of 医療機関名 in another kana word than the
                // form's (かな) — that reading's label, never a second label of 医療機関名 by its core
                for (Lexicon.Term t : lexicon.exact(LabelText.key(kanaBase + "(かな)"))) {
                    if (t.kanaOf() != null && r.isNew(t)) {
                        r.hit(t, 95, null, "kana label");
                    }
                }
                if (r.hits > 0) {
                    return r;
                }
            }
            for (Lexicon.Term t : lexicon.core(core)) {
                if (r.isNew(t)) {
                    r.hit(t, 90, null, "label");
                }
            }
            java.util.regex.Matcher grouped = key.indexOf('(') > 0 ? GROUP_THEN_FIELD.matcher(key) : null;
            if (grouped != null && grouped.matches()) {
                // 調査希望（脆弱性診断） heading a line of a table laid out sideways (lds-w27-b): the group, then its field
                // in brackets — the field's label, not only the group's (the core, 調査希望, names both lines alike)
                for (Lexicon.Term t : lexicon.exact(grouped.group(2))) {
                    if (t.field() != null && t.field().groups().stream().anyMatch(g -> view.key(g.label()).equals(grouped.group(1)))
                            && r.isNew(t)) {
                        r.hit(t, 92, null, "field in brackets after its group");
                    }
                }
            }
            String[] lv = entry.labelAndValue();
            if (lv != null && lexicon.exact(lv[0]).isEmpty() && lexicon.core(view.core(lv[0])).isEmpty()) {
                // 担当者1 所属・役職：…: the label after a row's name
                String[] parts = splitAtSpaces(LabelText.nfkc(text.substring(0, Math.max(0, text.indexOf(':') >= 0 ? text.indexOf(':')
                        : text.indexOf('：')))).strip());
                if (parts.length >= 2) {
                    lv = new String[] {view.key(parts[parts.length - 1]), lv[1]};
                }
            }
            if (lv != null) {
                for (Lexicon.Term t : lexicon.exact(lv[0])) {
                    if (r.isNew(t)) {
                        r.hit(t, 88, lv[1], "label-in-cell");
                    }
                }
                for (Lexicon.Term t : lexicon.core(view.core(lv[0]))) {
                    if (r.isNew(t)) {
                        r.hit(t, 86, lv[1], "label-in-cell");
                    }
                }
            }
            if (lv != null && !lv[1].isBlank() && r.steps.stream().noneMatch(st -> st.term().kind() == Lexicon.Kind.FIELD)) {
                // ７. 申込内容の確認：確認者名（フルネームでご署名ください） over its value (lds-w22-b): a heading, a colon and
                // then the field's own label, not a label with its value
                String after = view.key(lv[1]);
                for (Lexicon.Term t : lexicon.exact(after)) {
                    if (t.kind() == Lexicon.Kind.FIELD && r.isNew(t)) {
                        r.hit(t, 86, null, "label after a heading and a colon");
                    }
                }
                for (Lexicon.Term t : after.isEmpty() ? List.<Lexicon.Term>of() : lexicon.core(view.core(after))) {
                    if (t.kind() == Lexicon.Kind.FIELD && r.isNew(t)) {
                        r.hit(t, 86, null, "label after a heading and a colon");
                    }
                }
            }
            if (r.hits == 0 && (text.indexOf('\n') > 0)) {
                // a header over two lines: a group or note on one line, the label on the other
                // (ルータ/UTM/FW ↵ メーカー, シングル利用(*) ↵ 単体/仮想デスクトップ)
                String[] lines = LINES.split(text);
                for (int i = lines.length - 1; i >= 0; i--) {
                    String lk = expand(view.key(lines[i]));
                    if (lk.isEmpty()) {
                        continue;
                    }
                    for (Lexicon.Term t : lexicon.exact(lk)) {
                        if (r.isNew(t)) {
                            r.hit(t, 86, null, "label on one line of the cell");
                        }
                    }
                    for (Lexicon.Term t : lexicon.core(view.core(lk))) {
                        if (r.isNew(t)) {
                            r.hit(t, 86, null, "label on one line of the cell");
                        }
                    }
                }
            }
            if (r.hits == 0 && (text.indexOf(' ') > 0 || text.indexOf('　') > 0)) {
                // ⑦ 通信形態（インターネット／インターネットVPN／閉域網 等） (lds-w43-b): an item's number, a space, then the
                // label — the words after the number, whatever spaces its note in brackets holds
                String t = LabelText.nfkc(text).strip();
                int space = t.indexOf(' ');
                if (space > 0 && ITEM_NUMBER_TOKEN.matcher(t.substring(0, space)).matches()) {
                    String rest = view.key(t.substring(space + 1));
                    for (Lexicon.Term term : rest.isEmpty() ? List.<Lexicon.Term>of() : lexicon.exact(rest)) {
                        if (r.isNew(term)) {
                            r.hit(term, 88, null, "label after its number");
                        }
                    }
                    for (Lexicon.Term term : rest.isEmpty() ? List.<Lexicon.Term>of() : lexicon.core(view.core(rest))) {
                        if (r.isNew(term)) {
                            r.hit(term, 88, null, "label after its number");
                        }
                    }
                }
            }
            // a text matching MARKED_POSTAL_CODE starts with 〒 once stripped, and so does its key (nothing before the
            // mark is left, the mark itself is kept): the matcher runs only for those
            java.util.regex.Matcher postal = r.hits == 0 && key.charAt(0) == '〒'
                    ? MARKED_POSTAL_CODE.matcher(entry.nfkc.strip()) : null;
            if (postal != null && postal.matches()) {
                // 〒 739-0025 alone: the mark labels the code in its own cell, it is not a label beside a value
                for (Lexicon.Term t : lexicon.exact(view.key("〒"))) {
                    if (r.isNew(t)) {
                        r.hit(t, 88, postal.group(1), "label-in-cell");
                    }
                }
            } else if (r.hits == 0 && (text.indexOf(' ') > 0 || text.indexOf('　') > 0)) {
                // a label with a row's name before it or a remark after it, apart: 担当者1　所属・役職
                String[] tokens = splitAtSpaces(entry.nfkc.strip());
                String apart = tokens.length >= 2 ? valueApart(lexicon, text, view.key(tokens[0])) : null;
                if (apart == null && tokens.length >= 2 && pointersOnly(tokens)) {
                    // a label pointing at its value in the next cell: 本施策の同意確認 → | 同意する (lds-w9-b)
                    for (Lexicon.Term t : lexicon.exact(view.key(tokens[0]))) {
                        if (t.kind() == Lexicon.Kind.FIELD && r.isNew(t)) {
                            r.hit(t, 90, null, "label followed by an arrow");
                        }
                    }
                } else if (apart != null) {
                    // a field's label with its value after a space, no colon: 医療機関名　○○病院
                    String tk = view.key(tokens[0]);
                    for (Lexicon.Term t : lexicon.exact(tk)) {
                        if (t.kind() == Lexicon.Kind.FIELD && r.isNew(t)) {
                            r.hit(t, 84, apart, "label and its value after a space");
                        }
                    }
                } else if (tokens.length >= 2 && tokens.length <= 4) {
                    for (String token : new String[] {tokens[tokens.length - 1], tokens[0]}) {
                        String tk = view.key(token);
                        for (Lexicon.Term t : lexicon.exact(tk)) {
                            if (r.isNew(t)) {
                                r.hit(t, 86, null, "label beside a row's name");
                            }
                        }
                        for (Lexicon.Term t : lexicon.core(view.core(tk))) {
                            if (r.isNew(t)) {
                                r.hit(t, 86, null, "label beside a row's name");
                            }
                        }
                    }
                }
            }
            if (r.hits == 0) {
                // abbreviations: 技術Ver確認, GIPアドレス, 電カル系NW接続
                String expanded = expand(key);
                if (!expanded.equals(key)) {
                    for (Lexicon.Term t : lexicon.exact(expanded)) {
                        if (r.isNew(t)) {
                            r.hit(t, 87, null, "abbreviated label");
                        }
                    }
                    for (Lexicon.Term t : lexicon.core(view.core(expanded))) {
                        if (r.isNew(t)) {
                            r.hit(t, 87, null, "abbreviated label");
                        }
                    }
                }
            }
            if (r.hits == 0 && core.length() >= 6) {
                // a label with a note run on after it (病床数許可病床, シングル利用単体/仮想デスクトップ)
                java.util.BitSet lengths = lexicon.coreLengths(core.charAt(0));
                for (int len = core.length() - 2; len >= Math.max(4, (core.length() + 1) / 2); len--) {
                    if (!lengths.get(len)) {
                        continue; // no term's core starts so and is that long: nothing found, as the look-up would say
                    }
                    if (VALUE_WORDS.contains(core.substring(len))) {
                        continue; // 調査希望あり: a label's word and an answer, a value
                    }
                    List<Lexicon.Term> found = lexicon.core(core.substring(0, len));
                    for (Lexicon.Term t : found) {
                        if (r.isNew(t)) {
                            r.hit(t, 86, null, "label followed by a note");
                        }
                    }
                    if (!found.isEmpty()) {
                        break;
                    }
                }
            }
            if (r.hits == 0 && core.indexOf('・') > 0) {
                // その他・備考 (obi-w40-b): words joined by a middle dot, each naming one and the same field, are that
                // field's label; words naming different fields are left alone (所属・役職 is a label of its own)
                List<Lexicon.Term> same = oneFieldNamedByEach(view, lexicon, core.split("・"));
                for (Lexicon.Term t : same) {
                    if (r.isNew(t)) {
                        r.hit(t, 87, null, "label in words that each name the field");
                    }
                }
            }
            int bracket = r.hits == 0 ? key.indexOf('(') : -1;
            if (bracket >= 2 && key.lastIndexOf(')') < key.length() - 1 && text.length() <= 120) {
                // 患者数（Microsoft Teamsの…患者情報数）【必須】1～3000の数値で記入 (obi-w39-b): a field's own label, a note
                // in brackets and an instruction after them; the label is the words before the brackets
                for (Lexicon.Term t : lexicon.exact(key.substring(0, bracket))) {
                    if (t.kind() == Lexicon.Kind.FIELD && t.kanaOf() == null && r.isNew(t)) {
                        r.hit(t, 85, null, "label before its note in brackets");
                    }
                }
            }
            addCompound(view, lexicon, entry, r);
            if (r.hits == 0 && core.length() >= 2 && !looksLikeValue(key)) {
                r.unmatched = true;
            }
            return r;
        }
    }

    /** An item's number as a token of its own, after NFKC (⑦ is 7): 7, 7., 7), (7), Q7, 問7, No.7. */
    private static final java.util.regex.Pattern ITEM_NUMBER_TOKEN = java.util.regex.Pattern.compile(
            "(?:[0-9]{1,3}[.)]?|\\([0-9]{1,3}\\)|(?:[qQ]|問|No\\.?)[0-9]{1,3}[.)]?)");

    /**
     * The field terms named alike by every one of two or three words ({@code その他} and {@code 備考}, both the remarks),
     * exactly or by their cores; empty when a word names nothing or the words name different fields.
     */
    private static List<Lexicon.Term> oneFieldNamedByEach(SheetView view, Lexicon lexicon, String[] words) {
        if (words.length < 2 || words.length > 3) {
            return List.of();
        }
        List<Lexicon.Term> first = null;
        String path = null;
        for (String word : words) {
            String k = view.key(word);
            List<Lexicon.Term> terms = new ArrayList<>();
            for (Lexicon.Term t : k.isEmpty() ? List.<Lexicon.Term>of() : lexicon.exact(k)) {
                if (t.kind() == Lexicon.Kind.FIELD && t.kanaOf() == null) {
                    terms.add(t);
                }
            }
            if (terms.isEmpty() && !k.isEmpty()) {
                for (Lexicon.Term t : lexicon.core(view.core(k))) {
                    if (t.kind() == Lexicon.Kind.FIELD && t.kanaOf() == null) {
                        terms.add(t);
                    }
                }
            }
            if (terms.isEmpty() || terms.stream().map(Lexicon.Term::path).distinct().count() != 1
                    || path != null && !path.equals(terms.get(0).path())) {
                return List.of();
            }
            path = terms.get(0).path();
            if (first == null) {
                first = terms;
            }
        }
        return first;
    }

    /**
     * Hits of a label that names several fields at once, slash-separated, whose one value cell holds the answers in
     * the same order ({@code 回答者（氏名／所属／連絡先）} over {@code 佐藤 花子／総務課／0857-26-7111}): each part
     * names its field, and {@link #compound} says which part of the value it takes. Every part must name a field.
     */
    final Map<Hit, int[]> compound = new java.util.IdentityHashMap<>();
    /** Labels naming several columns of one table at once (所属・役職／氏名), which part each takes: for blocks. */
    final Map<Hit, int[]> columnCompound = new java.util.LinkedHashMap<>();
    private static final java.util.regex.Pattern BRACKETED_LIST = java.util.regex.Pattern.compile("\\(([^()]*/[^()]*)\\)");

    private static void addCompound(SheetView view, Lexicon lexicon, SheetView.Text text, Reading r) {
        if (text.key.indexOf('/') < 0) {
            // no slash in the NFKC text (its key keeps every '/': compact and the marks drop none), so no list: most
            // cells stop here without normalising the text again
            return;
        }
        String t = text.nfkc.strip();
        java.util.regex.Matcher bracketed = t.indexOf('(') < 0 ? null : BRACKETED_LIST.matcher(t); // no list in brackets
        String list = bracketed != null && bracketed.find() ? bracketed.group(1) : t;
        if (list.indexOf('/') < 0) {
            return;
        }
        String[] parts = list.split("/");
        if (parts.length < 2 || parts.length > 4) {
            return;
        }
        List<List<Lexicon.Term>> named = new ArrayList<>();
        List<Lexicon.Term> columnParts = new ArrayList<>();
        for (String part : parts) {
            String k = view.key(part);
            List<Lexicon.Term> terms = new ArrayList<>();
            Lexicon.Term column = null;
            for (Lexicon.Term term : lexicon.exact(k)) {
                if (term.kind() == Lexicon.Kind.FIELD && term.kanaOf() == null) {
                    terms.add(term);
                } else if (term.kind() == Lexicon.Kind.COLUMN && column == null) {
                    column = term;
                }
            }
            if (terms.isEmpty()) {
                for (Lexicon.Term term : lexicon.core(view.core(k))) {
                    if (term.kind() == Lexicon.Kind.FIELD && term.kanaOf() == null) {
                        terms.add(term);
                    } else if (term.kind() == Lexicon.Kind.COLUMN && column == null) {
                        column = term;
                    }
                }
            }
            if (terms.isEmpty() && column == null) {
                // a part naming neither a field nor a column (24 of 192.168.1.0/24): neither list below can be, and
                // the other parts need not be looked up
                return;
            }
            columnParts.add(column);
            named.add(terms);
        }
        if (!columnParts.contains(null) && columnParts.stream().map(Lexicon.Term::path).distinct().count() < parts.length) {
            // セキュリティ対策製品（ウイルス対策/EDR）: parts naming one column twice are two words for it, whose value
            // is not split (lds-w25-b once ウイルス対策 joined the column's words, D-96)
            return;
        }
        if (!columnParts.contains(null) && columnParts.stream().map(c -> c.table().path()).distinct().count() == 1) {
            // 所属・役職／氏名 | 事務部 | 久保 直樹 in a block of a table's row: each part a column of one table (read only
            // by the block reading; a table's header keeps its own reading)
            for (int i = 0; i < columnParts.size(); i++) {
                r.steps.add(new Reading.Step(columnParts.get(i), 86, null,
                        "compound label, part " + (i + 1) + " of " + parts.length, i, parts.length, true));
            }
        }
        if (named.stream().anyMatch(List::isEmpty)
                || named.stream().map(terms -> terms.get(0).path()).distinct().count() < parts.length) {
            return; // a part naming nothing, or two words for one field: no list of fields
        }
        for (int i = 0; i < named.size(); i++) {
            for (Lexicon.Term term : named.get(i)) {
                if (r.isNew(term)) {
                    r.steps.add(new Reading.Step(term, 86, null, "compound label, part " + (i + 1) + " of " + parts.length,
                            i, parts.length, false));
                    r.hits++;
                }
            }
        }
    }

    /** Whether every token after the first is an arrow or pointer ({@code →}, {@code ⇒}, {@code ▶}, {@code >>}). */
    static boolean pointersOnly(String[] tokens) {
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i].isEmpty()) {
                return false;
            }
            for (int k = 0; k < tokens[i].length(); k++) {
                if (POINTERS.indexOf(tokens[i].charAt(k)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The characters of {@link #pointersOnly}'s arrows and pointers (all in the Basic Multilingual Plane). */
    private static final String POINTERS = "→⇒⇨➡▶►▷>＞〉》";

    /**
     * The value written after a field's label and a space in one cell ({@code 医療機関名　○○病院}): the text after the
     * first word when that word is exactly a field's label and the rest names nothing of the form (not a label, not
     * a bracketed or ※ note); null otherwise ({@code 担当者1　所属・役職} is a row's name and a label).
     */
    private static String valueApart(Lexicon lexicon, String text, String firstKey) {
        boolean field = false;
        for (Lexicon.Term t : lexicon.exact(firstKey)) {
            field |= t.kind() == Lexicon.Kind.FIELD;
        }
        if (!field) {
            return null;
        }
        String stripped = text.strip();
        java.util.regex.Matcher m = SPACES.matcher(stripped);
        if (!m.find()) {
            return null;
        }
        String rest = stripped.substring(m.end()).strip();
        String nfkc = LabelText.nfkc(rest);
        if (pointersOnly(new String[] {"", nfkc})) {
            return null; // 本施策の同意確認 →: an arrow to the value beside, no value
        }
        if (rest.isEmpty() || nfkc.startsWith("※") || nfkc.startsWith("(") || nfkc.startsWith("【")
                || nfkc.startsWith("[") || nfkc.startsWith("<") || nfkc.startsWith("*")) {
            return null;
        }
        String restKey = LabelText.key(rest);
        if (!lexicon.exact(restKey).isEmpty() || !lexicon.core(Wording.core(restKey)).isEmpty()) {
            return null;
        }
        for (String token : splitAtSpaces(nfkc)) {
            String tk = LabelText.key(token);
            if (!lexicon.exact(tk).isEmpty() || !lexicon.core(Wording.core(tk)).isEmpty()) {
                return null; // 医療機関名　電話番号: two labels
            }
        }
        return rest;
    }

    /** A group's label with one of its fields in brackets after it, as a key: 調査希望(脆弱性診断). */
    private static final java.util.regex.Pattern GROUP_THEN_FIELD = java.util.regex.Pattern.compile("([^()]+)\\(([^()]+)\\)");
    /** White space between words: ASCII white space ({@code \\s}) and the ideographic space; {@link #splitAtSpaces}. */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s　]+");

    /**
     * {@code SPACES.split(s)}, by hand: the words of {@code s} between runs of {@link #SPACES} characters, a leading
     * empty word when {@code s} starts with one, no trailing empty words, and {@code s} itself when it holds none
     * (PlacementScannersTest compares the two on the blind corpus's texts). A text is split once or twice per read,
     * and the regex's matcher cost more than the look-ups the words are split for.
     */
    static String[] splitAtSpaces(String s) {
        List<String> words = null;
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length() && isSpace(s.charAt(end))) {
                end++;
            }
            if (words == null) {
                words = new ArrayList<>(4);
            }
            words.add(s.substring(start, i));
            start = end;
            i = end;
        }
        if (words == null) {
            return new String[] {s};
        }
        words.add(s.substring(start));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--;
        }
        return words.subList(0, size).toArray(new String[0]);
    }

    /** Whether {@code c} is one of {@link #SPACES}' characters: {@code [ \t\n\x0B\f\r]} or the ideographic space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '　' || (c >= '\t' && c <= '\r');
    }
    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\\R");
    private static final Set<String> VALUE_WORDS = Set.of("あり", "なし", "有", "無", "済", "はい", "いいえ", "有り", "無し",
            "する", "しない", "済み", "不要", "要");

    private static final List<Map.Entry<String, String>> ABBREVIATIONS =
            io.github.medsecforms.model.Vocabulary.abbreviations();

    /**
     * The first characters of the {@link #ABBREVIATIONS}: a key holding none of them holds no abbreviation, and
     * {@link #expand} returns it without searching it for each one (most keys: Japanese words, numbers). Null when an
     * abbreviation is empty (in every key: no key can be passed over).
     */
    private static final java.util.BitSet ABBREVIATION_STARTS = abbreviationStarts();

    private static java.util.BitSet abbreviationStarts() {
        java.util.BitSet starts = new java.util.BitSet();
        for (Map.Entry<String, String> a : ABBREVIATIONS) {
            if (a.getKey().isEmpty()) {
                return null;
            }
            starts.set(a.getKey().charAt(0));
        }
        return starts;
    }

    /** Whether {@code key} holds the first character of an abbreviation (so perhaps an abbreviation). */
    private static boolean mayHoldAbbreviation(String key) {
        if (ABBREVIATION_STARTS == null) {
            return true;
        }
        for (int i = 0; i < key.length(); i++) {
            if (ABBREVIATION_STARTS.get(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A key with its abbreviations written out ({@link io.github.medsecforms.model.Vocabulary#abbreviations()}). */
    static String expand(String key) {
        if (!mayHoldAbbreviation(key)) {
            return key;
        }
        String out = key;
        for (int round = 0; round < 3; round++) {
            String before = out;
            for (Map.Entry<String, String> a : ABBREVIATIONS) {
                if (out.contains(a.getKey())) {
                    out = out.replace(a.getKey(), a.getValue());
                }
            }
            if (out.equals(before)) {
                break;
            }
        }
        return out;
    }

    /** Whether a key is clearly a value, never a label: digits, an address, an e-mail, a date. */
    private static boolean looksLikeValue(String key) {
        int digits = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits * 2 > key.length() || key.indexOf('@') >= 0;
    }

    void add(Hit hit) {
        if (lexicon.fromProfile(hit.term().key()) && !hit.how().startsWith(PROFILE)) {
            hit = new Hit(hit.view(), hit.cell(), hit.term(), hit.score(), hit.inline(), PROFILE + hit.how());
        }
        hits.add(hit);
        if (hit.term().kind() == Lexicon.Kind.COLUMN) { // a column's term always has its table
            byTable.computeIfAbsent(hit.term().table().path(), k -> new ArrayList<>()).add(hit);
        }
        byCell.computeIfAbsent(hit.pos(), k -> new ArrayList<>(2)).add(hit);
        hitCells.add(hit.pos());
        byRow.computeIfAbsent(hit.cell().row(), k -> new ArrayList<>()).add(hit);
    }

    List<Hit> at(int row, int col) {
        long pos = pos(row, col);
        return hitCells.contains(pos) ? byCell.get(pos) : List.of();
    }

    /** The {@link #hits} naming a column of the table at {@code tablePath}, in their order. */
    List<Hit> columnHits(String tablePath) {
        return byTable.getOrDefault(tablePath, List.of());
    }

    List<Hit> inRow(int row) {
        return byRow.getOrDefault(row, List.of());
    }

    boolean isHit(int row, int col, int minScore) {
        for (Hit h : at(row, col)) {
            if (h.score() >= minScore) {
                return true;
            }
        }
        return false;
    }

    boolean isConsumed(int row, int col) {
        return consumed.contains(pos(row, col));
    }

    void consume(Cell cell) {
        if (cell.row() >= 0) {
            consumed.add(pos(cell.row(), cell.col()));
            CellRange r = view.sheet().mergedRegionOrNull(cell.row(), cell.col()); // no range made for a plain cell
            if (r != null && (r.firstRow() != r.lastRow() || r.firstCol() != r.lastCol())) {
                consumed.add(pos(r.firstRow(), r.firstCol()));
            }
        }
    }

    void consumedAll(Set<Long> cells) {
        consumed.addAll(cells);
    }

    boolean inData(int row, int col) {
        for (int[] a : dataAreas) {
            if (row >= a[0] && row <= a[1] && col >= a[2] && col <= a[3]) {
                return true;
            }
        }
        return false;
    }

    boolean visible() {
        return view.sheet().state() == SheetState.VISIBLE;
    }

    /** How a hit of a wording a layout profile added is explained: {@code layout profile label, value to the right}. */
    static final String PROFILE = "layout profile ";

    static long pos(int row, int col) {
        return ((long) row << 20) | col;
    }
}
