package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.linesurvey.DeviceCredential;
import io.github.medsecforms.model.value.Secret;
import io.github.medsecforms.xlsx.internal.credentials.CredentialSheets;
import io.github.medsecforms.xlsx.internal.grid.CellRef;
import io.github.medsecforms.xlsx.internal.grid.Grid;
import io.github.medsecforms.xlsx.internal.grid.GridException;
import io.github.medsecforms.xlsx.internal.grid.GridReader;
import io.github.medsecforms.xlsx.internal.grid.GridSheet;
import io.github.medsecforms.xlsx.internal.read.Explain;
import io.github.medsecforms.model.internal.io.Messages;
import io.github.medsecforms.xlsx.internal.read.WorkbookFormReader;
import io.github.medsecforms.xlsx.internal.survey.CompletionTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads filled workbooks (.xlsx, .xlsm, and legacy Excel 97–2003 .xls) into forms: from our templates and from the
 * official forms alike. Fields are found by their labels and table columns by their header text, wherever they stand;
 * values that cannot be converted, and sheets, labels or tables that are missing, become {@link Finding}s (stage
 * {@link io.github.medsecforms.model.Stage#TYPES} or {@link io.github.medsecforms.model.Stage#STRUCTURE}) and reading
 * goes on, so one pass reports everything. Reading streams the workbook's XML
 * into a compact cell grid (never POI's usermodel for xlsx; a legacy .xls goes through POI's HSSF after its records are
 * counted against the limits), within bounded memory.
 *
 * <p>A workbook that cannot be read at all (not a workbook, encrypted without its password, hostile, not one of
 * the forms) throws a {@link FormIoException} with a coded Japanese message naming the file. A password-protected
 * workbook is read with {@link #read(byte[], String, char[])}.</p>
 *
 * <p>What reading by labels cannot work out alone, a {@link LayoutProfile} of one variant of a form says
 * ({@link #withProfile(LayoutProfile)}): which worksheet is which sheet of the form, more wordings of labels, headers
 * and options, and as a last resort the cell of a single field. It applies to workbooks of its form: one recognised as
 * that form, or — when the profile names sheets — one that has all of them and is recognised as no other form (or is
 * read as the profile's form by {@link #read(byte[], String, String)}). A workbook of another form is read without it,
 * with a finding saying so ({@code MSF-IO-5103}).</p>
 *
 * <pre>{@code
 * ReadResult result = FormReader.create().read(Path.of("別紙2-1.xlsx"));
 * LineDeviceSurvey survey = (LineDeviceSurvey) result.form();
 * result.findings().forEach(f -> System.out.println(f.location() + " " + f.message()));
 * }</pre>
 */
public final class FormReader {
    private static final String NOT_RECOGNISED = "MSF-IO-2040";
    private static final String WRONG_FORM = "MSF-IO-2041";
    private static final String UNPLACED = "MSF-IO-2008";
    private static final String UNPLACED_MORE = "MSF-IO-2012";
    private static final String PASSWORD_LIST = "MSF-IO-2042";
    /** The origin path of the password list a workbook carries (not a path of any form). */
    public static final String CREDENTIALS_PATH = "credentials";

    private static final String PROFILE_NOT_APPLIED = "MSF-IO-5103";

    private final ReadLimits limits;
    /** The layout profile workbooks of its form are read with, or null. */
    private final LayoutProfile profile;

    private FormReader(ReadLimits limits, LayoutProfile profile) {
        this.limits = limits;
        this.profile = profile;
    }

    /** A reader with the default limits ({@link ReadLimits#DEFAULT}: 30 MiB per file, 65,536 rows per sheet, …). */
    public static FormReader create() {
        return new FormReader(ReadLimits.DEFAULT, null);
    }

    /** A reader with other limits (see {@code docs/design-grid.md} for what each bounds). */
    public static FormReader create(ReadLimits limits) {
        return new FormReader(Objects.requireNonNull(limits, "limits"), null);
    }

    /**
     * This reader with a layout profile: workbooks of the profile's form are read with its sheet names, wordings and
     * cells (see the class comment for which workbooks it applies to). The reader is unchanged.
     */
    public FormReader withProfile(LayoutProfile profile) {
        return new FormReader(limits, Objects.requireNonNull(profile, "profile"));
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return limits;
    }

    /** The layout profile this reader applies, if any. */
    public Optional<LayoutProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * Reads the workbook at {@code file}, recognising which form it holds. A file larger than
     * {@link ReadLimits#maxInputBytes()} is refused ({@code MSF-IO-1101}) before any of it is read.
     */
    public ReadResult read(Path file) {
        return read(bytes(file), file.getFileName().toString());
    }

    /** Reads a workbook, recognising which form it holds. */
    public ReadResult read(byte[] workbook, String fileName) {
        return recognised(grid(workbook, fileName), fileName);
    }

    /**
     * Reads a password-protected (encrypted) workbook with its password, recognising which form it holds: an xlsx
     * encrypted by Excel (agile or standard encryption) or an encrypted .xls. A workbook without a password is read
     * as by {@link #read(byte[], String)}. {@code password} is overwritten with zeros before this method returns,
     * whatever the outcome, and is never logged nor part of any message.
     *
     * @throws FormIoException {@code MSF-IO-1017} if the password does not open the workbook, and as
     *                         {@link #read(byte[], String)} otherwise
     */
    public ReadResult read(byte[] workbook, String fileName, char[] password) {
        Objects.requireNonNull(password, "password");
        Grid grid;
        try {
            grid = GridReader.read(workbook, limits, password);
        } catch (GridException e) {
            throw new FormIoException(e.code(), fileName, e.args(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
        return recognised(grid, fileName);
    }

    private ReadResult recognised(Grid grid, String fileName) {
        WorkbookFormReader.Prepared workbook = WorkbookFormReader.prepare(grid);
        return read(workbook, plan(workbook, fileName, Optional.empty()), fileName);
    }

    /**
     * What a workbook is read as: its form, and whether with the profile.
     *
     * @param form    the form
     * @param profile the profile to read with, or null
     * @param notes   findings of the choice itself (the profile was not used)
     */
    private record Plan(FormDescriptor form, LayoutProfile profile, List<Finding> notes) {
    }

    /**
     * Chooses what to read a workbook as: {@code requested} if given (refused when the workbook clearly holds another
     * form or none), else the form recognised; the profile when the workbook is of its form, or has every sheet the
     * profile names and is not clearly another form.
     */
    private Plan plan(WorkbookFormReader.Prepared prepared, String fileName, Optional<String> requested) {
        FormDescriptor asked = requested.map(FormRegistry::get).orElse(null);
        Optional<FormDescriptor> recognised = WorkbookFormReader.recognise(prepared);
        if (profile != null) {
            FormDescriptor own = FormRegistry.get(profile.formId());
            boolean ownAsked = asked == null || asked.id().equals(own.id());
            boolean ownRecognised = recognised.isPresent() && recognised.get().id().equals(own.id());
            boolean sheetsNamed = !profile.sheets().isEmpty() && profile.sheets().values().stream()
                    .allMatch(name -> findSheet(prepared.grid(), name).isPresent());
            if (ownAsked && (ownRecognised || sheetsNamed && (asked != null || recognised.isEmpty()))) {
                return new Plan(own, profile, List.of());
            }
        }
        if (recognised.isEmpty()) {
            throw notRecognised(prepared, fileName);
        }
        FormDescriptor form = recognised.get();
        if (asked != null) {
            if (!form.id().equals(asked.id()) && !sameFamily(form, asked)) {
                throw new FormIoException(WRONG_FORM, fileName, new Object[] {fileName, asked.id(), form.id()}, null);
            }
            form = asked;
        }
        if (profile == null) {
            return new Plan(form, null, List.of());
        }
        String name = profile.name().isEmpty() ? profile.formId() : profile.name();
        Object[] args = {name, profile.formId(), form.id()};
        Finding note = new Finding(PROFILE_NOT_APPLIED, Severity.WARNING, Stage.STRUCTURE, form.id(), fileName, "", "",
                "", Optional.empty(), Messages.format(PROFILE_NOT_APPLIED, java.util.Locale.JAPANESE, args),
                Messages.format(PROFILE_NOT_APPLIED, java.util.Locale.ENGLISH, args), Optional.empty());
        return new Plan(form, null, List.of(note));
    }

    /**
     * Reads a workbook as the form {@code formId}. Refused when it clearly holds another form or none.
     *
     * @throws NoSuchElementException if {@code formId} is not a known form
     */
    public ReadResult read(byte[] workbook, String fileName, String formId) {
        FormRegistry.get(formId);
        WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(grid(workbook, fileName));
        return read(prepared, plan(prepared, fileName, Optional.of(formId)), fileName);
    }

    /** The id of the form a workbook holds, if it is one of the forms. */
    public Optional<String> recognise(byte[] workbook, String fileName) {
        return WorkbookFormReader.recognise(grid(workbook, fileName)).map(FormDescriptor::id);
    }

    /**
     * Reads every submission a workbook holds: one for most workbooks, one per row of a sheet that lists many (the
     * secretariat's export of the Web survey: one hospital a row, the questions as headers). Each has its own
     * findings and origins.
     */
    public List<ReadResult> readAll(Path file) {
        return readAll(bytes(file), file.getFileName().toString());
    }

    /** Reads every submission a workbook holds ({@link #readAll(Path)}). */
    public List<ReadResult> readAll(byte[] workbook, String fileName) {
        WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(grid(workbook, fileName));
        Plan plan = plan(prepared, fileName, Optional.empty());
        List<ReadResult> out = new java.util.ArrayList<>();
        Optional<CredentialList> credentials = credentials(prepared);
        for (WorkbookFormReader.Result r : WorkbookFormReader.readAll(prepared, plan.form(), Explain.NONE,
                plan.profile())) {
            out.add(result(r, fileName, credentials, prepared, plan));
        }
        return out;
    }

    /**
     * Reads every submission the workbook at {@code file} holds, as {@link #readAll(Path)}, and says how: where each
     * value came from and how it was found, and which text in the form's area was not read. Reading itself is the
     * same as {@link #readAll(Path)}'s.
     */
    public ReadExplanation explain(Path file) {
        return explain(bytes(file), file.getFileName().toString());
    }

    /** Reads every submission a workbook holds and says how ({@link #explain(Path)}). */
    public ReadExplanation explain(byte[] workbook, String fileName) {
        WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(grid(workbook, fileName));
        return explain(prepared, plan(prepared, fileName, Optional.empty()), fileName);
    }

    /**
     * Reads a workbook as the form {@code formId} and says how ({@link #explain(Path)}). Refused as by
     * {@link #read(byte[], String, String)}.
     *
     * @throws NoSuchElementException if {@code formId} is not a known form
     */
    public ReadExplanation explain(byte[] workbook, String fileName, String formId) {
        FormRegistry.get(formId);
        WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(grid(workbook, fileName));
        return explain(prepared, plan(prepared, fileName, Optional.of(formId)), fileName);
    }

    private ReadExplanation explain(WorkbookFormReader.Prepared prepared, Plan plan, String fileName) {
        FormDescriptor form = plan.form();
        Explain explain = Explain.recording();
        List<ReadResult> results = new ArrayList<>();
        Optional<CredentialList> credentials = credentials(prepared);
        for (WorkbookFormReader.Result r : WorkbookFormReader.readAll(prepared, form, explain, plan.profile())) {
            results.add(result(r, fileName, credentials, prepared, plan));
        }
        List<ReadPlacement> placements = new ArrayList<>();
        for (Explain.Entry e : explain.entries()) {
            if (e.value() == null || e.value().isEmpty()) {
                continue; // a blank cell of a table row: nothing was read there
            }
            placements.add(new ReadPlacement(e.path(), PathLabels.label(form, e.path(), false),
                    PathLabels.label(form, e.path(), true), e.sheet(), e.cell(), e.value(), e.how()));
        }
        Set<String> seen = new HashSet<>();
        for (ReadResult r : results) {
            for (Finding f : r.findings()) {
                if ((f.ruleId().equals(UNPLACED) || f.ruleId().equals(UNPLACED_MORE))
                        && seen.add(f.ruleId() + " " + f.sheet() + "!" + f.cell())) {
                    String text = f.ruleId().equals(UNPLACED) ? cellText(prepared, f.sheet(), f.cell()) : f.message();
                    placements.add(new ReadPlacement("", "", "", f.sheet(), f.cell(), text, ReadPlacement.NOT_READ));
                }
            }
        }
        return new ReadExplanation(results, placements);
    }

    /** The text of a cell as the workbook holds it (the finding's message shortens it). */
    private static String cellText(WorkbookFormReader.Prepared prepared, String sheet, String a1) {
        for (GridSheet s : prepared.grid().sheets()) {
            if (s.name().equals(sheet)) {
                return s.cell(a1).text().strip();
            }
        }
        return "";
    }

    private ReadResult read(WorkbookFormReader.Prepared workbook, Plan plan, String fileName) {
        return result(WorkbookFormReader.readAll(workbook, plan.form(), Explain.NONE, plan.profile()).get(0), fileName,
                credentials(workbook), workbook, plan);
    }

    private static ReadResult result(WorkbookFormReader.Result result, String fileName,
                                     Optional<CredentialList> credentials, WorkbookFormReader.Prepared workbook,
                                     Plan plan) {
        FormDescriptor form = plan.form();
        List<Finding> findings = new ArrayList<>(plan.notes());
        result.findings().stream().map(f -> withWrittenText(f.withFile(fileName), workbook.grid())).forEach(findings::add);
        Origins origins = sheetAnchors(result.origins(), workbook.grid(), form, plan.profile());
        if (credentials.isPresent()) {
            origins = credentialOrigin(workbook.grid()).map(o -> result.origins().withFallback(CREDENTIALS_PATH, o))
                    .map(o -> sheetAnchors(o, workbook.grid(), form, plan.profile())).orElse(origins);
        }
        return new ReadResult(result.form(), fileName, origins, List.copyOf(findings), credentials,
                CompletionTime.of(workbook.grid(), form, result.origins()));
    }

    /**
     * Where the password list a workbook carries is: its first filled password cell (else its first cell), recorded
     * under {@link #CREDENTIALS_PATH} so that the finding refusing it (LDS-024) points at the sheet to remove.
     */
    private static Optional<CellOrigin> credentialOrigin(Grid grid) {
        for (boolean byName : new boolean[] {true, false}) {
            for (GridSheet sheet : grid.sheets()) {
                List<CredentialSheets.Entry> entries = entries(sheet);
                List<CredentialSheets.Entry> passwords = CredentialSheets.passwordCells(entries);
                if (byName ? CredentialSheets.isNamedForPasswords(sheet.name()) : !passwords.isEmpty()) {
                    CredentialSheets.Entry at = !passwords.isEmpty() ? passwords.get(0) : entries.isEmpty() ? null : entries.get(0);
                    return Optional.of(new CellOrigin(sheet.name(), at == null ? "A1" : CellRef.a1(at.row(), at.col())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A value that could not be read as its type keeps what was written in its cell, as text ({@link Finding#value()}),
     * so that a list or report can show it beside the error (a hospital code with a wrong check digit is exactly what
     * the prefecture needs to see).
     */
    private static Finding withWrittenText(Finding f, Grid grid) {
        if (f.stage() != io.github.medsecforms.model.Stage.TYPES || f.value().isPresent() || f.origin().isEmpty()) {
            return f;
        }
        CellOrigin at = f.origin().get();
        Optional<GridSheet> sheet = grid.sheet(at.sheet());
        if (sheet.isEmpty() || !at.cell().matches("[A-Z]{1,3}[0-9]{1,7}")) {
            return f;
        }
        String text = sheet.get().cell(at.cell()).text();
        if (text.isBlank()) {
            return f;
        }
        return new Finding(f.ruleId(), f.severity(), f.stage(), f.formId(), f.file(), f.path(), f.label(), f.sheet(),
                f.origin(), f.message(), f.messageEn(), Optional.of(text.strip()));
    }

    /**
     * Gives each block of the form that has no cell at all (a floor plan sheet without its picture, a block left
     * empty) the most useful cell of its sheet: the first picture's top-left cell, else the sheet's title (its first
     * filled cell), else A1. A finding about it (LDS-020: no floor plan) then links to that sheet.
     */
    static Origins sheetAnchors(Origins origins, Grid grid, FormDescriptor form, LayoutProfile profile) {
        Origins out = origins;
        for (SheetDescriptor sheet : form.sheets()) {
            Optional<GridSheet> found = profile != null && profile.sheets().containsKey(sheet.name())
                    ? findSheet(grid, profile.sheets().get(sheet.name())).or(() -> findSheet(grid, sheet.name()))
                    : findSheet(grid, sheet.name());
            if (found.isEmpty()) {
                continue;
            }
            CellOrigin anchor = null;
            for (SheetDescriptor.Block block : sheet.blocks()) {
                if (block.path().isEmpty() || out.find(block.path()).isPresent()) {
                    continue;
                }
                if (anchor == null) {
                    anchor = new CellOrigin(found.get().name(), anchorCell(found.get()));
                }
                out = out.withFallback(block.path(), anchor);
            }
        }
        return out;
    }

    private static Optional<GridSheet> findSheet(Grid grid, String name) {
        Optional<GridSheet> exact = grid.sheet(name);
        if (exact.isPresent()) {
            return exact;
        }
        String key = sheetKey(name);
        return grid.sheets().stream().filter(s -> sheetKey(s.name()).equals(key)).findFirst();
    }

    private static String sheetKey(String name) {
        return SPACES.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String anchorCell(GridSheet sheet) {
        for (io.github.medsecforms.xlsx.internal.grid.Picture picture : sheet.pictures()) {
            if (picture.row() >= 0 && picture.col() >= 0 && picture.row() < CellRef.MAX_ROWS
                    && picture.col() < CellRef.MAX_COLUMNS) {
                return CellRef.a1(picture.row(), picture.col()); // a picture anchored outside the sheet has no cell
            }
        }
        for (io.github.medsecforms.xlsx.internal.grid.Cell cell : sheet.cells()) {
            return CellRef.a1(cell.row(), cell.col());
        }
        return "A1";
    }

    /**
     * A workbook that is none of the forms: a password list saved as its own workbook ({@code MSF-IO-2042}: it must
     * never be submitted) or something else ({@code MSF-IO-2040}).
     */
    private static FormIoException notRecognised(WorkbookFormReader.Prepared workbook, String fileName) {
        boolean passwords = workbook.grid().sheets().stream()
                .anyMatch(sheet -> CredentialSheets.isCredentialSheet(sheet.name(), entries(sheet)));
        return new FormIoException(passwords ? PASSWORD_LIST : NOT_RECOGNISED, fileName, new Object[] {fileName}, null);
    }

    /**
     * The password list a workbook carries: the official sheet (its name contains パスワード) read as
     * {@link CredentialList}, else any sheet whose content is a password list (a password header over filled cells,
     * beside an account or device column; {@link CredentialSheets}), its password cells kept as secrets only.
     */
    private static Optional<CredentialList> credentials(WorkbookFormReader.Prepared workbook) {
        for (GridSheet sheet : workbook.grid().sheets()) {
            if (CredentialSheets.isNamedForPasswords(sheet.name())) {
                FormDescriptor descriptor = FormRegistry.credentialList();
                Form list = WorkbookFormReader.read(workbook, descriptor).form();
                return Optional.of((CredentialList) list);
            }
        }
        for (GridSheet sheet : workbook.grid().sheets()) {
            if (!mayListPasswords(sheet)) {
                continue;
            }
            List<CredentialSheets.Entry> passwords = CredentialSheets.passwordCells(entries(sheet));
            if (!passwords.isEmpty()) {
                List<DeviceCredential> devices = passwords.stream()
                        .map(e -> new DeviceCredential("", "", "", Secret.of(e.text()), Secret.empty())).toList();
                return Optional.of(new CredentialList(null, devices, List.of(), ""));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@link CredentialSheets#passwordCells} of the sheet's {@link #entries} may find anything: false when no
     * cell there {@link CredentialSheets#mayNamePassword may name a password} (most sheets), which is told without
     * collecting the cells nor giving the numbers a text: a number's text (digits, {@code -}, {@code .}, {@code E},
     * {@code NaN}, {@code Infinity}) holds no character a password word starts with.
     */
    private static boolean mayListPasswords(GridSheet sheet) {
        for (io.github.medsecforms.xlsx.internal.grid.Cell cell : sheet.cells()) {
            if (cell.row() >= CredentialSheets.MAX_ROWS) {
                break;
            }
            if (cell.col() < CredentialSheets.MAX_COLUMNS
                    && cell.type() != io.github.medsecforms.xlsx.internal.grid.CellType.NUMBER
                    && CredentialSheets.mayNamePassword(cell.text())) {
                return true;
            }
        }
        return false;
    }

    /** The non-blank cells of a sheet's top-left corner, where a password list would be. */
    private static List<CredentialSheets.Entry> entries(GridSheet sheet) {
        List<CredentialSheets.Entry> out = new ArrayList<>();
        for (io.github.medsecforms.xlsx.internal.grid.Cell cell : sheet.cells()) {
            if (cell.row() >= CredentialSheets.MAX_ROWS) {
                break;
            }
            if (cell.col() < CredentialSheets.MAX_COLUMNS) {
                out.add(new CredentialSheets.Entry(cell.row(), cell.col(), cell.text()));
            }
        }
        return out;
    }

    /** The three checklists share their layout: reading one as another is allowed (their items tell them apart). */
    private static boolean sameFamily(FormDescriptor a, FormDescriptor b) {
        return a.id().startsWith("checklist-") && b.id().startsWith("checklist-");
    }

    private Grid grid(byte[] workbook, String fileName) {
        try {
            return GridReader.read(workbook, limits);
        } catch (GridException e) {
            throw new FormIoException(e.code(), fileName, e.args(), e);
        }
    }

    private byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxInputBytes()) {
                throw new FormIoException("MSF-IO-1101", file.getFileName().toString(),
                        new Object[] {limits.maxInputBytes(), size}, null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormIoException("MSF-IO-0001", file.getFileName().toString(), new Object[] {e.getMessage()}, e);
        }
    }
}
