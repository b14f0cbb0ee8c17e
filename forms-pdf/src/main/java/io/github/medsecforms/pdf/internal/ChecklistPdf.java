package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.internal.io.DisplayText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three checklists ({@code checklist-minimum}, {@code checklist-hospital}, {@code checklist-vendor}) as A4 pages in
 * the layout of the paper checklist (seed 001: 「チェック項目 | 確認結果 (日付) 1回目 目標日 2回目 | 備考」, the items under
 * their headings): the title, the header fields (医療機関名, …), the ※ note on 目標日, then one table row per item —
 * 項番, the item's wording from the version's item resource, 1回目 (answer and date), 目標日, 2回目, 備考 — with a
 * full-width row for each section heading, continued over as many pages as needed with the column heads repeated.
 * Labels come from the form's metadata; text is at least 10.5 points and rules are dark.
 *
 * <p>A 備考 too long for one page's row prints its first lines and 「（続きは末尾）」; the whole text follows the table
 * under 「備考（続き）」.</p>
 */
final class ChecklistPdf {
    private static final float MARGIN = 48;
    private static final float SIZE = 10.5f;
    private static final float LINE = SIZE * 1.4f;
    private static final float PAD = 3;
    private static final int MAX_REMARK_LINES = 8;
    private static final String CONTINUED = "（続きは末尾）";

    private final Canvas c;
    private final float bottom;
    private final float width;
    private final float[] cols;
    private final String[] heads;
    private float y;

    private ChecklistPdf(Canvas c, float bottom, String[] heads) {
        this.c = c;
        this.bottom = bottom;
        this.width = c.pageWidth() - 2 * MARGIN;
        // 項番 | チェック項目 | 1回目 | 目標日 | 2回目 | 備考
        float[] w = {38, 0, 64, 58, 64, 88};
        w[1] = width - w[0] - w[2] - w[3] - w[4] - w[5];
        this.cols = w;
        this.heads = heads;
    }

    static List<ChecklistEntry> entries(Form form) {
        if (form instanceof MinimumChecklist m) {
            return m.entries();
        }
        if (form instanceof HospitalChecklist h) {
            return h.entries();
        }
        if (form instanceof VendorChecklist v) {
            return v.entries();
        }
        throw new IllegalArgumentException("not a checklist: " + form.getClass().getName());
    }

    static boolean isChecklist(Form form) {
        return form instanceof MinimumChecklist || form instanceof HospitalChecklist || form instanceof VendorChecklist;
    }

    /** Draws the checklist's pages, none below {@code bottom}. */
    static void draw(Canvas c, Form form, float bottom) {
        FormDescriptor d = FormRegistry.describe(form);
        TableDescriptor table = d.sheets().get(0).tables().get(0);
        String[] heads = heads(table);
        new ChecklistPdf(c, bottom, heads).draw(form, d);
    }

    /** Column heads from the entry's metadata: 項番, チェック項目, 1回目, 目標日, 2回目, 備考. */
    private static String[] heads(TableDescriptor table) {
        String id = "";
        String first = "";
        String target = "";
        String second = "";
        String remarks = "";
        for (FieldDescriptor f : table.columns()) {
            switch (f.name()) {
                case "itemId" -> id = f.label();
                case "firstAnswer" -> first = f.groups().get(0).label();
                case "targetDate" -> target = f.label();
                case "secondAnswer" -> second = f.groups().get(0).label();
                case "remarks" -> remarks = f.label();
                default -> { }
            }
        }
        return new String[] {id, table.label(), first, target, second, remarks};
    }

    private void draw(Form form, FormDescriptor d) {
        c.newPage();
        y = 52;
        for (String line : SupportRequestPdf.titleLines(c, d.title(), 14, width)) {
            c.centred(line, c.pageWidth() / 2, y, 14, true);
            y += 20;
        }
        y += 6;
        for (FieldDescriptor f : d.sheets().get(0).fields()) {
            if (!f.appliesTo(form.version())) {
                continue;
            }
            String value = DisplayText.of(FormPaths.value(form, f.path()).orElse(null));
            c.text(f.label() + "：", MARGIN, y, 11.5f);
            float x = MARGIN + c.width(f.label() + "：", 11.5f);
            List<String> lines = c.wrap(value, 11.5f, width - (x - MARGIN));
            for (int k = 0; k < lines.size(); k++) {
                c.text(lines.get(k), x + 4, y, 11.5f);
                if (k + 1 < lines.size()) {
                    y += 16;
                }
            }
            c.line(x, y + 3, MARGIN + width, y + 3, 0.6f);
            y += 20;
        }
        c.text(d.versions().size() > 1 ? "（" + form.version().label() + "版）" : "", MARGIN, y, SIZE);
        if (d.versions().size() > 1) {
            y += LINE;
        }
        FieldDescriptor targetField = FormRegistry.describe(form).sheets().get(0).tables().get(0).columns().stream()
                .filter(f -> f.name().equals("targetDate")).findFirst().orElseThrow();
        for (String line : c.wrap("※ " + targetField.hint() + "。", SIZE, width)) {
            c.text(line, MARGIN, y, SIZE);
            y += LINE;
        }
        y += 4;
        header();

        String section = null;
        List<String[]> overflow = new ArrayList<>();
        String formId = FormRegistry.describe(form).id();
        for (ChecklistEntry e : entries(form)) {
            Optional<ChecklistItem> item = ChecklistCatalogue.item(formId, form.version(), e.itemId());
            String itemSection = item.map(ChecklistItem::section).orElse("");
            if (!itemSection.isEmpty() && !itemSection.equals(section)) {
                section = itemSection;
                List<String> lines = c.wrap(section, SIZE, width - 2 * PAD);
                float h = lines.size() * LINE + 2 * PAD;
                ensure(h + 6 * LINE + 2 * PAD); // never a heading alone at the foot of a page
                c.fill(MARGIN, y, width, h, 0.85f);
                float ty = y + PAD + SIZE;
                for (String line : lines) {
                    c.text(line, MARGIN + PAD, ty, SIZE, true);
                    ty += LINE;
                }
                c.rect(MARGIN, y, width, h, 0.8f);
                y += h;
            }
            row(e, item.map(ChecklistItem::text).orElse(""), overflow);
        }
        if (!overflow.isEmpty()) {
            y += 16;
            ensure(3 * LINE);
            c.text(heads[5] + "（続き）", MARGIN, y, 12, true);
            y += LINE + 4;
            for (String[] o : overflow) {
                ensure(2 * LINE);
                c.text(o[0], MARGIN, y, SIZE, true);
                y += LINE;
                for (String line : c.wrap(o[1], SIZE, width - 12)) {
                    ensure(LINE);
                    c.text(line, MARGIN + 12, y, SIZE);
                    y += LINE;
                }
                y += 4;
            }
        }
    }

    /** A new page when {@code h} does not fit; the table's heads are repeated when a table row follows. */
    private void ensure(float h) {
        if (y + h > bottom) {
            c.newPage();
            y = 48;
        }
    }

    private void header() {
        float h = 2 * LINE + 2 * PAD;
        float x = MARGIN;
        for (int k = 0; k < cols.length; k++) {
            c.fill(x, y, cols[k], h, 0.92f);
            c.rect(x, y, cols[k], h, 0.9f);
            List<String> lines = c.wrap(heads[k], SIZE, cols[k] - 2 * PAD);
            float ty = y + (h - lines.size() * LINE) / 2 + SIZE;
            for (String line : lines) {
                c.centred(line, x + cols[k] / 2, ty, SIZE, false);
                ty += LINE;
            }
            x += cols[k];
        }
        y += h;
    }

    private void row(ChecklistEntry e, String text, List<String[]> overflow) {
        List<String> itemLines = c.wrap(text, SIZE, cols[1] - 2 * PAD);
        List<String> remarkLines = c.wrap(e.remarks(), SIZE, cols[5] - 2 * PAD);
        if (remarkLines.size() > MAX_REMARK_LINES) {
            overflow.add(new String[] {e.itemId(), e.remarks()});
            remarkLines = new ArrayList<>(remarkLines.subList(0, MAX_REMARK_LINES - 2));
            remarkLines.addAll(c.wrap(CONTINUED, SIZE, cols[5] - 2 * PAD));
        }
        int lines = Math.max(Math.max(itemLines.size(), remarkLines.size()), 2);
        float h = lines * LINE + 2 * PAD;
        if (y + h > bottom) {
            c.newPage();
            y = 48;
            header();
        }
        float x = MARGIN;
        float ty = y + PAD + SIZE;
        cell(List.of(e.itemId()), x, ty);
        x += cols[0];
        cell(itemLines, x, ty);
        x += cols[1];
        cell(answer(e.firstAnswer().map(DisplayText::of), e.firstDate()), x, ty);
        x += cols[2];
        cell(List.of(e.targetDate().map(DisplayText::of).orElse("")), x, ty);
        x += cols[3];
        cell(answer(e.secondAnswer().map(DisplayText::of), e.secondDate()), x, ty);
        x += cols[4];
        cell(remarkLines, x, ty);
        x = MARGIN;
        for (float w : cols) {
            c.rect(x, y, w, h, 0.8f);
            x += w;
        }
        y += h;
    }

    private static List<String> answer(Optional<String> answer, Optional<java.time.LocalDate> date) {
        return List.of(answer.orElse(""), date.map(DisplayText::of).orElse(""));
    }

    private void cell(List<String> lines, float x, float ty) {
        for (String line : lines) {
            c.text(line, x + PAD, ty, SIZE);
            ty += LINE;
        }
    }
}
