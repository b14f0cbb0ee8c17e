package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders forms as JSON ({@code --format json}); language-independent, both Japanese and English labels. */
final class FormMetadataJson {
    private FormMetadataJson() {
    }

    static String list(List<FormDescriptor> forms) {
        List<Object> out = new ArrayList<>();
        for (FormDescriptor f : forms) {
            out.add(summary(f));
        }
        return CliJson.write(out);
    }

    static String detail(FormDescriptor form) {
        Map<String, Object> out = summary(form);
        out.put("source", form.source());
        out.put("requiredMark", form.requiredMark());
        List<Object> sheets = new ArrayList<>();
        for (SheetDescriptor sheet : form.sheets()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", sheet.name());
            List<Object> blocks = new ArrayList<>();
            for (Block block : sheet.blocks()) {
                Map<String, Object> b = new LinkedHashMap<>();
                if (block instanceof FieldBlock fb) {
                    b.put("type", "fields");
                    b.put("path", fb.path());
                    b.put("title", fb.title());
                    b.put("fields", fields(fb.fields()));
                } else if (block instanceof TableBlock tb) {
                    TableDescriptor t = tb.table();
                    b.put("type", "table");
                    b.put("path", t.path());
                    b.put("label", t.label());
                    b.put("labelEn", t.labelEn());
                    b.put("rowLabel", t.rowLabel());
                    b.put("exampleRow", t.exampleRow());
                    b.put("templateRows", t.templateRows());
                    b.put("maxRows", t.maxRows());
                    b.put("columns", fields(t.columns()));
                }
                blocks.add(b);
            }
            s.put("blocks", blocks);
            sheets.add(s);
        }
        out.put("sheets", sheets);
        Map<String, Object> items = new LinkedHashMap<>();
        for (FiscalYear version : form.versions()) {
            List<ChecklistItem> list = ChecklistCatalogue.items(form.id(), version);
            if (!list.isEmpty()) {
                List<Object> rows = new ArrayList<>();
                for (ChecklistItem item : list) {
                    Map<String, Object> i = new LinkedHashMap<>();
                    i.put("id", item.id());
                    i.put("section", item.section());
                    i.put("text", item.text());
                    i.put("premise", item.premise());
                    i.put("unverified", item.unverified());
                    rows.add(i);
                }
                items.put(version.code(), rows);
            }
        }
        if (!items.isEmpty()) {
            out.put("checklistItems", items);
        }
        return CliJson.write(out);
    }

    private static Map<String, Object> summary(FormDescriptor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("title", f.title());
        m.put("titleEn", f.titleEn());
        m.put("versions", f.versions().stream().map(FiscalYear::code).toList());
        m.put("latestVersion", f.latestVersion().code());
        return m;
    }

    private static List<Object> fields(List<FieldDescriptor> fields) {
        List<Object> out = new ArrayList<>();
        for (FieldDescriptor f : fields) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("label", f.label());
            m.put("labelEn", f.labelEn());
            m.put("qualifiedLabel", f.qualifiedLabel());
            m.put("qualifiedLabelEn", f.qualifiedLabelEn());
            m.put("required", f.required());
            m.put("kind", f.kind().name());
            m.put("choices", f.choices());
            m.put("strict", f.strict());
            m.put("example", f.example());
            f.since().ifPresent(v -> m.put("since", v.code()));
            out.add(m);
        }
        return out;
    }
}
