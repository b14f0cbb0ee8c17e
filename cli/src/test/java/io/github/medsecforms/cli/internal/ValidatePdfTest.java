package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --pdf} and {@code render --pdf}, read back with PDFBox. With {@code -Dmedsec.docs.update=true} the
 * first page of each is rendered to {@code docs/images/} (validation-report.png, support-request-fax.png), the
 * pictures the documentation shows; look at them after a layout change.
 */
class ValidatePdfTest {
    @TempDir
    Path dir;

    @Test
    void the_validation_report_pdf_has_a_section_per_file_with_its_findings_at_sheet_and_cell() throws IOException {
        // a relative folder, as an officer types it (the working directory is the module's)
        Path in = Path.of("target", "受付");
        if (Files.exists(in)) {
            try (var files = Files.walk(in)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Fixtures.write(in, "01_香川中央病院.xlsx", Fixtures.workbook(SampleForms.supportRequest()));
        Fixtures.write(in, "03_丸亀病院_記入漏れ.xlsx", Fixtures.workbook(Fixtures.invalidSupportRequest()));
        Fixtures.write(in, "05_回線調査.xlsx", Fixtures.workbook(Mutate.set(SampleForms.lineDeviceSurvey(),
                "lines[0].globalIpAddress", null)));
        Fixtures.write(in, "06_壊れたファイル.xlsx", Fixtures.notAWorkbook());
        Path pdf = dir.resolve("検証結果.pdf");

        Run run = Run.of("validate", in.toString(), "--pdf", pdf.toString(), "--as-of", "2025-03-31");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("検証結果のPDFを", "検証結果.pdf");
        String text = text(pdf);
        assertThat(text).contains("検証結果報告", "基準日: 2025-03-31", "対象ファイル 4 件: 問題なし 1 件、エラーあり 2 件、読み込めない 1 件",
                "01_香川中央病院.xlsx", "問題なし — エラー 0 件", "03_丸亀病院_記入漏れ.xlsx", "エラーあり — エラー",
                "重大度", "ルールID", "回答様式!", "回線・機器情報記入シート!", "06_壊れたファイル.xlsx", "読み込めません",
                "MSF-IO-1002", "1 / ");
        if (Boolean.getBoolean("medsec.docs.update")) {
            png(pdf, Repository.root().resolve("docs/images/validation-report.png"));
        }
    }

    @Test
    void the_validation_report_pdf_ends_with_the_batch_section_its_summary_and_findings_with_their_files()
            throws IOException {
        Path in = Files.createDirectories(dir.resolve("受付"));
        Fixtures.write(in, "回答.xlsx", Fixtures.workbook(SampleForms.supportRequest()));
        Fixtures.write(in, "回答_修正版.xlsx", Fixtures.workbook(SampleForms.supportRequest()));
        Fixtures.write(in, "回線調査.xlsx", Fixtures.workbook(SampleForms.lineDeviceSurvey()));
        Files.setLastModifiedTime(in.resolve("回答.xlsx"), java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        Files.setLastModifiedTime(in.resolve("回答_修正版.xlsx"),
                java.nio.file.attribute.FileTime.fromMillis(1_700_000_600_000L));
        Path pdf = dir.resolve("検証結果.pdf");

        Run run = Run.of("validate", in.toString(), "--pdf", pdf.toString(), "--as-of", "2025-03-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = text(pdf).replace("\n", "");
        assertThat(text).contains("提出間の照合（提出 3 件）", "警告 1 件",
                "support-request: ファイル 2 件、病院 1、重複 1 件、食い違い 0 件",
                "line-device-survey: ファイル 1 件、病院 1、重複 0 件、食い違い 0 件", "ファイル", "BAT-001");
        assertThat(text.indexOf("提出間の照合")).as("after the files' sections").isGreaterThan(text.indexOf("回線調査.xlsx"));

        Path en = dir.resolve("report.pdf");
        Run english = Run.of("--lang", "en", "validate", in.toString(), "--pdf", en.toString(), "--as-of", "2025-03-31");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(text(en)).contains("Across submissions (3 submissions)",
                "support-request: 2 files, 1 hospitals, 1 duplicates, 0 conflicts", "BAT-001");
    }

    @Test
    void characters_the_font_lacks_are_shown_as_geta_and_listed_instead_of_failing_the_report() throws IOException {
        Fixtures.write(dir, "emoji.xlsx", Fixtures.workbook(Mutate.set(SampleForms.supportRequest(), "hospitalName",
                "")));
        Path renamed = Files.move(dir.resolve("emoji.xlsx"), dir.resolve("病院\uD83C\uDFE5.xlsx"));
        Path pdf = dir.resolve("r.pdf");

        Run run = Run.of("validate", renamed.toString(), "--pdf", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(text(pdf)).contains("病院〓.xlsx", "U+1F3E5").doesNotContain("提出間の照合");
    }

    @Test
    void the_fax_form_pdf_for_the_documentation() throws IOException {
        Path json = Files.writeString(dir.resolve("support-request.json"),
                io.github.medsecforms.json.FormJson.write(SampleForms.supportRequest()));

        Run run = Run.of("render", json.toString(), "--pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path pdf = dir.resolve("support-request.pdf");
        assertThat(text(pdf)).contains("回答様式", "【必須】");
        if (Boolean.getBoolean("medsec.docs.update")) {
            png(pdf, Repository.root().resolve("docs/images/support-request-fax.png"));
        }
    }

    @Test
    void the_pictures_in_the_documentation_exist() {
        assertThat(Repository.root().resolve("docs/images/validation-report.png")).isNotEmptyFile();
        assertThat(Repository.root().resolve("docs/images/support-request-fax.png")).isNotEmptyFile();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void png(Path pdf, Path png) throws IOException {
        Files.createDirectories(png.getParent());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 96), "png", png.toFile());
        }
    }
}
