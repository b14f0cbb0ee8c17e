package io.github.medsecforms.internal.list;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.selection.BandQuota;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a consolidated list, derived from the form's metadata (never restated by hand, D-01): every single
 * field of every sheet, with its qualified label ({@code 担当者①/所属・役職}), and for every table the number of
 * rows; then the form's version, the file, where it was read from (読取元: ワークブック or スキャン（FAX）, D-69), the
 * numbers of errors and warnings and the first errors. For
 * {@code hospital-selection} the rows are the selected hospitals (the table's columns, with the prefecture and the
 * row number), and a second table summarises each bed band: quota, hospitals selected, difference.
 *
 * <p>Values are typed for the writers: whole numbers as {@link Integer}, dates as {@link LocalDate}, everything else
 * as the text the workbook shows; an empty value is {@code null}. Passwords and images have no column.</p>
 */
public final class ListLayout {
    /** How many errors the 主なエラー column lists. */
    public static final int FIRST_ERRORS = 3;
    private static final String ROW_TABLE = "hospitals";

    /** A column: its key (model path, for JSON Lines) and header (label in the run's language). */
    public record Column(String key, String header) {
    }

    /** A value column: a single field, or a table's row count. */
    private record Source(String path, FieldDescriptor field, TableDescriptor countOf) {
    }

    /**
     * Where a submission was read from, for the list's 読取元 column: a workbook, or a scan of a printed form whose QR
     * code carried its data — the official compares a scanned one with any handwriting on the paper (issue 14, D-69).
     */
    public enum ReadFrom {
        WORKBOOK("list.source.workbook"), SCAN("list.source.scan");

        private final String key;

        ReadFrom(String key) {
            this.key = key;
        }
    }

    /** One of the first errors of a submission. */
    public record FirstError(String ruleId, String location, String message) {
        /** {@code LDS-007 回線!C5: message}. */
        public String text() {
            return ruleId + (location.isEmpty() ? "" : " " + location) + ": " + message;
        }
    }

    /** What the list keeps of one submission: rows of values, quota rows, counts, first errors. */
    public record Entry(String file, List<List<Object>> rows, List<List<Object>> quotaRows, List<FirstError> firstErrors) {
    }

    private final Locale locale;
    private final boolean english;
    private final FormDescriptor form;
    private final List<Source> single = new ArrayList<>();
    private final TableDescriptor rowTable;

    /** The list of {@code form}, its headers and first errors in {@code locale} (Japanese unless English). */
    public ListLayout(FormDescriptor form, Locale locale) {
        this.form = form;
        this.english = LocalizedMessages.isEnglish(locale);
        this.locale = english ? Locale.ENGLISH : Locale.JAPANESE;
        TableDescriptor rows = null;
        for (SheetDescriptor sheet : form.sheets()) {
            for (SheetDescriptor.Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        if (listed(f)) {
                            single.add(new Source(prefix + f.path(), f, null));
                        }
                    }
                } else if (block instanceof TableBlock tb) {
                    if (form.type() == HospitalSelection.class) {
                        if (tb.table().path().equals(ROW_TABLE)) {
                            rows = tb.table();
                        }
                    } else {
                        single.add(new Source(tb.table().path(), null, tb.table()));
                    }
                }
            }
        }
        this.rowTable = rows;
    }

    private static boolean listed(FieldDescriptor f) {
        return f.kind() != ValueKind.SECRET && f.kind() != ValueKind.IMAGE;
    }

    public FormDescriptor form() {
        return form;
    }

    /** Whether the list has the second, per-band table (hospital-selection). */
    public boolean hasQuotas() {
        return rowTable != null;
    }

    // ---------------------------------------------------------------- columns

    /** The list's columns: the form's single fields and table row counts, then version, file, counts, first errors. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Source s : single) {
            if (s.countOf() != null) {
                String label = english ? s.countOf().labelEn() : s.countOf().label();
                columns.add(new Column(s.path() + ".count", ConsolidatedList.text(locale, "list.col.rows", label)));
            } else {
                columns.add(new Column(s.path(), label(s.field())));
            }
        }
        if (rowTable != null) {
            columns.add(new Column("row", ConsolidatedList.text(locale, "list.col.row")));
            for (FieldDescriptor c : rowTable.columns()) {
                if (listed(c)) {
                    columns.add(new Column(c.path(), label(c)));
                }
            }
        }
        columns.add(new Column("version", ConsolidatedList.text(locale, "list.col.version")));
        columns.add(new Column("file", ConsolidatedList.text(locale, "list.col.file")));
        columns.add(new Column("source", ConsolidatedList.text(locale, "list.col.source")));
        columns.add(new Column("errors", ConsolidatedList.text(locale, "list.col.errors")));
        columns.add(new Column("warnings", ConsolidatedList.text(locale, "list.col.warnings")));
        columns.add(new Column("firstErrors", ConsolidatedList.text(locale, "list.col.firstErrors")));
        return columns;
    }

    /** The quota summary's columns (hospital-selection). */
    public List<Column> quotaColumns() {
        TableDescriptor quotas = table("quotas");
        List<Column> columns = new ArrayList<>();
        for (Source s : single) {
            if (s.field() != null) {
                columns.add(new Column(s.path(), label(s.field())));
            }
        }
        columns.add(new Column("band", label(quotas.columns().get(0))));
        columns.add(new Column("quota", label(quotas.columns().get(1))));
        columns.add(new Column("selected", ConsolidatedList.text(locale, "list.col.selected")));
        columns.add(new Column("difference", ConsolidatedList.text(locale, "list.col.difference")));
        columns.add(new Column("file", ConsolidatedList.text(locale, "list.col.file")));
        return columns;
    }

    private String label(FieldDescriptor f) {
        return english ? f.qualifiedLabelEn() : f.qualifiedLabel();
    }

    private TableDescriptor table(String path) {
        return form.sheets().stream().flatMap(s -> s.tables().stream()).filter(t -> t.path().equals(path))
                .findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- rows

    /** The rows (and quota rows) of one submission. */
    public Entry entry(Form f, Report report) {
        return entry(f, List.of(), report);
    }

    /**
     * The rows of one submission; a value that could not be read as its type is listed as the text that was written
     * (from the read finding at its path), never left blank.
     */
    public Entry entry(Form f, List<Finding> readFindings, Report report) {
        return entry(f, readFindings, report, ReadFrom.WORKBOOK);
    }

    /**
     * The rows of one submission read from {@code from} (a workbook or a scan); as {@link #entry(Form, List, Report)}.
     */
    public Entry entry(Form f, List<Finding> readFindings, Report report, ReadFrom from) {
        Map<String, String> written = new HashMap<>();
        for (List<Finding> list : List.of(readFindings, report.findings())) {
            for (Finding x : list) {
                if (x.stage() == Stage.TYPES && x.value().isPresent()) {
                    written.putIfAbsent(x.path(), x.value().get());
                }
            }
        }
        List<Object> head = new ArrayList<>();
        for (Source s : single) {
            head.add(s.countOf() != null ? FormPaths.rows(f, s.path()).size()
                    : orWritten(value(f, s.path(), s.field()), written.get(s.path())));
        }
        List<Object> tail = List.of(FormValues.text(f, "version"), report.file(),
                ConsolidatedList.text(locale, from.key), report.count(Severity.ERROR), report.count(Severity.WARNING));
        List<FirstError> errors = firstErrors(report);
        String first = String.join(" / ", errors.stream().map(FirstError::text).toList());
        List<List<Object>> rows = new ArrayList<>();
        if (rowTable == null) {
            List<Object> row = new ArrayList<>(head);
            row.addAll(tail);
            row.add(first.isEmpty() ? null : first);
            rows.add(row);
            return new Entry(report.file(), rows, List.of(), errors);
        }
        List<?> items = FormPaths.rows(f, rowTable.path());
        int n = Math.max(1, items.size());
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>(head);
            if (i < items.size()) {
                row.add(i + 1);
                for (FieldDescriptor c : rowTable.columns()) {
                    if (listed(c)) {
                        row.add(orWritten(value(items.get(i), c.path(), c),
                                written.get(rowTable.path() + "[" + i + "]." + c.path())));
                    }
                }
            } else {
                row.add(null);
                rowTable.columns().stream().filter(ListLayout::listed).forEach(c -> row.add(null));
            }
            row.addAll(tail);
            row.add(first.isEmpty() ? null : first);
            rows.add(row);
        }
        return new Entry(report.file(), rows, quotaRows((HospitalSelection) f, head, report.file()), errors);
    }

    /** The first errors of a report, in the order the report lists them (errors first). */
    public List<FirstError> firstErrors(Report report) {
        return report.findings().stream().filter(x -> x.severity() == Severity.ERROR).limit(FIRST_ERRORS)
                .map((Finding x) -> new FirstError(x.ruleId(), x.location(), x.message(locale))).toList();
    }

    private static Object orWritten(Object value, String written) {
        return value == null && written != null && !written.isBlank() ? written : value;
    }

    private static Object value(Object root, String path, FieldDescriptor f) {
        Optional<Object> v = FormPaths.value(root, path);
        if (v.isEmpty()) {
            return null;
        }
        Object value = v.get();
        if (value instanceof Integer || value instanceof LocalDate) {
            return value;
        }
        String text = FormValues.display(value);
        return text.isEmpty() ? null : text;
    }

    /**
     * One row per quota band: the band, its quota, the hospitals selected in it and the difference (selected −
     * quota; negative = still to select). Counted as rules SEL-005/006 count: bands are equal when they cover the
     * same bed counts, a hospital without a band counts in the only band holding its bed count.
     */
    private static List<List<Object>> quotaRows(HospitalSelection f, List<Object> head, String file) {
        List<Object> singles = head.stream().toList();
        Map<String, Integer> counts = new HashMap<>();
        List<BedBand> bands = f.quotas().stream().flatMap(q -> q.band().stream()).toList();
        for (SelectedHospital h : f.hospitals()) {
            Optional<BedBand> band = h.band().or(() -> h.beds().flatMap(beds -> {
                List<BedBand> holding = bands.stream().filter(b -> b.contains(beds)).toList();
                return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
            }));
            band.ifPresent(b -> counts.merge(range(b), 1, Integer::sum));
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (BandQuota q : f.quotas()) {
            List<Object> row = new ArrayList<>(singles);
            String key = q.band().map(ListLayout::range).orElse(null);
            int selected = key == null ? 0 : counts.getOrDefault(key, 0);
            boolean first = key != null && seen.putIfAbsent(key, true) == null;
            row.add(q.band().map(BedBand::label).orElse(null));
            row.add(q.quota().orElse(null));
            row.add(key == null || !first ? null : selected);
            row.add(q.quota().isPresent() && key != null && first ? selected - q.quota().get() : null);
            row.add(file);
            rows.add(row);
        }
        return rows;
    }

    private static String range(BedBand b) {
        return b.minBeds() + "-" + b.maxBeds();
    }
}
