package io.github.medsecforms.bridge.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.internal.list.ConsolidatedList;
import io.github.medsecforms.internal.list.ListLayout;
import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.validation.internal.json.ReportJson;
import io.github.medsecforms.xlsx.TableWorkbook;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routes of the web page's folder view (issue 13 item 3; docs/bridge.md 「フォルダをまとめて検証」, decision D-63):
 *
 * <ul>
 *   <li>{@code POST /api/v1/batch/validate} — one workbook of a folder: its report, its annotated copy (base64, as
 *       {@code medsec-forms annotate} makes it) and its {@code entry}: the rows it gives the consolidated list (as
 *       {@code import} lists it) and what the rules across submissions keep of it ({@link BatchEntry}, never the
 *       form);</li>
 *   <li>{@code POST /api/v1/batch/check} — the rules across submissions (BAT-nnn) and the batch summary over the
 *       entries the page sends back;</li>
 *   <li>{@code POST /api/v1/batch/list} — the consolidated list workbook of one form, from the entries (and the
 *       unreadable files) the page sends back.</li>
 * </ul>
 *
 * The server keeps nothing between requests: the page holds the answers, so the downloads never send the folder
 * again and nothing of a folder outlives the page (our design, D-63). An entry sent back is the user's own data, read
 * strictly: anything but the shape this class writes is a 400 ({@code MSF-HTTP-1014}), more than
 * {@link #MAX_ENTRIES} entries a 413 ({@code MSF-HTTP-1015}).
 */
final class BatchRoutes {
    static final Set<String> VALIDATE_QUERY = Set.of("lang", "form", "asOf", "diagnosisDay", "filename", "modified");
    static final Set<String> CHECK_QUERY = Set.of("lang");
    static final Set<String> LIST_QUERY = Set.of("lang", "form", "latest");
    /** Entries (and unreadable files) one check or list takes: a secretariat's batch is about 2,000. */
    static final int MAX_ENTRIES = 10_000;
    /** What {@code medsec-forms annotate} adds to a copy's name, before its extension. */
    static final String COPY_SUFFIX = ".検証結果";
    private static final int MAX_NAME = 400;

    private final Api api;
    private final Uploads uploads;
    private final Work work;
    private final Map<String, ListLayout> layouts = new ConcurrentHashMap<>();

    BatchRoutes(Api api, Uploads uploads, Work work) {
        this.api = api;
        this.uploads = uploads;
        this.work = work;
    }

    // ------------------------------------------------------------------ POST /api/v1/batch/validate

    void validate(Context ctx) {
        Locale locale = Lang.strict(ctx);
        Optional<String> formId = Optional.ofNullable(ctx.queryParam("form")).map(id -> Api.formParam(id).id());
        Optional<Instant> modified = modified(ctx);
        WorkbookChecker plain = api.checker(ctx);
        Deadline deadline = Api.deadline(ctx);
        Uploads.Upload upload = uploads.file(ctx, deadline, Uploads.WORKBOOK_TYPES, Api.defaultName(ctx));
        // the name the folder view shows: the path inside the folder (sub-folders kept), made safe segment by segment
        String name = Optional.ofNullable(ctx.queryParam("filename")).map(BatchRoutes::relativeName)
                .filter(s -> !s.isEmpty()).orElse(upload.fileName());
        WorkbookChecker checker = api.withProfile(ctx, plain, upload);
        boolean scan = ScanChecks.isScan(name);
        byte[] answer = work.run(deadline, () -> {
            WorkbookChecker.Checked checked = scan ? ScanChecks.check(checker, upload.bytes(), name, formId, true)
                    : checker.readAndCheck(upload.bytes(), name, formId);
            FormDescriptor form = FormRegistry.get(checked.report().formId());
            ListLayout.Entry entry = layout(form, locale).entry(checked.read().form(), checked.read().findings(),
                    checked.report(), scan ? ListLayout.ReadFrom.SCAN : ListLayout.ReadFrom.WORKBOOK);
            BatchEntry batch = WorkbookChecker.batchEntry(checked.read(), modified);
            byte[] copy = null;
            FormIoException copyFailure = null;
            if (scan) {
                // a FAX or a scan: listed and checked, no workbook to mark up
                copyFailure = new FormIoException("MSF-IO-0619", name, new Object[0], null);
            } else {
                try {
                    copy = WorkbookChecker.annotate(upload.bytes(), checked.report(), locale);
                } catch (FormIoException e) {
                    copyFailure = e; // a legacy .xls, a protected workbook: listed and checked, but no copy
                }
            }
            return answer(name, form, checked, entry, batch, copy, copyFailure, locale);
        });
        ctx.contentType(Api.JSON).result(answer);
    }

    private ListLayout layout(FormDescriptor form, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        return layouts.computeIfAbsent(form.id() + (en ? "/en" : "/ja"),
                k -> new ListLayout(form, en ? Locale.ENGLISH : Locale.JAPANESE));
    }

    private static byte[] answer(String name, FormDescriptor form, WorkbookChecker.Checked checked,
                                 ListLayout.Entry entry, BatchEntry batch, byte[] copy, FormIoException copyFailure,
                                 Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(copy == null ? 8192 : copy.length * 4 / 3 + 8192);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", name);
            g.writeStringField("formId", form.id());
            g.writeStringField("title", en && !form.titleEn().isBlank() ? form.titleEn() : form.title());
            g.writeFieldName("report");
            ReportJson.write(g, checked.report(), locale);
            g.writeFieldName("entry");
            g.writeTree(entry(form.id(), checked, entry, batch));
            if (copy != null) {
                boolean macros = Uploads.isMacroEnabled(copy);
                g.writeObjectFieldStart("annotated");
                g.writeStringField("fileName", copyName(name, macros));
                g.writeStringField("contentType", macros ? Downloads.XLSM : Downloads.XLSX);
                g.writeFieldName("data");
                g.writeBinary(copy);
                g.writeEndObject();
            } else {
                g.writeNullField("annotated");
                g.writeObjectFieldStart("annotatedProblem");
                g.writeStringField("code", copyFailure.code());
                g.writeStringField("message", Problem.of(copyFailure).detail(locale));
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** {@code 受付/病院A.xlsx} → {@code 受付/病院A.検証結果.xlsx}; an .xlsm copy stays .xlsm (annotate's names). */
    static String copyName(String name, boolean macros) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String base = dot > slash + 1 ? name.substring(0, dot) : name;
        return base + COPY_SUFFIX + (macros ? ".xlsm" : ".xlsx");
    }

    /**
     * A file's path inside the dropped folder, safe to show and to put in a zip: separators made {@code /}, empty,
     * {@code .} and {@code ..} segments dropped, each segment a name Windows accepts, at most {@link #MAX_NAME}
     * characters (the last segments kept).
     */
    static String relativeName(String given) {
        List<String> segments = new ArrayList<>();
        for (String s : given.split("[/\\\\]")) {
            String t = s.strip();
            if (!t.isEmpty() && !t.equals(".") && !t.equals("..")) {
                segments.add(Downloads.safeFileName(t));
            }
        }
        String joined = String.join("/", segments);
        while (joined.length() > MAX_NAME && segments.size() > 1) {
            segments.remove(0);
            joined = String.join("/", segments);
        }
        return joined.length() > MAX_NAME ? Downloads.safeFileName(joined) : joined;
    }

    private static Optional<Instant> modified(Context ctx) {
        String text = ctx.queryParam("modified");
        if (text == null) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(text);
            if (millis < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(Instant.ofEpochMilli(millis));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw Problem.of(400, "MSF-HTTP-0400", "modified", Params.shorten(text),
                    "milliseconds since 1970-01-01T00:00:00Z (File.lastModified)");
        }
    }

    // ------------------------------------------------------------------ the entry the page holds

    /** What the page holds of one workbook and sends back for the list and the checks across submissions. */
    private static ObjectNode entry(String formId, WorkbookChecker.Checked checked, ListLayout.Entry entry,
                                    BatchEntry batch) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("formId", formId);
        node.put("valid", checked.report().valid());
        node.put("errors", checked.report().count(Severity.ERROR));
        node.put("warnings", checked.report().count(Severity.WARNING));
        node.set("rows", rows(entry.rows()));
        node.set("quotaRows", rows(entry.quotaRows()));
        node.set("batch", batch(batch));
        return node;
    }

    private static ArrayNode rows(List<List<Object>> rows) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (List<Object> row : rows) {
            ArrayNode r = out.addArray();
            for (Object v : row) {
                if (v == null) {
                    r.addNull();
                } else if (v instanceof Integer i) {
                    r.add(i);
                } else if (v instanceof Long l) {
                    r.add(l);
                } else if (v instanceof LocalDate d) {
                    r.addObject().put("date", d.toString());
                } else {
                    r.add(v.toString());
                }
            }
        }
        return out;
    }

    static ObjectNode batch(BatchEntry b) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("file", b.file());
        node.put("formId", b.formId());
        node.put("version", b.version().code());
        node.put("hospitalKey", b.hospitalKey().orElse(null));
        node.put("hospitalCode", b.hospitalCode().orElse(null));
        node.put("hospitalName", b.hospitalName());
        node.put("prefecture", b.prefecture().orElse(null));
        node.put("formDate", b.formDate().map(LocalDate::toString).orElse(null));
        ArrayNode labels = node.putArray("dateLabel");
        b.dateLabel().forEach(labels::add);
        node.put("completedAt", b.completedAt().map(java.time.LocalDateTime::toString).orElse(null));
        node.put("modified", b.modified().map(Instant::toString).orElse(null));
        ArrayNode addresses = node.putArray("addresses");
        for (BatchEntry.Address a : b.addresses()) {
            addresses.addObject().put("fqdn", a.fqdn()).put("value", a.value()).put("path", a.path());
        }
        ArrayNode listed = node.putArray("listed");
        for (BatchEntry.ListedHospital h : b.listed()) {
            listed.addObject().put("code", h.code()).put("name", h.name()).put("prefecture", h.prefecture().orElse(null))
                    .put("codePath", h.codePath()).put("namePath", h.namePath());
        }
        ArrayNode facts = node.putArray("facts");
        for (BatchEntry.Fact f : b.facts()) {
            facts.addObject().put("kind", f.kind().name()).put("path", f.path());
        }
        ObjectNode cells = node.putObject("cells");
        new java.util.TreeMap<>(b.cells()).forEach((path, c) -> cells.putObject(path).put("sheet", c.sheet())
                .put("cell", c.cell()));
        return node;
    }

    // ------------------------------------------------------------------ reading back what the page sends

    /** One entry sent back: its list rows and its batch entry. */
    record Held(String formId, List<List<Object>> rows, List<List<Object>> quotaRows, BatchEntry batch) {
    }

    /** What a check or list request sends: the entries and the unreadable files. */
    record Sent(List<Held> entries, List<ConsolidatedList.Unreadable> unreadable) {
    }

    private Sent sent(Context ctx, Deadline deadline) {
        byte[] body = uploads.json(ctx, deadline);
        if (body.length == 0) {
            throw Problem.of(400, "MSF-HTTP-1004");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("$");
        } catch (IOException e) {
            throw malformed("$");
        }
        if (root == null || !root.isObject()) {
            throw malformed("$");
        }
        JsonNode entries = root.path("entries");
        JsonNode unreadable = root.path("unreadable");
        if (!entries.isArray() || !(unreadable.isMissingNode() || unreadable.isArray())) {
            throw malformed(!entries.isArray() ? "entries" : "unreadable");
        }
        if (entries.size() + unreadable.size() > MAX_ENTRIES) {
            throw Problem.of(413, "MSF-HTTP-1015", MAX_ENTRIES);
        }
        List<Held> held = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            held.add(held(entries.get(i), "entries[" + i + "]"));
        }
        List<ConsolidatedList.Unreadable> files = new ArrayList<>();
        for (int i = 0; i < unreadable.size(); i++) {
            JsonNode u = unreadable.get(i);
            String at = "unreadable[" + i + "]";
            files.add(new ConsolidatedList.Unreadable(text(u, "file", at), text(u, "code", at), text(u, "message", at)));
        }
        return new Sent(held, files);
    }

    private static Held held(JsonNode node, String at) {
        if (!node.isObject()) {
            throw malformed(at);
        }
        String formId = text(node, "formId", at);
        if (FormRegistry.find(formId).isEmpty()) {
            throw malformed(at + ".formId");
        }
        BatchEntry batch = batchEntry(node.path("batch"), at + ".batch");
        if (!batch.formId().equals(formId)) {
            throw malformed(at + ".batch.formId");
        }
        return new Held(formId, rowsOf(node.path("rows"), at + ".rows"), rowsOf(node.path("quotaRows"), at + ".quotaRows"),
                batch);
    }

    private static List<List<Object>> rowsOf(JsonNode node, String at) {
        if (!node.isArray()) {
            throw malformed(at);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode r = node.get(i);
            if (!r.isArray()) {
                throw malformed(at + "[" + i + "]");
            }
            List<Object> row = new ArrayList<>();
            for (int j = 0; j < r.size(); j++) {
                JsonNode v = r.get(j);
                String where = at + "[" + i + "][" + j + "]";
                if (v.isNull()) {
                    row.add(null);
                } else if (v.isInt()) {
                    row.add(v.intValue());
                } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                    row.add(v.longValue());
                } else if (v.isTextual()) {
                    row.add(v.textValue());
                } else if (v.isObject() && v.size() == 1 && v.path("date").isTextual()) {
                    row.add(date(v.get("date").textValue(), where));
                } else {
                    throw malformed(where);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static BatchEntry batchEntry(JsonNode node, String at) {
        if (!node.isObject()) {
            throw malformed(at);
        }
        FiscalYear version;
        try {
            version = FiscalYear.parse(text(node, "version", at));
        } catch (RuntimeException e) {
            throw malformed(at + ".version");
        }
        List<String> labels = new ArrayList<>();
        JsonNode dateLabel = node.path("dateLabel");
        if (!dateLabel.isArray()) {
            throw malformed(at + ".dateLabel");
        }
        for (int i = 0; i < dateLabel.size(); i++) {
            if (!dateLabel.get(i).isTextual()) {
                throw malformed(at + ".dateLabel[" + i + "]");
            }
            labels.add(dateLabel.get(i).textValue());
        }
        Optional<Instant> modified = optionalText(node, "modified", at).map(s -> {
            try {
                return Instant.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                throw malformed(at + ".modified");
            }
        });
        List<BatchEntry.Address> addresses = new ArrayList<>();
        JsonNode list = node.path("addresses");
        if (!list.isArray()) {
            throw malformed(at + ".addresses");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String where = at + ".addresses[" + i + "]";
            if (!a.isObject() || !a.path("fqdn").isBoolean()) {
                throw malformed(where);
            }
            addresses.add(new BatchEntry.Address(a.get("fqdn").booleanValue(), text(a, "value", where),
                    text(a, "path", where)));
        }
        List<BatchEntry.ListedHospital> listed = new ArrayList<>();
        JsonNode listedNode = node.path("listed");
        if (!listedNode.isMissingNode() && !listedNode.isArray()) {
            throw malformed(at + ".listed");
        }
        for (int i = 0; i < listedNode.size(); i++) {
            JsonNode h = listedNode.get(i);
            String where = at + ".listed[" + i + "]";
            if (!h.isObject()) {
                throw malformed(where);
            }
            listed.add(new BatchEntry.ListedHospital(text(h, "code", where), text(h, "name", where),
                    optionalText(h, "prefecture", where), text(h, "codePath", where), text(h, "namePath", where)));
        }
        List<BatchEntry.Fact> facts = new ArrayList<>();
        JsonNode factsNode = node.path("facts");
        if (!factsNode.isMissingNode() && !factsNode.isArray()) {
            throw malformed(at + ".facts");
        }
        for (int i = 0; i < factsNode.size(); i++) {
            JsonNode f = factsNode.get(i);
            String where = at + ".facts[" + i + "]";
            if (!f.isObject()) {
                throw malformed(where);
            }
            BatchEntry.FactKind kind;
            try {
                kind = BatchEntry.FactKind.valueOf(text(f, "kind", where));
            } catch (IllegalArgumentException x) {
                throw malformed(where + ".kind");
            }
            facts.add(new BatchEntry.Fact(kind, text(f, "path", where)));
        }
        Optional<java.time.LocalDateTime> completedAt = optionalText(node, "completedAt", at).map(t -> {
            try {
                return java.time.LocalDateTime.parse(t);
            } catch (java.time.format.DateTimeParseException x) {
                throw malformed(at + ".completedAt");
            }
        });
        Map<String, CellOrigin> cells = new LinkedHashMap<>();
        JsonNode map = node.path("cells");
        if (!map.isObject()) {
            throw malformed(at + ".cells");
        }
        for (var it = map.fields(); it.hasNext(); ) {
            var e = it.next();
            String where = at + ".cells." + Params.shorten(e.getKey());
            try {
                cells.put(e.getKey(), new CellOrigin(text(e.getValue(), "sheet", where), text(e.getValue(), "cell", where)));
            } catch (IllegalArgumentException | NullPointerException x) {
                throw malformed(where);
            }
        }
        return new BatchEntry(text(node, "file", at), text(node, "formId", at), version,
                optionalText(node, "hospitalKey", at), optionalText(node, "hospitalCode", at),
                text(node, "hospitalName", at), optionalText(node, "prefecture", at),
                optionalText(node, "formDate", at).map(d -> date(d, at + ".formDate")), labels, completedAt, modified,
                addresses, listed, facts, cells);
    }

    private static LocalDate date(String text, String at) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw malformed(at);
        }
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw malformed(at + "." + field);
        }
        return v.textValue();
    }

    private static Optional<String> optionalText(JsonNode node, String field, String at) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw malformed(at + "." + field);
        }
        return Optional.of(v.textValue());
    }

    private static Problem malformed(String where) {
        return Problem.of(400, "MSF-HTTP-1014", Params.shorten(where));
    }

    // ------------------------------------------------------------------ POST /api/v1/batch/check

    void check(Context ctx) {
        Locale locale = Lang.strict(ctx);
        Deadline deadline = Api.deadline(ctx);
        Sent sent = sent(ctx, deadline);
        BatchReport report = work.run(deadline, () -> api.defaultChecker()
                .checkBatch(sent.entries().stream().map(Held::batch).toList(), List.of()));
        ctx.contentType(Api.JSON).result(ReportJson.toString(report, locale));
    }

    // ------------------------------------------------------------------ POST /api/v1/batch/list

    void list(Context ctx) {
        Locale locale = Lang.strict(ctx);
        String id = ctx.queryParam("form");
        if (id == null) {
            throw Problem.of(400, "MSF-HTTP-1013", "form");
        }
        FormDescriptor form = Api.formParam(id);
        boolean latest = Params.bool(ctx, "latest").orElse(false);
        Deadline deadline = Api.deadline(ctx);
        Sent sent = sent(ctx, deadline);
        byte[] workbook = work.run(deadline, () -> {
            // the list of one form, as `import --form <id>` makes it over the files of that form
            List<Held> held = sent.entries().stream().filter(h -> h.formId().equals(form.id())).toList();
            List<ListLayout.Entry> entries = new ArrayList<>(held.stream()
                    .map(h -> new ListLayout.Entry(h.batch().file(), h.rows(), h.quotaRows(), List.of())).toList());
            List<BatchEntry> batchEntries = held.stream().map(Held::batch).toList();
            BatchReport batch = batchEntries.size() > 1 ? api.defaultChecker().checkBatch(batchEntries, List.of()) : null;
            List<BatchReport.Superseded> superseded = List.of();
            if (batch != null && latest) {
                superseded = batch.superseded();
                List<ListLayout.Entry> all = List.copyOf(entries);
                entries.clear();
                ConsolidatedList.kept(batchEntries, superseded).forEach(i -> entries.add(all.get(i)));
                batch = batch.latest();
            }
            return TableWorkbook.write(ConsolidatedList.tables(layout(form, locale), entries, sent.unreadable(), batch,
                    superseded, latest, locale));
        });
        String title = LocalizedMessages.isEnglish(locale) && !form.titleEn().isBlank() ? form.titleEn() : form.title();
        String suffix = LocalizedMessages.isEnglish(locale) ? "_list" : "_一覧";
        Downloads.send(ctx, workbook, Downloads.XLSX, Downloads.safeFileName(title) + suffix + ".xlsx",
                form.id() + "-list.xlsx");
    }
}
