package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.pdf.testing.FaxRaster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The printed forms with their FAX codes, read back the way a FAX arrives: rendered at standard (203 × 98 dpi) and
 * fine (203 × 196) resolution, 1-bit, every code of every page read with ZXing and put together with
 * {@link FaxPayload#decode}. The data here is the form's {@code toString()} (the codec's data is opaque; the full
 * round trip through the JSON is the cli's FaxRoundTripTest, where forms-json is).
 */
class FaxPrintTest {
    private static final PdfFont FONT = PdfTesting.font();

    static byte[] data(Form form) {
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    static FaxPayload.Decoded readBack(byte[] pdf, float dpiY) {
        List<byte[]> all = new ArrayList<>();
        List<List<byte[]>> pages = FaxRaster.codesPerPage(pdf, FaxRaster.DPI_X, dpiY);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("codes on page %d", p + 1).isNotEmpty();
            all.addAll(pages.get(p));
        }
        return FaxPayload.decode(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-request", "checklist-minimum", "checklist-hospital", "checklist-vendor",
            "offline-backup-intent"})
    void every_printed_form_reads_back_from_its_codes_at_fax_standard_and_fine(String formId) {
        Form form = SampleForms.full(formId);
        byte[] pdf = FormPdf.render(form, FONT, FaxData.of(data(form)));

        for (float dpiY : new float[] {FaxRaster.STANDARD_Y, FaxRaster.FINE_Y}) {
            FaxPayload.Decoded back = readBack(pdf, dpiY);
            assertThat(back.formId()).isEqualTo(formId);
            assertThat(back.formVersion()).isEqualTo(form.version().code());
            assertThat(FaxData.fromBytes(back.data()).json()).isEqualTo(data(form));
        }
    }

    @Test
    void the_page_says_what_the_code_is_and_that_handwriting_is_not_in_it() {
        byte[] pdf = FormPdf.render(SampleForms.offlineBackupIntent(), FONT,
                FaxData.of(data(SampleForms.offlineBackupIntent())));

        assertThat(PdfTesting.text(pdf).replace("\n", "")).contains("このQRコードには", "印刷後の手書きの書き込み・訂正はコードに含まれません",
                "コード 1/1");
    }

    @Test
    void the_support_request_with_two_codes_of_data_stays_on_one_page() {
        byte[] twoCodes = new byte[350]; // incompressible; the sample's JSON deflates to about 320 bytes
        new java.util.Random(9).nextBytes(twoCodes);
        byte[] pdf = FormPdf.render(SampleForms.supportRequest(), FONT, FaxData.of(twoCodes));

        assertThat(PdfTesting.pages(pdf)).isEqualTo(1);
    }

    @Test
    void data_larger_than_the_pages_hold_goes_on_numbered_code_pages_and_still_reads_back() {
        MinimumChecklist form = SampleForms.minimumChecklist();
        byte[] big = new byte[3000];
        new java.util.Random(5).nextBytes(big); // incompressible: 15 codes

        int formPages = PdfTesting.pages(FormPdf.render(form, FONT, FaxData.of(data(form))));
        byte[] pdf = FormPdf.render(form, FONT, FaxData.of(big));

        int pages = PdfTesting.pages(pdf);
        assertThat(pages).isEqualTo(formPages + 1);
        assertThat(PdfTesting.pageText(pdf, pages)).contains("データ用コード（続き）", pages + " / " + pages);
        assertThat(FaxData.fromBytes(readBack(pdf, FaxRaster.STANDARD_Y).data()).json()).isEqualTo(big);
    }

    @Test
    void a_page_without_fax_data_has_no_code() {
        byte[] pdf = FormPdf.render(SampleForms.minimumChecklist(), FONT);

        assertThat(FaxRaster.codesPerPage(pdf, FaxRaster.DPI_X, FaxRaster.FINE_Y)).allSatisfy(codes -> assertThat(codes).isEmpty());
        assertThat(PdfTesting.text(pdf)).doesNotContain("QRコード");
    }

    @Test
    void the_values_the_code_carries_cut_are_named_on_the_page() {
        String longRemark = "あ".repeat(FaxData.FREE_TEXT_LIMIT + 1);
        MinimumChecklist form = Mutate.set(SampleForms.minimumChecklist(), "entries[2].remarks", longRemark);
        FaxData.Cut cut = FaxData.cut(form);

        byte[] pdf = FormPdf.render(form, FONT, new FaxData(data(cut.form()), cut.paths()));

        String text = PdfTesting.text(pdf).replace("\n", "");
        assertThat(text).contains("コードには途中までしか入っていません", "備考（1-(3)）");
        assertThat(FaxData.fromBytes(readBack(pdf, FaxRaster.STANDARD_Y).data()).cutPaths())
                .containsExactly("entries[2].remarks");
    }

    // ---------------------------------------------------------------- the layouts

    @Test
    void a_checklist_prints_its_title_header_items_answers_and_dates() {
        String text = PdfTesting.text(FormPdf.render(SampleForms.minimumChecklist(), FONT)).replace("\n", "");

        assertThat(text).contains("「サイバー攻撃リスク低減のための最低限の措置」編", "医療機関名：", "サンプル総合病院",
                "チェック項目", "1回目", "目標日", "2回目", "備考", "○パスワードを強固なものに変更し、使い回しをしない",
                "複数の機器や外部サービス等で、同一のパスワードを設定していない。", "はい", "いいえ", "2024/10/1",
                "事業者と対応中");
    }

    @Test
    void the_hospital_checklist_runs_over_numbered_pages() {
        byte[] pdf = FormPdf.render(SampleForms.hospitalChecklist(), FONT);

        assertThat(PdfTesting.pages(pdf)).isGreaterThan(1);
        assertThat(PdfTesting.pageText(pdf, 1)).contains("1 / " + PdfTesting.pages(pdf));
        assertThat(PdfTesting.text(pdf)).contains("3-(3)");
    }

    @Test
    void the_vendor_checklist_prints_its_three_header_fields() {
        String text = PdfTesting.text(FormPdf.render(SampleForms.vendorChecklist(), FONT));

        assertThat(text).contains("事業者名：", "株式会社サンプルシステムズ", "対象システム：", "提出先医療機関名：");
    }

    @Test
    void a_remark_too_long_for_its_row_continues_after_the_table() {
        MinimumChecklist form = Mutate.set(SampleForms.minimumChecklist(), "entries[0].remarks", "い".repeat(150) + "おわり");

        String text = PdfTesting.text(FormPdf.render(form, FONT)).replace("\n", "");

        assertThat(text).contains("（続きは末尾）", "備考（続き）", "おわり");
    }

    @Test
    void the_offline_backup_intent_ticks_the_chosen_options_and_shows_the_derived_policy() {
        OfflineBackupIntent form = SampleForms.offlineBackupIntent();
        String text = PdfTesting.text(FormPdf.render(form, FONT));

        assertThat(text).contains("病院名", "サンプル総合病院", "患者数", "1200", "■", "□", "支援方針（回答から算出）",
                form.supportPolicy().orElseThrow().label());
    }

    @Test
    void the_paper_forms_are_supported() {
        assertThat(FormPdf.supportedForms()).containsExactly("support-request", "checklist-minimum",
                "checklist-hospital", "checklist-vendor", "offline-backup-intent");
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 6)
    void generated_checklists_read_back_at_fax_standard(@ForAll("checklists") MinimumChecklist form) {
        byte[] pdf = FormPdf.render(form, FONT, FaxData.of(data(form)));

        assertThat(FaxData.fromBytes(readBack(pdf, FaxRaster.STANDARD_Y).data()).json()).isEqualTo(data(form));
    }

    @Provide
    Arbitrary<MinimumChecklist> checklists() {
        return FormArbitraries.of(MinimumChecklist.class)
                .filter(f -> f.toString().codePoints().allMatch(FONT::canDisplay)); // the font's glyphs only
    }

    @Test
    void entries_blank_still_print() {
        MinimumChecklist form = new MinimumChecklist(SampleForms.R6, "", List.of(ChecklistEntry.blank("1-(1)")));

        assertThat(PdfTesting.text(FormPdf.render(form, FONT))).contains("1-(1)");
    }
}
