package io.github.medsecforms.bridge.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.ReadPlacement;
import io.github.medsecforms.xlsx.ReadResult;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/read[?explain=true]}: what the reader read from an uploaded workbook, without validating — the
 * form recognised (or {@code ?form=}), its JSON document (as {@code /api/v1/forms/{id}/parse} gives it; one per
 * submission), and with {@code explain=true} the map of the web page's 「読み取り結果」: every value with the sheet!cell
 * it came from and how it was found, then the text the reader did not place. Password sheets are never part of it.
 * A multipart body may carry a layout profile in the part {@code profile} (docs/profiles.md).
 */
final class ReadRoute {
    /** The query parameters the route accepts. */
    static final Set<String> QUERY = Set.of("lang", "filename", "form", "explain");

    private final Uploads uploads;
    private final Work work;
    private final WorkbookChecker checker = MedsecForms.checker(c -> { });

    ReadRoute(Uploads uploads, Work work) {
        this.uploads = uploads;
        this.work = work;
    }

    void handle(Context ctx) {
        Locale locale = Lang.strict(ctx);
        boolean english = LocalizedMessages.isEnglish(locale);
        Optional<String> formId = Optional.ofNullable(ctx.queryParam("form")).map(id -> formParam(id).id());
        boolean explain = Params.bool(ctx, "explain").orElse(false);
        Deadline deadline = deadline(ctx);
        Uploads.Upload upload = uploads.file(ctx, deadline, Uploads.WORKBOOK_TYPES, defaultName(ctx));
        WorkbookChecker reader = Api.profile(upload).map(p -> MedsecForms.checker(c -> c.profile(p))).orElse(checker);
        ReadExplanation explained = work.run(deadline, () -> reader.explain(upload.bytes(), upload.fileName(), formId));
        ctx.contentType(Api.JSON).result(Json.write(json(explained, explain, english)));
    }

    static ObjectNode json(ReadExplanation explained, boolean explain, boolean english) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        FormDescriptor form = FormRegistry.get(explained.formId());
        node.put("file", explained.fileName());
        node.put("formId", form.id());
        node.put("title", english && !form.titleEn().isBlank() ? form.titleEn() : form.title());
        ArrayNode forms = node.putArray("forms");
        for (ReadResult r : explained.results()) {
            forms.add(tree(FormJson.write(r.form())));
        }
        if (explain) {
            ArrayNode placed = node.putArray("placements");
            for (ReadPlacement p : explained.placed()) {
                ObjectNode e = placed.addObject();
                e.put("path", p.path());
                e.put("label", english ? p.labelEn() : p.label());
                e.put("sheet", p.sheet());
                e.put("cell", p.cell());
                e.put("value", p.value());
                e.put("how", p.how());
            }
            ArrayNode unread = node.putArray("unread");
            for (ReadPlacement p : explained.unread()) {
                ObjectNode e = unread.addObject();
                e.put("sheet", p.sheet());
                e.put("cell", p.cell());
                e.put("text", p.value());
            }
        }
        return node;
    }

    private static Deadline deadline(Context ctx) {
        Deadline d = ctx.attribute(Guard.DEADLINE);
        return d != null ? d : Deadline.after(java.time.Duration.ofSeconds(60));
    }

    private static String defaultName(Context ctx) {
        return Uploads.mediaType(ctx).equals(Downloads.XLSM.toLowerCase(Locale.ROOT)) ? "workbook.xlsm" : "workbook.xlsx";
    }

    /** A form of {@code ?form=}: unknown ids are 400. */
    private static FormDescriptor formParam(String id) {
        return FormRegistry.find(id).orElseThrow(() -> Problem.of(400, "MSF-HTTP-0400", "form", Params.shorten(id),
                FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "))));
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
