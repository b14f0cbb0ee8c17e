package io.github.medsecforms.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A report as plain text, for {@link ReportPdf}: a title, summary lines, and sections, each with a heading, lines
 * of text and a table. Neutral on purpose — forms-pdf knows nothing of validation — so the caller (the command
 * line, for a validation report) decides every word; the PDF only lays it out.
 *
 * <pre>{@code
 * ReportDocument doc = new ReportDocument("検証結果", List.of("ファイル 2 件、エラーあり 1 件"),
 *         List.of(new ReportDocument.Section("病院A.xlsx", List.of("エラー 1 件"),
 *                 List.of(new ReportDocument.Column("場所", 2), new ReportDocument.Column("内容", 6)),
 *                 List.of(List.of("回答様式!C5", "医療機関コードを入力してください。")))),
 *         "medsec-forms 2025-03-31");
 * byte[] pdf = ReportPdf.render(doc, PdfFont.locate(Optional.empty()));
 * }</pre>
 *
 * @param title    the title at the top of the first page
 * @param summary  lines under the title
 * @param sections the sections, in order
 * @param footer   text at the foot of every page (beside the page number), or empty
 */
public record ReportDocument(String title, List<String> summary, List<Section> sections, String footer) {
    public ReportDocument {
        title = Objects.requireNonNullElse(title, "");
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        footer = Objects.requireNonNullElse(footer, "");
    }

    /**
     * A section: a heading, lines of text, then a table (none when {@code columns} is empty). The table's header
     * row is repeated on every page it spans; a row never shorter than its text, split across pages only when it
     * is taller than a page.
     *
     * @param heading the heading
     * @param lines   lines of text under the heading
     * @param columns the table's columns, or empty for no table
     * @param rows    the table's rows, one text per column (missing cells are blank, extra ones ignored)
     */
    public record Section(String heading, List<String> lines, List<Column> columns, List<List<String>> rows) {
        public Section {
            heading = Objects.requireNonNullElse(heading, "");
            lines = List.copyOf(lines);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table column.
     *
     * @param header the header text
     * @param weight its share of the table's width, relative to the other columns' weights (positive)
     */
    public record Column(String header, double weight) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }
}
