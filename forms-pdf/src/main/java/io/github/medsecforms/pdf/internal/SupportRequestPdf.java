package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.internal.io.DisplayText;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 回答様式 of {@code support-request} as a FAX-ready A4 page, laid out like the prefecture's form (seed 002):
 * the title, the statement 「当病院は、当該事業の支援を希望します。」, a bordered table — single fields with their label
 * across two columns, each 担当者 as a merged cell with 【必須】 beside its three rows — the consent answer as
 * 「可 ・ 不可」 with the chosen one circled, 備考 as a tall cell, and the ※ note under the table. Labels, choices,
 * the required mark and the note come from the form's metadata. Text is at least 10.5 points and rules are dark, so
 * the page survives a FAX.
 *
 * <p>The three eligibility declarations (our design, not on the official form) are printed only when answered.</p>
 */
public final class SupportRequestPdf {
    private static final float MARGIN = 56;
    private static final float GROUP_WIDTH = 120;
    private static final float SUBLABEL_WIDTH = 106;
    private static final float LABEL_SIZE = 10.5f;
    private static final float VALUE_SIZE = 12f;
    private static final float PAD = 4;
    private final float rowMin;
    private final float multilineMin;
    private final float bottom;
    private final boolean compact;
    private static final String NOTE_MARK = "(※)";

    /** @param bottom how far down the table and note may go; compact rows leave room for the FAX codes */
    private SupportRequestPdf(float bottom, boolean compact) {
        this.bottom = bottom;
        this.compact = compact;
        this.rowMin = compact ? 20 : 26;
        this.multilineMin = compact ? 48 : 84;
    }

    /** One table row: a field, its value, and the group (担当者①) it belongs to, if any. */
    private record Row(FieldDescriptor field, String label, Object value, String group, boolean groupRequired) {
    }

    public static byte[] render(SupportRequest form, Path fontFile) {
        FormDescriptor descriptor = FormRegistry.describe(SupportRequest.class);
        try (Canvas c = Canvas.open(fontFile, descriptor.title())) {
            new SupportRequestPdf(c.pageHeight() - 60, false).draw(c, form, descriptor);
            return c.finish("", false);
        }
    }

    /** Draws the form's pages, none below {@code bottom} (the FAX band lies under it), in compact rows. */
    static void draw(Canvas c, SupportRequest form, float bottom) {
        new SupportRequestPdf(bottom, true).draw(c, form, FormRegistry.describe(SupportRequest.class));
    }

    private void draw(Canvas c, SupportRequest form, FormDescriptor descriptor) {
        List<FieldDescriptor> fields = descriptor.sheets().get(0).fields();
        List<Row> rows = new ArrayList<>();
        String note = "";
        for (FieldDescriptor f : fields) {
            Object value = FormPaths.value(form, f.path()).orElse(null);
            if (!f.required() && value == null && f.javaType() == YesNo.class) {
                continue; // eligibility declarations: printed only when answered
            }
            String label = f.label();
            if (f.aliases().contains(label + NOTE_MARK) && !f.hint().isEmpty()) {
                label = label + NOTE_MARK;
                note = "※ " + f.hint();
            }
            String group = f.groups().isEmpty() ? null : f.groups().get(0).label();
            boolean groupRequired = !f.groups().isEmpty() && f.groups().get(0).required();
            rows.add(new Row(f, label, value, group, groupRequired));
        }

        c.newPage();
        float width = c.pageWidth() - 2 * MARGIN;
        float y = compact ? 48 : 60;
        for (String line : titleLines(c, descriptor.title(), 15, width)) {
            c.centred(line, c.pageWidth() / 2, y, 15, true);
            y += 22;
        }
        y += compact ? 6 : 14;
        c.text(SupportRequest.STATEMENT, MARGIN, y, 12.5f, false);
        y += 18;

        float valueX = MARGIN + GROUP_WIDTH + SUBLABEL_WIDTH;
        float valueWidth = width - GROUP_WIDTH - SUBLABEL_WIDTH;
        float top = y;
        int i = 0;
        while (i < rows.size()) {
            Row row = rows.get(i);
            if (row.group() == null) {
                float h = height(c, row, GROUP_WIDTH + SUBLABEL_WIDTH, valueWidth);
                if (y + h > bottom) {
                    c.rect(MARGIN, top, width, y - top, 1.2f);
                    c.newPage();
                    y = top = 50;
                }
                label(c, row.label(), MARGIN, y, GROUP_WIDTH + SUBLABEL_WIDTH, h);
                value(c, row, valueX, y, valueWidth, h);
                c.line(valueX, y, valueX, y + h, 0.8f);
                y += h;
                c.line(MARGIN, y, MARGIN + width, y, 0.8f);
                i++;
                continue;
            }
            int end = i;
            while (end < rows.size() && row.group().equals(rows.get(end).group())) {
                end++;
            }
            float blockTop = y;
            float[] heights = new float[end - i];
            float total = 0;
            for (int k = i; k < end; k++) {
                heights[k - i] = height(c, rows.get(k), SUBLABEL_WIDTH, valueWidth);
                total += heights[k - i];
            }
            if (y + total > bottom) {
                c.rect(MARGIN, top, width, y - top, 1.2f);
                c.newPage();
                y = top = blockTop = 50;
            }
            String groupText = row.group() + (row.groupRequired() ? "\n" + requiredMark() : "");
            label(c, groupText, MARGIN, blockTop, GROUP_WIDTH, total);
            c.line(MARGIN + GROUP_WIDTH, blockTop, MARGIN + GROUP_WIDTH, blockTop + total, 0.8f);
            for (int k = i; k < end; k++) {
                float h = heights[k - i];
                label(c, rows.get(k).label(), MARGIN + GROUP_WIDTH, y, SUBLABEL_WIDTH, h);
                value(c, rows.get(k), valueX, y, valueWidth, h);
                c.line(valueX, y, valueX, y + h, 0.8f);
                y += h;
                c.line(k + 1 < end ? MARGIN + GROUP_WIDTH : MARGIN, y, MARGIN + width, y, 0.8f);
            }
            i = end;
        }
        c.rect(MARGIN, top, width, y - top, 1.2f);

        if (!note.isEmpty()) {
            y += 20;
            for (String line : c.wrap(note, 10.5f, width)) {
                if (y > bottom + 10) {
                    c.newPage();
                    y = 50;
                }
                c.text(line, MARGIN, y, 10.5f);
                y += 15;
            }
        }
    }

    /** Characters a title line may end with when it has to be broken: after a particle or a closing bracket. */
    private static final String PHRASE_END = "の」、をにはで";

    /**
     * The title's lines, each broken after a phrase (「…」における支援の / 希望調査に係る回答様式) rather than
     * inside a word, when such a break is in the last third of the line.
     */
    static List<String> titleLines(Canvas c, String title, float size, float width) {
        List<String> lines = new ArrayList<>();
        String rest = title;
        while (!rest.isEmpty()) {
            List<String> wrapped = c.wrap(rest, size, width);
            String first = wrapped.get(0);
            if (wrapped.size() == 1) {
                lines.add(first);
                break;
            }
            int cut = -1;
            for (int i = first.length() - 1; i >= first.length() * 2 / 3; i--) {
                if (PHRASE_END.indexOf(first.charAt(i)) >= 0) {
                    cut = i + 1;
                    break;
                }
            }
            String line = cut > 0 ? first.substring(0, cut) : first;
            lines.add(line);
            rest = rest.substring(line.length()).stripLeading();
        }
        return lines;
    }

    private static String requiredMark() {
        return FormRegistry.describe(SupportRequest.class).requiredMark();
    }

    private float height(Canvas c, Row row, float labelWidth, float valueWidth) {
        int labelLines = c.wrap(row.label(), LABEL_SIZE, labelWidth - 2 * PAD).size();
        int valueLines = isCircledChoice(row.field()) ? 1
                : c.wrap(DisplayText.of(row.value()), VALUE_SIZE, valueWidth - 2 * PAD).size();
        float h = Math.max(labelLines * LABEL_SIZE * 1.45f, valueLines * VALUE_SIZE * (compact ? 1.3f : 1.45f))
                + 2 * (compact ? 2 : PAD);
        float min = row.field().text() == TextKind.MULTILINE ? multilineMin : rowMin;
        return Math.max(min, h);
    }

    /** A label, its lines centred vertically in the cell. */
    private static void label(Canvas c, String text, float x, float y, float w, float h) {
        List<String> lines = c.wrap(text, LABEL_SIZE, w - 2 * PAD);
        float lineHeight = LABEL_SIZE * 1.45f;
        float first = y + (h - lines.size() * lineHeight) / 2 + LABEL_SIZE * 1.05f;
        for (int k = 0; k < lines.size(); k++) {
            c.text(lines.get(k), x + PAD, first + k * lineHeight, LABEL_SIZE);
        }
    }

    private static void value(Canvas c, Row row, float x, float y, float w, float h) {
        FieldDescriptor f = row.field();
        if (isCircledChoice(f)) {
            choices(c, f, row.value(), x, y, h);
            return;
        }
        List<String> lines = c.wrap(DisplayText.of(row.value()), VALUE_SIZE, w - 2 * PAD);
        float lineHeight = VALUE_SIZE * 1.45f;
        float first = f.text() == TextKind.MULTILINE
                ? y + PAD + VALUE_SIZE
                : y + (h - lines.size() * lineHeight) / 2 + VALUE_SIZE * 1.05f;
        for (int k = 0; k < lines.size(); k++) {
            c.text(lines.get(k), x + PAD, first + k * lineHeight, VALUE_SIZE);
        }
    }

    /** Choices offered as 「可 ・ 不可」 on the form, the chosen one circled (as it is circled by hand on paper). */
    private static boolean isCircledChoice(FieldDescriptor f) {
        return f.kind() == ValueKind.CHOICE && f.strict() && f.choices().size() <= 4;
    }

    private static void choices(Canvas c, FieldDescriptor f, Object value, float x, float y, float h) {
        String chosen = value instanceof Choice choice ? choice.label() : null;
        String separator = "・";
        float gap = 16;
        float cx = x + PAD + 14;
        float baseline = y + h / 2 + VALUE_SIZE * 0.36f;
        for (int k = 0; k < f.choices().size(); k++) {
            String text = f.choices().get(k);
            float tw = c.width(text, VALUE_SIZE);
            c.text(text, cx, baseline, VALUE_SIZE);
            if (text.equals(chosen)) {
                c.ellipse(cx + tw / 2, baseline - VALUE_SIZE * 0.36f, tw / 2 + 9, VALUE_SIZE * 0.85f, 1.3f);
            }
            cx += tw + gap;
            if (k + 1 < f.choices().size()) {
                c.text(separator, cx, baseline, VALUE_SIZE);
                cx += c.width(separator, VALUE_SIZE) + gap;
            }
        }
    }
}
