package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.pdf.ReportDocument;
import io.github.medsecforms.pdf.ReportDocument.Column;
import io.github.medsecforms.pdf.ReportDocument.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link ReportDocument} on A4 portrait pages: title, summary, sections with bordered tables whose
 * header row repeats on every page, page numbers {@code n / N} and the footer at the foot of every page.
 */
public final class ReportRenderer {
    private static final float MARGIN = 40;
    private static final float TOP = 48;
    private static final float BOTTOM = 52;
    private static final float TABLE_SIZE = 8.5f;
    private static final float TABLE_LINE = TABLE_SIZE * 1.35f;
    private static final float PAD = 3;

    private final Canvas c;
    private float y;
    private int rowsOnPage;

    private ReportRenderer(Canvas c) {
        this.c = c;
    }

    public static byte[] render(ReportDocument doc, Path fontFile) {
        try (Canvas c = Canvas.open(fontFile, doc.title())) {
            new ReportRenderer(c).draw(doc);
            return c.finish(doc.footer(), true);
        }
    }

    private float bottom() {
        return c.pageHeight() - BOTTOM;
    }

    private float width() {
        return c.pageWidth() - 2 * MARGIN;
    }

    private void newPage() {
        c.newPage();
        y = TOP;
    }

    private void draw(ReportDocument doc) {
        newPage();
        y += 10;
        for (String line : c.wrap(doc.title(), 16, width())) {
            c.text(line, MARGIN, y, 16, true);
            y += 22;
        }
        y += 2;
        for (String s : doc.summary()) {
            for (String line : c.wrap(s, 10, width())) {
                ensure(14);
                c.text(line, MARGIN, y, 10);
                y += 14;
            }
        }
        for (Section section : doc.sections()) {
            section(section);
        }
    }

    private void ensure(float height) {
        if (y + height > bottom()) {
            newPage();
        }
    }

    private void section(Section s) {
        List<String> heading = c.wrap(s.heading(), 11.5f, width());
        List<String> lines = new ArrayList<>();
        s.lines().forEach(l -> lines.addAll(c.wrap(l, 9.5f, width())));
        float[] widths = columnWidths(s.columns());
        float firstRow = 0;
        if (!s.columns().isEmpty()) {
            firstRow = rowHeight(headers(s), widths) + (s.rows().isEmpty() ? 0 : rowHeight(s.rows().get(0), widths));
        }
        y += 14;
        // keep the heading with its text and the first row of its table
        ensure(heading.size() * 16 + lines.size() * 13 + Math.min(firstRow, 120) + 6);
        for (String line : heading) {
            c.text(line, MARGIN, y + 11.5f, 11.5f, true);
            y += 16;
        }
        c.line(MARGIN, y + 2, MARGIN + width(), y + 2, 0.6f);
        y += 6;
        for (String line : lines) {
            ensure(13);
            c.text(line, MARGIN, y + 9.5f, 9.5f);
            y += 13;
        }
        if (s.columns().isEmpty()) {
            return;
        }
        y += 4;
        header(s, widths);
        for (List<String> row : s.rows()) {
            row(s, row, widths);
        }
    }

    private static List<String> headers(Section s) {
        return s.columns().stream().map(Column::header).toList();
    }

    private float[] columnWidths(List<Column> columns) {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (width() * columns.get(i).weight() / total);
        }
        return w;
    }

    private List<List<String>> cellLines(List<String> row, float[] widths) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.size() && row.get(i) != null ? row.get(i) : "";
            cells.add(c.wrap(text, TABLE_SIZE, widths[i] - 2 * PAD));
        }
        return cells;
    }

    private float rowHeight(List<String> row, float[] widths) {
        int lines = cellLines(row, widths).stream().mapToInt(List::size).max().orElse(1);
        return lines * TABLE_LINE + 2 * PAD;
    }

    private void header(Section s, float[] widths) {
        List<List<String>> cells = cellLines(headers(s), widths);
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float h = lines * TABLE_LINE + 2 * PAD;
        ensure(h + TABLE_LINE + 2 * PAD);
        c.fill(MARGIN, y, width(), h, 0.88f);
        drawCells(cells, widths, 0, lines, h, true);
        y += h;
        rowsOnPage = 0;
    }

    private void row(Section s, List<String> row, float[] widths) {
        List<List<String>> cells = cellLines(row, widths);
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        int start = 0;
        while (start < lines) {
            int fit = (int) Math.floor((bottom() - y - 2 * PAD) / TABLE_LINE);
            int remaining = lines - start;
            if (remaining > fit && (fit <= 0 || start == 0 && rowsOnPage > 0)) {
                // the row does not fit: move it to the next page; split it only when a page cannot hold it
                newPage();
                header(s, widths);
                continue;
            }
            int count = Math.min(fit, remaining);
            float h = count * TABLE_LINE + 2 * PAD;
            drawCells(cells, widths, start, start + count, h, false);
            y += h;
            rowsOnPage++;
            start += count;
            if (start < lines) {
                newPage();
                header(s, widths);
            }
        }
    }

    private void drawCells(List<List<String>> cells, float[] widths, int from, int to, float h, boolean bold) {
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            List<String> lines = cells.get(i);
            for (int k = from; k < Math.min(to, lines.size()); k++) {
                c.text(lines.get(k), x + PAD, y + PAD + (k - from) * TABLE_LINE + TABLE_SIZE, TABLE_SIZE, bold);
            }
            c.rect(x, y, widths[i], h, 0.5f);
            x += widths[i];
        }
    }
}
