package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.pdf.ReportDocument.Column;
import io.github.medsecforms.pdf.ReportDocument.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPdfTest {
    private final PdfFont font = PdfTesting.font();
    private final List<Column> columns = List.of(new Column("No.", 0.6), new Column("重大度", 1), new Column("場所", 2.4),
            new Column("ルールID", 1.8), new Column("内容", 6));

    @Test
    void a_report_carries_its_title_summary_headings_and_table_in_japanese() {
        ReportDocument doc = new ReportDocument("検証結果報告", List.of("対象ファイル 1 件（エラーあり 1 件）"),
                List.of(new Section("病院A.xlsx（別紙2-1）", List.of("エラー 1 件、警告 0 件"), columns,
                        List.of(List.of("1", "エラー", "基本情報記入シート!D7", "MSF-FLD-0001", "医療機関名を入力してください。")))),
                "medsec-forms 2025-03-31");

        byte[] pdf = ReportPdf.render(doc, font);

        String text = PdfTesting.text(pdf);
        assertThat(text).contains("検証結果報告", "対象ファイル 1 件", "病院A.xlsx（別紙2-1）", "重大度", "ルールID",
                "基本情報記入シート!D7", "MSF-FLD-0001", "医療機関名を入力してください。", "1 / 1", "medsec-forms 2025-03-31");
    }

    @Test
    void a_long_table_breaks_across_pages_repeating_its_header_and_numbering_the_pages() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(Integer.toString(i), "警告", "回線・機器情報記入シート!I" + (10 + i), "LDS-0" + (i % 90 + 10),
                    "回線" + i + "のグローバルIPアドレスがプライベートアドレスです。インターネットから診断できないため、"
                            + "グローバルIPアドレスを確認してください。"));
        }
        ReportDocument doc = new ReportDocument("検証結果報告", List.of(), List.of(new Section("多数の指摘", List.of(),
                columns, rows)), "");

        byte[] pdf = ReportPdf.render(doc, font);

        int pages = PdfTesting.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        for (int p = 1; p <= pages; p++) {
            assertThat(PdfTesting.pageText(pdf, p)).contains("ルールID", p + " / " + pages);
        }
        String all = PdfTesting.text(pdf);
        assertThat(all).contains("回線1の", "回線150の");
        PdfTesting.png(pdf, 1, 80, Path.of("target/pdf/report-page-2.png"));
    }

    @Test
    void a_cell_taller_than_a_page_is_split_rather_than_lost() {
        String huge = "長い備考。".repeat(2500);
        ReportDocument doc = new ReportDocument("t", List.of(), List.of(new Section("s", List.of(), columns,
                List.of(List.of("1", "情報", "-", "X", huge), List.of("2", "情報", "-", "Y", "最後の行")))), "");

        byte[] pdf = ReportPdf.render(doc, font);

        assertThat(PdfTesting.pages(pdf)).isGreaterThan(1);
        assertThat(PdfTesting.text(pdf)).contains("最後の行");
        assertThat(PdfTesting.text(pdf).chars().filter(ch -> ch == '備').count()).as("no line lost at the page breaks")
                .isEqualTo(2500);
    }

    @Test
    void sections_without_a_table_are_text_only() {
        ReportDocument doc = new ReportDocument("t", List.of("a"), List.of(
                new Section("読み込めなかったファイル", List.of("x.xlsx: MSF-IO-1002 Excelブック（.xlsx）ではありません"),
                        List.of(), List.of())), "");

        assertThat(PdfTesting.text(ReportPdf.render(doc, font))).contains("読み込めなかったファイル", "MSF-IO-1002");
    }
}
