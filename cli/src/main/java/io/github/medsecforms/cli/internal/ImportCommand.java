package io.github.medsecforms.cli.internal;

import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.internal.list.ConsolidatedList;
import io.github.medsecforms.internal.list.ListLayout;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.xlsx.TableWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms import <folder…> --form <id> -o <list.xlsx|list.csv|list.jsonl>}: reads every workbook of the
 * folders as the form {@code id}, validates it and writes one consolidated list, one row per submission (per selected
 * hospital for {@code hospital-selection}, with a per-band quota summary), plus the files that could not be read:
 *
 * <ul>
 *   <li>xlsx: sheets 一覧 (list), 支援枠の集計 (quotas, hospital-selection only), 読み込めなかったファイル;</li>
 *   <li>csv: {@code list.csv}, {@code list.quotas.csv} (hospital-selection), {@code list.errors.csv} — always
 *       written, header only when every file was read;</li>
 *   <li>jsonl: one record a line, {@code "type"} {@code submission} (or {@code hospital}), {@code quota},
 *       {@code unreadable}.</li>
 * </ul>
 *
 * Exit code 0 when no submission has errors, 1 when one has, 2 when a file could not be read (or a usage error).
 */
@Command(name = "import", sortOptions = false)
public final class ImportCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "<folder>", descriptionKey = "import.paths")
    List<Path> paths;

    @Option(names = "--form", required = true, paramLabel = "<form-id>", descriptionKey = "import.form")
    String formId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<list.xlsx|.csv|.jsonl>",
            descriptionKey = "import.output")
    Path output;

    @Mixin
    CheckOptions check;

    @Option(names = "--latest", descriptionKey = "import.latest")
    boolean latest;

    @Option(names = "--order", paramLabel = "<order.txt>", descriptionKey = "validate.order")
    Path order;

    @Option(names = "--threads", paramLabel = "<n>", descriptionKey = "threads")
    Integer threads;

    private enum Kind { XLSX, CSV, JSONL }

    /** What is kept of one file: its list entry and what the rules across submissions need, or why it could not be read. */
    private record Outcome(ListLayout.Entry entry, boolean valid, FileCheck.Unreadable unreadable, BatchEntry batch,
                           String skipped) {
    }

    @Override
    public Integer call() {
        Messages m = messages();
        Optional<FormDescriptor> form = FormRegistry.find(formId);
        if (form.isEmpty()) {
            err().println(m.get("forms.unknown", formId,
                    FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }
        Kind kind = kind(output);
        if (kind == null) {
            err().println(Coded.message(m, "MSF-CLI-0003", output));
            return ExitCodes.USAGE;
        }
        List<String> orderFile;
        try {
            orderFile = BatchCheck.order(order, m);
        } catch (BatchCheck.OrderFileFailure e) {
            err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Inputs.Found found = Inputs.forms(paths, m);
        found.problems().forEach(err()::println);
        if (found.files().isEmpty()) {
            err().println(Coded.message(m, "MSF-CLI-0002",
                    paths.stream().map(Path::toString).collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }

        ListLayout layout = new ListLayout(form.get(), Coded.locale(m));
        WorkbookChecker checker = check.checker();
        List<ListLayout.Entry> entries = new ArrayList<>();
        List<Boolean> validity = new ArrayList<>();
        List<BatchEntry> batchEntries = new ArrayList<>();
        List<FileCheck.Unreadable> unreadable = new ArrayList<>();
        int[] invalid = {0};
        int[] skipped = {0};
        boolean[] internal = {false};
        Progress progress = Progress.onTerminal(err(), m.get("progress.import"), found.files().size());
        Batch.run(found.files(), threads == null ? Batch.defaultThreads() : threads,
                file -> FileCheck.check(checker, file, paths.contains(file), Optional.of(formId), m,
                        c -> new Outcome(layout.entry(c.read().form(), c.read().findings(), c.report(),
                                FileCheck.isScan(file) ? ListLayout.ReadFrom.SCAN : ListLayout.ReadFrom.WORKBOOK),
                                c.report().valid(), null, WorkbookChecker.batchEntry(c.read(), BatchCheck.modified(file)),
                                null),
                        u -> new Outcome(null, false, u, null, null),
                        s -> new Outcome(null, false, null, null, s)),
                o -> {
                    if (o.skipped() != null) {
                        progress.clear();
                        skipped[0]++;
                        err().println(o.skipped());
                        progress.redraw();
                        return;
                    }
                    if (o.unreadable() != null) {
                        progress.clear();
                        unreadable.add(o.unreadable());
                        internal[0] |= o.unreadable().internal();
                        err().println(m.get("validate.unreadable", o.unreadable().file(), o.unreadable().message()));
                        progress.redraw();
                        return;
                    }
                    entries.add(o.entry());
                    validity.add(o.valid());
                    batchEntries.add(o.batch());
                }, progress);
        progress.finish();

        // the rules across submissions, when several were read together; with --latest the superseded ones leave the list
        int read = entries.size();
        BatchReport batch = batchEntries.size() > 1 ? checker.checkBatch(batchEntries, orderFile) : null;
        List<BatchReport.Superseded> superseded = List.of();
        if (batch != null && latest) {
            superseded = batch.superseded();
            List<Integer> kept = ConsolidatedList.kept(batchEntries, superseded);
            List<ListLayout.Entry> keptEntries = kept.stream().map(entries::get).toList();
            List<Boolean> keptValidity = kept.stream().map(validity::get).toList();
            entries.clear();
            entries.addAll(keptEntries);
            validity.clear();
            validity.addAll(keptValidity);
            batch = batch.latest();
        }
        validity.forEach(v -> invalid[0] += v ? 0 : 1);
        BatchReport shown = batch;
        List<BatchReport.Superseded> left = superseded;

        List<Path> written;
        try {
            written = switch (kind) {
                case XLSX -> writeXlsx(layout, entries, unreadable, shown, left);
                case CSV -> writeCsv(layout, entries, unreadable, shown, left);
                case JSONL -> writeJsonl(layout, entries, unreadable, shown, left);
            };
        } catch (Output.WriteFailure e) {
            err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        int rows = entries.stream().mapToInt(e -> e.rows().size()).sum();
        if (batch != null) {
            out().print(batch.toText(Coded.locale(m)));
        }
        if (latest) {
            out().println(m.get("import.superseded", superseded.size()));
        }
        out().println(m.get("import.summary", found.files().size() - skipped[0], read, rows, invalid[0],
                unreadable.size(), written.stream().map(Path::toString).collect(Collectors.joining(", "))));
        if (internal[0]) {
            return ExitCodes.INTERNAL;
        }
        if (!unreadable.isEmpty() || !found.problems().isEmpty()) {
            return ExitCodes.USAGE;
        }
        return invalid[0] > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static Kind kind(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Kind.XLSX;
        }
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (name.endsWith(".jsonl")) {
            return Kind.JSONL;
        }
        return null;
    }

    private Locale locale() {
        return Coded.locale(messages());
    }

    private static List<ConsolidatedList.Unreadable> listed(List<FileCheck.Unreadable> unreadable) {
        return unreadable.stream().map(u -> new ConsolidatedList.Unreadable(u.file(), u.code(), u.message())).toList();
    }

    private List<Path> writeXlsx(ListLayout layout, List<ListLayout.Entry> entries,
                                 List<FileCheck.Unreadable> unreadable, BatchReport batch,
                                 List<BatchReport.Superseded> superseded) throws Output.WriteFailure {
        List<TableWorkbook.Table> tables = ConsolidatedList.tables(layout, entries, listed(unreadable), batch,
                superseded, latest, locale());
        Output.write(output, out -> TableWorkbook.write(tables, out), messages());
        return List.of(output);
    }

    private List<Path> writeCsv(ListLayout layout, List<ListLayout.Entry> entries,
                                List<FileCheck.Unreadable> unreadable, BatchReport batch,
                                List<BatchReport.Superseded> superseded) throws Output.WriteFailure {
        Messages m = messages();
        List<Path> written = new ArrayList<>();
        Output.write(output, out -> Csv.write(out, ConsolidatedList.headers(layout.columns()),
                entries.stream().flatMap(e -> e.rows().stream()).toList()), m);
        written.add(output);
        if (latest) {
            Path side = sibling(output, ".superseded.csv");
            Output.write(side, out -> Csv.write(out, ConsolidatedList.supersededHeader(locale()),
                    ConsolidatedList.supersededRows(superseded, locale())), m);
            written.add(side);
        }
        if (ConsolidatedList.hasFindings(batch)) {
            Path side = sibling(output, ".batch.csv");
            Output.write(side, out -> Csv.write(out, ConsolidatedList.batchHeader(locale()),
                    ConsolidatedList.batchRows(batch, locale())), m);
            written.add(side);
        }
        if (layout.hasQuotas()) {
            Path quotas = sibling(output, ".quotas.csv");
            Output.write(quotas, out -> Csv.write(out, ConsolidatedList.headers(layout.quotaColumns()),
                    entries.stream().flatMap(e -> e.quotaRows().stream()).toList()), m);
            written.add(quotas);
        }
        Path errors = sibling(output, ".errors.csv");
        Output.write(errors, out -> Csv.write(out, ConsolidatedList.unreadableHeader(locale()),
                ConsolidatedList.unreadableRows(listed(unreadable))), m);
        written.add(errors);
        return written;
    }

    /** {@code list.csv} → {@code list.errors.csv}. */
    static Path sibling(Path csv, String suffix) {
        String name = csv.getFileName().toString();
        int dot = name.toLowerCase(Locale.ROOT).lastIndexOf(".csv");
        return csv.resolveSibling(name.substring(0, dot) + suffix);
    }

    private List<Path> writeJsonl(ListLayout layout, List<ListLayout.Entry> entries,
                                  List<FileCheck.Unreadable> unreadable, BatchReport batch,
                                  List<BatchReport.Superseded> superseded) throws Output.WriteFailure {
        Locale locale = Coded.locale(messages());
        List<ListLayout.Column> columns = layout.columns();
        List<ListLayout.Column> quotaColumns = layout.hasQuotas() ? layout.quotaColumns() : List.of();
        String type = layout.hasQuotas() ? "hospital" : "submission";
        Output.write(output, out -> {
            for (ListLayout.Entry e : entries) {
                for (List<Object> row : e.rows()) {
                    Map<String, Object> record = record(type, columns, row);
                    record.put("firstErrors", e.firstErrors().stream().map(f -> {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("ruleId", f.ruleId());
                        x.put("location", f.location());
                        x.put("message", f.message());
                        return x;
                    }).toList());
                    write(out, record);
                }
                for (List<Object> row : e.quotaRows()) {
                    write(out, record("quota", quotaColumns, row));
                }
            }
            for (BatchReport.Superseded x : superseded) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("type", "superseded");
                record.put("file", x.file());
                record.put("hospital", x.hospital());
                record.put("newer", x.newer());
                record.put("reason", x.reason(locale));
                write(out, record);
            }
            if (batch != null) {
                for (var f : batch.findings().findings()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("type", "batch");
                    record.put("file", f.file());
                    record.put("ruleId", f.ruleId());
                    record.put("severity", f.severity().labelEn());
                    record.put("location", f.location());
                    record.put("message", f.message(locale));
                    write(out, record);
                }
            }
            for (FileCheck.Unreadable u : unreadable) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("type", "unreadable");
                record.put("file", u.file());
                record.put("code", u.code());
                record.put("message", u.message());
                write(out, record);
            }
        }, messages());
        return List.of(output);
    }

    private static Map<String, Object> record(String type, List<ListLayout.Column> columns, List<Object> row) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", type);
        for (int i = 0; i < columns.size(); i++) {
            record.put(columns.get(i).key(), i < row.size() ? row.get(i) : null);
        }
        return record;
    }

    private static void write(OutputStream out, Map<String, Object> record) throws IOException {
        out.write(CliJson.line(record).getBytes(StandardCharsets.UTF_8));
    }
}
