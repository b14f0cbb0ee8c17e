package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.internal.io.DisplayText;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import java.util.List;

/**
 * A one-sheet answer form of single fields ({@code offline-backup-intent}) as an A4 page: the title, then a bordered
 * table of label and answer, every option of a choice listed with □ and the chosen one ■ (as a paper survey is
 * ticked), a multi-line answer in a tall cell. For {@code offline-backup-intent} the derived 支援方針 follows as a
 * last row marked as computed (our design: the survey has no such field; the page says what the answers lead to).
 * Labels and options come from the form's metadata.
 */
final class FieldTablePdf {
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 170;
    private static final float SIZE = 10.5f;
    private static final float VALUE = 12f;
    private static final float PAD = 5;

    private FieldTablePdf() {
    }

    static boolean handles(Form form) {
        return form instanceof OfflineBackupIntent;
    }

    static void draw(Canvas c, Form form, float bottom) {
        FormDescriptor d = FormRegistry.describe(form);
        float width = c.pageWidth() - 2 * MARGIN;
        c.newPage();
        float y = 60;
        for (String line : SupportRequestPdf.titleLines(c, d.title(), 15, width)) {
            c.centred(line, c.pageWidth() / 2, y, 15, true);
            y += 22;
        }
        y += 12;
        float top = y;
        for (FieldDescriptor f : d.sheets().get(0).fields()) {
            if (!f.appliesTo(form.version())) {
                continue;
            }
            Object value = FormPaths.value(form, f.path()).orElse(null);
            List<String> lines = value(c, f, value, width - LABEL_WIDTH - 2 * PAD);
            float h = Math.max(lines.size() * VALUE * 1.45f + 2 * PAD, f.text() == io.github.medsecforms.model.meta.TextKind.MULTILINE ? 90 : 30);
            y = row(c, f.label() + (f.hint().isEmpty() || f.kind() == ValueKind.CHOICE ? "" : "\n（" + f.hint() + "）"),
                    lines, y, h, width, bottom, top);
            if (y < top) {
                top = 50;
                y = row(c, f.label(), lines, 50, h, width, bottom, top);
            }
        }
        if (form instanceof OfflineBackupIntent intent) {
            String policy = intent.supportPolicy().map(p -> p.label()).orElse("（回答から決まりません）");
            y = row(c, "支援方針（回答から算出）", List.of(policy), y, 30, width, bottom, top);
        }
        c.rect(MARGIN, top, width, y - top, 1.2f);
    }

    /** One row; returns the new y, or a negative number when the row needs a new page (which it starts). */
    private static float row(Canvas c, String label, List<String> lines, float y, float h, float width, float bottom,
                             float top) {
        List<String> labelLines = c.wrap(label, SIZE, LABEL_WIDTH - 2 * PAD);
        h = Math.max(h, labelLines.size() * SIZE * 1.45f + 2 * PAD);
        if (y + h > bottom) {
            c.rect(MARGIN, top, width, y - top, 1.2f);
            c.newPage();
            return -1;
        }
        float ly = y + PAD + SIZE;
        for (String l : labelLines) {
            c.text(l, MARGIN + PAD, ly, SIZE);
            ly += SIZE * 1.45f;
        }
        float vy = y + PAD + VALUE;
        for (String l : lines) {
            c.text(l, MARGIN + LABEL_WIDTH + PAD, vy, VALUE);
            vy += VALUE * 1.45f;
        }
        c.line(MARGIN + LABEL_WIDTH, y, MARGIN + LABEL_WIDTH, y + h, 0.8f);
        c.line(MARGIN, y + h, MARGIN + width, y + h, 0.8f);
        return y + h;
    }

    private static List<String> value(Canvas c, FieldDescriptor f, Object value, float width) {
        if (f.kind() == ValueKind.CHOICE && !f.choices().isEmpty()) {
            String chosen = value instanceof Choice choice ? choice.label() : null;
            StringBuilder sb = new StringBuilder();
            for (String option : f.choices()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(option.equals(chosen) ? "■ " : "□ ").append(option);
            }
            return c.wrap(sb.toString(), VALUE, width);
        }
        return c.wrap(DisplayText.of(value), VALUE, width);
    }
}
