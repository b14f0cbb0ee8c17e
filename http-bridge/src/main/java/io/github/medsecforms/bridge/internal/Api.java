package io.github.medsecforms.bridge.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.json.LayoutProfiles;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.internal.json.ReportJson;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.Templates;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routes of the bridge and their handlers. Each route names the query parameters it accepts; any other is
 * refused (400), so a typo never silently changes an answer. The same table is described in
 * {@code openapi.json} (a test keeps the two equal).
 */
public final class Api {
    static final String JSON = "application/json; charset=utf-8";
    static final String TSV = "text/tab-separated-values; charset=utf-8";
    /** The number of validation errors of the form a render answer was made of. */
    static final String ERRORS_HEADER = "X-MedSec-Errors";

    /**
     * A route: method, Javalin path, the query parameters it accepts.
     *
     * @param method GET or POST
     * @param path   the path, with {@code {id}} for a path parameter
     * @param query  the query parameters it accepts
     */
    public record Route(String method, String path, Set<String> query, Handler handler) {
    }

    private final Settings settings;
    private final Uploads uploads;
    private final Work work;
    private final WorkbookChecker defaultChecker;
    private final String version;
    private final Map<String, byte[]> assets;
    private final BatchRoutes batch;

    Api(Settings settings, Work work, String version, Map<String, byte[]> assets) {
        this.settings = settings;
        this.uploads = new Uploads(settings.maxBodyBytes());
        this.work = work;
        this.defaultChecker = checker(settings.asOf(), settings.diagnosisDay());
        this.version = version;
        this.assets = assets;
        this.batch = new BatchRoutes(this, uploads, work);
    }

    /** Every route the bridge serves. */
    List<Route> routes() {
        Set<String> lang = Set.of("lang");
        Set<String> check = Set.of("lang", "format", "asOf", "diagnosisDay", "filename");
        return List.of(
                new Route("GET", "/", Set.of(), ctx -> asset(ctx, "index.html", "text/html; charset=utf-8")),
                new Route("GET", "/assets/app.js", Set.of(), ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8")),
                new Route("GET", "/assets/style.css", Set.of(), ctx -> asset(ctx, "style.css", "text/css; charset=utf-8")),
                new Route("GET", "/assets/readmap.js", Set.of(), ctx -> asset(ctx, "readmap.js", "text/javascript; charset=utf-8")),
                new Route("GET", "/assets/folder.js", Set.of(), ctx -> asset(ctx, "folder.js", "text/javascript; charset=utf-8")),
                new Route("GET", "/openapi.json", Set.of(), ctx -> asset(ctx, "openapi.json", JSON)),
                new Route("GET", "/api/v1/health", lang, this::health),
                new Route("GET", "/api/v1/version", lang, this::version),
                new Route("GET", "/api/v1/forms", lang, this::forms),
                new Route("GET", "/api/v1/forms/{id}/template", Set.of("lang", "version"), this::template),
                new Route("POST", "/api/v1/validate", union(check, Set.of("form")), this::validate),
                new Route("POST", "/api/v1/forms/{id}/parse", Set.of("lang", "filename"), this::parse),
                new Route("POST", "/api/v1/read", ReadRoute.QUERY, new ReadRoute(uploads, work)::handle),
                new Route("POST", "/api/v1/forms/{id}/render", Set.of("lang", "format", "allowErrors"), this::render),
                new Route("POST", "/api/v1/packages/validate", check, this::validatePackage),
                new Route("POST", "/api/v1/batch/validate", BatchRoutes.VALIDATE_QUERY, batch::validate),
                new Route("POST", "/api/v1/batch/check", BatchRoutes.CHECK_QUERY, batch::check),
                new Route("POST", "/api/v1/batch/list", BatchRoutes.LIST_QUERY, batch::list));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    // ------------------------------------------------------------------ GET

    private void asset(Context ctx, String name, String type) {
        ctx.contentType(type).result(assets.get(name));
    }

    private void health(Context ctx) {
        Lang.strict(ctx);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("status", "ok");
        node.put("tokenRequired", settings.token().isPresent());
        ctx.contentType(JSON).result(Json.write(node));
    }

    private void version(Context ctx) {
        Locale locale = Lang.strict(ctx);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("name", "medsec-forms");
        node.put("version", version);
        node.put("api", "v1");
        ArrayNode forms = node.putArray("forms");
        for (FormDescriptor form : FormRegistry.forms()) {
            ObjectNode f = forms.addObject();
            f.put("id", form.id());
            f.put("title", title(form, locale));
            ArrayNode versions = f.putArray("versions");
            form.versions().forEach(v -> versions.add(v.code()));
        }
        ctx.contentType(JSON).result(Json.write(node));
    }

    private void forms(Context ctx) {
        Locale locale = Lang.strict(ctx);
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (FormDescriptor form : FormRegistry.forms()) {
            ObjectNode f = list.addObject();
            f.put("id", form.id());
            f.put("title", form.title());
            f.put("titleEn", form.titleEn());
            ArrayNode versions = f.putArray("versions");
            form.versions().forEach(v -> versions.add(v.code()));
            f.put("latestVersion", form.latestVersion().code());
            ArrayNode sheets = f.putArray("sheets");
            form.sheetNames().forEach(sheets::add);
            f.put("template", "/api/v1/forms/" + form.id() + "/template");
            f.put("templateFileName", templateFileName(form, locale));
            // a FAX-ready PDF: POST /api/v1/forms/{id}/render?format=pdf (the page's 「FAX用に印刷」)
            f.put("pdf", io.github.medsecforms.pdf.FormPdf.supports(form.id()));
        }
        ctx.contentType(JSON).result(Json.write(list));
    }

    private void template(Context ctx) {
        Lang.strict(ctx);
        FormDescriptor form = form(ctx.pathParam("id"));
        FiscalYear version = version(ctx, form);
        byte[] bytes = work.run(deadline(ctx), () -> Templates.template(form.id(), version));
        Downloads.send(ctx, bytes, Downloads.XLSX, templateFileName(form, Locale.JAPANESE), form.id() + ".xlsx");
    }

    private static String templateFileName(FormDescriptor form, Locale locale) {
        return Downloads.safeFileName(title(form, locale)) + ".xlsx";
    }

    private static FiscalYear version(Context ctx, FormDescriptor form) {
        String text = ctx.queryParam("version");
        if (text == null) {
            return form.latestVersion();
        }
        String known = form.versions().stream().map(FiscalYear::code).collect(Collectors.joining(", "));
        FiscalYear version;
        try {
            version = FiscalYear.parse(text);
        } catch (RuntimeException e) {
            throw Problem.of(400, "MSF-HTTP-0400", "version", Params.shorten(text), known);
        }
        if (!form.supports(version)) {
            throw Problem.of(404, "MSF-HTTP-1003", form.id(), Params.shorten(text), known);
        }
        return version;
    }

    // ------------------------------------------------------------------ POST

    private void validate(Context ctx) {
        Locale locale = Lang.strict(ctx);
        String format = Params.choice(ctx, "format", "json", "json", "tsv", "xlsx");
        Optional<String> formId = Optional.ofNullable(ctx.queryParam("form")).map(id -> formParam(id).id());
        WorkbookChecker plain = checker(ctx);
        Deadline deadline = deadline(ctx);
        Uploads.Upload upload = uploads.file(ctx, deadline, Uploads.WORKBOOK_TYPES, defaultName(ctx));
        WorkbookChecker checker = withProfile(ctx, plain, upload);
        boolean scan = ScanChecks.isScan(upload.fileName());
        WorkbookChecker.Checked checked = work.run(deadline, () -> scan
                ? ScanChecks.check(checker, upload.bytes(), upload.fileName(), formId, false)
                : checker.readAndCheck(upload.bytes(), upload.fileName(), formId));
        Report report = checked.report();
        switch (format) {
            case "tsv" -> ctx.contentType(TSV).result(report.toTsv(locale));
            case "xlsx" -> {
                if (scan) {
                    throw Problem.of(422, "MSF-HTTP-1017", upload.fileName()); // a scan has no workbook to mark up
                }
                byte[] copy = work.run(deadline, () -> WorkbookChecker.annotate(upload.bytes(), report, locale));
                boolean macros = Uploads.isMacroEnabled(copy);
                String base = baseName(upload.fileName());
                String suffix = LocalizedMessages.isEnglish(locale) ? "_checked" : "_検証結果";
                Downloads.send(ctx, copy, macros ? Downloads.XLSM : Downloads.XLSX,
                        base + suffix + (macros ? ".xlsm" : ".xlsx"), "checked" + (macros ? ".xlsm" : ".xlsx"));
            }
            default -> ctx.contentType(JSON).result(report.toJson(locale));
        }
    }

    private void parse(Context ctx) {
        Lang.strict(ctx);
        FormDescriptor form = form(ctx.pathParam("id"));
        Deadline deadline = deadline(ctx);
        Uploads.Upload upload = uploads.file(ctx, deadline, Uploads.WORKBOOK_TYPES, defaultName(ctx));
        FormReader reader = profile(upload).map(FormReader.create()::withProfile).orElseGet(FormReader::create);
        // the password list a workbook may carry is not part of the form: it is never turned into JSON
        Form read = work.run(deadline, () -> reader.read(upload.bytes(), upload.fileName(), form.id()).form());
        ctx.contentType(JSON).result(FormJson.write(read) + "\n");
    }

    private void render(Context ctx) {
        Locale locale = Lang.strict(ctx);
        FormDescriptor form = form(ctx.pathParam("id"));
        String format = Params.choice(ctx, "format", "xlsx", "xlsx", "pdf");
        boolean allowErrors = Params.bool(ctx, "allowErrors").orElse(false);
        Deadline deadline = deadline(ctx);
        byte[] json = uploads.json(ctx, deadline);
        if (json.length == 0) {
            throw Problem.of(400, "MSF-HTTP-1004");
        }
        if (format.equals("pdf") && !io.github.medsecforms.pdf.FormPdf.supports(form.id())) {
            throw Problem.of(422, "MSF-HTTP-0501", form.id(), String.join(", ", io.github.medsecforms.pdf.FormPdf.supportedForms()));
        }
        Form instance = work.run(deadline, () -> FormJson.read(json, form.type()));
        // the errors of the form travel with what is made of it: a count in a header, and no FAX-ready PDF of a
        // form with errors unless asked for
        Report report = work.run(deadline, () -> defaultChecker.validate(new io.github.medsecforms.xlsx.ReadResult(
                instance, form.id() + ".json", io.github.medsecforms.model.Origins.empty(), List.of(), Optional.empty())));
        List<io.github.medsecforms.model.Finding> errors = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        int errorCount = report.count(Severity.ERROR);
        if (format.equals("pdf") && errorCount > 0 && !allowErrors) {
            throw Problem.of(422, "MSF-HTTP-1012", errorCount).withMembers((node, lang) -> {
                ArrayNode findings = node.putArray("findings");
                for (io.github.medsecforms.model.Finding f : errors) {
                    ObjectNode n = findings.addObject();
                    n.put("ruleId", f.ruleId());
                    n.put("path", f.path());
                    n.put("message", f.message(lang));
                }
            });
        }
        ctx.header(ERRORS_HEADER, String.valueOf(errorCount));
        if (format.equals("pdf")) {
            // every page carries QR codes of the form's canonical JSON (docs/fax.md), long texts cut in the codes
            byte[] pdf = work.run(deadline, () -> {
                io.github.medsecforms.pdf.FaxData.Cut cut = io.github.medsecforms.pdf.FaxData.cut(instance);
                return io.github.medsecforms.pdf.FormPdf.render(instance,
                        io.github.medsecforms.pdf.PdfFont.locate(java.util.Optional.empty()),
                        new io.github.medsecforms.pdf.FaxData(FormJson.writeBytes(cut.form()), cut.paths()));
            });
            Downloads.send(ctx, pdf, "application/pdf", form.title() + ".pdf", form.id() + ".pdf");
            return;
        }
        byte[] bytes = work.run(deadline, () -> {
            try {
                return FormWriter.fill(instance).bytes();
            } catch (IllegalArgumentException e) {
                String known = form.versions().stream().map(FiscalYear::code).collect(Collectors.joining(", "));
                throw Problem.of(422, "MSF-HTTP-1003", form.id(), instance.version().code(), known);
            }
        });
        Downloads.send(ctx, bytes, Downloads.XLSX, templateFileName(form, Locale.JAPANESE), form.id() + ".xlsx");
    }

    private void validatePackage(Context ctx) {
        Locale locale = Lang.strict(ctx);
        String format = Params.choice(ctx, "format", "json", "json", "tsv");
        Deadline deadline = deadline(ctx);
        WorkbookChecker plain = checker(ctx);
        Uploads.Upload upload = uploads.file(ctx, deadline, Uploads.ZIP_TYPES, "package.zip");
        WorkbookChecker checker = withProfile(ctx, plain, upload);
        if (!isZip(upload.bytes())) {
            throw Problem.of(422, "MSF-HTTP-1006");
        }
        WorkbookChecker.PackageOutcome outcome = work.run(deadline, () -> {
            List<WorkbookChecker.NamedFile> files;
            try {
                files = WorkbookChecker.unzip(upload.bytes());
            } catch (IOException e) {
                if (e instanceof WorkbookChecker.ZipLimitException) {
                    throw Problem.of(422, "MSF-HTTP-1007", WorkbookChecker.MAX_ZIP_ENTRIES,
                            Uploads.mebibytes(WorkbookChecker.MAX_ZIP_ENTRY_BYTES),
                            Uploads.mebibytes(WorkbookChecker.MAX_ZIP_TOTAL_BYTES));
                }
                throw Problem.of(422, "MSF-HTTP-1006");
            }
            return checker.checkPackage(files);
        });
        if (format.equals("tsv")) {
            StringBuilder tsv = new StringBuilder();
            outcome.unreadable().forEach((file, e) -> tsv.append(severity(Severity.ERROR, locale)).append("\t\t\t")
                    .append(e.code()).append('\t').append(oneLine(file + ": " + detail(e, locale))).append('\n'));
            tsv.append(outcome.report().toTsv(locale));
            ctx.contentType(TSV).result(tsv.toString());
            return;
        }
        // one answer, written once: the package report's fields, then the upload's name and the unreadable files
        ctx.contentType(JSON).result(ReportJson.render(g -> {
            g.writeStartObject();
            ReportJson.writePackageFields(g, outcome.report(), locale);
            g.writeStringField("file", upload.fileName());
            g.writeArrayFieldStart("unreadable");
            for (Map.Entry<String, FormIoException> e : outcome.unreadable().entrySet()) {
                g.writeStartObject();
                g.writeStringField("file", e.getKey());
                g.writeStringField("code", e.getValue().code());
                g.writeStringField("message", detail(e.getValue(), locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    // ------------------------------------------------------------------ helpers

    private static String detail(FormIoException e, Locale locale) {
        return Problem.of(e).detail(locale);
    }

    private static String severity(Severity s, Locale locale) {
        return LocalizedMessages.isEnglish(locale) ? s.labelEn() : s.label();
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    static String defaultName(Context ctx) {
        return Uploads.mediaType(ctx).equals(Downloads.XLSM.toLowerCase(Locale.ROOT)) ? "workbook.xlsm" : "workbook.xlsx";
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static Deadline deadline(Context ctx) {
        Deadline d = ctx.attribute(Guard.DEADLINE);
        return d != null ? d : Deadline.after(java.time.Duration.ofSeconds(60));
    }

    /** A form of the path: unknown ids are 404. */
    private static FormDescriptor form(String id) {
        return FormRegistry.find(id).orElseThrow(() -> Problem.of(404, "MSF-HTTP-1002", Params.shorten(id), knownIds()));
    }

    /** A form of {@code ?form=}: unknown ids are 400. */
    static FormDescriptor formParam(String id) {
        return FormRegistry.find(id).orElseThrow(() -> Problem.of(400, "MSF-HTTP-0400", "form", Params.shorten(id), knownIds()));
    }

    private static String knownIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "));
    }

    /**
     * The layout profile sent as the multipart part {@code profile}, read with forms-json; one that cannot be used is
     * a {@link io.github.medsecforms.model.FormIoException} ({@code MSF-IO-50nn}), answered 422 (413 when too large).
     */
    static Optional<LayoutProfile> profile(Uploads.Upload upload) {
        return upload.profile().map(LayoutProfiles::read);
    }

    /** {@code checker} with the upload's layout profile, if it has one. */
    WorkbookChecker withProfile(Context ctx, WorkbookChecker checker, Uploads.Upload upload) {
        Optional<LayoutProfile> profile = profile(upload);
        if (profile.isEmpty()) {
            return checker;
        }
        Optional<LocalDate> asOf = Params.date(ctx, "asOf").or(settings::asOf);
        boolean day = Params.bool(ctx, "diagnosisDay").orElse(settings.diagnosisDay());
        return MedsecForms.checker(c -> {
            c.diagnosisDay(day).profile(profile.get());
            asOf.ifPresent(c::asOf);
        });
    }

    WorkbookChecker checker(Context ctx) {
        Optional<LocalDate> asOf = Params.date(ctx, "asOf");
        Optional<Boolean> day = Params.bool(ctx, "diagnosisDay");
        if (asOf.isEmpty() && day.isEmpty()) {
            return defaultChecker;
        }
        return checker(asOf.or(settings::asOf), day.orElse(settings.diagnosisDay()));
    }

    /** The checker of the server's settings (day, diagnosis-day mode). */
    WorkbookChecker defaultChecker() {
        return defaultChecker;
    }

    private static WorkbookChecker checker(Optional<LocalDate> asOf, boolean diagnosisDay) {
        return MedsecForms.checker(c -> {
            c.diagnosisDay(diagnosisDay);
            asOf.ifPresent(c::asOf);
        });
    }

    /** The resources served as they are: the web page, its script and style, the OpenAPI document. */
    static Map<String, byte[]> loadAssets() {
        Map<String, byte[]> assets = new java.util.HashMap<>();
        for (String name : List.of("web/index.html", "web/app.js", "web/style.css", "web/readmap.js", "web/folder.js", "openapi.json")) {
            try (InputStream in = Api.class.getResourceAsStream("/io/github/medsecforms/bridge/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                assets.put(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assets;
    }

    /** The version of medsec-forms, from the filtered {@code version.properties}. */
    static String loadVersion() {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = Api.class.getResourceAsStream("/io/github/medsecforms/bridge/version.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    private static String title(FormDescriptor form, Locale locale) {
        return LocalizedMessages.isEnglish(locale) && !form.titleEn().isBlank() ? form.titleEn() : form.title();
    }
}
