package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.CellRef;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.xlsx.internal.grid.Picture;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.ImageData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a form from a workbook by what its cells say, not by where our template puts them. For every table of the
 * form it finds the header (one or two rows, group headers over any subset of columns, or laid out across), the data
 * rows (記入例, totals and blank rows skipped, ending where another block begins) and reads each row; for every single
 * field it finds the label (its wording, a synonym, a question number, a similar question, the label written in the
 * value's own cell, a group such as 担当者① around it) and the value: in the same cell, to the right, below, or where a
 * group's row meets a label's column; choices as people mark them. What it cannot place it says
 * ({@link ReadCodes}), it never guesses silently. One instance per read.
 */
final class Locator {
    /** Wordings that head a row to skip: totals. */
    private static final Set<String> TOTALS = Set.of("合計", "計", "小計", "総計", "total", "合計数", "件数", "合計件数");
    private static final int RIGHT_SCAN = 24;
    private static final int BLANK_RUN = 40;

    private final FormDescriptor form;
    private final FiscalYear version;
    private final CellConverter converter;
    private final ReadState state;
    private final Lexicon lexicon;
    private final List<Placement> sheets = new ArrayList<>();
    /**
     * The worksheet each of the form's sheets is read from, by identity (a descriptor's hash code walks all its blocks,
     * and the keys are the form's own descriptors, each once).
     */
    private final Map<SheetDescriptor, Placement> home = new java.util.IdentityHashMap<>();
    /** Fields resolved: path → the label cell and the value cell (for kana and postal-code follow-ups). */
    private final Map<String, Cell[]> resolved = new HashMap<>();
    /** Fields read from a labelled line of another field's value cell. */
    private final Set<String> fromLines = new HashSet<>();
    private final Map<String, Placement> resolvedOn = new HashMap<>();
    private final Explain explain;
    /** The layout profile of the read, or null: its sheets, wordings and cells. */
    private final LayoutProfile profile;

    Locator(List<SheetView> views, FormDescriptor form, FiscalYear version, CellConverter converter, ReadState state,
            Explain explain) {
        this(views, form, version, converter, state, explain, null);
    }

    /**
     * @param profile the layout profile to read with (its form is {@code form}), or null
     */
    Locator(List<SheetView> views, FormDescriptor form, FiscalYear version, CellConverter converter, ReadState state,
            Explain explain, LayoutProfile profile) {
        this.form = form;
        this.version = version;
        this.converter = converter;
        this.state = state;
        this.profile = profile != null && profile.formId().equals(form.id()) && !profile.isEmpty() ? profile : null;
        this.lexicon = Lexicon.of(form, this.profile);
        this.explain = explain;
        if (this.profile != null) {
            converter.profileChoices(this.profile.choices());
        }
        int order = 0;
        // what each distinct text reads as with this form's lexicon, shared by the sheets' placements
        SheetView.PerText<Placement.Reading> readings =
                views.isEmpty() ? null : new SheetView.PerText<>(views.get(0).keys());
        boolean credentials = form.type() == io.github.medsecforms.model.linesurvey.CredentialList.class;
        for (SheetView v : views) {
            if (namedByProfile(v)) { // a sheet a layout profile names is read whatever its state or name
                sheets.add(new Placement(v, lexicon, order++, readings));
                continue;
            }
            if (v.sheet().state() != io.github.medsecforms.xlsx.internal.grid.SheetState.VISIBLE) {
                continue;
            }
            if (!credentials && isAside(v.name())) {
                Placement p;
                if (!isCredentialsName(v.name()) || !hasChecklist(form)
                        || !headsATable(p = new Placement(v, lexicon, order, readings))) {
                    continue;
                }
                sheets.add(p); // a checklist's section on a sheet of its own: ①パスワード (○パスワードを強固なものに…)
                order++;
                continue;
            }
            if (!credentials && !hasChecklist(form) && listsPasswords(v.sheet())) {
                continue; // a password list by its content, whatever its name (ID・PW, lds-w48-b): never the form's
            }
            sheets.add(new Placement(v, lexicon, order++, readings));
        }
        converter.prefecture(prefectureNamed(sheets));
        // how many hits of each sheet name each top path, counted once for all of the form's sheets
        Map<Placement, Map<String, Integer>> tops = new java.util.IdentityHashMap<>();
        for (SheetDescriptor sd : form.sheets()) {
            home.put(sd, matchSheet(sd, tops));
        }
    }

    /** Whether a text is a field's input message or, for a value that is no free text, an instruction sentence. */
    private boolean isHintOrInstruction(Placement p, Cell cell, FieldDescriptor field) {
        if (cell.type() != CellType.STRING) {
            return false;
        }
        String key = p.view.key(cell.text());
        if (lexicon.hints().contains(key)) {
            return true;
        }
        if (field != null && field.kind() == ValueKind.TEXT) {
            return false;
        }
        String t = LabelText.nfkc(cell.text()).strip();
        if (t.length() <= 16 && t.startsWith("該当") && t.chars().anyMatch(ch -> ChoiceText.isMark(String.valueOf((char) ch)))) {
            return true; // 該当欄に●, 該当するものに○: how to answer, the answer is elsewhere
        }
        return t.length() >= 20 && (t.contains("ください") || t.contains("場合") || t.endsWith("。"));
    }

    /**
     * Sheets that are not the form: instructions (記入要領), examples (記入例), lists behind dropdowns (リスト, list,
     * 選択肢), password lists, last year's copy. A name is compared whole for the short words (a チェックリスト is a
     * form, a リスト is not).
     */
    static boolean isAside(String sheetName) {
        String k = withoutNumbering(Wording.stripBrackets(LabelText.key(sheetName)));
        if (ASIDE_NAMES.contains(k)) {
            return true;
        }
        for (String w : ASIDE_WORDS) {
            if (k.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sheet's name is an aside only by naming passwords or accounts (パスワード, アカウント, PW一覧) — a password
     * list, or a checklist's section about passwords given a sheet of its own (①パスワード).
     */
    static boolean isCredentialsName(String sheetName) {
        String k = withoutNumbering(Wording.stripBrackets(LabelText.key(sheetName)));
        if (ASIDE_NAMES.contains(k)) {
            return false;
        }
        boolean credential = false;
        for (String w : ASIDE_WORDS) {
            if (k.contains(w)) {
                if (!CREDENTIAL_WORDS.contains(w)) {
                    return false;
                }
                credential = true;
            }
        }
        return credential;
    }

    /**
     * Whether a sheet is a password list by what it holds ({@link
     * io.github.medsecforms.xlsx.internal.credentials.CredentialSheets#passwordCells}: a password header over filled
     * cells beside an account or device column), whatever it is called: the 提出不要 list is flagged and stripped
     * (issue 11), and none of its cells may be read as a field or a table row of the form — its ルータ等 and 調査端末
     * tables look like the form's own (lds-w48-b's ID・PW read as the port table). Cells that cannot name a password
     * are passed over without collecting the sheet.
     */
    private static boolean listsPasswords(io.github.medsecforms.xlsx.internal.grid.GridSheet sheet) {
        boolean may = false;
        for (Cell cell : sheet.cells()) {
            if (cell.row() >= io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.MAX_ROWS) {
                break;
            }
            if (cell.col() < io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.MAX_COLUMNS
                    && cell.type() != CellType.NUMBER
                    && io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.mayNamePassword(cell.text())) {
                may = true;
                break;
            }
        }
        if (!may) {
            return false;
        }
        List<io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.Entry> entries = new ArrayList<>();
        for (Cell cell : sheet.cells()) {
            if (cell.row() >= io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.MAX_ROWS) {
                break;
            }
            if (cell.col() < io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.MAX_COLUMNS) {
                entries.add(new io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.Entry(cell.row(),
                        cell.col(), cell.text()));
            }
        }
        return !io.github.medsecforms.xlsx.internal.credentials.CredentialSheets.passwordCells(entries).isEmpty();
    }

    /** The characters of a sheet name's numbering removed: {@link #NUMBERING_CHARS}, matched by hand (LocatorTest). */
    static String withoutNumbering(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean numbering = (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
            if (numbering && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!numbering && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The specification of {@link #withoutNumbering}: {@code NUMBERING_CHARS.matcher(s).replaceAll("")}. */
    static final java.util.regex.Pattern NUMBERING_CHARS = java.util.regex.Pattern.compile("[0-9_\\-.]");

    private static boolean hasChecklist(FormDescriptor form) {
        for (SheetDescriptor sd : form.sheets()) {
            for (TableDescriptor t : sd.tables()) {
                if (t.rowType() == io.github.medsecforms.model.checklist.ChecklistEntry.class) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one line of a sheet names two or more columns of one of the form's tables (a table's header). */
    private static boolean headsATable(Placement p) {
        Map<String, Set<String>> byLine = new HashMap<>();
        for (Placement.Hit h : p.hits) {
            if (h.term().kind() == Lexicon.Kind.COLUMN && h.inline() == null) {
                Set<String> paths = byLine.computeIfAbsent(h.term().table().path() + "@" + h.cell().row(),
                        k -> new HashSet<>());
                paths.add(h.term().path());
                if (paths.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> CREDENTIAL_WORDS = Set.of("パスワード", "password", "pw一覧", "アカウント");
    private static final Set<String> ASIDE_NAMES = Set.of("リスト", "list", "lists", "選択肢", "入力規則", "マスタ",
            "コード表", "選択肢リスト", "リスト一覧", "プルダウン", "ドロップダウン", "data", "データ", "work", "作業");
    private static final String[] ASIDE_WORDS = {"記入要領", "記入例", "記載例", "説明", "凡例", "パスワード", "password",
        "pw一覧", "アカウント", "作業用", "前年度", "昨年度", "選択肢", "入力規則"};

    /**
     * The prefecture a workbook names most often (its 都道府県名, the hospitals' addresses), for 7-digit hospital
     * codes; null when it names none.
     */
    static io.github.medsecforms.model.value.Prefecture prefectureNamed(List<Placement> sheets) {
        Map<io.github.medsecforms.model.value.Prefecture, Integer> counts = new HashMap<>();
        if (sheets.isEmpty()) {
            return null;
        }
        // the prefecture a text starts with depends on the text only: each distinct text is looked at once
        SheetView.PerText<Object> named = new SheetView.PerText<>(sheets.get(0).view.keys());
        int budget = 20_000; // cells looked at, of any type
        for (Placement p : sheets) {
            SheetView v = p.view;
            if (v.sheet().cellCount() <= budget) { // every cell within the budget: its text cells
                budget -= v.sheet().cellCount();
                for (int i = 0; i < v.textCount(); i++) {
                    countPrefecture(v.text(i), named, counts);
                }
                continue;
            }
            for (Cell cell : v.sheet().cells()) { // the budget ends in this sheet: up to its last cell
                if (budget-- <= 0) {
                    break;
                }
                if (cell.type() == CellType.STRING) {
                    countPrefecture(v.keys().text(cell.text()), named, counts);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static void countPrefecture(SheetView.Text text, SheetView.PerText<Object> named,
                                        Map<io.github.medsecforms.model.value.Prefecture, Integer> counts) {
        if (text.text.length() > 80) {
            return;
        }
        Object pref = named.get(text);
        if (pref == null) {
            io.github.medsecforms.model.value.Prefecture found =
                    mayNamePrefecture(text.key) ? prefectureStarting(text.text) : null;
            pref = found == null ? NO_PREFECTURE : found;
            named.put(text, pref);
        }
        if (pref != NO_PREFECTURE) {
            counts.merge((io.github.medsecforms.model.value.Prefecture) pref, 1, Integer::sum);
        }
    }

    /** {@link #prefectureNamed}'s mark of a text that names no prefecture. */
    private static final Object NO_PREFECTURE = new Object();

    /**
     * The prefecture a cell's text starts with (after a postal code, or after a short label and a colon), null if
     * none.
     */
    static io.github.medsecforms.model.value.Prefecture prefectureStarting(String text) {
        String s = LabelText.nfkc(text).strip();
        if (!s.isEmpty() && (s.charAt(0) == '〒' || Character.isDigit(s.charAt(0)))) {
            s = POSTAL_PREFIX.matcher(s).replaceFirst("");
        }
        int colon = s.indexOf(':');
        if (colon >= 0 && colon < 12) {
            s = s.substring(colon + 1).strip();
        }
        if (s.length() < 3 || !PREFECTURE_STARTS.contains(s.substring(0, 2))) {
            return null;
        }
        for (io.github.medsecforms.model.value.Prefecture pref : io.github.medsecforms.model.value.Prefecture.values()) {
            if (s.startsWith(pref.label())) {
                return pref;
            }
        }
        return null;
    }

    /**
     * Whether a text whose {@link LabelText#key} is {@code key} may start with a prefecture
     * ({@link #prefectureStarting}): only if the key holds the first character of a prefecture's name. That character (a kanji) is in the NFKC text
     * of any text naming the prefecture, and the key is that text with characters dropped (white space, marks,
     * leading decoration, never a kanji): a pre-check on the read's memoised key that spares the NFKC normalisation.
     */
    static boolean mayNamePrefecture(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (PREFECTURE_FIRSTS.get(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.BitSet PREFECTURE_FIRSTS = new java.util.BitSet();

    static {
        for (io.github.medsecforms.model.value.Prefecture p : io.github.medsecforms.model.value.Prefecture.values()) {
            PREFECTURE_FIRSTS.set(p.label().charAt(0));
        }
    }

    private static final Set<String> PREFECTURE_STARTS = java.util.Arrays.stream(
            io.github.medsecforms.model.value.Prefecture.values()).map(p -> p.label().substring(0, 2))
            .collect(java.util.stream.Collectors.toSet());

    /**
     * Whether the profile names a worksheet (in {@code sheets} or {@code cells}): it is read even when hidden or named
     * like an aside (記入例, リスト), for the profile says it is the form.
     */
    private boolean namedByProfile(SheetView v) {
        if (profile == null) {
            return false;
        }
        String key = sheetKey(v.name());
        return profile.sheets().values().stream().anyMatch(name -> sheetKey(name).equals(key))
                || profile.cells().values().stream().anyMatch(c -> sheetKey(c.sheet()).equals(key));
    }

    /** The worksheet a profile names: exactly, else the same name in NFKC without white space (全角/半角, spaces). */
    private Placement profileSheet(String name) {
        for (Placement p : sheets) {
            if (p.view.name().equals(name)) {
                return p;
            }
        }
        String key = sheetKey(name);
        for (Placement p : sheets) {
            if (sheetKey(p.view.name()).equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** A sheet name compared: NFKC, without white space (as {@code FormReader} finds a profile's sheets). */
    private static String sheetKey(String name) {
        return SPACE_RUNS.matcher(LabelText.nfkc(name)).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACE_RUNS = java.util.regex.Pattern.compile("\\s+");

    private Placement matchSheet(SheetDescriptor sd, Map<Placement, Map<String, Integer>> tops) {
        if (profile != null && profile.sheets().containsKey(sd.name())) {
            String named = profile.sheets().get(sd.name());
            Placement p = profileSheet(named);
            if (p != null) {
                return p;
            }
            state.finding(ReadCodes.PROFILE_SHEET_MISSING, Severity.WARNING, "", "", "", "", profileName(), sd.name(),
                    named);
        }
        String key = LabelText.key(sd.name());
        for (Placement p : sheets) {
            if (p.view.name().equals(sd.name()) || LabelText.key(p.view.name()).equals(key)) {
                return p;
            }
        }
        for (Placement p : sheets) {
            String k = LabelText.key(p.view.name());
            if (!k.isEmpty() && (k.contains(key) || key.contains(k))) {
                return p;
            }
        }
        // by content: the sheet with most hits of this sheet's blocks
        Placement best = null;
        int bestCount = 0;
        Set<String> paths = new HashSet<>();
        for (Block b : sd.blocks()) {
            paths.add(b.path());
        }
        // a hit counts once if its path is one of the blocks' or under one (path + "."), whichever matches
        boolean anyPath = paths.contains("");
        for (Placement p : sheets) {
            int n = 0;
            for (Map.Entry<String, Integer> top : tops.computeIfAbsent(p, Locator::hitsByTop).entrySet()) {
                if (anyPath || underOne(top.getKey(), paths)) {
                    n += top.getValue();
                }
            }
            if (n > bestCount) {
                bestCount = n;
                best = p;
            }
        }
        return best;
    }

    /**
     * How many of a sheet's hits name each top path (a column's table, else the term's own path): what
     * {@link #matchSheet} counts for each of the form's sheets, the same hits each time.
     */
    private static Map<String, Integer> hitsByTop(Placement p) {
        Map<String, Integer> counts = new HashMap<>();
        for (Placement.Hit h : p.hits) {
            String top = h.term().kind() == Lexicon.Kind.COLUMN ? h.term().table().path() : h.term().path();
            counts.merge(top, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Whether {@code top} is one of {@code paths} or starts with one followed by a dot: {@code top.equals(path) ||
     * top.startsWith(path + ".")} for some path, without building the dotted path; a path is a prefix of
     * {@code top} only if the prefix of that length is in the set.
     */
    static boolean underOne(String top, Set<String> paths) {
        if (paths.contains(top)) {
            return true;
        }
        for (int i = top.indexOf('.', 1); i > 0; i = top.indexOf('.', i + 1)) {
            if (paths.contains(top.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** The submissions read one per row (a survey tool's export), or empty for a workbook of one submission. */
    private List<TableReader.SubmissionRow> rows = List.of();

    List<TableReader.SubmissionRow> submissionRows() {
        return rows;
    }

    void read() {
        if (sheets.isEmpty()) {
            state.finding(ReadCodes.SHEET_MISSING, Severity.WARNING, form.sheets().get(0).name(), "", "", "",
                    form.sheets().get(0).name());
            return;
        }
        readProfileCells();
        for (Placement p : sheets) {
            if (p.view.sheet().uncachedFormulas() > 0) {
                state.finding(ReadCodes.UNCACHED_FORMULAS, Severity.INFO, p.view.name(),
                        p.view.sheet().uncachedFormulaExamples().get(0), "", "", p.view.name(),
                        p.view.sheet().uncachedFormulas(), String.join("、", p.view.sheet().uncachedFormulaExamples()));
            }
        }
        // tables first: their header cells are never taken for a field's label
        for (SheetDescriptor sd : form.sheets()) {
            for (Block b : sd.blocks()) {
                if (b instanceof TableBlock tb) {
                    TableDescriptor t = tb.table();
                    new TableReader(this, t, home.get(sd), sd.name()).read();
                }
            }
        }
        addSimilarHits();
        List<TableReader.SubmissionRow> rows = submissionRowsFound();
        if (!rows.isEmpty()) {
            this.rows = rows;
            return;
        }
        for (SheetDescriptor sd : form.sheets()) {
            for (Block b : sd.blocks()) {
                if (b instanceof FieldBlock fb) {
                    readFields(sd, fb);
                }
            }
        }
        for (SheetDescriptor sd : form.sheets()) {
            for (Block b : sd.blocks()) {
                if (b instanceof FieldBlock fb) {
                    readKana(fb);
                    splitPostalCodes(fb);
                }
            }
        }
        tablesAnsweredInWords();
    }

    /**
     * A table whose header row was not found, while the form's text field describing the same thing holds the answer
     * in words (VPN装置のメーカー名、型番、台数を全て記載すること | ・フォーティネット FortiGate-60F 1台…, bv-w23-b): the
     * answer is there, and the model reads the rows from the words; the warning that the table is empty becomes
     * information that it was answered in words. A pointer (下表のとおり) to the missing table is no answer.
     */
    private void tablesAnsweredInWords() {
        for (int i = 0; i < state.findings.size(); i++) {
            io.github.medsecforms.model.Finding f = state.findings.get(i);
            if (!f.ruleId().equals(ReadCodes.TABLE_MISSING) || f.severity() != Severity.WARNING) {
                continue;
            }
            String table = f.path();
            for (Map.Entry<String, Object> e : state.values.entrySet()) {
                String path = e.getKey();
                if (path.startsWith(table) && path.length() > table.length() && Character.isLetter(path.charAt(table.length()))
                        && e.getValue() instanceof String text && !text.isBlank()
                        && !TABLE_POINTER.matcher(LabelText.nfkc(text).strip()).matches()) {
                    state.findings.remove(i);
                    int at = state.findings.size();
                    state.finding(ReadCodes.TABLE_IN_WORDS, Severity.INFO, f.sheet(), "", table, f.label(), f.sheet(),
                            f.label());
                    state.findings.add(i, state.findings.remove(at)); // in the warning's place
                    break;
                }
            }
        }
    }

    /**
     * A sheet with one submission per row: a header line that names many of the form's single fields and rows of
     * answers under it (Microsoft Forms' export: 病院名を入力してください。| 患者数を… | …). Taken when it holds two
     * answers or more, or one that covers most of the form's fields.
     */
    private List<TableReader.SubmissionRow> submissionRowsFound() {
        List<FieldDescriptor> whole = new ArrayList<>();
        for (SheetDescriptor sd : form.sheets()) {
            for (Block b : sd.blocks()) {
                if (b instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        if (f.appliesTo(version) && f.kind() != ValueKind.IMAGE) {
                            whole.add(f.withPath(prefix + f.path()));
                        }
                    }
                }
            }
        }
        if (whole.size() < 4) {
            return List.of();
        }
        int min = Math.max(3, (int) Math.ceil(whole.size() * 0.4));
        List<PositionSet> before = new ArrayList<>();
        TableReader reader = new TableReader(this, whole, null);
        if (!reader.hasSubmissionHeader(min)) {
            return List.of();
        }
        for (Placement p : sheets) {
            before.add(p.consumed.copy());
        }
        List<TableReader.SubmissionRow> found = reader.readSubmissions(min);
        if (found.size() >= 2 || (found.size() == 1 && found.get(0).placed() >= Math.ceil(whole.size() * 0.7))) {
            return found;
        }
        for (int i = 0; i < sheets.size(); i++) { // not laid out so after all: the cells are free again
            sheets.get(i).consumed.clear();
            sheets.get(i).consumed.addAll(before.get(i));
            sheets.get(i).dataAreas.clear();
        }
        return List.of();
    }

    /**
     * Labels found by similarity (questions written shorter, longer or numbered their own way): each text cell that
     * matched no wording is compared with the form's long and numbered labels, within a budget of cells. What a text
     * is similar to depends on the text only: it is worked out once per distinct text ({@link #similarHits}) and
     * added for each cell holding it, in the same order.
     */
    private void addSimilarHits() {
        int budget = 3000;
        SheetView.PerText<List<SimilarHit>> byText = null;
        for (Placement p : sheets) {
            for (Cell cell : p.unmatched) {
                if (budget-- <= 0) {
                    return;
                }
                if (p.isConsumed(cell.row(), cell.col()) || p.inData(cell.row(), cell.col()) || cell.text().length() > 150) {
                    continue;
                }
                SheetView.Text text = p.view.keys().text(cell.text());
                if (byText == null) {
                    byText = new SheetView.PerText<>(p.view.keys());
                }
                List<SimilarHit> similar = byText.get(text);
                if (similar == null) {
                    similar = similarHits(p.view, text);
                    byText.put(text, similar);
                }
                for (SimilarHit h : similar) {
                    p.add(new Placement.Hit(p.view, cell, h.term(), h.score(), h.inline(), "similar wording"));
                }
            }
        }
    }

    /** One hit {@link #addSimilarHits} makes for each cell of a text: the term, its score, the value after a colon. */
    private record SimilarHit(Lexicon.Term term, int score, String inline) {
    }

    /** The field terms a text names by similarity ({@link #addSimilarHits}), in the order their hits are added. */
    private List<SimilarHit> similarHits(SheetView view, SheetView.Text text) {
        String core = text.core();
        String number = text.number();
        String[] lv = text.labelAndValue();
        String lvCore = lv == null ? null : view.core(lv[0]);
        String lvNumber = lv == null ? null : view.number(lv[0]);
        List<SimilarHit> found = new ArrayList<>(1);
        Set<String> seen = new HashSet<>();
        Lexicon.Similar similar = lexicon.similar();
        // a term sharing no bigram with the text scores 0 (similarity): only the others, in their order
        for (int i : sharing(similar, core, lvCore)) {
            Lexicon.Term t = similar.terms().get(i);
            if (t.kind() != Lexicon.Kind.FIELD || !seen.add(t.path() + "|" + t.key())) {
                continue;
            }
            int score = similarity(core, number, t);
            String inline = null;
            if (lv != null) {
                int s2 = similarity(lvCore, lvNumber, t) - 4;
                // 電子カルテのバックアップの現状：電子カルテベンダ…と…方針を検討中: the words after the colon may
                // repeat the label's and make the whole cell look closer; a label before a colon is a label
                if (s2 > score || s2 >= 60) {
                    score = s2;
                    inline = lv[1];
                }
            }
            if (score >= 58 && t.field().kind() == ValueKind.CHOICE && ChoiceText.read(t.field().javaType(),
                    Wording.stripBrackets(text.nfkc)).found()) {
                // an answer of the question, however like the question it reads, is no label (an option named
                // only in a bracketed note, （…選んだ場合は回答不要）, does not make the question an answer: obi-w20-a)
                continue;
            }
            if (score >= 58) {
                found.add(new SimilarHit(t, score, inline));
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ accessors for TableReader

    FormDescriptor form() {
        return form;
    }

    FiscalYear version() {
        return version;
    }

    CellConverter converter() {
        return converter;
    }

    ReadState state() {
        return state;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    List<Placement> sheets() {
        return sheets;
    }

    Explain explain() {
        return explain;
    }

    // ------------------------------------------------------------------ single fields

    private void readFields(SheetDescriptor sd, FieldBlock block) {
        String prefix = block.path().isEmpty() ? "" : block.path() + ".";
        Placement preferred = home.get(sd);
        for (FieldDescriptor field : block.fields()) {
            if (!field.appliesTo(version)) {
                continue;
            }
            String path = prefix + field.path();
            if (fromProfile.contains(path)) {
                continue; // read from the cell the layout profile names
            }
            if (fromLines.contains(path)) {
                continue; // read from a line of another field's value cell (氏名：… / 所属：…)
            }
            if (field.kind() == ValueKind.IMAGE) {
                readImage(path, preferred);
                continue;
            }
            Placement.Hit label = findLabel(path, field, preferred);
            if (lexicon.kanaBases.containsKey(path) && label == null) {
                continue; // a bare (かな): read after the field it reads (readKana)
            }
            if (label == null) {
                label = similarLabel(path, field, preferred);
            }
            if (label == null) {
                label = titleOfTableNotFound(path, field);
            }
            if (label == null) {
                Cell[] crossed = crossTab(path, field, preferred);
                if (crossed != null) {
                    resolveAt(path, field, crossed[0], crossed[1], "group × label");
                    continue;
                }
                state.finding(ReadCodes.LABEL_MISSING, field.required() ? Severity.WARNING : Severity.INFO,
                        preferred != null ? preferred.view.name() : sheets.get(0).view.name(), "", path,
                        field.qualifiedLabel(), preferred != null ? preferred.view.name() : sheets.get(0).view.name(),
                        field.qualifiedLabel());
                continue;
            }
            Placement on = placementOf(label.view());
            on.consume(label.cell());
            resolveFrom(path, field, label, on);
            // 住所 (over two lines) | 〒… | 住所 | 広島県…: the label written again further along its row holds the value
            Placement.Hit again = state.values.containsKey(path) ? null : findLabel(path, field, on);
            if (again != null && again.view() == label.view() && again.cell().row() == label.cell().row()
                    && again.cell().col() > label.cell().col() && again.inline() == null
                    && !isHintOrInstruction(on, again.cell(), field)) { // a note beside the answer is no label
                on.consume(again.cell());
                resolveFrom(path, field, again, on);
            }
            // 14 セキュリティ責任者を設置しているか (no answer) | 14-1 セキュリティ責任者を職員として配置しているか | はい: the
            // question asked again in other words right below it, as a sub-question, holds the answer
            Cell[] first = resolved.get(path);
            boolean unanswered = !state.values.containsKey(path) && first != null
                    && (first[1].isBlank() || first[1].type() == CellType.STRING && first[1].text().isBlank());
            Placement.Hit below = unanswered ? findLabel(path, field, on) : null;
            if (below != null && below.view() == label.view() && below.inline() == null && below.score() >= 90
                    && below.term().kanaOf() == null && ownsCell(on, below, path)
                    && below.cell().row() > label.cell().row() && below.cell().row() <= label.cell().row() + 3
                    && !isHintOrInstruction(on, below.cell(), field)) {
                Cell[] before = resolved.get(path);
                on.consume(below.cell());
                resolveFrom(path, field, below, on);
                if (!state.values.containsKey(path) && before != null) {
                    resolved.put(path, before); // still no answer: the question's own answer cell is where it belongs
                    state.origins.cell(path, new CellOrigin(on.view.name(), before[1].a1()));
                }
            }
        }
    }

    /** Fields read from the cells a layout profile names: the label search leaves them alone. */
    private final Set<String> fromProfile = new HashSet<>();

    /** The profile's name as findings and explanations show it ({@code 〇〇県版}, else its form). */
    private String profileName() {
        return profile.name().isEmpty() ? profile.formId() : profile.name();
    }

    /**
     * The last resort of a layout profile: each single field it gives a cell for is read from that cell (the top-left
     * cell of a merged region it lies in), before anything else, so that no label search takes the cell for another
     * field. A sheet the workbook does not have is a finding, and the field is searched for by its label.
     */
    private void readProfileCells() {
        if (profile == null) {
            return;
        }
        Map<String, FieldDescriptor> fields = new HashMap<>();
        for (SheetDescriptor sd : form.sheets()) {
            for (Block b : sd.blocks()) {
                if (b instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        fields.put(prefix + f.path(), f);
                    }
                }
            }
        }
        for (Map.Entry<String, LayoutProfile.CellAddress> e : profile.cells().entrySet()) {
            String path = e.getKey();
            FieldDescriptor field = fields.get(path);
            LayoutProfile.CellAddress at = e.getValue();
            if (field == null || !field.appliesTo(version)) {
                continue; // a field of another version: nothing to read
            }
            Placement p = profileSheet(at.sheet());
            if (p == null) {
                state.finding(ReadCodes.PROFILE_CELL_SHEET_MISSING, Severity.WARNING, "", "", path,
                        field.qualifiedLabel(), profileName(), path, at.sheet());
                continue;
            }
            int row = CellRef.row(at.cell());
            int col = CellRef.col(at.cell());
            java.util.Optional<CellRange> merged = p.view.sheet().mergedRegionAt(row, col);
            int firstRow = merged.map(CellRange::firstRow).orElse(row);
            int firstCol = merged.map(CellRange::firstCol).orElse(col);
            Cell cell = p.view.cell(firstRow, firstCol);
            if (cell.row() < 0) {
                cell = Cell.ofText(firstRow, firstCol, ""); // nothing written: still the cell the value belongs in
            }
            fromProfile.add(path);
            resolvedOn.put(path, p);
            p.consume(cell);
            CellOrigin origin = new CellOrigin(p.view.name(), cell.a1());
            state.origins.cell(path, origin);
            resolved.put(path, new Cell[] {cell, cell});
            if (!cell.isBlank() && !cell.text().isBlank()) {
                put(path, field, cell, origin, "layout profile cell (cells." + path + " of " + profileName() + ")");
            }
        }
    }

    Placement placementOf(SheetView view) {
        for (Placement p : sheets) {
            if (p.view == view) {
                return p;
            }
        }
        throw new IllegalStateException("no placement for " + view.name());
    }

    /** The best label cell of a field among the sheets' hits: by score, then the field's own sheet, then reading order. */
    private Placement.Hit findLabel(String path, FieldDescriptor field, Placement preferred) {
        List<Placement.Hit> candidates = new ArrayList<>();
        for (Placement p : sheets) {
            for (Placement.Hit h : p.hits) {
                if (h.term().kind() == Lexicon.Kind.FIELD && h.term().path().equals(path)
                        && (!p.isConsumed(h.cell().row(), h.cell().col()) || p.compound.containsKey(h))
                        && !p.inData(h.cell().row(), h.cell().col())) {
                    candidates.add(h);
                }
            }
        }
        if (!field.groups().isEmpty()) {
            String group = path.substring(0, path.lastIndexOf('.'));
            candidates.removeIf(h -> !group.equals(governingGroup(placementOf(h.view()), h.cell()))
                    && !(placementOf(h.view()).compound.containsKey(h) && namesGroup(h, group)));
        }
        return best(candidates, preferred);
    }

    private Placement.Hit best(List<Placement.Hit> candidates, Placement preferred) {
        Placement.Hit best = null;
        for (Placement.Hit h : candidates) {
            if (best == null || better(h, best, preferred)) {
                best = h;
            }
        }
        return best;
    }

    private boolean better(Placement.Hit a, Placement.Hit b, Placement preferred) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        // two labels alike: the one with a value written right of it (備考 | 外来棟改修工事のため… under a sub-table whose
        // column is also headed 備考, sr-w21-b)
        boolean av = valueBeside(a);
        boolean bv = valueBeside(b);
        if (av != bv) {
            return av;
        }
        if (!av) {
            // neither has one beside it: the one with a value under it (医療機関名 over the name on a 表紙, the
            // checklist sheet's 医療機関名 | =表紙!B5 saved without its result, clh-w32-b)
            boolean au = valueUnder(a);
            boolean bu = valueUnder(b);
            if (au != bu) {
                return au;
            }
        }
        boolean ap = preferred != null && a.view() == preferred.view;
        boolean bp = preferred != null && b.view() == preferred.view;
        if (ap != bp) {
            return ap;
        }
        int ao = placementOf(a.view()).order;
        int bo = placementOf(b.view()).order;
        if (ao != bo) {
            return ao < bo;
        }
        if (a.cell().row() != b.cell().row()) {
            return a.cell().row() < b.cell().row();
        }
        return a.cell().col() < b.cell().col();
    }

    /** Whether the cell right under a label (its first column, the line after it) is filled and no label. */
    private boolean valueUnder(Placement.Hit h) {
        if (h.inline() != null) {
            return false;
        }
        Placement p = placementOf(h.view());
        CellRange r = p.view.regionOf(h.cell());
        Cell shown = p.view.shown(r.lastRow() + 1, r.firstCol());
        return !shown.isBlank() && shown.row() == r.lastRow() + 1
                && !(shown.type() == CellType.STRING && (isLabelCell(p, shown) || isNote(shown.text())
                || p.answerLabels.contains(Placement.pos(shown.row(), shown.col()))));
    }

    /** Whether a filled cell that is no label stands right of a label, within two columns on its first line. */
    private boolean valueBeside(Placement.Hit h) {
        if (h.inline() != null) {
            return true;
        }
        Placement p = placementOf(h.view());
        CellRange r = p.view.regionOf(h.cell());
        for (int c = r.lastCol() + 1; c <= Math.min(p.view.lastColumn(), r.lastCol() + 2); c++) {
            Cell shown = p.view.shown(r.firstRow(), c);
            if (shown.isBlank() || shown.row() != r.firstRow()) {
                continue;
            }
            return !(shown.type() == CellType.STRING && (isLabelCell(p, shown)
                    || p.answerLabels.contains(Placement.pos(shown.row(), shown.col()))));
        }
        return false;
    }

    /**
     * The group that governs a label cell: the nearest group label to its left in its row (or whose merged rows
     * cover it), else the nearest group label above it (a heading such as 【担当者①】), else a cell above that names
     * the group with its label ({@code 回答者の情報 氏名} over {@code 〃 所属}). Empty when none.
     */
    private String governingGroup(Placement p, Cell label) {
        String best = "";
        int bestRow = -1;
        int bestCol = -1;
        for (Placement.Hit g : p.hits) {
            if (g.term().kind() != Lexicon.Kind.GROUP) {
                continue;
            }
            CellRange r = p.view.regionOf(g.cell());
            boolean sameRows = label.row() >= r.firstRow() && label.row() <= r.lastRow();
            if (sameRows && r.lastCol() < label.col()) {
                if (bestRow < label.row() || (bestRow == label.row() && r.firstCol() > bestCol)) {
                    best = g.term().path();
                    bestRow = label.row();
                    bestCol = r.firstCol();
                }
            } else if (r.lastRow() < label.row() && r.firstCol() <= label.col() + 1 && bestRow < label.row()) {
                if (r.lastRow() > bestRow || (r.lastRow() == bestRow && r.firstCol() > bestCol)) {
                    best = g.term().path();
                    bestRow = r.lastRow();
                    bestCol = r.firstCol();
                }
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        // a label that names its group itself, or a 〃 under one that does
        String own = compositeGroup(p, label);
        if (own != null) {
            return own;
        }
        Set<String> passed = new HashSet<>(); // the groups the labels passed on the way up may belong to
        for (int r = label.row() - 1; r >= Math.max(0, label.row() - 6); r--) {
            Cell above = p.view.shown(r, label.col());
            if (above.type() == CellType.STRING) {
                if (above.text().indexOf('。') >= 0) {
                    break; // a sentence that mentions a group (担当者②は4月に異動予定です。, sr-w14-b) heads nothing
                }
                String g = compositeGroup(p, above);
                if (g != null) {
                    return passed.isEmpty() || passed.contains(g) ? g : "";
                }
                if (LabelText.nfkc(above.text()).strip().startsWith("〃")) {
                    continue;
                }
                // a label of the same group between (回答者の情報 氏名 | 所属 | 連絡先: the third line's group is the
                // first's, bv-w25-a), not any other text
                Set<String> groups = new HashSet<>();
                for (Placement.Hit h : p.hits) {
                    if (h.cell().row() == above.row() && h.cell().col() == above.col()
                            && !h.term().groupPath().isEmpty()) { // 所属 alone, or 所属：医療情報管理室 (bv-w25-b)
                        groups.add(h.term().groupPath());
                    }
                }
                if (groups.isEmpty()) {
                    break;
                }
                if (passed.isEmpty()) {
                    passed.addAll(groups);
                } else {
                    passed.retainAll(groups);
                }
            }
        }
        return "";
    }

    /** The group a cell's own text names before its label ({@code 回答者 氏名}, {@code 回答者の情報　所属}), or null. */
    private String compositeGroup(Placement p, Cell cell) {
        if (cell.type() != CellType.STRING) {
            return null;
        }
        String core = p.view.coreOf(cell.text());
        for (Placement.Hit g : lexiconGroups()) {
            String gc = g.term().core();
            if (!gc.isEmpty() && core.startsWith(gc) && core.length() > gc.length()) {
                return g.term().path();
            }
        }
        return null;
    }

    private List<Placement.Hit> groupTerms;

    private List<Placement.Hit> lexiconGroups() {
        if (groupTerms == null) {
            groupTerms = new ArrayList<>();
            Set<String> groups = new HashSet<>();
            for (SheetDescriptor sd : form.sheets()) {
                for (FieldDescriptor f : sd.fields()) {
                    // field paths relative to blocks; groups found through the lexicon by their full path
                }
            }
            for (Placement p : sheets) {
                for (Placement.Hit h : p.hits) {
                    if (h.term().kind() == Lexicon.Kind.FIELD && !h.term().groupPath().isEmpty()) {
                        groups.add(h.term().groupPath());
                    }
                }
            }
            for (SheetDescriptor sd : form.sheets()) {
                for (Block b : sd.blocks()) {
                    if (b instanceof FieldBlock fb) {
                        String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                        for (FieldDescriptor f : fb.fields()) {
                            if (!f.groups().isEmpty()) {
                                String path = prefix + f.path();
                                groups.add(path.substring(0, path.lastIndexOf('.')));
                            }
                        }
                    }
                }
            }
            for (String g : groups) {
                for (Lexicon.Term t : lexicon.group(g)) {
                    groupTerms.add(new Placement.Hit(null, Cell.BLANK, t, 0, null, "group"));
                }
            }
            groupTerms.sort(Comparator.comparingInt((Placement.Hit h) -> -h.term().core().length()));
        }
        return groupTerms;
    }

    /**
     * A label found by similarity when no wording matched: a question written shorter or longer, with or without its
     * number (the official number counts only with some likeness of wording), or a long label abbreviated.
     */
    /**
     * The title of a table whose header was not found, over the form's text field that describes the same thing in
     * words (VPN装置のメーカー名、型番、台数を全て記載 | ヤマハ RTX1210 1台… for vpnDevicesText beside vpnDevices, bv-w21-b): the
     * title labels that field's free text. Null when the table was read, or for another kind of field.
     */
    private Placement.Hit titleOfTableNotFound(String path, FieldDescriptor field) {
        if (field.kind() != ValueKind.TEXT) {
            return null;
        }
        for (Placement p : sheets) {
            for (Placement.Hit h : p.hits) {
                String table = h.term().path();
                if (h.term().kind() != Lexicon.Kind.TABLE || h.inline() != null || !path.startsWith(table)
                        || path.length() <= table.length() || p.isConsumed(h.cell().row(), h.cell().col())
                        || state.values.get(table) instanceof List<?> rows && !rows.isEmpty()) {
                    continue;
                }
                for (Lexicon.Term t : lexicon.field(path)) {
                    return new Placement.Hit(h.view(), h.cell(), t, h.score(), null,
                            "the title of a table not found, over the text that describes it");
                }
            }
        }
        return null;
    }

    private Placement.Hit similarLabel(String path, FieldDescriptor field, Placement preferred) {
        List<Lexicon.Term> terms = lexicon.field(path);
        if (terms.isEmpty()) {
            return null;
        }
        String group = field.groups().isEmpty() ? null : path.substring(0, path.lastIndexOf('.'));
        Placement.Hit best = null;
        for (Placement p : sheets) {
            for (Cell cell : p.unmatched) {
                if (p.isConsumed(cell.row(), cell.col()) || p.inData(cell.row(), cell.col())) {
                    continue;
                }
                String key = p.view.key(cell.text());
                String core = p.view.core(key);
                String number = p.view.number(key);
                String[] lv = p.view.labelAndValue(cell.text());
                String lvCore = lv == null ? null : p.view.core(lv[0]);
                String lvNumber = lv == null ? null : p.view.number(lv[0]);
                for (Lexicon.Term t : terms) {
                    int score = similarity(core, number, t);
                    String inline = null;
                    if (lv != null) {
                        int s2 = similarity(lvCore, lvNumber, t) - 4;
                        // 電子カルテのバックアップの現状：電子カルテベンダ…と…方針を検討中: the words after the colon may
                        // repeat the label's and make the whole cell look closer; a label before a colon is a label
                        if (s2 > score || s2 >= 60) {
                            score = s2;
                            inline = lv[1];
                        }
                    }
                    if (score <= 0) {
                        continue;
                    }
                    if (group != null && !group.equals(governingGroup(p, cell))) {
                        continue;
                    }
                    Placement.Hit h = new Placement.Hit(p.view, cell, t, score, inline, "similar wording");
                    if (best == null || better(h, best, preferred)) {
                        best = h;
                    }
                }
            }
        }
        return best;
    }

    private Bigrams.Scratch similarScratch;
    /** The weighed bigrams of the texts this read compared (kept for the read only). */
    private final Map<String, Lexicon.Grams> textGrams = new HashMap<>();

    /**
     * The similar terms that share a bigram with {@code core} or {@code other} (may be null), by ascending index: the
     * only ones {@link #similarity} can score above 0, since every one of its measures counts shared bigrams.
     */
    private int[] sharing(Lexicon.Similar similar, String core, String other) {
        if (similarScratch == null) {
            similarScratch = similar.index().scratch();
        }
        int n = similar.index().common(core, similarScratch);
        int[] found = java.util.Arrays.copyOf(similarScratch.touched, n);
        if (other != null) {
            int m = similar.index().common(other, similarScratch);
            found = java.util.Arrays.copyOf(found, n + m);
            System.arraycopy(similarScratch.touched, 0, found, n, m);
        }
        java.util.Arrays.sort(found);
        int distinct = 0; // a term sharing bigrams with both texts once
        for (int i = 0; i < found.length; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                found[distinct++] = found[i];
            }
        }
        return java.util.Arrays.copyOf(found, distinct);
    }

    /** How similar a cell's core (and leading number) is to a term, as a score below the exact ones; 0 if not. */
    int similarity(String core, String number, Lexicon.Term t) {
        if (core.isEmpty() || t.core().isEmpty()) {
            return 0;
        }
        Lexicon.Grams cg = textGrams.computeIfAbsent(core, lexicon::grams);
        Lexicon.Grams tg = lexicon.gramsOf(t);
        double d = lexicon.dice(core, cg, t.core(), tg);
        // 14 before the wording of question 14-2 (14 asks two things): the number of its parent counts too
        boolean sameNumber = !number.isEmpty() && (number.equals(t.number()) || t.number().startsWith(number + "-"));
        if (sameNumber && d >= 0.3) {
            return (int) Math.round(70 + 15 * d);
        }
        if (!number.isEmpty() && !t.number().isEmpty() && !sameNumber && d < 0.8) {
            return 0; // another question's number
        }
        if (t.core().length() >= 6 && core.length() >= 4 && d >= 0.6) {
            return (int) Math.round(35 + 45 * d);
        }
        if (t.core().length() >= 8 && core.length() > t.core().length() && core.length() <= 3 * t.core().length()) {
            double held = lexicon.containment(t.core(), tg, core, cg); // a longer question that holds most of the label
            if (held >= 0.75) {
                return (int) Math.round(50 + 20 * held);
            }
        }
        if (core.length() >= 6 && core.length() < t.core().length()) {
            double held = lexicon.containment(core, cg, t.core(), tg); // a shortened label
            if (held >= 0.85) {
                return (int) Math.round(45 + 20 * held);
            }
        }
        if (t.core().length() >= 8 && core.length() >= 4 && t.core().endsWith(core)) {
            return 60; // the tail of a long label: 活用の可否
        }
        if (core.length() >= 8 && t.core().length() >= 4 && core.contains(t.core())) {
            return 58; // a longer wording that holds the label whole
        }
        return 0;
    }

    /**
     * A grouped field whose group names a row and whose label heads a column (担当者① in a row, 氏名 over a column):
     * the group's label cell and the value cell where they meet; null if there is no such pair.
     */
    private Cell[] crossTab(String path, FieldDescriptor field, Placement preferred) {
        if (field.groups().isEmpty()) {
            return null;
        }
        String group = path.substring(0, path.lastIndexOf('.'));
        Cell[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Placement p : sheets) {
            for (Placement.Hit g : p.hits) {
                if (g.term().kind() != Lexicon.Kind.GROUP || !g.term().path().equals(group)) {
                    continue;
                }
                CellRange gr = p.view.regionOf(g.cell());
                for (Placement.Hit l : p.hits) {
                    if (l.term().kind() != Lexicon.Kind.FIELD || !l.term().path().equals(path)) {
                        continue;
                    }
                    CellRange lr = p.view.regionOf(l.cell());
                    Cell value = null;
                    int distance;
                    if (lr.lastRow() < gr.firstRow() && lr.firstCol() > gr.lastCol()) {
                        value = Cell.ofText(gr.firstRow(), lr.firstCol(), "");
                        distance = gr.firstRow() - lr.lastRow();
                    } else if (lr.firstRow() > gr.lastRow() && lr.lastCol() < gr.firstCol()) {
                        value = Cell.ofText(lr.firstRow(), gr.firstCol(), "");
                        distance = lr.firstRow() - gr.lastRow();
                    } else {
                        continue;
                    }
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = new Cell[] {g.cell(), value, null};
                        resolvedOn.put(path, p);
                    }
                }
            }
        }
        if (best == null) {
            best = crossTabByNumber(path, group);
        }
        if (best != null) {
            Placement p = resolvedOn.get(path);
            best[1] = p.view.shown(best[1].row(), best[1].col()).isBlank()
                    ? Cell.ofText(best[1].row(), best[1].col(), "") : p.view.shown(best[1].row(), best[1].col());
            if (best[1].row() < 0) {
                best[1] = Cell.ofText(best[1].row(), best[1].col(), "");
            }
        }
        return best;
    }

    /**
     * A group named in two parts, its word over a column of row numbers (担当者 over ①【必須】, ②, ③) and the field's
     * label over another column on that header line (氏名): the row number's cell and the value cell where the row
     * meets the label's column; null if the two parts make none of the group's wordings.
     */
    private Cell[] crossTabByNumber(String path, String group) {
        List<Lexicon.Term> wordings = lexicon.group(group);
        if (wordings.isEmpty()) {
            return null;
        }
        for (Placement p : sheets) {
            for (Placement.Hit l : p.hits) {
                if (l.term().kind() != Lexicon.Kind.FIELD || !l.term().path().equals(path) || l.inline() != null) {
                    continue;
                }
                int headerRow = p.view.regionOf(l.cell()).lastRow();
                for (int col = 0; col < l.cell().col(); col++) {
                    Cell head = p.view.cell(headerRow, col);
                    if (head.type() != CellType.STRING || head.text().isBlank() || head.text().length() > 12) {
                        continue;
                    }
                    String word = p.view.key(head.text());
                    for (int row = headerRow + 1; row <= Math.min(p.view.lastRow(), headerRow + 6); row++) {
                        Cell number = p.view.cell(row, col);
                        if (number.type() != CellType.STRING || number.row() != row) {
                            continue;
                        }
                        String n = p.view.coreOf(number.text());
                        if (n.isEmpty() || n.length() > 3) {
                            continue;
                        }
                        for (Lexicon.Term t : wordings) {
                            if (t.key().isEmpty() || !t.key().endsWith(n)) {
                                continue;
                            }
                            // 担当者 over the numbers, or 区分 over them under a heading naming 担当者 (２．担当者（…）)
                            String base = t.key().substring(0, t.key().length() - n.length());
                            if (word.equals(base) || base.length() >= 2 && headingAbove(p, headerRow, base)) {
                                resolvedOn.put(path, p);
                                return new Cell[] {number, Cell.ofText(row, l.cell().col(), ""), null};
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether one of the two lines above a header starts with a heading that holds {@code word}. */
    private static boolean headingAbove(Placement p, int headerRow, String word) {
        for (int r = headerRow - 1; r >= Math.max(0, headerRow - 2); r--) {
            for (int c = 0; c <= Math.min(2, p.view.lastColumn()); c++) {
                Cell h = p.view.cell(r, c);
                if (h.type() == CellType.STRING && !h.isBlank()) {
                    if (p.view.key(h.text()).contains(word)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private void resolveAt(String path, FieldDescriptor field, Cell label, Cell value, String how) {
        Placement p = resolvedOn.get(path);
        p.consume(value);
        CellOrigin origin = new CellOrigin(p.view.name(), CellRef.a1(Math.max(0, value.row()), Math.max(0, value.col())));
        state.origins.cell(path, origin);
        resolved.put(path, new Cell[] {label, value});
        if (!value.isBlank() && !value.text().isBlank()) {
            put(path, field, value, origin, how);
        }
    }

    /**
     * Whether what follows a question's label in its cell is no answer but a sub-question, answered by an option in the
     * cell to its right ({@code セキュリティ責任者を設置しているか　①セキュリティ責任者を職員として配置しているか} | はい,
     * bv-w48-a): the text after the label names no option of the field, the first cell right of the label does.
     */
    private boolean subQuestionAnsweredRight(Placement p, CellRange region, Placement.Hit label, FieldDescriptor field) {
        if (ChoiceText.read(field.javaType(), label.inline()).found()) {
            return false;
        }
        int last = Math.min(p.view.lastColumn(), region.lastCol() + RIGHT_SCAN);
        for (int c = region.lastCol() + 1; c <= last; c++) {
            Cell shown = p.view.shown(region.firstRow(), c);
            if (shown.isBlank()) {
                continue;
            }
            return shown.row() == region.firstRow() && shown.type() == CellType.STRING
                    && ChoiceText.exact(field.javaType(), shown.text()) != null;
        }
        return false;
    }

    /** Whether a label cell's own words, outside its brackets, name a group ({@code 回答者（氏名／所属／連絡先）}). */
    private boolean namesGroup(Placement.Hit h, String group) {
        String core = h.view().coreOf(h.cell().text());
        for (Lexicon.Term t : lexicon.group(group)) {
            if (!t.core().isEmpty() && core.equals(t.core())) {
                return true;
            }
        }
        return false;
    }

    /** The value cell of each compound label, found once for all its parts (by label position and sheet). */
    private final Map<Long, Cell> compoundValues = new HashMap<>();

    /**
     * A field named by one part of a compound label: the same part of its value, split at the slashes; nothing when
     * the value does not have as many parts as the label (never a guess at which part is which).
     */
    private void resolveCompound(String path, FieldDescriptor field, Placement.Hit label, Placement p, int[] part) {
        Cell cell = label.cell();
        CellRange region = p.view.regionOf(cell);
        long key = Placement.pos(cell.row(), cell.col()) ^ ((long) p.order << 50);
        Cell value = compoundValues.get(key);
        if (value == null) {
            List<Cell> right = rightOf(p, region, cell.row(), null);
            value = !right.isEmpty() ? right.get(0) : below(p, region, field);
            if (value == null) {
                return;
            }
            p.consume(value);
            compoundValues.put(key, value);
        }
        CellOrigin origin = new CellOrigin(p.view.name(), value.a1());
        state.origins.cell(path, origin);
        resolved.put(path, new Cell[] {cell, value});
        String[] parts = value.type() == CellType.STRING ? SLASH_PARTS.split(LabelText.nfkc(value.text()).strip()) : new String[0];
        if (parts.length != part[1]) {
            return;
        }
        put(path, field, Cell.ofText(value.row(), value.col(), parts[part[0]].strip()), origin, label.how(), label);
    }

    /** Finds the value of a field from its label cell: in the cell, to the right, below, or in an answer row. */
    private void resolveFrom(String path, FieldDescriptor field, Placement.Hit label, Placement p) {
        int[] part = p.compound.get(label);
        if (part != null) {
            resolveCompound(path, field, label, p, part);
            return;
        }
        resolvedOn.put(path, p);
        Cell cell = label.cell();
        CellRange region = p.view.regionOf(cell);
        if (label.inline() != null && !(field.kind() == ValueKind.CHOICE && subQuestionAnsweredRight(p, region, label, field))) {
            Cell value = Cell.ofText(cell.row(), cell.col(), label.inline());
            CellOrigin origin = new CellOrigin(p.view.name(), cell.a1());
            state.origins.cell(path, origin);
            resolved.put(path, new Cell[] {cell, value});
            put(path, field, value, origin, label.how() + (label.term().inverse() ? ", inverse" : ""), label);
            return;
        }
        if (field.kind() == ValueKind.CHOICE && region.lastRow() > region.firstRow()) {
            List<Cell> listed = new ArrayList<>();
            ChoiceCells rows = optionsInLabelRows(p, region, field, listed);
            if (rows != null) {
                chosenAmong(path, field, label, p, rows, listed, " at ");
                return;
            }
        }
        List<Cell> right = rightOf(p, region, cell.row(), field);
        for (int r = region.firstRow() + 1; right.isEmpty() && field.kind() != ValueKind.CHOICE && r <= region.lastRow(); r++) {
            // 住所 merged over two lines, 〒 | 761-8076 on the first and the address on the second (lds-w22-a): the
            // value right of the label on a later line of it, when its first line holds none
            right = rightOf(p, region, r, field);
        }
        if (field.kind() == ValueKind.CHOICE) {
            // answers drawn left of the question (回答 はい | いいえ over ○ marks | No. | 設問 | 備考): the marked column's
            // option; none marked is no answer, and what stands right of the question is then a remark, not the answer
            List<Cell> listed = new ArrayList<>();
            ChoiceCells left = marksOnTheLeft(p, region, field, listed);
            if (left != null && (!left.blank || right.isEmpty() || !answersAmong(p, field, right))) {
                chosenAmong(path, field, label, p, left, listed, " left of the question at ");
                return;
            }
        }
        {
            // a column headed 回答 left of the question holds the answer, whatever a remarks column right of it says
            Cell left = valueOnTheLeft(p, region, field);
            if (left != null) {
                left = digitBoxes(p, left, field);
                p.consume(left);
                CellOrigin origin = new CellOrigin(p.view.name(), left.a1());
                state.origins.cell(path, origin);
                resolved.put(path, new Cell[] {cell, left});
                put(path, field, left, origin, label.how() + ", value left of the question under its 回答 header", label);
                return;
            }
        }
        if (!right.isEmpty() && field.kind() == ValueKind.CHOICE) {
            Choice chosen = null;
            Cell at = right.get(0);
            ChoiceCells cc = chooseAmong(p, field, right);
            if (cc != null) {
                if (cc.several) {
                    severalMarked(path, field, p, cc.cell);
                    p.consume(cc.cell);
                    state.origins.cell(path, new CellOrigin(p.view.name(), cc.cell.a1()));
                    resolved.put(path, new Cell[] {cell, cc.cell});
                    return;
                }
                chosen = cc.choice;
                at = cc.cell;
                if (cc.blank) {
                    for (Cell c : right) {
                        p.consume(c);
                    }
                    state.origins.cell(path, new CellOrigin(p.view.name(), at.a1()));
                    resolved.put(path, new Cell[] {cell, at});
                    return;
                }
            }
            for (Cell c : right) {
                p.consume(c);
            }
            CellOrigin origin = new CellOrigin(p.view.name(), at.a1());
            state.origins.cell(path, origin);
            resolved.put(path, new Cell[] {cell, at});
            if (chosen != null) {
                Object value = label.term().inverse() ? invert(chosen) : chosen;
                if (label.term().inverse()) {
                    inverted(path, field, p, at, label);
                }
                state.values.put(path, value);
                explain.record(path, p.view.name(), at.a1(), String.valueOf(((Choice) value).label()),
                        label.how() + ", " + cc.how + " at " + label.cell().a1());
            } else {
                put(path, field, at, origin, label.how(), label);
            }
            return;
        }
        if (right.size() == 1 && field.kind() == ValueKind.TEXT && isDashPlaceholder(right.get(0))) {
            // ９．VPN装置のメーカー名、型番、台数を全て記載 | ― (in the はい/いいえ columns) over the description merged
            // under the question (bv-w45-b): the dash says "no yes/no here", the answer is the text under the question
            Cell under = below(p, region, field);
            if (under != null && under.type() == CellType.STRING && !isDashPlaceholder(under)) {
                p.consume(right.get(0));
                p.consume(under);
                CellOrigin origin = new CellOrigin(p.view.name(), under.a1());
                state.origins.cell(path, origin);
                resolved.put(path, new Cell[] {cell, under});
                put(path, field, under, origin, label.how() + ", value below (a dash beside the question)", label);
                return;
            }
        }
        if (!right.isEmpty()) {
            Cell value = digitBoxes(p, right.get(0), field);
            p.consume(value);
            CellOrigin origin = new CellOrigin(p.view.name(), value.a1());
            state.origins.cell(path, origin);
            resolved.put(path, new Cell[] {cell, value});
            put(path, field, value, origin, label.how() + ", value to the right", label);
            return;
        }
        if (field.kind() == ValueKind.CHOICE) {
            // a statement with a mark in the cell in front of it (レ | 電子カルテシステムを導入している, 「該当する場合は左欄に
            // レを記入」): the statement holds, as はい; nothing in front of it is no answer, never いいえ
            Cell mark = markInFront(p, region);
            Choice yes = mark == null ? null : ChoiceText.exact(field.javaType(), "はい");
            if (yes != null) {
                p.consume(mark);
                CellOrigin origin = new CellOrigin(p.view.name(), mark.a1());
                state.origins.cell(path, origin);
                resolved.put(path, new Cell[] {cell, mark});
                Object value = label.term().inverse() ? invert(yes) : yes;
                state.values.put(path, value);
                explain.record(path, p.view.name(), mark.a1(), ((Choice) value).label(),
                        label.how() + ", mark in front of the statement at " + label.cell().a1());
                return;
            }
        }
        if (field.kind() == ValueKind.CHOICE) {
            List<Cell> listed = new ArrayList<>();
            ChoiceCells cc = optionsBelow(p, region, field, listed);
            if (cc != null) {
                chosenAmong(path, field, label, p, cc, listed, " at ");
                return;
            }
        }
        if (field.kind() == ValueKind.CHOICE && region.lastRow() + 1 <= p.view.lastRow()) {
            // the options side by side on the line below, a mark before the chosen one (○ | 可 | | 不可)
            // (a heading in one cell whose text runs over the columns to its right: the options stand under that
            // text, sr-w8-a's ■ …活用の可否（※）※該当する方の左欄に○ over | ○ | 可 | | 不可: up to two blank cells
            // between them)
            List<Cell> line = new ArrayList<>();
            int gap = 0;
            boolean alone = region.firstCol() == region.lastCol();
            for (int c = region.lastCol() + 1; alone && c <= Math.min(p.view.lastColumn(), region.lastCol() + 8); c++) {
                alone = p.view.shown(region.firstRow(), c).isBlank(); // nothing else on the heading's line
            }
            int end = region.lastCol() + (alone ? 8 : 1);
            int next = region.lastRow() + 1;
            if (next < p.view.lastRow() && onlyHowTo(p, next, region.firstCol(), Math.min(p.view.lastColumn(), end))) {
                next++; // ３．…活用の可否 over （該当する方の左欄に○） over ○ | 可 | | 不可 (sr-w44-b): past the how-to line
            }
            for (int c = region.firstCol(); c <= Math.min(p.view.lastColumn(), end); c++) {
                Cell shown = p.view.shown(next, c);
                if (!shown.isBlank() && shown.row() == next && shown.col() == c
                        && !(shown.type() == CellType.STRING && isNote(shown.text()))) {
                    // (a note beside the answer, ※「いいえ」の場合は以降の設問は回答不要, is no option: bv-w9-b)
                    line.add(shown);
                    gap = 0;
                } else if (!line.isEmpty() && ++gap > 2) {
                    break;
                }
            }
            boolean labelled = alone && line.stream().anyMatch(c -> c.type() == CellType.STRING && isLabelCell(p, c));
            List<Cell> options = line;
            if (labelled) {
                // the question restated on the line below, its options after it: (12) | 回答データの活用（いずれかに●） |
                // ● | 可 | | 不可 under ４．…回答データの活用の可否 (sr-w17-b) — the options after the restatement
                int restated = -1;
                for (int k = 0; k < line.size(); k++) {
                    Cell c = line.get(k);
                    if (c.type() == CellType.STRING && isLabelCell(p, c)) {
                        boolean same = !p.at(c.row(), c.col()).isEmpty();
                        for (Placement.Hit h : p.at(c.row(), c.col())) {
                            same &= h.term().field() == field && h.inline() == null;
                        }
                        restated = same ? k : -2;
                        if (!same) {
                            break;
                        }
                    }
                }
                if (restated >= 0 && line.size() - restated - 1 >= 2) {
                    options = line.subList(restated + 1, line.size());
                    labelled = false;
                }
            }
            // a mark and the option it chooses, the other options far apart (レ | 同意する | | | | 同意しない, lds-w20-b)
            boolean markThenOption = options.size() == 2 && options.get(0).type() == CellType.STRING
                    && ChoiceText.isChosenMark(options.get(0).text()) && options.get(1).type() == CellType.STRING
                    && ChoiceText.exact(field.javaType(), options.get(1).text()) != null;
            ChoiceCells cc = (options.size() >= (options == line ? 3 : 2) || markThenOption) && !labelled
                    ? chooseAmong(p, field, options) : null;
            if (cc != null && !cc.blank && (cc.several || cc.choice != null)) {
                chosenAmong(path, field, label, p, cc, line, " on the line below, at ");
                return;
            }
            List<Cell> listed = new ArrayList<>();
            ChoiceCells marked = optionsOverMarks(p, region, field, listed);
            if (marked != null) {
                chosenAmong(path, field, label, p, marked, listed, " under the options on the line below, at ");
                return;
            }
        }
        Cell below = below(p, region, field);
        if (below != null) {
            below = digitBoxes(p, below, field);
            p.consume(below);
            CellOrigin origin = new CellOrigin(p.view.name(), below.a1());
            state.origins.cell(path, origin);
            resolved.put(path, new Cell[] {cell, below});
            put(path, field, below, origin, label.how() + ", value below", label);
            return;
        }
        // nothing written: the cell a value belongs in — after the colon of a label ending in one (確認者名（フルネーム）：
        // merged across the form's width, lds-w41-b: the value is written in that cell), else right of the label
        int col = endsWithColon(cell) ? cell.col() : Math.min(region.lastCol() + 1, CellRef.MAX_COLUMNS - 1);
        state.origins.cell(path, new CellOrigin(p.view.name(), CellRef.a1(cell.row(), col)));
        resolved.put(path, new Cell[] {cell, Cell.ofText(cell.row(), col, "")});
    }

    /** Whether a label cell's text ends with a colon (full- or half-width): its value is written after it, in the cell. */
    private static boolean endsWithColon(Cell cell) {
        String t = cell.type() == CellType.STRING ? cell.text().strip() : "";
        return t.endsWith(":") || t.endsWith("：");
    }

    /**
     * A code written one character per box ({@code 3 | 8 | 1 | 1 | 2 | 0 | 4 | 5 | 6 | 8} under 医療機関コード（10桁・1マスに1文字）,
     * sr-w8-b; {@code 0 | 1 | 0 | 4 | 5 | 2 | 6} right of 医療機関コード（７桁）, sr-w9-a): for a hospital code, postal code or
     * telephone number whose value cell holds one digit, the run of one-digit (or hyphen) cells to its right on the
     * same line, each cell or merged box next to the one before or one blank column apart, read as one value at the
     * first box. Three boxes at least; anything else ends the run. The boxes after the first are consumed here.
     * Our design: print-style forms draw such boxes for codes (blind waves 8 and 9).
     */
    private static Cell digitBoxes(Placement p, Cell first, FieldDescriptor field) {
        if (field == null || !(field.kind() == ValueKind.HOSPITAL_CODE || field.kind() == ValueKind.POSTAL_CODE
                || field.kind() == ValueKind.PHONE_NUMBER) || !isBox(first.text())) {
            return first;
        }
        StringBuilder text = new StringBuilder(LabelText.nfkc(first.text()).strip());
        List<Cell> run = new ArrayList<>();
        int c = p.view.regionOf(first).lastCol() + 1;
        int gap = 0;
        while (c <= p.view.lastColumn() && run.size() < 16) {
            Cell shown = p.view.shown(first.row(), c);
            if (shown.isBlank()) {
                if (++gap > 1) {
                    break;
                }
                c++;
                continue;
            }
            if (shown.row() != first.row() || !isBox(shown.text()) || p.isConsumed(shown.row(), shown.col())) {
                break;
            }
            gap = 0;
            run.add(shown);
            text.append(LabelText.nfkc(shown.text()).strip());
            c = Math.max(c + 1, p.view.regionOf(shown).lastCol() + 1);
        }
        long digits = text.chars().filter(Character::isDigit).count();
        if (run.size() < 2 || digits < 3) {
            return first;
        }
        for (Cell box : run) {
            p.consume(box);
        }
        return Cell.ofText(first.row(), first.col(), text.toString());
    }

    /** One digit or a hyphen alone in a cell (a box of a code written one character per box). */
    private static boolean isBox(String text) {
        String t = LabelText.nfkc(text).strip();
        return t.length() == 1 && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '−');
    }

    /**
     * The cells to the right of a label, up to the next label: one value, or for a choice every option and mark
     * written there. Notes ({@code ※…}), a hint and bracketed remarks are passed over.
     */
    private List<Cell> rightOf(Placement p, CellRange region, int row) {
        return rightOf(p, region, row, null);
    }

    /** A short label, a colon and a value in one cell ({@code 提出日：R6.3.13}). */
    private static final java.util.regex.Pattern OTHER_LABELLED =
            java.util.regex.Pattern.compile("[^：:\\s]{1,12}\\s*[：:]\\s*\\S.*", java.util.regex.Pattern.DOTALL);

    private List<Cell> rightOf(Placement p, CellRange region, int row, FieldDescriptor field) {
        List<Cell> out = new ArrayList<>();
        boolean postalSeen = false;
        int last = Math.min(p.view.lastColumn(), region.lastCol() + RIGHT_SCAN);
        int c = region.lastCol() + 1;
        while (c <= last) {
            Cell shown = p.view.shown(row, c);
            CellRange r = shown.isBlank() ? null : p.view.regionOf(shown);
            int next = r == null ? c + 1 : Math.max(c + 1, r.lastCol() + 1);
            if (shown.isBlank()) {
                c = next;
                continue;
            }
            if (shown.row() != row && r != null && r.firstRow() != row) {
                // a merged region from above reaching into this row: not this row's value
                c = next;
                continue;
            }
            boolean answer = field != null && field.kind() == ValueKind.CHOICE && shown.type() == CellType.STRING
                    && ChoiceText.read(field.javaType(), shown.text()).found() // an option is a value, however worded
                    || field != null && field.kind() == ValueKind.POSTAL_CODE && isBarePostalCode(shown) // 〒862-0950
                    || out.isEmpty() && c == region.lastCol() + 1 + blankBefore(p, region, row, c)
                    && freeSentence(p, shown, field);
            if (field != null && field.kind() == ValueKind.TEXT && out.isEmpty() && isBarePostalCode(shown)) {
                postalSeen = true; // 住所 | 〒739-0025 | 広島県…: the code is the postal code's (its own label-in-cell)
                c = next;
                continue;
            }
            if (field != null && field.kind() == ValueKind.TEXT && out.isEmpty() && shown.type() == CellType.STRING
                    && "〒".equals(LabelText.nfkc(shown.text()).strip()) && next <= last
                    && isBarePostalCode(p.view.shown(row, next))) {
                // 住所 | 〒 | 310-0841 | 茨城県… (lds-w38-a): the mark and the code after it are the postal code's, the
                // address comes after them (D-102)
                postalSeen = true;
                CellRange code = p.view.regionOf(p.view.shown(row, next));
                c = Math.max(next + 1, code.lastCol() + 1);
                continue;
            }
            if (postalSeen && out.isEmpty() && namesOnly(p, shown, field)) {
                p.consume(shown); // 住所 | 〒739-0025 | 住所 | 広島県…: the label again after the code, then the address
                c = next;
                continue;
            }
            if (!answer && isLabelCell(p, shown)) {
                break;
            }
            if (p.isConsumed(shown.row(), shown.col()) || p.inData(shown.row(), shown.col())) {
                break;
            }
            if (!answer && c > region.lastCol() + 1 && shown.type() == CellType.STRING
                    && OTHER_LABELLED.matcher(shown.text().strip()).matches()) {
                break; // past blank cells, a cell with its own label (提出日：R6.3.13) is another item's
            }
            if (!answer && out.isEmpty() && shown.type() == CellType.STRING
                    && (c > region.lastCol() + 1 || spannedAlikeBelow(p, region, r)) && headsItsOwnValue(p, region, shown)) {
                // 都道府県名 | | | 作成日 over 青森県 | | | R6.3.12: labels above their values, not a value beside; next to the
                // label too when each stands over a value merged as it is (提出先医療機関名 [E3:G3] | 記入者 [H3:I3] over
                // 東川病院 [E4:G4] | 森下 [H4:I4], clv-w19-b)
                break;
            }
            if (shown.type() == CellType.STRING && (isNote(shown.text()) || isHintOrInstruction(p, shown, field)
                    || out.isEmpty() && SCRIPT_SUB_LABEL.matcher(LabelText.nfkc(shown.text()).strip()).matches())) {
                // (医療機関名 | 漢字 | 社会医療法人… over (かな) | しゃかい…, lds-w28-a: 漢字 names the script of the value
                // after it, as (かな) does on the line below; it is no value)
                p.consume(shown);
                c = next;
                continue;
            }
            if (out.isEmpty() && isDashPlaceholder(shown) && filledAfter(p, row, c, last)) {
                p.consume(shown); // 患者数を入力 | － | 742件: the 選択 column's dash for a question typed in (obi-w9-a)
                c = next;
                continue;
            }
            if (inExampleColumn(p, shown)) {
                p.consume(shown); // under a 記入例 header beside the answer column: an example, never the answer
                break;
            }
            if (inNotesColumn(p, shown)) {
                p.consume(shown); // under a 記入上の注意 header beside the answer column: guidance, never the answer
                break;
            }
            if (out.isEmpty() && field != null && field.kind() == ValueKind.TEXT && instructionInRemarksColumn(p, shown)) {
                p.consume(shown); // 回答 blank | 備考: 行が足りない場合は挿入してください (bv-w46-a): the form's guidance
                break;
            }
            out.add(shown);
            c = next;
        }
        return out;
    }

    /**
     * Whether a text past blank cells right of a label is another label over its own value: the label and it each
     * stand over a filled cell on the next line, and nothing fills the blank cells between them on either line.
     */
    /**
     * Whether the label's region and the region of the cell beside it ({@code other}) each stand over a filled region
     * of the same columns, not a kana line, on a line holding another field's label besides: a row of labels over a row
     * of their values, merged alike (事業者名 | 対象システム | 提出先医療機関名 | 記入者 over their values, clv-w19-b) — not a
     * label beside its value over the next label beside its own (医療機関名 | 総社… over 記入者 | 藤原, clm-w15-b).
     */
    /** A sub-label naming the script of the value after it: 漢字, （漢字）, 漢字表記. */
    private static final java.util.regex.Pattern SCRIPT_SUB_LABEL = java.util.regex.Pattern.compile(
            "[(（]?漢字(表記)?[)）]?");

    /** A text worded as a label of a person, a name, a date or a place: 記入者, 記入者（所属・氏名）, 提出先, 作成日. */
    private static final java.util.regex.Pattern LABEL_SHAPED = java.util.regex.Pattern.compile(
            "[^0-9\\s]{1,8}(者|者名|名|日|先|欄)(\\([^()]{1,12}\\))?");

    private boolean spannedAlikeBelow(Placement p, CellRange label, CellRange other) {
        int below = label.lastRow() + 1;
        if (other == null || other.lastRow() != label.lastRow() || below > p.view.lastRow()) {
            return false;
        }
        boolean anotherLabel = false;
        for (Cell c : p.view.sheet().row(label.firstRow())) {
            if (c.col() < label.firstCol() || c.col() > other.lastCol()) {
                if (c.type() == CellType.STRING && isLabelCell(p, c)) {
                    anotherLabel = true;
                    break;
                }
            }
        }
        if (!anotherLabel) {
            // or the cell beside is worded as a label and what stands under the label is not (医療機関名 | 記入者（所属・
            // 氏名） over 医療法人 吉井会 吉井川病院 | 事務部 …岡本, clm-w22-b)
            Cell beside = p.view.shown(other.firstRow(), other.firstCol());
            Cell under = p.view.shown(below, label.firstCol());
            anotherLabel = beside.type() == CellType.STRING && LABEL_SHAPED.matcher(LabelText.nfkc(beside.text()).strip()).matches()
                    && !(under.type() == CellType.STRING && LABEL_SHAPED.matcher(LabelText.nfkc(under.text()).strip()).matches());
        }
        if (!anotherLabel) {
            return false;
        }
        for (CellRange up : new CellRange[] {label, other}) {
            Cell under = p.view.shown(below, up.firstCol());
            if (under.isBlank() || under.row() != below || p.kana.containsKey(Placement.pos(under.row(), under.col()))) {
                return false;
            }
            CellRange ur = p.view.regionOf(under);
            if (ur.firstCol() != up.firstCol() || ur.lastCol() != up.lastCol()) {
                return false;
            }
        }
        return true;
    }

    private boolean headsItsOwnValue(Placement p, CellRange label, Cell other) {
        int below = label.lastRow() + 1;
        CellRange or = p.view.regionOf(other);
        if (or.lastRow() != label.lastRow() || below > p.view.lastRow() || other.type() != CellType.STRING
                || other.text().strip().length() > 12 || other.text().chars().anyMatch(Character::isDigit)) {
            return false; // 0123450 right of 医療機関コード is its value, whatever stands below
        }
        if (ChoiceText.isMark(other.text())) {
            return false; // a mark (○) is an answer, never a label over a value of its own
        }
        Cell under = p.view.shown(below, label.firstCol());
        Cell underOther = p.view.shown(below, or.firstCol());
        if (under.isBlank() || underOther.isBlank()
                || under.row() == underOther.row() && under.col() == underOther.col()) {
            return false; // (one note merged under both, ※…, A28:E29 under 回答データの活用 | | ○: sr-w27-b, stands under neither)
        }
        if (underOther.type() == CellType.STRING && UNIT.matcher(LabelText.nfkc(underOther.text()).strip()).matches()) {
            // ビル名 | 泉中央メディカルプラザ over 199 | 床 (lds-w36-a): a unit after the next line's number is no value
            // the text above heads, so that text is this label's value (D-99)
            return false;
        }
        return !isLabelCell(p, under); // a list of labels one under the other has its values right of them
    }

    /** A unit written alone after a number in the cell before it: 床, 件, 名, 人, 台, 円, 歳, %. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("[床件名人台円歳%％]");

    /** Whether a cell holds only a dash ({@code －}, {@code -}, {@code ―}, {@code ー}): a placeholder, not a value. */
    private static boolean isDashPlaceholder(Cell cell) {
        String t = LabelText.nfkc(cell.text()).strip();
        return cell.type() == CellType.STRING && t.length() == 1 && "-―ー‐−—".indexOf(t.charAt(0)) >= 0;
    }

    /** Whether a cell right of column {@code c} on {@code row}, up to column {@code last}, is filled. */
    private static boolean filledAfter(Placement p, int row, int c, int last) {
        for (int k = p.view.regionAt(row, c).lastCol() + 1; k <= last; k++) {
            Cell shown = p.view.shown(row, k);
            if (!shown.isBlank() && shown.row() == row) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell holds a postal code and nothing else ({@code 〒 739-0025}, {@code 739-0025}). */
    private static boolean isBarePostalCode(Cell cell) {
        if (cell.type() != CellType.STRING) {
            return false;
        }
        String s = LabelText.nfkc(cell.text()).strip();
        java.util.regex.Matcher m = POSTAL_PREFIX.matcher(s);
        return m.find() && m.end() == s.length();
    }

    /** Whether every strong label hit of a cell names {@code field} itself (its label written a second time). */
    private boolean namesOnly(Placement p, Cell cell, FieldDescriptor field) {
        boolean any = false;
        for (Placement.Hit h : p.at(cell.row(), cell.col())) {
            if (h.score() < 86) {
                continue;
            }
            if (h.term().field() != field) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Headers of a column of guidance beside the answers (our design: words seen in blind layouts and forms). */
    private static final Set<String> NOTE_HEADERS = Set.of("記入上の注意", "注意", "注意事項", "記入方法", "記入要領",
            "説明", "補足説明", "記入のしかた", "記入上の留意事項", "留意事項", "補足");

    /**
     * Whether a cell stands under a header naming a column of guidance (記入上の注意 beside 回答), with at least two
     * filled columns left of that header: what it holds (任意, 10桁) says how to answer, it is no answer. Such a
     * column is sparse (a note on some rows only): up to 11 blank cells are looked past.
     */
    private boolean inNotesColumn(Placement p, Cell cell) {
        int blank = 0;
        for (int r = cell.row() - 1; r >= 0 && r >= cell.row() - 40 && blank < 12; r--) {
            Cell above = p.view.shown(r, cell.col());
            if (above.isBlank()) {
                blank++;
                continue;
            }
            blank = 0;
            if (above.type() != CellType.STRING || !NOTE_HEADERS.contains(p.view.coreOf(above.text()))) {
                continue;
            }
            int left = 0;
            for (int k = 0; k < above.col(); k++) {
                if (!p.view.shown(above.row(), k).isBlank()) {
                    left++;
                }
            }
            return left >= 2;
        }
        return false;
    }

    /**
     * Whether a cell holds an instruction ({@code …してください}, {@code …の場合…}) in a column headed 備考 whose header line
     * has a column headed 回答 left of it ({@code No. | 設問 | 回答 | 備考} over {@code ９ | VPN装置のメーカー名… | | 行が足りない
     * 場合は挿入してください}, bv-w46-a): the form's own guidance printed beside a question answered elsewhere (a table
     * under it), neither a remark nor the answer. A remark that instructs nothing stays a value.
     */
    private boolean instructionInRemarksColumn(Placement p, Cell cell) {
        if (cell.type() != CellType.STRING) {
            return false;
        }
        String t = LabelText.nfkc(cell.text()).strip();
        if (!t.endsWith("ください") && !t.endsWith("ください。")) {
            return false;
        }
        for (int r = cell.row() - 1; r >= 0 && r >= cell.row() - 40; r--) {
            Cell above = p.view.shown(r, cell.col());
            if (above.isBlank() || above.type() != CellType.STRING || above.col() != cell.col()
                    || !"備考".equals(p.view.coreOf(above.text()))) {
                continue;
            }
            for (int k = 0; k < above.col(); k++) {
                Cell left = p.view.shown(above.row(), k);
                if (left.type() == CellType.STRING && left.row() == above.row()
                        && "回答".equals(p.view.coreOf(left.text()))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether a cell stands in a column headed 記入例 (or 例, 記載例) that is not the first column of its header line
     * (項目 | 回答 | 記入例): the column of examples beside the answers. Looked for upwards through the column until a
     * run of three blank cells.
     */
    private boolean inExampleColumn(Placement p, Cell cell) {
        int blank = 0;
        for (int r = cell.row() - 1; r >= 0 && r >= cell.row() - 40 && blank < 3; r--) {
            Cell above = p.view.shown(r, cell.col());
            if (above.isBlank()) {
                blank++;
                continue;
            }
            blank = 0;
            if (above.type() != CellType.STRING || !TableReader.isExampleText(p.view.key(above.text()))) {
                continue;
            }
            int left = 0;
            for (int k = 0; k < above.col(); k++) {
                if (!p.view.shown(above.row(), k).isBlank()) {
                    left++;
                }
            }
            return left >= 2;
        }
        return false;
    }

    /**
     * A question's options side by side on the line below it, and on the next line a mark under the chosen one
     * (obi-w8-a: ４．本事業における支援の意向（該当欄に○を1つ） / 選択肢 | …年度内に調達可能 | …次年度以降 | … / 該当欄に○ | ○):
     * the option over the mark; unanswered (blank) when no option has a mark. Null unless the line below holds two
     * or more options and nothing else right of the first, and the line after holds only marks under them.
     */
    private ChoiceCells optionsOverMarks(Placement p, CellRange region, FieldDescriptor field, List<Cell> cells) {
        int optionRow = region.lastRow() + 1;
        int markRow = optionRow + 1;
        if (markRow > p.view.lastRow()) {
            return null;
        }
        List<Cell> options = new ArrayList<>();
        List<Choice> values = new ArrayList<>();
        for (Cell c : p.view.sheet().row(optionRow)) {
            if (c.isBlank() || c.text().isBlank() || c.col() < region.firstCol()
                    || c.type() == CellType.STRING && isNote(c.text())) {
                continue; // (a note naming an option, ※「いいえ」の場合は…, is none: bv-w9-b)
            }
            Choice v = c.type() == CellType.STRING ? ChoiceText.read(field.javaType(), c.text()).value() : null;
            if (v == null || values.contains(v)) {
                if (!options.isEmpty()) {
                    return null; // another text among the options: not a line of options
                }
                continue; // a word before them (選択肢)
            }
            options.add(c);
            values.add(v);
        }
        if (options.size() < 2) {
            return null;
        }
        int first = options.get(0).col();
        Cell chosenCell = null;
        Choice chosen = null;
        int marks = 0;
        List<Cell> markCells = new ArrayList<>();
        for (Cell m : p.view.sheet().row(markRow)) {
            if (m.isBlank() || m.text().isBlank() || m.col() < first) {
                continue;
            }
            if (m.type() != CellType.STRING || !ChoiceText.isMark(m.text())) {
                return null; // something other than marks under the options
            }
            markCells.add(m);
            if (!ChoiceText.isChosenMark(m.text())) {
                continue;
            }
            for (int k = 0; k < options.size(); k++) {
                CellRange r = p.view.regionOf(options.get(k));
                if (m.col() >= r.firstCol() && m.col() <= r.lastCol()) {
                    marks++;
                    chosen = values.get(k);
                    chosenCell = m;
                }
            }
        }
        cells.addAll(options);
        cells.addAll(markCells);
        if (marks == 0) {
            return new ChoiceCells(null, options.get(0), "options on the line below, none marked", false, true);
        }
        return marks == 1 ? new ChoiceCells(chosen, chosenCell, "mark under the option", false, false)
                : new ChoiceCells(null, chosenCell, "", true, false);
    }

    /** The blank columns between a label's region and column {@code c} on its row. */
    private static int blankBefore(Placement p, CellRange region, int row, int c) {
        int blank = 0;
        for (int k = region.lastCol() + 1; k < c; k++) {
            if (!p.view.shown(row, k).isBlank()) {
                return -1;
            }
            blank++;
        }
        return blank;
    }

    /**
     * Whether the first text right of a free-text field's label (備考) is its answer although it reads like another
     * question: a sentence (ending with 。) that is only similar to another field's label, never that label itself
     * (sr-w7-a: 備考 | 電子カルテの更新は令和9年度予定のため、令和8年1月までの現地調査に対応可能です。, like the statement
     * 令和8年1月までに現地調査を完了できる, was dropped without a word).
     */
    private boolean freeSentence(Placement p, Cell cell, FieldDescriptor field) {
        if (field == null || field.kind() != ValueKind.TEXT || field.text() != io.github.medsecforms.model.meta.TextKind.MULTILINE
                || cell.type() != CellType.STRING) {
            return false;
        }
        String t = cell.text().strip();
        if (!t.endsWith("。") || t.length() < 20) {
            return false;
        }
        for (Placement.Hit h : p.at(cell.row(), cell.col())) {
            if (h.score() >= 86 || h.inline() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a cell names a label (of this form, a kana reading or a generic answer label), also by a similar
     * wording (another question of a questionnaire): never a value.
     */
    private boolean isLabelCell(Placement p, Cell cell) {
        long pos = Placement.pos(cell.row(), cell.col());
        if (p.kana.containsKey(pos)) {
            return true;
        }
        if (cell.type() == CellType.STRING && looksLikeLabel(p, cell)) {
            return true;
        }
        for (Placement.Hit h : p.at(cell.row(), cell.col())) {
            if (h.score() >= 86 && h.inline() == null && h.term().kind() != Lexicon.Kind.TITLE) {
                return true;
            }
            if (h.score() >= 58 && h.inline() == null
                    && (h.term().kind() == Lexicon.Kind.FIELD || h.term().kind() == Lexicon.Kind.COLUMN)) {
                return true; // a label by similarity (another question of a questionnaire)
            }
            if (h.inline() != null && h.score() >= 86) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #looksLikeLabel}'s answers by text (they depend on the text only: a value repeated in many cells is
     * compared with the similar terms once); made on first use.
     */
    private SheetView.PerText<Boolean> labelLike;

    /** Whether a text is a label of this form by similarity (a long wording or a numbered question). */
    private boolean looksLikeLabel(Placement p, Cell cell) {
        SheetView.Text text = p.view.keys().text(cell.text());
        if (labelLike == null) {
            labelLike = new SheetView.PerText<>(p.view.keys());
        }
        Boolean known = labelLike.get(text);
        if (known != null) {
            return known;
        }
        String core = text.core();
        String number = text.number();
        boolean like = false;
        if (core.length() >= 4) {
            Lexicon.Similar similar = lexicon.similar();
            // the long wordings first, then the numbered questions, as their indices run; only those sharing a bigram
            for (int i : sharing(similar, core, null)) {
                Lexicon.Term t = similar.terms().get(i);
                if (i < similar.longCount() ? (t.kind() == Lexicon.Kind.FIELD || t.kind() == Lexicon.Kind.COLUMN)
                        && similarity(core, number, t) >= 66 : !number.isEmpty() && similarity(core, number, t) >= 60) {
                    like = true;
                    break;
                }
            }
        }
        labelLike.put(text, like);
        return like;
    }

    /** A note, not a value: starts with ※ or ＊, or is wholly in brackets. */
    /**
     * Whether a line holds, from {@code from} to {@code to}, one note in round brackets saying how to mark the answer
     * ({@code （該当する方の左欄に○）}) and nothing else; a heading in 【】 or any other text is no such line.
     */
    private static boolean onlyHowTo(Placement p, int row, int from, int to) {
        boolean any = false;
        for (int c = from; c <= to; c++) {
            Cell shown = p.view.shown(row, c);
            if (shown.isBlank()) {
                continue;
            }
            if (any || shown.row() != row || shown.type() != CellType.STRING || !isNote(shown.text())) {
                return false;
            }
            String t = LabelText.nfkc(shown.text()).strip();
            if (!t.startsWith("(") || !(t.contains("該当") || t.contains("選") || t.contains("印")
                    || t.chars().anyMatch(ch -> ChoiceText.isChosenMark(String.valueOf((char) ch))))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static boolean isNote(String text) {
        String s = LabelText.nfkc(text).strip();
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        if (c == '※' || c == '*' || c == '＊') {
            return true;
        }
        return (c == '(' && s.endsWith(")") && s.indexOf(')') == s.length() - 1 && s.length() > 6)
                || (c == '【' && s.endsWith("】") && s.length() > 8);
    }

    /**
     * Whether a cell is read as another field's label (a statement of its own under a statement: 令和８年１月までに…
     * （…更改予定なし） under 電子カルテシステムを導入している), so that it is not this field's answer however it reads.
     */
    private static boolean namesAnotherField(Placement p, Cell cell, FieldDescriptor field) {
        for (Placement.Hit h : p.at(cell.row(), cell.col())) {
            if (h.term().kind() == Lexicon.Kind.FIELD && h.term().field() != field && h.inline() == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether no other field's label is at least as good a reading of a hit's cell as this field's. */
    private static boolean ownsCell(Placement p, Placement.Hit hit, String path) {
        for (Placement.Hit other : p.at(hit.cell().row(), hit.cell().col())) {
            if (!other.term().path().equals(path) && other.score() >= hit.score()) {
                return false;
            }
        }
        return true;
    }

    /** A chosen mark alone in the cell right in front of a label (レ, ○, ✓), not yet read; null if none. */
    private static Cell markInFront(Placement p, CellRange region) {
        if (region.firstCol() == 0 || region.firstRow() != region.lastRow()) {
            return null;
        }
        Cell c = p.view.shown(region.firstRow(), region.firstCol() - 1);
        if (c.isBlank() || c.type() != CellType.STRING || c.row() != region.firstRow()
                || p.isConsumed(c.row(), c.col()) || !ChoiceText.isMark(c.text()) || !ChoiceText.isChosenMark(c.text())) {
            return null;
        }
        return c;
    }

    /**
     * The option columns left of a question (a questionnaire drawn with its answers first: {@code 回答 はい | いいえ}
     * over {@code ○ |  | 2 | 設問… | 備考}, bv-w10-a, sr-w10-a) and the mark on the question's line: the marked column's
     * option, several when columns of different options are marked, blank when none is; null unless two or more
     * columns within six left of the question each stand under a different option of the field (headings merged across
     * three columns or more, marks and blank cells are looked past on the way up). Our design: a layout drawn from the
     * notices' はい・いいえ questions for printing (blind wave 10).
     */
    private ChoiceCells marksOnTheLeft(Placement p, CellRange region, FieldDescriptor field, List<Cell> listed) {
        if (region.firstCol() == 0) {
            return null;
        }
        Class<?> type = field.javaType();
        Map<Integer, Choice> columns = new java.util.TreeMap<>();
        for (int c = region.firstCol() - 1; c >= Math.max(0, region.firstCol() - 6); c--) {
            Choice option = optionHeading(p, type, region.firstRow(), c);
            if (option != null) {
                columns.put(c, option);
            }
        }
        if (new HashSet<>(columns.values()).size() < 2) {
            return null;
        }
        Choice chosen = null;
        Cell at = null;
        boolean several = false;
        for (Map.Entry<Integer, Choice> e : columns.entrySet()) {
            for (int r = region.firstRow(); r <= region.lastRow(); r++) {
                Cell c = p.view.shown(r, e.getKey());
                if (c.isBlank() || c.row() != r || c.col() != e.getKey() || c.type() != CellType.STRING) {
                    continue;
                }
                if (!ChoiceText.isMark(c.text())) {
                    return null; // something else written in an option column: not this layout
                }
                listed.add(c);
                if (ChoiceText.isChosenMark(c.text())) {
                    several |= chosen != null && !chosen.equals(e.getValue());
                    if (chosen == null) {
                        chosen = e.getValue();
                        at = c;
                    }
                }
            }
        }
        if (chosen == null) {
            int first = columns.keySet().iterator().next();
            return new ChoiceCells(null, Cell.ofText(region.firstRow(), first, ""), "no mark", false, true);
        }
        return new ChoiceCells(several ? null : chosen, at, "mark under the option", several, false);
    }

    /**
     * The option heading a column stands under, looked for upwards from {@code row} (exclusive) over marks, blank cells
     * and headings merged across three columns or more ({@code 【リモートゲートウェイ装置に係る質問】}); null when
     * anything else comes first.
     */
    private static Choice optionHeading(Placement p, Class<?> type, int row, int col) {
        for (int r = row - 1; r >= Math.max(0, row - 60); r--) {
            Cell above = p.view.shown(r, col);
            if (above.isBlank() || above.row() != r && p.view.regionOf(above).firstRow() != r) {
                continue;
            }
            CellRange wide = p.view.regionOf(above);
            if (above.col() != col || wide.lastCol() - wide.firstCol() >= 2) {
                continue; // a heading across the table
            }
            if (above.type() != CellType.STRING) {
                return null;
            }
            if (ChoiceText.isMark(above.text())) {
                continue;
            }
            return ChoiceText.exact(type, above.text());
        }
        return null;
    }

    /** Whether the cells right of a question hold one of its options (then the answer is written there). */
    private boolean answersAmong(Placement p, FieldDescriptor field, List<Cell> right) {
        ChoiceCells cc = chooseAmong(p, field, right);
        return cc != null && !cc.blank && (cc.several || cc.choice != null);
    }

    /**
     * A value written left of its question under a 回答 heading ({@code 回答（○印・記入） | No. | 設問・選択肢} over
     * {@code 医療法人社団 讃陽会 … | １ | 病院名を入力してください。}, obi-w10-b): the nearest filled cell within four
     * columns left of the question on its line, past row numbers, whose column is headed 回答… on a line where the
     * question's column is headed too. Our design: answers drawn before the questions for printing (blind wave 10).
     */
    private static boolean isRowNumber(Cell c) {
        return ROW_NUMBER.matcher(c.text().strip()).matches();
    }

    /** A row's number written as a number: one to three digits. */
    private static final java.util.regex.Pattern ROW_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,3}");
    /** A row's number written as text: 1, 1.2, (3). */
    private static final java.util.regex.Pattern ROW_NUMBER_TEXT = java.util.regex.Pattern.compile("[0-9.()]+");
    /** The parts of an answer written with slashes (佐藤 花子／総務課), after NFKC. */
    private static final java.util.regex.Pattern SLASH_PARTS = java.util.regex.Pattern.compile("\\s*/\\s*");
    /** White space of any kind. */
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s");

    private Cell valueOnTheLeft(Placement p, CellRange region, FieldDescriptor field) {
        int row = region.firstRow();
        for (int c = region.firstCol() - 1; c >= Math.max(0, region.firstCol() - 4); c--) {
            Cell shown = p.view.shown(row, c);
            if (shown.isBlank() || shown.row() != row || shown.col() != c) {
                continue;
            }
            if (shown.type() == CellType.STRING && shown.text().strip().length() <= 3
                    && ROW_NUMBER_TEXT.matcher(LabelText.nfkc(shown.text()).strip()).matches()
                    || shown.type() == CellType.NUMBER && isRowNumber(shown)) {
                continue; // the row's number
            }
            if (p.isConsumed(row, c) || shown.type() == CellType.STRING && (ChoiceText.isMark(shown.text())
                    || isLabelCell(p, shown)) || p.answerLabels.contains(Placement.pos(row, c))) {
                return null; // (回答 itself, the header of a sub-table's answer column beside 備考: sr-w21-b)
            }
            for (int r = row - 1; r >= Math.max(0, row - 60); r--) {
                Cell above = p.view.shown(r, c);
                if (above.isBlank() || above.row() != r || above.col() != c || above.type() != CellType.STRING) {
                    continue;
                }
                String key = WHITE_SPACE.matcher(LabelText.nfkc(above.text())).replaceAll("");
                if (key.equals("回答") || key.equals("回答欄") || key.startsWith("回答(") && key.length() <= 16) {
                    Cell heading = p.view.shown(r, region.firstCol());
                    return !heading.isBlank() && heading.type() == CellType.STRING ? shown : null;
                }
            }
            return null;
        }
        return null;
    }

    /** The value below a label (a label above its value), or right of a 回答 label in the row below; null if none. */
    private Cell below(Placement p, CellRange region, FieldDescriptor field) {
        int r = region.lastRow() + 1;
        if (r > p.view.lastRow()) {
            return null;
        }
        boolean noteSkipped = false;
        for (int c = region.firstCol(); c <= Math.min(region.lastCol(), region.firstCol() + 3); c++) {
            Cell shown = p.view.shown(r, c);
            if (shown.isBlank()) {
                continue;
            }
            if (!noteSkipped && c == region.firstCol() && shown.row() == r && r < p.view.lastRow()
                    && shown.type() == CellType.STRING && !isNote(shown.text()) && isHintOrInstruction(p, shown, field)
                    && !p.isConsumed(shown.row(), shown.col()) && !isLabelCell(p, shown)) {
                // 本施策の同意確認 | (instruction: 同意いただける場合は「同意する」を選択) | 同意する: the answer is under the
                // instruction line
                noteSkipped = true;
                p.consume(shown);
                r++;
                c = region.firstCol() - 1;
                continue;
            }
            if (c == region.firstCol() && shown.row() == r && field != null && shown.type() == CellType.STRING
                    && restates(p, shown, field) && !p.isConsumed(shown.row(), shown.col())) {
                // ■本施策の同意確認 over 本施策の同意確認 | (instruction) | 同意する (lds-w18-a): the heading's label restated on
                // the line below is no value (its words name an option); the value is right of the restatement
                List<Cell> right = rightOf(p, p.view.regionOf(shown), shown.row(), field);
                if (right.isEmpty()) {
                    return null;
                }
                p.consume(shown);
                return right.get(0);
            }
            if (c == region.firstCol() && shown.row() == r && field != null && field.kind() != ValueKind.INTEGER
                    && shown.type() == CellType.STRING && ITEM_NUMBER.matcher(shown.text().strip()).matches()
                    && !p.isConsumed(shown.row(), shown.col())) {
                // ５．備考 over (13) | 担当者①不在時は…: the item's number in front of the answer is not the answer; the text
                // after it on its line is (sr-w17-b)
                Cell after = textAfterNumber(p, shown);
                if (after != null) {
                    p.consume(shown);
                    return after;
                }
            }
            if (p.answerLabels.contains(Placement.pos(shown.row(), shown.col()))) {
                List<Cell> right = rightOf(p, p.view.regionOf(shown), shown.row());
                p.consume(shown);
                return right.isEmpty() ? null : right.get(0);
            }
            for (Placement.Hit h : p.at(shown.row(), shown.col())) {
                if (field != null && h.inline() != null && h.term().field() == field && shown.row() == r
                        && !p.isConsumed(shown.row(), shown.col())) {
                    // ３．郵便番号 over 〒７９０－０８４２: the value below names its own field (〒), it is this one's
                    return Cell.ofText(shown.row(), shown.col(), h.inline());
                }
            }
            boolean answer = field != null && field.kind() == ValueKind.CHOICE && shown.type() == CellType.STRING
                    && ChoiceText.read(field.javaType(), shown.text()).found() && !namesAnotherField(p, shown, field);
            if ((!answer && isLabelCell(p, shown)) || p.isConsumed(shown.row(), shown.col()) || p.inData(shown.row(), shown.col())) {
                return null;
            }
            if (field != null && field.kind() == ValueKind.CHOICE && shown.type() == CellType.STRING && !answer
                    && !ChoiceText.isMark(shown.text()) && !ChoiceText.read(field.javaType(), shown.text()).untouched()) {
                return null; // under a choice's label, a text that is no option is a heading or a sub-label, not its answer
            }
            if (shown.type() == CellType.STRING && (isNote(shown.text()) || isHintOrInstruction(p, shown, field))) {
                return null;
            }
            if (shown.row() < r) {
                return null; // merged with the label itself
            }
            // a value with its own label to its left belongs to that label (a label-left layout), not to this one
            CellRange sr = p.view.regionOf(shown);
            for (int left = sr.firstCol() - 1; left >= Math.max(0, sr.firstCol() - 4); left--) {
                Cell l = p.view.shown(r, left);
                // (a label with its value in its own cell, 〒０２０－００４５ left of the address, is no label of this one)
                boolean holdsItsValue = !p.at(l.row(), l.col()).isEmpty()
                        && p.at(l.row(), l.col()).stream().allMatch(h -> h.inline() != null);
                if (!l.isBlank() && l.type() == CellType.STRING && l.row() == r && !holdsItsValue
                        && (isLabelCell(p, l) || !p.at(l.row(), l.col()).isEmpty())) {
                    return null;
                }
            }
            return shown;
        }
        if (field != null && field.text() == TextKind.MULTILINE && region.lastCol() + 1 <= p.view.lastColumn()
                && p.view.shown(region.firstRow(), region.lastCol() + 1).isBlank()) {
            // ５ 備考 in A28 and the text in the box B29:G31 under it (sr-w39-b, sr-w38-b): a remarks box indented under
            // its heading, alone on its line, is the remarks; anything else on that line and it is not taken
            for (int c = region.lastCol() + 1; c <= Math.min(p.view.lastColumn(), region.lastCol() + 2); c++) {
                Cell shown = p.view.shown(r, c);
                if (shown.isBlank()) {
                    continue;
                }
                boolean box = shown.row() == r && shown.col() == c && shown.type() == CellType.STRING
                        && !isLabelCell(p, shown) && !isNote(shown.text()) && p.at(r, c).isEmpty()
                        && !p.isConsumed(r, c) && !p.inData(r, c);
                for (int after = p.view.regionOf(shown).lastCol() + 1; box && after <= p.view.lastColumn(); after++) {
                    box = p.view.shown(r, after).isBlank();
                }
                return box ? shown : null;
            }
        }
        if (field != null && field.kind() == ValueKind.CHOICE && region.firstCol() == region.lastCol()
                && p.view.shown(region.firstRow(), region.lastCol() + 1).isBlank()) {
            // １．本施策の同意確認（…） in A4, its words running over the empty cells to the right, and ■ 同意する □ 同意しない
            // in B5 (lds-w32-b): the answer indented on the line below; taken only where it reads as this choice
            for (int c = region.lastCol() + 1; c <= region.lastCol() + 3; c++) {
                Cell shown = p.view.shown(r, c);
                if (shown.isBlank()) {
                    continue;
                }
                boolean answer = shown.row() == r && shown.col() == c && shown.type() == CellType.STRING
                        && ChoiceText.read(field.javaType(), shown.text()).found() && !namesAnotherField(p, shown, field)
                        && !p.isConsumed(shown.row(), shown.col()) && !p.inData(shown.row(), shown.col())
                        && !isNote(shown.text()) && !isHintOrInstruction(p, shown, field)
                        && !shown.text().strip().startsWith("←"); // (←…同意する場合は「同意する」を選択: a hint, lds-w2-d)
                for (int after = p.view.regionOf(shown).lastCol() + 1; answer && after <= p.view.lastColumn(); after++) {
                    answer = p.view.shown(r, after).isBlank(); // alone on its line: 同意する | | | 同意しない is printed options
                }
                return answer ? shown : null;
            }
        }
        return null;
    }

    /** Whether {@code cell} is a label of {@code field} alone, holding no value of its own: the label restated. */
    private static boolean restates(Placement p, Cell cell, FieldDescriptor field) {
        List<Placement.Hit> hits = p.at(cell.row(), cell.col());
        if (hits.isEmpty()) {
            return false;
        }
        for (Placement.Hit h : hits) {
            if (h.term().field() != field || h.inline() != null) {
                return false;
            }
        }
        return true;
    }

    /** An item's number standing alone in its cell: (13), （13）, 13., 問13, Q13, No.13. */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile(
            "[(（][0-9０-９]{1,3}[)）]|[0-9０-９]{1,3}[.．]|(?:問|設問|Q|Ｑ|No\\.?|Ｎｏ[.．]?)\\s*[0-9０-９]{1,3}");

    /**
     * The text right after an item's number on its line, within three columns, when it is a value: not a label, a note,
     * a cell already placed or a table's cell; null otherwise.
     */
    private Cell textAfterNumber(Placement p, Cell number) {
        CellRange nr = p.view.regionOf(number);
        for (int c = nr.lastCol() + 1; c <= Math.min(p.view.lastColumn(), nr.lastCol() + 3); c++) {
            Cell shown = p.view.shown(number.row(), c);
            if (shown.isBlank()) {
                continue;
            }
            boolean value = shown.row() == number.row() && shown.type() == CellType.STRING && !isLabelCell(p, shown)
                    && !isNote(shown.text()) && !p.isConsumed(shown.row(), shown.col())
                    && !p.inData(shown.row(), shown.col());
            return value ? shown : null;
        }
        return null;
    }

    /** The choice made among the cells right of a label, and how it was made. */
    private record ChoiceCells(Choice choice, Cell cell, String how, boolean several, boolean blank) {
    }

    /**
     * Takes a choice found among listed cells as the field's value (or says several were marked): the cells are
     * consumed, the origin is the mark's (or the option's) cell; no value when none was chosen.
     */
    private void chosenAmong(String path, FieldDescriptor field, Placement.Hit label, Placement p, ChoiceCells cc,
                             List<Cell> cells, String where) {
        cells.forEach(p::consume);
        state.origins.cell(path, new CellOrigin(p.view.name(), cc.cell.a1()));
        resolved.put(path, new Cell[] {label.cell(), cc.cell});
        if (cc.blank) {
            return; // the options are there and none is chosen: no value (a required answer is reported missing)
        }
        if (cc.several) {
            severalMarked(path, field, p, cc.cell);
        } else if (cc.choice != null) {
            Object value = label.term().inverse() ? invert(cc.choice) : cc.choice;
            state.values.put(path, value);
            explain.record(path, p.view.name(), cc.cell.a1(), String.valueOf(((Choice) value).label()),
                    label.how() + ", " + cc.how + where + label.cell().a1());
        }
    }

    /**
     * A question whose label is merged down over its options, one per row right of it, with a mark before or after
     * the chosen one ({@code 現在の状況（該当するものに●） │ │ 既に運用している} / {@code │ ● │ 実施していない}): the
     * marked row's option; null unless two or more rows each hold one option and at least one row holds a mark.
     */
    private ChoiceCells optionsInLabelRows(Placement p, CellRange region, FieldDescriptor field, List<Cell> cells) {
        Class<?> type = field.javaType();
        int options = 0;
        List<Choice> chosen = new ArrayList<>();
        Cell chosenCell = null;
        int last = Math.min(p.view.lastColumn(), region.lastCol() + 4);
        int headed = 0;
        for (int r = region.firstRow(); r <= region.lastRow(); r++) {
            if (r == region.firstRow() && r < region.lastRow() && headsOptions(p, r, region.lastCol() + 1, last)) {
                headed = 1; // 選択肢 | 選択欄（○） over 可 | / 不可 | ○ (sr-w20-b): the options' own header row
                continue;
            }
            Choice option = null;
            Cell mark = null;
            for (int c = region.lastCol() + 1; c <= last; c++) {
                Cell shown = p.view.shown(r, c);
                if (shown.isBlank() || shown.type() != CellType.STRING || shown.row() != r) {
                    continue;
                }
                if (ChoiceText.isMark(shown.text())) {
                    mark = ChoiceText.isChosenMark(shown.text()) ? shown : mark;
                    cells.add(shown);
                    continue;
                }
                Choice read = ChoiceText.read(type, shown.text()).value();
                if (read == null) {
                    // ○ | □ 院内の物理媒体 (obi-w43-b): the option printed with its empty box, the mark in a cell of its own
                    read = ChoiceText.printedOption(type, shown.text());
                }
                if (read == null || option != null) {
                    break; // a note (別紙5 参照) or a second option: the row ends here
                }
                option = read;
                cells.add(shown);
            }
            if (option == null) {
                cells.clear();
                return null;
            }
            options++;
            if (mark != null && !chosen.contains(option)) {
                chosen.add(option);
                chosenCell = mark;
            }
        }
        if (options >= 2 && chosen.isEmpty() && options == region.lastRow() - region.firstRow() + 1 - headed
                && !cells.isEmpty()) {
            // every row of the label holds one option and none is marked: unanswered, never the first option
            // (obi-w7-a: 設問4 merged over its four options, no ○ beside any, was read as the first)
            return new ChoiceCells(null, cells.get(0), "options in the label's rows, none marked", false, true);
        }
        if (options < 2 || chosen.isEmpty()) {
            cells.clear();
            return null;
        }
        return chosen.size() == 1 ? new ChoiceCells(chosen.get(0), chosenCell, "mark beside the option in the label's rows",
                false, false) : new ChoiceCells(null, chosenCell, "", true, false);
    }

    /** Words of a header over a question's options and their marks: 選択肢, 選択欄（○）, 回答欄, 記入欄. */
    private static final java.util.regex.Pattern OPTION_HEADER = java.util.regex.Pattern.compile(
            "(選択肢|選択欄|回答欄|記入欄|チェック欄|該当欄)[^。]{0,12}");

    /** Whether every filled cell of {@code row} from {@code from} to {@code to} is a header of options or marks. */
    private static boolean headsOptions(Placement p, int row, int from, int to) {
        boolean any = false;
        for (int c = from; c <= to; c++) {
            Cell shown = p.view.shown(row, c);
            if (shown.isBlank() || shown.row() != row || shown.type() == CellType.STRING && isNote(shown.text())) {
                continue; // (a ※ note beside them, merged down the question's rows)
            }
            if (shown.type() != CellType.STRING || !OPTION_HEADER.matcher(LabelText.nfkc(shown.text()).strip()).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether a cell is the label of a field other than {@code field}. */
    private static boolean labelsAnotherField(Placement p, Cell cell, FieldDescriptor field) {
        for (Placement.Hit h : p.at(cell.row(), cell.col())) {
            if (h.term().kind() == Lexicon.Kind.FIELD && h.term().field() != field) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question's options listed one per row under it, each with a mark cell beside it ({@code ● | オフラインバックアップは
     * 実施していない}): the option whose row holds a chosen mark. Null unless at least two rows in a row each name one
     * option of the field. {@code cells} receives the cells of the list (passed over by other fields).
     */
    /**
     * An option's number standing before it in a list under a question: (1), （２）, 1., ①, ア. Our design: the seeds
     * give the options' wording only (seed 002's Web survey), and a paper form drawn from them numbers its options as
     * Japanese questionnaires do, often in a column of their own (obi-w31-b).
     */
    static final java.util.regex.Pattern OPTION_NUMBER = java.util.regex.Pattern.compile(
            "[(（]?[0-9０-９]{1,2}[)）.．]?|[\\u2460-\\u2473]|[(（]?[ア-ンｱ-ﾝ][)）.．]?");

    private ChoiceCells optionsBelow(Placement p, CellRange region, FieldDescriptor field, List<Cell> cells) {
        Class<?> type = field.javaType();
        List<Choice> values = new ArrayList<>();
        List<Cell> marksOf = new ArrayList<>();
        Cell first = null;
        for (int r = region.lastRow() + 1; r <= Math.min(p.view.lastRow(), region.lastRow() + 12); r++) {
            Choice option = null;
            Cell optionCell = null;
            Cell mark = null;
            List<Cell> row = new ArrayList<>();
            for (int c = Math.max(0, region.firstCol() - 1); c <= region.lastCol() + 1; c++) {
                Cell shown = p.view.shown(r, c);
                if (shown.isBlank() || shown.type() != CellType.STRING || shown.row() != r
                        || shown.col() < Math.max(0, region.firstCol() - 1)) {
                    continue; // an answer box merged from further left is another question's answer
                }
                if (shown.col() < c) {
                    continue; // the option's cell merged across (D15:G15), met again
                }
                if (ChoiceText.isMark(shown.text())) {
                    mark = ChoiceText.isChosenMark(shown.text()) ? shown : mark;
                    row.add(shown);
                    continue;
                }
                if (isNote(shown.text())) {
                    continue; // ※取得済の場合は本事業の支援対象外 beside an option: a note (obi-w9-a)
                }
                if (option == null && mark == null && OPTION_NUMBER.matcher(shown.text().strip()).matches()
                        && ChoiceText.read(type, shown.text()).value() == null) {
                    // (1) | ○ | オフラインバックアップは実施していない: the option's number (obi-w31-b); a mark may stand
                    // before the number too (○ | 1 | 既に…運用している, obi-w10-b)
                    row.add(shown);
                    Cell before = shown.col() > 0 ? p.view.shown(r, shown.col() - 1) : Cell.BLANK;
                    if (before.row() == r && before.col() == shown.col() - 1 && before.type() == CellType.STRING
                            && ChoiceText.isMark(before.text())) {
                        mark = ChoiceText.isChosenMark(before.text()) ? before : null;
                        row.add(before);
                    }
                    continue;
                }
                if (labelsAnotherField(p, shown, field)) {
                    option = null; // the next question ((3) オフラインバックアップの保存先, obi-w15-b): the list ends
                    break;
                }
                ChoiceText.Read read = ChoiceText.read(type, shown.text());
                if (read.value() == null && option != null && shown.col() > optionCell.col()) {
                    continue; // ｳ．… | ○ | 既存のバックアップサーバに媒体を追加する想定: a remark after the option
                }
                if (read.value() == null || option != null) {
                    option = null;
                    optionCell = null;
                    break;
                }
                option = read.value();
                optionCell = shown;
                row.add(shown);
            }
            if (option == null) {
                break;
            }
            if (mark == null) {
                // 可 | ○ under a question written in column A (sr-w38-b): the mark in the cell right after the option,
                // past the columns the question's own cell spans (D-102)
                int after = p.view.regionOf(optionCell).lastCol() + 1;
                Cell beside = after > region.lastCol() + 1 && after <= p.view.lastColumn() ? p.view.shown(r, after) : Cell.BLANK;
                if (beside.row() == r && beside.col() == after && beside.type() == CellType.STRING
                        && ChoiceText.isMark(beside.text())) {
                    mark = ChoiceText.isChosenMark(beside.text()) ? beside : null;
                    row.add(beside);
                }
            }
            first = first == null ? optionCell : first;
            cells.addAll(row);
            if (mark != null && !values.contains(option)) {
                values.add(option);
                marksOf.add(mark);
            }
        }
        if (cells.stream().filter(c -> !ChoiceText.isMark(c.text())).map(c -> ChoiceText.read(type, c.text()).value())
                .distinct().count() < 2) {
            cells.clear(); // a list names at least two different options (はい under はい is two answers, not a list)
            return null;
        }
        if (values.size() == 1) {
            return new ChoiceCells(values.get(0), marksOf.get(0), "mark beside the option listed below", false, false);
        }
        if (values.size() > 1) {
            return new ChoiceCells(null, marksOf.get(0), "", true, false);
        }
        return new ChoiceCells(null, first, "options listed, none marked", false, true);
    }

    /**
     * Whether options standing unmarked in a line are printed ones: a nearby line holds the same options in the same
     * columns with a mark beside one (はい | いいえ printed on every question of bv-w15-b, ○ before the chosen one) —
     * not answers in columns of their own (回答（R6） | 前回回答（R5）, bv-w10-b).
     */
    private static boolean printedOptionsMarkedNearby(Placement p, List<Cell> options) {
        int row = options.get(0).row();
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Cell o : options) {
            if (o.row() != row) {
                return false;
            }
            from = Math.min(from, o.col());
            to = Math.max(to, o.col());
        }
        for (int d = 1; d <= 6; d++) {
            for (int r : new int[] {row - d, row + d}) {
                if (r < 0 || r > p.view.lastRow()) {
                    continue;
                }
                boolean same = true;
                for (Cell o : options) {
                    Cell c = p.view.shown(r, o.col());
                    same &= c.type() == CellType.STRING && c.text().strip().equals(o.text().strip());
                }
                if (!same) {
                    continue;
                }
                for (int c = Math.max(0, from - 1); c <= to + 1; c++) {
                    Cell m = p.view.shown(r, c);
                    if (m.type() == CellType.STRING && ChoiceText.isChosenMark(m.text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Reads a choice from the cells right of its label: an option written alone, options with marks in the cells
     * before or after them, a mark under a column headed by an option, or one cell that says it all.
     */
    private ChoiceCells chooseAmong(Placement p, FieldDescriptor field, List<Cell> cells) {
        Class<?> type = field.javaType();
        List<Cell> options = new ArrayList<>();
        List<Choice> optionValues = new ArrayList<>();
        List<Cell> marks = new ArrayList<>();
        List<Cell> markedInFront = new ArrayList<>();
        Set<Choice> markedValues = new HashSet<>();
        for (Cell c : cells) {
            if (c.type() != CellType.STRING) {
                continue;
            }
            if (ChoiceText.isMark(c.text())) {
                marks.add(c);
                continue;
            }
            Choice exact = ChoiceText.exact(type, c.text());
            if (exact != null) {
                options.add(c);
                optionValues.add(exact);
            }
            Choice marked = ChoiceText.markedInFront(type, c.text());
            if (marked != null) {
                markedInFront.add(c);
                markedValues.add(marked);
            }
        }
        if (!markedInFront.isEmpty() && marks.isEmpty() && markedInFront.size() < options.size()) {
            // 可 | ○　不可 (sr-w45-b): the mark written in front of the chosen option, in its cell, the others bare
            if (markedValues.size() > 1) {
                return new ChoiceCells(null, markedInFront.get(0), "", true, false);
            }
            Choice chosen = markedValues.iterator().next();
            if (java.util.Collections.frequency(optionValues, chosen) == 1) {
                return new ChoiceCells(chosen, markedInFront.get(0), "mark in front of the option", false, false);
            }
        }
        if (options.size() >= 2 && !marks.isEmpty()) {
            List<Choice> chosen = new ArrayList<>();
            Cell chosenCell = null;
            for (Cell m : marks) {
                if (!ChoiceText.isChosenMark(m.text())) {
                    continue;
                }
                int k = markedOption(m, options);
                if (k >= 0 && !chosen.contains(optionValues.get(k))) {
                    chosen.add(optionValues.get(k));
                    chosenCell = m;
                }
            }
            if (chosen.size() == 1) {
                return new ChoiceCells(chosen.get(0), chosenCell, "mark beside the option", false, false);
            }
            if (chosen.size() > 1) {
                return new ChoiceCells(null, chosenCell, "", true, false);
            }
            return new ChoiceCells(null, options.get(0), "options printed, none marked", false, true);
        }
        if (options.size() >= 2 && marks.isEmpty() && new HashSet<>(optionValues).size() == options.size()
                && printedOptionsMarkedNearby(p, options)) {
            // はい | いいえ printed beside the question and neither marked (bv-w15-b's 設問12): unanswered, not the first
            return new ChoiceCells(null, options.get(0), "options printed, none marked", false, true);
        }
        if (options.size() == 1 && !marks.isEmpty()) {
            for (Cell m : marks) {
                if (ChoiceText.isChosenMark(m.text()) && Math.abs(m.col() - options.get(0).col()) == 1) {
                    return new ChoiceCells(optionValues.get(0), m, "mark beside the option", false, false);
                }
            }
        }
        if (options.isEmpty() && !marks.isEmpty()) {
            // a mark under a column headed by an option (はい | いいえ columns)
            List<Choice> chosen = new ArrayList<>();
            Cell chosenCell = null;
            for (Cell m : marks) {
                if (!ChoiceText.isChosenMark(m.text())) {
                    continue;
                }
                Choice header = optionAbove(p, type, m);
                if (header == null) {
                    header = optionHeaderLineAbove(p, type, m);
                }
                if (header != null && !chosen.contains(header)) {
                    chosen.add(header);
                    chosenCell = m;
                }
            }
            if (chosen.size() == 1) {
                return new ChoiceCells(chosen.get(0), chosenCell, "mark under the option's column", false, false);
            }
            if (chosen.size() > 1) {
                return new ChoiceCells(null, chosenCell, "", true, false);
            }
        }
        return null;
    }

    /** The option a mark cell marks: the option cell right after it, else the one right before it. */
    private static int markedOption(Cell mark, List<Cell> options) {
        for (int k = 0; k < options.size(); k++) {
            if (options.get(k).col() == mark.col() + 1) {
                return k;
            }
        }
        for (int k = 0; k < options.size(); k++) {
            if (options.get(k).col() == mark.col() - 1) {
                return k;
            }
        }
        int best = -1;
        int distance = Integer.MAX_VALUE;
        for (int k = 0; k < options.size(); k++) {
            int d = options.get(k).col() - mark.col();
            if (d > 0 && d < distance) {
                distance = d;
                best = k;
            }
        }
        return best;
    }

    /**
     * The option heading a mark's column has on the nearest header line of options above it — a line where the column's
     * cell is an option of the field and another column near it holds another option ({@code はい | いいえ} over a
     * questionnaire) — past anything between (a sub-table of question 9 over rows of makers and models, bv-w11-a); null
     * when there is none within 80 lines.
     */
    static Choice optionHeaderLineAbove(Placement p, Class<?> type, Cell mark) {
        for (int r = mark.row() - 1; r >= Math.max(0, mark.row() - 80); r--) {
            Cell above = p.view.shown(r, mark.col());
            if (above.isBlank() || above.type() != CellType.STRING || above.col() != mark.col()) {
                continue;
            }
            Choice c = ChoiceText.header(type, above.text());
            if (c == null) {
                continue;
            }
            for (int col = Math.max(0, mark.col() - 6); col <= Math.min(p.view.lastColumn(), mark.col() + 6); col++) {
                Cell other = p.view.shown(r, col);
                if (other.col() == col && other.col() != mark.col() && other.type() == CellType.STRING) {
                    Choice o = ChoiceText.header(type, other.text());
                    if (o != null && !o.equals(c)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The option that heads a mark's column (within the rows above), or null. */
    static Choice optionAbove(Placement p, Class<?> type, Cell mark) {
        for (int r = mark.row() - 1; r >= Math.max(0, mark.row() - 60); r--) {
            Cell above = p.view.shown(r, mark.col());
            if (above.col() != mark.col() && !above.isBlank()) {
                continue; // an answer box merged across the option columns (a free-text question's), not a header
            }
            if (above.type() == CellType.STRING && !ChoiceText.isMark(above.text())) {
                Choice c = ChoiceText.header(type, above.text());
                if (c != null) {
                    return c;
                }
                if (above.text().length() > 12) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Object invert(Object choice) {
        if (choice == YesNo.YES) {
            return YesNo.NO;
        }
        if (choice == YesNo.NO) {
            return YesNo.YES;
        }
        if (choice == Presence.PRESENT) {
            return Presence.ABSENT;
        }
        if (choice == Presence.ABSENT) {
            return Presence.PRESENT;
        }
        return choice;
    }

    private void inverted(String path, FieldDescriptor field, Placement p, Cell at, Placement.Hit label) {
        state.finding(ReadCodes.INVERSE_QUESTION, Severity.INFO, p.view.name(), at.a1(), path, field.qualifiedLabel(),
                label.cell().text().strip(), field.qualifiedLabel());
    }

    private void severalMarked(String path, FieldDescriptor field, Placement p, Cell at) {
        state.finding(ReadCodes.SEVERAL_CHOSEN, Severity.ERROR, p.view.name(), at.a1(), path, field.qualifiedLabel(),
                field.qualifiedLabel());
    }

    private void put(String path, FieldDescriptor field, Cell cell, CellOrigin origin, String how) {
        put(path, field, cell, origin, how, null);
    }

    private void put(String path, FieldDescriptor field, Cell cell, CellOrigin origin, String how, Placement.Hit label) {
        if (!splitLabelledLines(path, field, cell, origin, how, label)) {
            putOne(path, field, cell, origin, how, label);
        }
    }

    /**
     * A value cell whose lines each name one field of the field's block ({@code 氏名：村上 翔太 / 所属：情報管理課 /
     * 連絡先：089-…} beside 回答者の情報): each line is its field's value, for the fields not read elsewhere. False (and
     * nothing read) unless every line is labelled, by a different field of the block, one of them this field.
     */
    private boolean splitLabelledLines(String path, FieldDescriptor field, Cell cell, CellOrigin origin, String how,
            Placement.Hit label) {
        int dot = path.lastIndexOf('.');
        if (cell.type() != CellType.STRING || cell.text().indexOf('\n') < 0 || dot < 0 || path.indexOf('[') >= 0) {
            return false;
        }
        Map<String, FieldDescriptor> siblings = blockFields(path.substring(0, dot));
        if (siblings.size() < 2) {
            return false;
        }
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (String line : cell.text().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] lv = Wording.labelAndValue(line);
            if (lv == null && parts.isEmpty() && label != null && label.inline() != null) {
                parts.put(path, line.strip()); // 氏名：村上 翔太 (the label read in the cell) / 所属：… / 連絡先：…
                continue;
            }
            String named = lv == null ? null : fieldNamed(lv[0], siblings.keySet());
            if (named == null || parts.containsKey(named)) {
                return false;
            }
            parts.put(named, lv[1]);
        }
        if (parts.size() < 2 || !parts.containsKey(path)) {
            return false;
        }
        for (Map.Entry<String, String> e : parts.entrySet()) {
            String sp = e.getKey();
            boolean own = sp.equals(path);
            if (!own && (state.values.containsKey(sp) || resolved.containsKey(sp))) {
                continue;
            }
            if (!own) {
                state.origins.cell(sp, origin);
                fromLines.add(sp);
            }
            putOne(sp, siblings.get(sp), Cell.ofText(cell.row(), cell.col(), e.getValue()), origin,
                    how + ", one of the cell's labelled lines", own ? label : null);
        }
        return true;
    }

    /** The fields directly under {@code blockPath} (respondent → respondent.name, …), by their whole paths. */
    private Map<String, FieldDescriptor> blockFields(String blockPath) {
        Map<String, FieldDescriptor> out = new java.util.LinkedHashMap<>();
        for (SheetDescriptor sd : form.sheets()) {
            for (Block b : sd.blocks()) {
                if (b instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        String whole = prefix + f.path();
                        if (f.appliesTo(version) && whole.startsWith(blockPath + ".")
                                && whole.indexOf('.', blockPath.length() + 1) < 0) {
                            out.put(whole, f);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The path among {@code paths} whose label or synonym is the key (or has its core), else null. */
    private String fieldNamed(String key, java.util.Collection<String> paths) {
        String core = Wording.core(key);
        for (String sp : paths) {
            for (Lexicon.Term t : lexicon.field(sp)) {
                if (t.key().equals(key) || (!core.isEmpty() && core.equals(t.core()))) {
                    return sp;
                }
            }
        }
        return null;
    }

    private void putOne(String path, FieldDescriptor field, Cell cell, CellOrigin origin, String how, Placement.Hit label) {
        Converted converted = converter.convert(cell, field);
        if (converted.failed()) {
            addProblem(state, path, field, origin, converted);
            return;
        }
        if (converted.value().isEmpty()) {
            return;
        }
        Object value = converted.value().get();
        if (value instanceof String text && pointsToTableRead(path, text)) {
            // 下表のとおり / 別表に記入 as the description of a table that was read (bv-w19-a, bv-w22-a): a pointer to the
            // rows read, not a description of its own
            explain.record(path, origin.sheet(), origin.cell(), "", how + ", a pointer to the table read below");
            return;
        }
        if (label != null && label.term().inverse() && value instanceof Choice) {
            value = invert(value);
            inverted(path, field, placementOf(label.view()), cell, label);
        }
        state.values.put(path, value);
        explain.record(path, origin.sheet(), origin.cell(), String.valueOf(value instanceof Choice c ? c.label() : value),
                how + (label != null ? " (label " + label.cell().a1() + ")" : ""));
    }

    /** A text that only points at a table: 下表のとおり, 別表に記入, 下記参照, 表のとおり, 下欄に記入 (bv-w31-a). */
    private static final java.util.regex.Pattern TABLE_POINTER = java.util.regex.Pattern.compile(
            "[(（]?(下表|別表|次表|下記|下の表|下欄|下段|表)(の|に|を)?(とおり|通り|記入|記載|参照)[^。]{0,6}[)）]?[。.]?");

    /** Whether {@code text} only points at a table of the form, read with rows, that {@code path} describes. */
    private boolean pointsToTableRead(String path, String text) {
        if (!TABLE_POINTER.matcher(LabelText.nfkc(text).strip()).matches()) {
            return false;
        }
        for (Map.Entry<String, Object> e : state.values.entrySet()) {
            if (path.startsWith(e.getKey()) && path.length() > e.getKey().length()
                    && e.getValue() instanceof List<?> rows && !rows.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static void addProblem(ReadState state, String path, FieldDescriptor field, CellOrigin origin, Converted converted) {
        String label = field.qualifiedLabel();
        state.typeProblem(converted.problemCode(), origin, path, label, "「" + label + "」: " + stripCode(converted.problemJa()),
                "\"" + field.qualifiedLabelEn() + "\": " + stripCode(converted.problemEn()));
    }

    private static String stripCode(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("MSF-") && colon > 0 ? message.substring(colon + 2) : message;
    }

    // ------------------------------------------------------------------ kana, postal codes, pictures

    /** Kana readings: a kana label next to (right of, or under) the field it reads, then its value. */
    private void readKana(FieldBlock block) {
        String prefix = block.path().isEmpty() ? "" : block.path() + ".";
        for (FieldDescriptor field : block.fields()) {
            String path = prefix + field.path();
            String basePath = lexicon.kanaBases.get(path);
            if (basePath == null || !field.appliesTo(version) || resolved.containsKey(path)) {
                continue;
            }
            Cell[] base = resolved.get(basePath);
            Placement p = resolvedOn.get(basePath);
            if (base == null || p == null) {
                continue;
            }
            Cell baseLabel = base[0];
            Cell baseValue = base[1];
            Cell best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Map.Entry<Long, String> e : p.kana.entrySet()) {
                int row = (int) (e.getKey() >> 20);
                int col = (int) (e.getKey() & 0xFFFFF);
                if (p.isConsumed(row, col)) {
                    continue;
                }
                int distance;
                if (row == baseLabel.row() && col > Math.max(baseLabel.col(), baseValue.col())) {
                    distance = col - baseValue.col(); // 医療機関名 | 値 | (かな) | 値
                } else if (row == baseValue.row() && row != baseLabel.row() && col > baseValue.col()) {
                    distance = col - baseValue.col(); // 住所 over two lines: 香川県… | (かな) | かがわけん… on the value's
                } else if (col >= baseLabel.col() - 1 && col <= baseLabel.col() + 1 && row > baseLabel.row()
                        && row <= p.view.regionOf(baseLabel).lastRow() + 2) {
                    distance = 10 + (row - baseLabel.row()); // (かな) under the label
                } else if (col == baseLabel.col() && row == baseLabel.row() - 1) {
                    distance = 20; // フリガナ over the label
                } else {
                    continue;
                }
                if (!e.getValue().isEmpty()) {
                    distance -= 5; // 医療機関名(かな): says what it reads
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = p.view.cell(row, col);
                }
            }
            if (best == null) {
                state.finding(ReadCodes.LABEL_MISSING, Severity.INFO, p.view.name(), "", path, field.qualifiedLabel(),
                        p.view.name(), field.qualifiedLabel());
                continue;
            }
            p.consume(best);
            String inline = p.kanaInline.get(Placement.pos(best.row(), best.col()));
            resolveFrom(path, field, new Placement.Hit(p.view, best, lexicon.field(path).get(0), 95, inline,
                    inline == null ? "kana label" : "kana label and value in one cell"), p);
        }
    }

    /**
     * A postal code written in the address cell ({@code 〒760-0017 香川県…}): the code goes to the block's postal-code
     * field when that field has no value of its own, and the address keeps the rest.
     */
    private void splitPostalCodes(FieldBlock block) {
        String prefix = block.path().isEmpty() ? "" : block.path() + ".";
        String postalPath = null;
        FieldDescriptor postal = null;
        for (FieldDescriptor f : block.fields()) {
            if (f.kind() == ValueKind.POSTAL_CODE) {
                postalPath = prefix + f.path();
                postal = f;
            }
        }
        if (postalPath == null) {
            return;
        }
        for (FieldDescriptor f : block.fields()) {
            String path = prefix + f.path();
            if (f.kind() != ValueKind.TEXT || !(state.values.get(path) instanceof String text)) {
                continue;
            }
            java.util.regex.Matcher m = POSTAL_PREFIX.matcher(LabelText.nfkc(text).strip());
            if (!m.find()) {
                continue;
            }
            String code = m.group(1).replaceAll("[^0-9]", "");
            String rest = LabelText.nfkc(text).strip().substring(m.end()).strip();
            if (rest.isEmpty()) {
                continue;
            }
            state.values.put(path, CellConverter.text(rest, f.text()));
            if (!state.values.containsKey(postalPath)) {
                Cell[] at = resolved.get(path);
                Placement p = resolvedOn.get(path);
                try {
                    state.values.put(postalPath, io.github.medsecforms.model.value.PostalCode.parse(code));
                    String read = postalPath;
                    // its label is not needed now: no warning that it was not found (住所：〒769-2601 …, lds-w24-b)
                    state.findings.removeIf(x -> x.ruleId().equals(ReadCodes.LABEL_MISSING) && x.path().equals(read));
                    if (at != null && p != null) {
                        state.origins.cell(postalPath, new CellOrigin(p.view.name(), at[1].a1()));
                        explain.record(postalPath, p.view.name(), at[1].a1(), code, "postal code written in the address cell");
                    }
                } catch (RuntimeException e) {
                    // not a postal code after all: leave the address whole
                    state.values.put(path, text);
                }
            }
        }
    }

    private static final java.util.regex.Pattern POSTAL_PREFIX =
            java.util.regex.Pattern.compile("^〒?\\s*([0-9]{3}\\s*[-‐－ー−]?\\s*[0-9]{4})(?![0-9])\\s*");

    private void readImage(String path, Placement preferred) {
        Placement found = null;
        Picture largest = null;
        List<Placement> order = new ArrayList<>();
        if (preferred != null) {
            order.add(preferred);
        }
        order.addAll(sheets);
        for (Placement p : order) {
            for (Picture pic : p.view.sheet().pictures()) {
                if (largest == null || pic.bytes().length > largest.bytes().length) {
                    largest = pic;
                    found = p;
                }
            }
            if (largest != null && p == preferred) {
                break;
            }
        }
        if (largest == null) {
            return;
        }
        state.values.put(path, new ImageData(largest.mediaType(), largest.bytes()));
        if (largest.row() >= 0 && largest.col() >= 0) {
            state.origins.cell(path, new CellOrigin(found.view.name(), CellRef.a1(largest.row(), largest.col())));
        }
        explain.record(path, found.view.name(), largest.row() >= 0 ? CellRef.a1(largest.row(), largest.col()) : "",
                largest.mediaType(), "picture on the sheet");
    }

    /** The sheet the floor plan was read from, for its callouts. */
    Placement imageSheet(String path) {
        return null;
    }

    /** Reports text cells inside the form's area that nothing read (読み取っていない記入). */
    void reportUnplaced() {
        for (Placement p : sheets) {
            new Unplaced(p, state).report();
        }
    }
}
