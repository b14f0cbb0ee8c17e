package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.cli.ListFiles;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.pdf.FaxPayload;
import io.github.medsecforms.pdf.Scans;
import io.github.medsecforms.pdf.testing.FaxImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scans imported and validated like workbooks: a form's canonical JSON through {@link FaxPayload} into QR codes
 * placed on A4 pages at 203 dpi (codes placed by this test from {@code FaxPayload.encode}, D-69: the printed layouts
 * come with branch fax-print), degraded as a FAX does it (skew, 1% salt-and-pepper noise, a streak, 1-bit), written
 * as TIFF G3 at standard resolution, TIFF G4 at fine, PNG, JPEG at quality 60 and an image-only PDF, then read back by
 * the command line's file check: the same form. And the command's behaviour: the 読取元 column, a scan without a
 * code, a package's PDF in a folder skipped.
 */
class ScanImportTest {
    private static final WorkbookChecker CHECKER = MedsecForms.checker(c -> { });

    @TempDir
    Path dir;

    /** The form's codes laid out on A4 pages at 203 dpi: 4 × 5 codes a page, 4-pixel (0.5 mm) modules. */
    static List<BufferedImage> printed(Form form, int chunkBytes) {
        String id = FormRegistry.describe(form).id();
        List<byte[]> chunks = FaxPayload.encode(id, versionOf(form), FormJson.writeBytes(form), chunkBytes);
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage page = null;
        for (int i = 0; i < chunks.size(); i++) {
            int slot = i % 20;
            if (slot == 0) {
                page = FaxImages.text(FaxImages.a4(), 80, 3, i);
                pages.add(page);
            }
            FaxImages.draw(page, FaxImages.qr(chunks.get(i)), 60 + (slot % 4) * 420, 260 + (slot / 4) * 410, 4);
        }
        return pages;
    }

    private static String versionOf(Form form) {
        return io.github.medsecforms.xlsx.FormValues.text(form, "version");
    }

    private static Form readBack(byte[] file, String name) {
        Scans.Scan scan = Scans.read(file, name);
        return FileCheck.scanned(CHECKER, Scans.decode(scan), name, Optional.empty()).read().form();
    }

    enum Format { TIFF_G3_STANDARD, TIFF_G4_FINE, PNG, JPEG_60, IMAGE_PDF }

    static byte[] fax(List<BufferedImage> pages, Format format, long seed) {
        List<BufferedImage> degraded = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            degraded.add(FaxImages.degrade(pages.get(i), (i % 2 == 0 ? 0.5 : -1.0), seed + i));
        }
        return switch (format) {
            case TIFF_G3_STANDARD -> FaxImages.tiff(degraded.stream().map(ScanImportTest::standard).toList(),
                    FaxImages.Tiff.G3, 204, 98);
            case TIFF_G4_FINE -> FaxImages.tiff(degraded, FaxImages.Tiff.G4, 204, 196);
            case PNG -> FaxImages.png(degraded.get(0));
            case JPEG_60 -> FaxImages.jpeg(degraded.get(0), 60);
            case IMAGE_PDF -> FaxImages.pdf(degraded, false);
        };
    }

    /** FAX standard resolution: every other row of a fine page. */
    private static BufferedImage standard(BufferedImage fine) {
        BufferedImage out = new BufferedImage(fine.getWidth(), fine.getHeight() / 2, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, fine.getRaster().getSample(x, 2 * y, 0));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_support_request_faxed_in_every_format_reads_back_as_the_same_form(Format format) {
        SupportRequest request = SampleForms.supportRequest();
        List<BufferedImage> pages = printed(request, 300);
        assertThat(pages).hasSize(1);

        assertThat(readBack(fax(pages, format, 42), "fax." + format.name().toLowerCase())).isEqualTo(request);
    }

    @Property(tries = 6)
    void generated_forms_of_every_kind_read_back_from_a_faxed_tiff_as_they_were(@ForAll("forms") Form form) {
        List<BufferedImage> pages = printed(form, 300);

        assertThat(readBack(fax(pages, Format.TIFF_G4_FINE, pages.size()), "fax.tif")).isEqualTo(form);
    }

    @Provide
    Arbitrary<Form> forms() {
        return FormArbitraries.anyForm();
    }

    // ---------------------------------------------------------------- the commands

    private Path scanOf(Form form, String name) throws IOException {
        Path file = dir.resolve("inbox").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, fax(printed(form, 300), Format.TIFF_G4_FINE, 7));
        return file;
    }

    private static byte[] textPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void import_lists_a_scanned_form_beside_a_workbook_saying_where_each_was_read_from() throws IOException {
        SupportRequest scanned = SampleForms.supportRequest();
        scanOf(scanned, "FAX受信_0401.tif");
        Fixtures.write(dir.resolve("inbox"), "b.xlsx", Fixtures.workbook(SampleForms.supportRequest()));
        Files.write(dir.resolve("inbox/ネットワーク構成図.pdf"), textPdf("Network diagram")); // a package's document
        Path list = dir.resolve("一覧.xlsx");

        Run run = Run.of("import", dir.resolve("inbox").toString(), "--form", "support-request", "-o", list.toString());

        assertThat(run.err()).contains("ネットワーク構成図.pdf: 文字の入ったPDFで、様式のQRコードがないため");
        List<List<String>> rows = ListFiles.sheet(list, "一覧");
        int source = rows.get(0).indexOf("読取元");
        int file = rows.get(0).indexOf("ファイル");
        assertThat(source).isEqualTo(file + 1);
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).extracting(r -> r.get(file) + " " + r.get(source)).containsExactly(
                dir.resolve("inbox/FAX受信_0401.tif") + " スキャン（FAX）", dir.resolve("inbox/b.xlsx") + " ワークブック");
        int name = rows.get(0).indexOf("病院名（正式名称）");
        assertThat(rows.get(1).get(name)).isEqualTo(rows.get(2).get(name)).isNotBlank();
        assertThat(run.out()).contains("ファイル 2 件のうち 2 件を読み込み");
    }

    /** Every printed form (its codes as render --pdf prints them) in every scan format. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> printedFormsAndFormats() {
        return io.github.medsecforms.pdf.FormPdf.supportedForms().stream().flatMap(id -> java.util.Arrays.stream(
                Format.values()).map(f -> org.junit.jupiter.params.provider.Arguments.of(id, f)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("printedFormsAndFormats")
    void a_printed_form_faxed_and_scanned_imports_back_to_the_same_model(String formId, Format format) throws IOException {
        // the whole chain of issue 14: render --pdf's pages with their codes → rasterised 1-bit at FAX fine resolution
        // (standard for the G3 TIFF) → 0.5–1° skew, 1% noise, a streak (JPEG at quality 60) → the file → import → the
        // model that was printed. A single-image format holds the first page, which carries every code of these forms.
        Form form = SampleForms.full(formId);
        byte[] pdf = io.github.medsecforms.pdf.FormPdf.render(form, io.github.medsecforms.pdf.PdfFont.locate(Optional.empty()),
                io.github.medsecforms.pdf.FaxData.of(FormJson.writeBytes(form)));
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < io.github.medsecforms.pdf.testing.FaxRaster.pages(pdf); i++) {
            pages.add(io.github.medsecforms.pdf.testing.FaxRaster.page(pdf, i,
                    io.github.medsecforms.pdf.testing.FaxRaster.DPI_X, io.github.medsecforms.pdf.testing.FaxRaster.FINE_Y));
        }
        String name = formId + "." + switch (format) {
            case TIFF_G3_STANDARD, TIFF_G4_FINE -> "tif";
            case PNG -> "png";
            case JPEG_60 -> "jpg";
            case IMAGE_PDF -> "pdf";
        };

        assertThat(readBack(fax(pages, format, formId.hashCode()), name)).isEqualTo(form);
    }

    @Test
    void a_remark_printed_whole_but_carried_in_part_imports_cut_with_a_warning_naming_it() throws IOException {
        io.github.medsecforms.model.offlinebackup.OfflineBackupIntent o = SampleForms.offlineBackupIntent();
        var form = new io.github.medsecforms.model.offlinebackup.OfflineBackupIntent(o.version(), o.hospitalName(),
                o.patientCount(), o.currentState(), o.intent(), o.storage(), "備".repeat(600));
        io.github.medsecforms.pdf.FaxData.Cut cut = io.github.medsecforms.pdf.FaxData.cut(form);
        byte[] pdf = io.github.medsecforms.pdf.FormPdf.render(form, io.github.medsecforms.pdf.PdfFont.locate(Optional.empty()),
                new io.github.medsecforms.pdf.FaxData(FormJson.writeBytes(cut.form()), cut.paths()));
        Path scan = dir.resolve("FAX_0402.pdf");
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < io.github.medsecforms.pdf.testing.FaxRaster.pages(pdf); i++) {
            pages.add(io.github.medsecforms.pdf.testing.FaxRaster.page(pdf, i,
                    io.github.medsecforms.pdf.testing.FaxRaster.DPI_X, io.github.medsecforms.pdf.testing.FaxRaster.FINE_Y));
        }
        Files.write(scan, FaxImages.pdf(pages, false));

        var checked = FileCheck.scanned(CHECKER, Scans.decode(Scans.read(Files.readAllBytes(scan), "FAX_0402.pdf")),
                "FAX_0402.pdf", Optional.empty());

        assertThat(((io.github.medsecforms.model.offlinebackup.OfflineBackupIntent) checked.read().form()).remarks())
                .isEqualTo("備".repeat(io.github.medsecforms.pdf.FaxData.FREE_TEXT_LIMIT));
        assertThat(checked.report().findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("MSF-IO-0618");
            assertThat(f.path()).isEqualTo("remarks");
            assertThat(f.message(java.util.Locale.JAPANESE)).contains("途中まで").contains("FAX_0402.pdf");
        });
        Run run = Run.of("validate", scan.toString());
        assertThat(run.out()).contains("MSF-IO-0618");
    }

    @Test
    void a_scan_whose_texts_were_all_within_the_limits_gets_no_cut_warning() throws IOException {
        var form = SampleForms.offlineBackupIntent();
        var checked = FileCheck.scanned(CHECKER, Scans.decode(Scans.read(FaxImages.png(printed(form, 200).get(0)),
                "fax.png")), "fax.png", Optional.empty());
        assertThat(checked.report().findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-0618"));
    }

    @Test
    void validate_reports_a_named_scan_without_a_code_as_unreadable_with_its_code() throws IOException {
        Path letter = dir.resolve("送付状.png");
        Files.write(letter, FaxImages.png(FaxImages.text(FaxImages.a4(), 100, 30, 1)));

        Run run = Run.of("validate", letter.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("送付状.png: 読み込めません — MSF-IO-0610");
    }

    @Test
    void a_pdf_named_on_the_command_line_is_a_scan_even_when_it_writes_text() throws IOException {
        Path pdf = dir.resolve("構成図.pdf");
        Files.write(pdf, textPdf("Network diagram"));

        Run run = Run.of("validate", pdf.toString());

        assertThat(run.out()).contains("MSF-IO-0610");
    }

    @Test
    void validate_checks_a_scanned_form_with_the_rules_of_a_workbook() throws IOException {
        Path scan = scanOf(SampleForms.supportRequest(), "fax.tif");

        Run run = Run.of("validate", "--format", "json", scan.toString());

        assertThat(run.out()).contains("\"formId\" : \"support-request\"").contains("fax.tif");
    }

    @Test
    void a_scan_of_another_form_than_asked_for_is_unreadable_as_a_workbook_would_be() throws IOException {
        Path scan = scanOf(SampleForms.supportRequest(), "fax.tif");

        Run run = Run.of("import", scan.toString(), "--form", "offline-backup-intent", "-o",
                dir.resolve("l.csv").toString());

        assertThat(run.err()).contains("MSF-IO-0203");
    }
}
