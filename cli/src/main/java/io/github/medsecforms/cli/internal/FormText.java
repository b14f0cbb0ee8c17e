package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.Basis;
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
import java.util.List;
import java.util.stream.Collectors;

/** Renders forms as aligned plain text, in the run's language (labels stay in official Japanese). */
final class FormText {
    /** Longer choice lists are shortened to their first and last entries. */
    static final int CHOICES_SHOWN = 8;

    private final Messages m;
    private final boolean english;

    FormText(Messages messages) {
        this.m = messages;
        this.english = messages.language() == Language.EN;
    }

    /** One line per form: id, versions, Japanese title (and the English title in English). */
    String list(List<FormDescriptor> forms) {
        TextTable table = new TextTable();
        if (english) {
            table.row(m.get("forms.column.id"), m.get("forms.column.versions"), m.get("forms.column.title"),
                    m.get("forms.column.titleEn"));
        } else {
            table.row(m.get("forms.column.id"), m.get("forms.column.versions"), m.get("forms.column.title"));
        }
        for (FormDescriptor f : forms) {
            String versions = f.versions().stream().map(FiscalYear::code).collect(Collectors.joining(","));
            if (english) {
                table.row(f.id(), versions, f.title(), f.titleEn());
            } else {
                table.row(f.id(), versions, f.title());
            }
        }
        return table.render("");
    }

    /** A form's identity, sheets with their fields and tables, and checklist items per version. */
    String detail(FormDescriptor form) {
        StringBuilder sb = new StringBuilder();
        sb.append(form.title()).append('\n');
        TextTable head = new TextTable()
                .row(m.get("form.id"), form.id())
                .row(m.get("form.titleEn"), form.titleEn())
                .row(m.get("form.versions"), versions(form.versions(), m))
                .row(m.get("form.source"), form.source())
                .row(m.get("form.requiredMark"), form.requiredMark());
        sb.append(head.render("  "));
        for (SheetDescriptor sheet : form.sheets()) {
            sb.append('\n').append(m.get("form.sheet", sheet.name())).append('\n');
            for (Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fields) {
                    if (!fields.title().isEmpty()) {
                        sb.append("  ").append(fields.title()).append('\n');
                    }
                    sb.append(fieldTable(fields.fields()).render("  "));
                } else if (block instanceof TableBlock tb) {
                    TableDescriptor t = tb.table();
                    sb.append('\n').append("  ").append(m.get("form.table", t.label(), tableShape(t, m)))
                            .append('\n');
                    sb.append(fieldTable(t.columns()).render("    "));
                }
            }
        }
        for (FiscalYear version : form.versions()) {
            List<ChecklistItem> items = ChecklistCatalogue.items(form.id(), version);
            if (items.isEmpty()) {
                continue;
            }
            long unverified = items.stream().filter(ChecklistItem::unverified).count();
            sb.append('\n').append(m.get("form.items", version.code(), items.size(), unverified)).append('\n');
            TextTable table = new TextTable()
                    .row(m.get("item.id"), m.get("item.section"), m.get("item.text"), m.get("item.note"));
            for (ChecklistItem item : items) {
                table.row(item.id(), item.section(), item.text(), itemNote(item, m));
            }
            sb.append(table.render("  "));
        }
        return sb.toString();
    }

    private TextTable fieldTable(List<FieldDescriptor> fields) {
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of(m.get("field.label"), m.get("field.required"),
                m.get("field.kind"), m.get("field.choices")));
        if (english) {
            header.add(1, m.get("field.labelEn"));
        }
        table.row(header.toArray(String[]::new));
        for (FieldDescriptor f : fields) {
            List<String> row = new ArrayList<>(List.of(label(f, m), f.required() ? m.get("field.required.yes") : "",
                    kind(f, m), choices(f, m)));
            if (english) {
                row.add(1, f.qualifiedLabelEn());
            }
            table.row(row.toArray(String[]::new));
        }
        return table;
    }

    // ---- shared with FormDocs (Markdown) ----

    /** The qualified Japanese label, with the first version that has the field when not every version does. */
    static String label(FieldDescriptor f, Messages m) {
        return f.since().map(v -> m.get("field.since", f.qualifiedLabel(), v.code())).orElse(f.qualifiedLabel());
    }

    static String kind(FieldDescriptor f, Messages m) {
        return m.get("kind." + f.kind().name());
    }

    /**
     * Choices joined by {@code /} (long lists shortened); suggestions marked as such; a value that is our design or
     * unverified (not quoted from a seed) marked so; else empty.
     */
    static String choices(FieldDescriptor f, Messages m) {
        if (f.choices().isEmpty()) {
            return "";
        }
        List<String> c = new ArrayList<>();
        for (int i = 0; i < f.choices().size(); i++) {
            Basis b = f.choiceBases().get(i);
            String choice = f.choices().get(i);
            c.add(switch (b.kind()) {
                case SEED -> choice;
                case OUR_DESIGN -> m.get("field.choice.ourDesign", choice);
                case UNVERIFIED -> m.get("field.choice.unverified", choice);
            });
        }
        String joined;
        if (c.size() > CHOICES_SHOWN) {
            joined = String.join(" / ", c.subList(0, 3)) + " / … / " + c.get(c.size() - 1)
                    + m.get("field.choices.count", c.size());
        } else {
            joined = String.join(" / ", c);
        }
        return f.strict() ? joined : m.get("field.suggestions", joined);
    }

    static String versions(List<FiscalYear> versions, Messages m) {
        return versions.stream().map(v -> m.get("version", v.code(), v.label(), v.startYear()))
                .collect(Collectors.joining(", "));
    }

    static String tableShape(TableDescriptor t, Messages m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("table.rows", t.rowLabel(1), t.rowLabel(2)));
        if (t.exampleRow()) {
            parts.add(m.get("table.exampleRow"));
        }
        if (t.maxRows() > 0) {
            parts.add(m.get("table.maxRows", t.maxRows()));
        }
        return String.join(m.get("list.separator"), parts);
    }

    static String itemNote(ChecklistItem item, Messages m) {
        List<String> notes = new ArrayList<>();
        if (item.premise()) {
            notes.add(m.get("item.premise"));
        }
        if (item.unverified()) {
            notes.add(m.get("item.unverified"));
        }
        if (item.optional()) {
            notes.add(m.get("item.optional"));
        }
        return String.join(m.get("list.separator"), notes);
    }
}
