package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.pdf.testing.FaxImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans read back: real files written by the JDK's ImageIO and PDFBox (TIFF G3 and G4 with a FAX's resolutions, PNG,
 * JPEG, image-only PDF) with QR codes of arbitrary bytes drawn by ZXing, found on the page they are on; and hostile
 * files refused by their headers, before they are decoded.
 */
class ScansTest {

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A4 fine page with text and a code of {@code data} at the bottom right, 5-pixel modules (0.63 mm). */
    private static BufferedImage pageWithCode(byte[] data, long seed) {
        BufferedImage page = FaxImages.text(FaxImages.a4(), 200, 30, seed);
        return FaxImages.draw(page, FaxImages.qr(data), 1100, 1700, 5);
    }

    @Test
    void a_png_with_one_code_of_arbitrary_bytes_gives_those_bytes_on_page_1() {
        byte[] data = bytes(300, 1);
        Scans.Scan scan = Scans.read(FaxImages.png(pageWithCode(data, 1)), "fax.png");

        assertThat(scan.file()).isEqualTo("fax.png");
        assertThat(scan.pages()).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.codes()).singleElement().isEqualTo(data);
            assertThat(p.damaged()).isFalse();
        });
    }

    @Test
    void a_multi_page_tiff_g4_gives_each_page_its_codes_and_a_blank_page_none() {
        byte[] first = bytes(200, 2);
        byte[] third = bytes(250, 3);
        byte[] tiff = FaxImages.tiff(List.of(pageWithCode(first, 2), FaxImages.text(FaxImages.a4(), 300, 20, 9),
                pageWithCode(third, 3)), FaxImages.Tiff.G4, 204, 196);

        Scans.Scan scan = Scans.read(tiff, "fax.tif");

        assertThat(scan.pages()).extracting(Scans.Page::number).containsExactly(1, 2, 3);
        assertThat(scan.pages().get(0).codes()).singleElement().isEqualTo(first);
        assertThat(scan.pages().get(1).codes()).isEmpty();
        assertThat(scan.pages().get(1).damaged()).isFalse();
        assertThat(scan.pages().get(2).codes()).singleElement().isEqualTo(third);
        assertThat(scan.codes()).containsExactly(first, third);
    }

    @Test
    void a_tiff_g3_at_fax_standard_resolution_with_pixels_twice_as_high_is_read() {
        byte[] data = bytes(150, 4);
        BufferedImage fine = FaxImages.degrade(pageWithCode(data, 4), 0.7, 4);
        // standard resolution: every other row of the fine page
        BufferedImage standard = new BufferedImage(fine.getWidth(), fine.getHeight() / 2, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < standard.getHeight(); y++) {
            for (int x = 0; x < standard.getWidth(); x++) {
                standard.getRaster().setSample(x, y, 0, fine.getRaster().getSample(x, 2 * y, 0));
            }
        }

        Scans.Scan scan = Scans.read(FaxImages.tiff(List.of(standard), FaxImages.Tiff.G3, 204, 98), "standard.tif");

        assertThat(scan.pages()).singleElement().satisfies(p -> assertThat(p.codes()).containsExactly(data));
    }

    @Test
    void a_degraded_jpeg_at_quality_60_is_read() {
        byte[] data = bytes(300, 5);
        BufferedImage degraded = FaxImages.degrade(pageWithCode(data, 5), -0.8, 5);

        Scans.Scan scan = Scans.read(FaxImages.jpeg(degraded, 60), "scan.jpg");

        assertThat(scan.codes()).containsExactly(data);
    }

    @Test
    void an_image_only_pdf_is_rasterised_and_its_pages_read() {
        byte[] one = bytes(100, 6);
        byte[] two = bytes(120, 7);
        byte[] pdf = FaxImages.pdf(List.of(FaxImages.degrade(pageWithCode(one, 6), 0.5, 6),
                FaxImages.degrade(pageWithCode(two, 7), 1.0, 7)), false);

        Scans.Scan scan = Scans.read(pdf, "fax.pdf");

        assertThat(scan.pages()).hasSize(2);
        assertThat(scan.pages().get(0).codes()).containsExactly(one);
        assertThat(scan.pages().get(1).codes()).containsExactly(two);
    }

    @Test
    void a_pdf_page_that_writes_text_is_told_from_an_image_only_page() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Network diagram");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        Scans.Scan text = Scans.read(pdf, "diagram.pdf");
        Scans.Scan image = Scans.read(FaxImages.pdf(List.of(FaxImages.binary(FaxImages.a4())), false), "fax.pdf");

        assertThat(text.hasText()).isTrue();
        assertThat(text.pages().get(0).codes()).isEmpty();
        assertThat(image.hasText()).isFalse();
        assertThat(Scans.read(FaxImages.png(FaxImages.a4()), "a.png").hasText()).isFalse();
    }

    @Test
    void two_codes_on_one_page_are_both_found_in_reading_order_or_not() {
        byte[] left = bytes(180, 8);
        byte[] right = bytes(190, 9);
        BufferedImage page = FaxImages.text(FaxImages.a4(), 200, 20, 8);
        FaxImages.draw(page, FaxImages.qr(left), 150, 1500, 5);
        FaxImages.draw(page, FaxImages.qr(right), 1000, 1500, 5);

        Scans.Scan scan = Scans.read(FaxImages.png(FaxImages.binary(page)), "two.png");

        assertThat(scan.pages().get(0).codes()).containsExactlyInAnyOrder(left, right);
    }

    @Test
    void a_code_with_its_middle_blanked_is_a_damaged_code_not_a_page_without_one() {
        byte[] data = bytes(300, 10);
        BufferedImage page = pageWithCode(data, 10);
        int size = FaxImages.qr(data).getWidth() * 5;
        FaxImages.blank(page, 1100 + size / 4, 1700 + size / 3, size / 2, size / 3);

        Scans.Scan scan = Scans.read(FaxImages.png(page), "torn.png");

        assertThat(scan.pages()).singleElement().satisfies(p -> {
            assertThat(p.codes()).isEmpty();
            assertThat(p.damaged()).isTrue();
        });
    }

    @Test
    void a_page_of_text_without_a_code_has_no_code_and_no_damaged_one() {
        Scans.Scan scan = Scans.read(FaxImages.png(FaxImages.text(FaxImages.a4(), 100, 50, 11)), "letter.png");

        assertThat(scan.pages()).singleElement().satisfies(p -> {
            assertThat(p.codes()).isEmpty();
            assertThat(p.damaged()).isFalse();
        });
    }

    @Test
    void a_file_is_read_from_its_path_and_named_by_it(@TempDir Path dir) throws IOException {
        byte[] data = bytes(50, 12);
        Path file = dir.resolve("受信.png");
        Files.write(file, FaxImages.png(pageWithCode(data, 12)));

        Scans.Scan scan = Scans.read(file);

        assertThat(scan.file()).isEqualTo(file.toString());
        assertThat(scan.codes()).containsExactly(data);
    }

    @Test
    void the_code_bytes_handed_out_are_copies() {
        byte[] data = bytes(40, 13);
        Scans.Page page = Scans.read(FaxImages.png(pageWithCode(data, 13)), "a.png").pages().get(0);
        page.codes().get(0)[0] ^= 1;
        assertThat(page.codes().get(0)).isEqualTo(data);
    }

    @Test
    void scan_names_are_pdf_tiff_png_and_jpeg_in_any_case() {
        assertThat(List.of("a.pdf", "b.TIF", "c.tiff", "d.Png", "e.jpg", "f.JPEG")).allMatch(Scans::isScanName);
        assertThat(List.of("a.xlsx", "b.txt", "c.gif", "pdf", "d.pdf.zip")).noneMatch(Scans::isScanName);
    }

    // ---------------------------------------------------------------- refused

    private static void assertRefused(byte[] bytes, String code, String containing) {
        assertThatThrownBy(() -> Scans.read(bytes, "hostile.bin"))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.file()).contains("hostile.bin");
                    assertThat(e.getMessage()).contains("hostile.bin").contains(containing);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("hostile.bin");
                });
    }

    @Test
    void a_text_file_is_no_scan() {
        assertRefused("hello".getBytes(), "MSF-IO-0601", "PDF・TIFF・PNG・JPEGのいずれでもありません");
    }

    @Test
    void a_truncated_png_is_a_damaged_scan() {
        byte[] png = FaxImages.png(FaxImages.a4());
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 2);
        assertRefused(cut, "MSF-IO-0601", "壊れています");
    }

    @Test
    void a_png_bomb_claiming_a_billion_pixels_is_refused_by_its_header() {
        assertRefused(pngBomb(40_000, 40_000), "MSF-IO-0603", "40000×40000");
    }

    @Test
    void a_tiff_bomb_claiming_huge_pages_is_refused_by_its_header() {
        assertRefused(tiffHeader(60_000, 60_000, 1), "MSF-IO-0603", "60000×60000");
    }

    @Test
    void a_tiff_with_more_pages_than_the_limit_is_refused_before_decoding_them() {
        assertRefused(tiffHeader(8, 8, Scans.MAX_PAGES + 5), "MSF-IO-0602", "上限 200 ページ");
    }

    @Test
    void a_pdf_with_thousands_of_pages_is_refused_by_its_page_count() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3000; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertRefused(pdf, "MSF-IO-0602", "3000");
    }

    @Test
    void a_pdf_page_drawing_an_image_that_claims_too_many_pixels_is_refused_before_rendering() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, FaxImages.page(8, 8));
            // the header says 50000 × 50000: rendering would decode 2.5 billion pixels
            image.getCOSObject().setInt(COSName.WIDTH, 50_000);
            image.getCOSObject().setInt(COSName.HEIGHT, 50_000);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 100, 100);
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertRefused(pdf, "MSF-IO-0603", "50000×50000");
    }

    @Test
    void a_pdf_page_of_a_hundred_metres_is_refused() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertRefused(pdf, "MSF-IO-0603", "上限");
    }

    @Test
    void a_file_over_the_byte_limit_is_refused_before_it_is_decoded() {
        byte[] big = new byte[(int) Scans.MAX_BYTES + 1];
        big[0] = (byte) 0x89;
        assertRefused(big, "MSF-IO-0604", "上限");
    }

    @Test
    void a_password_protected_pdf_says_so() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertRefused(pdf, "MSF-IO-0601", "パスワード");
    }

    // ---------------------------------------------------------------- hostile files, made by hand

    /** A PNG whose header claims {@code w × h} 8-bit gray pixels, with a few rows of real data only. */
    static byte[] pngBomb(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[(w + 1) * 4]);
        deflater.finish();
        byte[] buf = new byte[100_000];
        int n = deflater.deflate(buf);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A little-endian TIFF of {@code pages} 1-bit uncompressed pages, each claiming {@code w × h}, all pointing at
     * the same 8 bytes of strip data.
     */
    static byte[] tiffHeader(int w, int h, int pages) {
        int entries = 8;
        int ifdSize = 2 + entries * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(8 + 8 + pages * ifdSize).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(16);
        b.putLong(0); // the strip: 8 bytes
        for (int p = 0; p < pages; p++) {
            int at = 16 + p * ifdSize;
            b.position(at);
            b.putShort((short) entries);
            entry(b, 256, 4, w);            // ImageWidth
            entry(b, 257, 4, h);            // ImageLength
            entry(b, 258, 3, 1);            // BitsPerSample
            entry(b, 259, 3, 1);            // Compression: none
            entry(b, 262, 3, 0);            // WhiteIsZero
            entry(b, 273, 4, 8);            // StripOffsets
            entry(b, 278, 4, h);            // RowsPerStrip
            entry(b, 279, 4, 8);            // StripByteCounts
            b.putInt(p == pages - 1 ? 0 : at + ifdSize);
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }
}
