package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.xlsx.internal.grid.Grid;
import io.github.medsecforms.xlsx.internal.grid.GridSheet;
import io.github.medsecforms.xlsx.internal.grid.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form from a cell grid: recognises the form (unless told) and its version, matches each of the form's
 * sheets to a worksheet (by name, then by content), reads every block, and builds the record with its origins and
 * findings. Never throws for content problems: every problem is a finding and reading goes on.
 */
public final class WorkbookFormReader {
    private static final Pattern VERSION = Pattern.compile("(?:令和|R)\\s*([0-9０-９]{1,2}|元)\\s*年度(?:版)?");

    private WorkbookFormReader() {
    }

    /**
     * The result of a read.
     *
     * @param form     the form read
     * @param origins  model path → cell
     * @param findings what could not be read, in reading order
     */
    public record Result(Form form, Origins origins, List<Finding> findings) {
    }

    /**
     * A grid prepared for reading: its sheets as {@link SheetView}s (every text cell keyed once), built once and
     * shared by {@link #recognise(Prepared)} and {@link #read(Prepared, FormDescriptor)}. Not thread-safe: one per
     * read.
     */
    public static final class Prepared {
        private final Grid grid;
        private final List<SheetView> views;

        private Prepared(Grid grid) {
            this.grid = grid;
            int cells = 0;
            for (GridSheet s : grid.sheets()) {
                cells += Math.min(s.cellCount(), 1 << 16);
            }
            SheetView.Keys keys = new SheetView.Keys(cells);
            List<SheetView> v = new ArrayList<>(grid.sheets().size());
            for (GridSheet s : grid.sheets()) {
                v.add(new SheetView(s, keys));
            }
            this.views = List.copyOf(v);
        }

        public Grid grid() {
            return grid;
        }

        List<SheetView> views() {
            return views;
        }
    }

    /** Prepares {@code grid} for {@link #recognise(Prepared)} and {@link #read(Prepared, FormDescriptor)}. */
    public static Prepared prepare(Grid grid) {
        return new Prepared(grid);
    }

    /** Recognises which form a workbook holds: the form whose sheet names and labels it matches best. */
    public static Optional<FormDescriptor> recognise(Grid grid) {
        return recognise(prepare(grid));
    }

    /**
     * Recognises which form a workbook holds. When exactly one form has every one of its sheets under its exact name
     * (our templates, the official workbooks) and its labels agree ({@link #NAMED_LABEL_SHARE}), that form is taken
     * without scoring the others; otherwise the form whose sheet names and labels it matches best.
     */
    public static Optional<FormDescriptor> recognise(Prepared workbook) {
        FormProfile named = null;
        for (FormProfile profile : FormProfile.all()) {
            if (profile.allSheetsNamed(workbook)) {
                if (named != null) {
                    named = null; // ambiguous: score every form
                    break;
                }
                named = profile;
            }
        }
        if (named != null && named.labelShare(workbook) >= NAMED_LABEL_SHARE) {
            return Optional.of(named.form);
        }
        return Recognizer.recognise(workbook.views);
    }

    /**
     * The share of its labels a form found under its exact sheet names must show to be taken without scoring the
     * other forms (the content agrees with the names); below it every form is scored.
     */
    static final double NAMED_LABEL_SHARE = 0.5;

    /** Reads {@code form} from {@code grid}. */
    public static Result read(Grid grid, FormDescriptor form) {
        return read(prepare(grid), form);
    }

    /** Reads {@code form} from a prepared grid (the views {@link #recognise(Prepared)} used are reused). */
    public static Result read(Prepared workbook, FormDescriptor form) {
        return read(workbook, form, Explain.NONE);
    }

    /** Reads {@code form} from a prepared grid, recording how each value was found in {@code explain}. */
    public static Result read(Prepared workbook, FormDescriptor form, Explain explain) {
        return readAll(workbook, form, explain).get(0);
    }

    /**
     * Reads every submission a workbook holds: one, or one per row of a sheet laid out so (a survey tool's export),
     * each with its own origins and findings.
     */
    public static List<Result> readAll(Prepared workbook, FormDescriptor form, Explain explain) {
        return readAll(workbook, form, explain, null);
    }

    /**
     * Reads every submission a workbook holds ({@link #readAll(Prepared, FormDescriptor, Explain)}) with a layout
     * profile of {@code form}: its sheet names, wordings and cells (null for none).
     */
    public static List<Result> readAll(Prepared workbook, FormDescriptor form, Explain explain,
                                       io.github.medsecforms.model.LayoutProfile profile) {
        ReadState state = new ReadState(form.id());
        List<SheetView> views = workbook.views;
        FiscalYear version = version(views, form, state);
        CellConverter converter = new CellConverter(workbook.grid.date1904(), version);
        Locator locator = new Locator(views, form, version, converter, state, explain, profile);
        locator.read();
        if (form.type() == io.github.medsecforms.model.linesurvey.LineDeviceSurvey.class) {
            state.values.put("floorPlan.callouts", callouts(workbook, form, profile));
        }
        locator.reportUnplaced();
        List<TableReader.SubmissionRow> rows = locator.submissionRows();
        if (rows.isEmpty()) {
            Form built = build(form, version, state);
            if (built instanceof io.github.medsecforms.model.offlinebackup.OfflineBackupIntent intent) {
                WrittenPolicy.check(views, intent, state);
            }
            return List.of(new Result(built, state.origins.build(), List.copyOf(state.findings)));
        }
        // the workbook's own findings: one on a submission's row is that submission's; the others (the header line, a
        // whole sheet) are the export's, given once, with the first submission — not repeated for every hospital
        Map<Integer, Integer> byRow = new HashMap<>();
        String exportSheet = "";
        for (int i = 0; i < rows.size(); i++) {
            byRow.put(rows.get(i).row(), i);
            if (exportSheet.isEmpty() && !rows.get(i).origins().isEmpty()) {
                exportSheet = rows.get(i).origins().values().iterator().next().sheet();
            }
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableReader.SubmissionRow row = rows.get(i);
            ReadState one = new ReadState(form.id());
            one.values.putAll(state.values);
            one.values.putAll(row.values());
            row.origins().forEach(one.origins::cell);
            for (Finding f : state.findings) {
                Integer owner = f.origin().isPresent() && f.sheet().equals(exportSheet)
                        ? byRow.get(sheetRow(f.origin().get().cell())) : null;
                if (owner == null ? i == 0 : owner == i) {
                    one.findings.add(f);
                }
            }
            one.findings.addAll(row.findings());
            out.add(new Result(build(form, version, one), one.origins.build(), List.copyOf(one.findings)));
        }
        return out;
    }

    /** The 0-based sheet row of an A1 name ({@code M8} → 7), or −1. */
    private static int sheetRow(String a1) {
        int k = 0;
        while (k < a1.length() && !Character.isDigit(a1.charAt(k))) {
            k++;
        }
        try {
            return k < a1.length() ? Integer.parseInt(a1.substring(k)) - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The callouts (text boxes) of the sheet that holds the floor plan: the floor-plan sheet, else any with shapes. */
    private static List<Callout> callouts(Prepared workbook, FormDescriptor form,
                                          io.github.medsecforms.model.LayoutProfile profile) {
        String planSheet = form.sheets().stream().filter(s -> s.blocks().stream().anyMatch(b -> b.path().equals("floorPlan")))
                .map(SheetDescriptor::name).findFirst().orElse("");
        if (profile != null && profile.formId().equals(form.id())) {
            planSheet = profile.sheets().getOrDefault(planSheet, planSheet);
        }
        String key = LabelText.key(planSheet);
        for (SheetView v : workbook.views) {
            if (v.name().equals(planSheet) || LabelText.key(v.name()).equals(key)) {
                return callouts(v.sheet());
            }
        }
        for (SheetView v : workbook.views) {
            if (!v.sheet().pictures().isEmpty() && !v.sheet().shapes().isEmpty()) {
                return callouts(v.sheet());
            }
        }
        return List.of();
    }

    /**
     * What recognition needs of one registered form, computed once: its sheets' names and the
     * label keys of each sheet (fields, columns, and for checklists the item texts of the latest version).
     */
    private static final class FormProfile {
        private final FormDescriptor form;
        private final List<String> names;
        private final List<Set<String>> labelKeys;

        private FormProfile(FormDescriptor form) {
            this.form = form;
            this.names = form.sheets().stream().map(SheetDescriptor::name).toList();
            this.labelKeys = form.sheets().stream().map(s -> Set.copyOf(labelKeys(form, s))).toList();
        }

        /** The profiles of {@link FormRegistry#forms()}, in its order; built on first use. */
        static List<FormProfile> all() {
            return Registered.PROFILES;
        }

        /** Whether every sheet of the form is a worksheet of exactly that name. */
        boolean allSheetsNamed(Prepared workbook) {
            for (String name : names) {
                boolean found = false;
                for (SheetView v : workbook.views) {
                    if (v.name().equals(name)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        /** The mean over the form's sheets of the best share of its labels found on any worksheet. */
        double labelShare(Prepared workbook) {
            double labelScore = 0;
            for (Set<String> keys : labelKeys) {
                double best = 0;
                for (SheetView v : workbook.views) {
                    best = Math.max(best, share(keys, v));
                }
                labelScore += best;
            }
            return labelScore / labelKeys.size();
        }
    }

    private static final class Registered {
        static final List<FormProfile> PROFILES = FormRegistry.forms().stream().map(FormProfile::new).toList();
        /** Every label key of every profile: what {@link SheetView#present} looks for. */
        static final Set<String> ALL_KEYS = PROFILES.stream().flatMap(p -> p.labelKeys.stream())
                .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static List<Callout> callouts(GridSheet sheet) {
        List<Callout> out = new ArrayList<>();
        for (Shape shape : sheet.shapes()) {
            String text = shape.text() == null ? "" : shape.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            out.add(new Callout(text));
        }
        return out;
    }

    private static Form build(FormDescriptor form, FiscalYear version, ReadState state) {
        state.values.put("version", version);
        return RecordFactory.build(form.type(), "", state.values);
    }

    /**
     * The version a workbook is: a form with one version is that version; otherwise a mark of the version in a sheet
     * name or the first rows ({@code 令和6年度版}, {@code R6年度}, {@code （R7）}, {@code 2024年度}), else the fiscal year
     * most of its dates fall in, else the latest version. A version the form does not have is an error.
     */
    private static FiscalYear version(List<SheetView> views, FormDescriptor form, ReadState state) {
        if (form.versions().size() == 1) {
            // a form of one version: only an edition mark (令和4年度版) that names another one is reported
            for (SheetView view : views) {
                for (int r = 0; r <= Math.min(view.lastRow(), 7); r++) {
                    for (Cell cell : view.sheet().row(r)) {
                        if (cell.type() != CellType.STRING || cell.text().length() > 120
                                || !mayNameEdition(view.key(cell.text()))) {
                            continue;
                        }
                        Matcher m = EDITION.matcher(LabelText.nfkc(cell.text()));
                        int n = m.find() ? ("元".equals(m.group(1)) ? 1 : Integer.parseInt(m.group(1))) : 0;
                        if (n >= 1) { // 令和0年度版 names no year
                            FiscalYear found = FiscalYear.reiwa(n);
                            if (!form.supports(found)) {
                                state.finding(ReadCodes.VERSION_UNSUPPORTED, Severity.ERROR, view.name(), cell.a1(),
                                        "version", "", found.label(),
                                        String.join("、", form.versions().stream().map(FiscalYear::label).toList()));
                            }
                            return form.latestVersion();
                        }
                    }
                }
            }
            return form.latestVersion();
        }
        for (SheetView view : views) {
            if (view.sheet().state() != io.github.medsecforms.xlsx.internal.grid.SheetState.VISIBLE) {
                continue;
            }
            int rows = Math.min(view.lastRow(), 7);
            // the edition the sheet's title states (令和７年度版) before the tab's name: a sheet copied from last
            // year's keeps its tab (R6事業者用 (2)) under this year's title (clv-w10-b)
            for (int r = 0; r <= rows; r++) {
                for (Cell cell : view.sheet().row(r)) {
                    if (cell.type() != CellType.STRING || cell.text().length() > 120
                            || !mayNameEdition(view.key(cell.text()))) {
                        continue;
                    }
                    Matcher m = EDITION.matcher(LabelText.nfkc(cell.text()));
                    int n = m.find() ? ("元".equals(m.group(1)) ? 1 : Integer.parseInt(m.group(1))) : 0;
                    if (n >= 1) {
                        FiscalYear found = FiscalYear.reiwa(n);
                        if (form.supports(found)) {
                            return found;
                        }
                    }
                }
            }
            FiscalYear named = versionIn(view.name());
            if (named != null && form.supports(named)) {
                return named;
            }
            for (int r = 0; r <= rows; r++) {
                for (Cell cell : view.sheet().row(r)) {
                    if (cell.type() != CellType.STRING || cell.text().length() > 120
                            || !mayNameVersion(view.key(cell.text()))) {
                        continue;
                    }
                    FiscalYear found = versionIn(cell.text());
                    if (found == null) {
                        continue;
                    }
                    if (form.supports(found)) {
                        return found;
                    }
                    state.finding(ReadCodes.VERSION_UNSUPPORTED, Severity.ERROR, view.name(), cell.a1(), "version",
                            "", found.label(), String.join("、", form.versions().stream().map(FiscalYear::label).toList()));
                    return form.latestVersion();
                }
            }
        }
        // no mark: the fiscal year most dates fall in
        java.util.Map<FiscalYear, Integer> years = new java.util.HashMap<>();
        int seen = 0;
        for (SheetView view : views) {
            for (Cell cell : view.sheet().cells()) {
                if (seen > 2000) {
                    break;
                }
                java.time.LocalDate d = null;
                if (cell.type() == CellType.NUMBER && cell.isDateFormatted() && cell.number() > 32874 && cell.number() < 73051) {
                    d = io.github.medsecforms.model.value.JapaneseDates.fromExcelSerial(cell.number(), false);
                } else if (cell.type() == CellType.STRING && cell.text().length() <= 20) {
                    try {
                        d = io.github.medsecforms.model.value.JapaneseDates.parse(LabelText.nfkc(cell.text()).strip());
                    } catch (RuntimeException e) {
                        d = null;
                    }
                }
                if (d != null && d.getYear() >= 1990 && d.getYear() <= 2100) { // a date a form of these years holds
                    seen++;
                    years.merge(FiscalYear.of(d), 1, Integer::sum);
                }
            }
        }
        java.util.Optional<java.util.Map.Entry<FiscalYear, Integer>> byDates = years.entrySet().stream()
                .filter(e -> form.supports(e.getKey())).max(java.util.Map.Entry.comparingByValue());
        if (byDates.isEmpty() || byDates.get().getValue() < FEW_DATES) {
            // no mark and a date or two (a target date in the next year, clv-w34-b's R7.6.30 beside year-less checks):
            // the version whose items the workbook has, when one fits clearly better (D-97)
            FiscalYear byItems = ChecklistRows.versionByItems(views, form);
            if (byItems != null) {
                return byItems;
            }
        }
        return byDates.map(java.util.Map.Entry::getKey).orElse(form.latestVersion());
    }

    /** Fewer dates than this of one fiscal year do not settle a version a checklist's items tell otherwise. */
    private static final int FEW_DATES = 3;

    /**
     * Whether {@link #EDITION} may find an edition in a text whose {@link LabelText#key} is {@code key}: only if the
     * key holds 年度版. The key is the NFKC text with characters dropped (white space, marks, leading decoration),
     * never a kanji, and ASCII letters lower-cased, so 年度版 in the NFKC text is 年度版 in the key; the key is
     * memoised for the read, the pattern is not.
     */
    static boolean mayNameEdition(String key) {
        return key.contains("年度版");
    }

    /**
     * Whether {@link #versionIn} may find a version in a text whose key is {@code key}: only if the key holds 年度 or
     * an {@code r} (of {@code R6}, lower-cased in the key; as {@link #mayNameEdition}).
     */
    static boolean mayNameVersion(String key) {
        return key.contains("年度") || key.indexOf('r') >= 0;
    }

    static final Pattern EDITION = Pattern.compile("(?:令和|(?<![A-Za-z0-9])R)\\s*([0-9]{1,2}|元)\\s*年度版");
    private static final Pattern VERSION_MARK = Pattern.compile(
            "(?:令和|(?<![A-Za-z0-9])R)\\s*([0-9]{1,2}|元)\\s*年度|(?<![A-Za-z0-9])R([0-9]{1,2})(?![0-9.年月/])|([0-9]{4})\\s*年度");

    /** The version a text names ({@code 令和6年度}, {@code R6}, {@code 2024年度}), or null. */
    static FiscalYear versionIn(String text) {
        Matcher m = VERSION_MARK.matcher(LabelText.nfkc(text));
        if (!m.find()) {
            return null;
        }
        try {
            if (m.group(1) != null) {
                return FiscalYear.reiwa("元".equals(m.group(1)) ? 1 : Integer.parseInt(m.group(1)));
            }
            if (m.group(2) != null) {
                return FiscalYear.reiwa(Integer.parseInt(m.group(2)));
            }
            int western = Integer.parseInt(m.group(3));
            return western > 2019 && western < 2100 ? FiscalYear.reiwa(western - 2018) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The label keys of a sheet descriptor: its fields and columns, and when {@code form} is given and the sheet
     * holds a checklist, the wording of the form's items (checklists share their columns), without the empty key.
     */
    private static Set<String> labelKeys(FormDescriptor form, SheetDescriptor sheet) {
        Set<String> keys = new HashSet<>();
        for (Block b : sheet.blocks()) {
            if (b instanceof FieldBlock fb) {
                for (FieldDescriptor f : fb.fields()) {
                    keys.add(LabelText.key(f.label()));
                }
            } else if (b instanceof TableBlock tb) {
                TableDescriptor t = tb.table();
                for (FieldDescriptor f : t.columns()) {
                    keys.add(LabelText.key(f.label()));
                }
                if (form != null && t.rowType() == io.github.medsecforms.model.checklist.ChecklistEntry.class) {
                    // checklists share their columns: their item wording tells them apart
                    io.github.medsecforms.model.checklist.ChecklistCatalogue.items(form.id(), form.latestVersion())
                            .forEach(item -> keys.add(LabelText.key(item.text())));
                }
            }
        }
        keys.remove("");
        return keys;
    }

    /** The share of {@code keys} found on a worksheet; 0 when there are none. */
    private static double share(Set<String> keys, SheetView view) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> present = view.present(Registered.ALL_KEYS);
        int found = 0;
        for (String k : keys) {
            if (present.contains(k)) {
                found++;
            }
        }
        return (double) found / keys.size();
    }
}
