package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.pdf.testing.FaxImages;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The form out of a scan's codes, never guessed: complete codes make the form, with a warning for each page without
 * a code, with an unreadable code or with another program's code; a code missing, codes of two forms, a newer
 * encoding and no code of ours each stop it with a coded error naming the file and the pages.
 */
class ScanDecodeTest {
    /** A form's JSON with 300 characters of remarks that do not compress (drawn from the CJK block). */
    private static final byte[] JSON = ("{\"formId\":\"support-request\",\"version\":\"R6\",\"hospitalName\":"
            + "\"高松中央病院\",\"remarks\":\"" + kanji(300, 1) + "\"}").getBytes(StandardCharsets.UTF_8);

    private static String kanji(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x4E00 + r.nextInt(0x5000)));
        }
        return sb.toString();
    }

    private static List<byte[]> chunks(byte[] data, int size) {
        return FaxPayload.encode("support-request", "R6", data, size);
    }

    private static Scans.Page page(int number, byte[]... codes) {
        return new Scans.Page(number, List.of(codes), false);
    }

    private static FormIoException refused(Scans.Scan scan) {
        try {
            Scans.decode(scan);
        } catch (FormIoException e) {
            return e;
        }
        throw new AssertionError("decoded");
    }

    @Test
    void codes_spread_over_pages_in_any_order_give_the_form_and_a_cover_page_a_warning() {
        List<byte[]> c = chunks(JSON, 120);
        assertThat(c).hasSizeGreaterThan(2);
        List<byte[]> reversed = new ArrayList<>(c);
        java.util.Collections.reverse(reversed);
        Scans.Scan scan = new Scans.Scan("fax.pdf", List.of(page(1), new Scans.Page(2, reversed.subList(1, c.size()),
                false), page(3, reversed.get(0))));

        Scans.Payload payload = Scans.decode(scan);

        assertThat(payload.decoded().formId()).isEqualTo("support-request");
        assertThat(payload.decoded().formVersion()).isEqualTo("R6");
        assertThat(payload.decoded().data()).isEqualTo(JSON);
        assertThat(payload.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MSF-IO-0611");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.file()).isEqualTo("fax.pdf");
            assertThat(f.formId()).isEqualTo("support-request");
            assertThat(f.message()).contains("fax.pdf の 1 ページ目にはQRコードがありません");
            assertThat(f.message(Locale.ENGLISH)).contains("Page 1 of fax.pdf has no QR code");
        });
    }

    @Test
    void every_page_with_its_code_gives_the_form_without_findings() {
        List<byte[]> c = chunks(JSON, 120);
        List<Scans.Page> pages = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            pages.add(page(i + 1, c.get(i)));
        }
        assertThat(Scans.decode(new Scans.Scan("fax.tif", pages)).findings()).isEmpty();
    }

    @Test
    void a_code_missing_stops_the_form_naming_the_file_the_pages_and_which_code() {
        List<byte[]> c = chunks(JSON, 120);
        Scans.Scan scan = new Scans.Scan("fax.tif", List.of(page(1, c.get(0)),
                new Scans.Page(2, List.of(), true), page(3, c.subList(2, c.size()).toArray(byte[][]::new))));

        FormIoException e = refused(scan);

        assertThat(e.code()).isEqualTo("MSF-IO-0616");
        assertThat(e.file()).contains("fax.tif");
        assertThat(e.getMessage()).contains("fax.tif のQRコードが足りない").contains("読めたページ: 1, 3")
                .contains("MSF-IO-0413").contains("2/" + c.size())
                .contains("QRコードらしきものはあるが読み取れないページ: 2");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("QR codes of fax.tif are missing")
                .contains("Pages with what looks like an unreadable QR code: 2");
    }

    @Test
    void codes_of_two_different_forms_are_refused_with_the_pages_of_each() {
        byte[] other = new String(JSON, StandardCharsets.UTF_8).replace("高松中央病院", "丸亀北病院")
                .getBytes(StandardCharsets.UTF_8);
        List<byte[]> a = chunks(JSON, 120);
        List<byte[]> b = chunks(other, 120);
        Scans.Scan scan = new Scans.Scan("two.pdf", List.of(new Scans.Page(1, a, false), new Scans.Page(2, b, false)));

        FormIoException e = refused(scan);

        assertThat(e.code()).isEqualTo("MSF-IO-0615");
        assertThat(e.getMessage()).contains("two.pdf には2つの異なる書類のQRコードがあります").containsPattern(
                "[0-9a-f]{8}: 1 / [0-9a-f]{8}: 2");
    }

    @Test
    void two_different_forms_of_one_code_each_are_refused_too() {
        byte[] small = "{\"formId\":\"support-request\"}".getBytes(StandardCharsets.UTF_8);
        byte[] other = "{\"formId\":\"support-request\",\"x\":1}".getBytes(StandardCharsets.UTF_8);
        Scans.Scan scan = new Scans.Scan("two.pdf", List.of(page(1, chunks(small, 200).get(0)),
                page(2, chunks(other, 200).get(0))));

        assertThat(refused(scan).code()).isEqualTo("MSF-IO-0615");
    }

    @Test
    void a_code_of_a_newer_encoding_version_is_refused_with_its_page() {
        List<byte[]> c = chunks(JSON, 2000);
        byte[] newer = c.get(0).clone();
        newer[3] = (byte) (FaxPayload.ENCODING_VERSION + 1); // the version byte after the magic MSF
        Scans.Scan scan = new Scans.Scan("new.png", List.of(page(1), page(2, newer)));

        FormIoException e = refused(scan);

        assertThat(e.code()).isEqualTo("MSF-IO-0614");
        assertThat(e.getMessage()).contains("new.png の 2 ページのQRコードは、このmedsec-formsより新しい版")
                .contains("MSF-IO-0411");
    }

    @Test
    void a_scan_without_any_code_is_refused_and_says_so() {
        FormIoException e = refused(new Scans.Scan("letter.pdf", List.of(page(1), page(2))));

        assertThat(e.code()).isEqualTo("MSF-IO-0610");
        assertThat(e.getMessage()).contains("letter.pdf のどのページ（2 ページ）にも、印刷した様式のQRコードが見つかりません");
    }

    @Test
    void a_scan_with_only_another_programs_code_is_refused_naming_its_page() {
        byte[] url = "https://example.jp/".getBytes(StandardCharsets.US_ASCII);
        FormIoException e = refused(new Scans.Scan("ad.png", List.of(page(1, url))));

        assertThat(e.code()).isEqualTo("MSF-IO-0610");
        assertThat(e.getMessage()).contains("medsec-formsの様式のものではないQRコードがあるページ: 1");
    }

    @Test
    void another_programs_code_beside_a_complete_form_is_a_warning_and_ignored() {
        byte[] url = "https://example.jp/".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> c = chunks(JSON, 2000);
        Scans.Payload payload = Scans.decode(new Scans.Scan("fax.pdf", List.of(page(1, url), page(2, c.get(0)))));

        assertThat(payload.decoded().data()).isEqualTo(JSON);
        assertThat(payload.findings()).extracting(Finding::ruleId).containsExactly("MSF-IO-0613");
        assertThat(payload.findings().get(0).message()).contains("fax.pdf の 1 ページ目のQRコード");
    }

    @Test
    void a_damaged_code_beside_a_complete_form_is_a_warning() {
        List<byte[]> c = chunks(JSON, 2000);
        Scans.Payload payload = Scans.decode(new Scans.Scan("fax.pdf", List.of(page(1, c.get(0)),
                new Scans.Page(2, List.of(), true))));

        assertThat(payload.findings()).extracting(Finding::ruleId).containsExactly("MSF-IO-0612");
    }

    @Test
    void a_torn_code_on_a_real_image_stops_the_form_as_codes_missing() {
        List<byte[]> c = chunks(JSON, 120);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            BufferedImage p = FaxImages.text(FaxImages.a4(), 200, 20, i);
            FaxImages.draw(p, FaxImages.qr(c.get(i)), 1100, 1700, 6);
            pages.add(p);
        }
        int size = FaxImages.qr(c.get(1)).getWidth() * 6;
        FaxImages.blank(pages.get(1), 1100 + size / 4, 1700 + size / 3, size / 2, size / 3);

        Scans.Scan scan = Scans.read(FaxImages.tiff(pages, FaxImages.Tiff.G4, 204, 196), "torn.tif");

        assertThat(scan.pages().get(1).damaged()).isTrue();
        FormIoException e = refused(scan);
        assertThat(e.code()).isEqualTo("MSF-IO-0616");
        assertThat(e.getMessage()).contains("読み取れないページ: 2");
    }

    @Test
    void a_code_whose_bytes_were_misread_is_refused_not_used() {
        List<byte[]> c = chunks(JSON, 2000);
        byte[] bad = c.get(0).clone();
        bad[bad.length - 10] ^= 0x55;

        assertThatThrownBy(() -> Scans.decode(new Scans.Scan("bad.png", List.of(page(1, bad)))))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0617");
                    assertThat(e.getMessage()).contains("bad.png のQRコード（1 ページ）");
                });
    }
}
