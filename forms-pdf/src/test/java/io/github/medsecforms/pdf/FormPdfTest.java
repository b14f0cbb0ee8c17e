package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.supportrequest.DataUse;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class FormPdfTest {
    private final PdfFont font = PdfTesting.font();

    @Test
    void the_support_request_pdf_carries_the_forms_labels_and_the_hospitals_values() {
        SupportRequest request = SampleForms.supportRequest();

        byte[] pdf = FormPdf.render(request, font);
        PdfTesting.png(pdf, 0, 110, Path.of("target/pdf/support-request-fax.png"));

        String text = PdfTesting.text(pdf).replaceAll("\\s", "");
        assertThat(PdfTesting.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("希望調査に係る回答様式", "当病院は、当該事業の支援を希望します。", "医療機関コード",
                "病院名（正式名称）", "郵便番号", "住所", "電話番号", "担当者①", "【必須】", "所属・役職", "氏名", "Mailアドレス",
                "担当者③", "サイバーセキュリティ調査における回答データの活用の可否(※)", "可", "不可", "備考", "※国の実態調査");
        assertThat(text).contains("3710112347", "香川県立サンプル中央病院", "760-8570", "087-832-3319", "加古太郎",
                "kako@sample-hospital.example.jp", "讃岐花子", "現地調査は平日午後を希望します。");
    }

    @Test
    void the_font_is_embedded_as_a_subset() {
        byte[] pdf = FormPdf.render(SampleForms.supportRequest(), font);

        assertThat(PdfTesting.fonts(pdf)).isNotEmpty().allSatisfy((PDFont f) -> {
            assertThat(f.isEmbedded()).isTrue();
            assertThat(f.getName()).matches("[A-Z]{6}\\+.+");
        });
        assertThat(pdf.length).as("a subset, not the 6 MB font").isLessThan(200_000);
    }

    @Test
    void the_chosen_consent_answer_is_circled_and_a_blank_form_has_no_circle() {
        SupportRequest allowed = SampleForms.supportRequest();
        SupportRequest blank = SampleForms.empty(SupportRequest.class, SampleForms.R6);
        SupportRequest refused = new SupportRequest(allowed.version(), allowed.hospitalCode(), allowed.hospitalName(),
                allowed.postalCode(), allowed.address(), allowed.phoneNumber(), allowed.contact1(), allowed.contact2(),
                allowed.contact3(), Optional.of(DataUse.NOT_ALLOWED), allowed.remarks(), allowed.notSupportedBefore(),
                allowed.hasEhr(), allowed.surveyFeasible());

        int inkAllowed = ink(FormPdf.render(allowed, font));
        int inkRefused = ink(FormPdf.render(refused, font));
        int inkBlank = ink(FormPdf.render(blank, font));

        assertThat(inkAllowed).isEqualTo(4); // 可, and はい of each of the three declarations
        assertThat(inkRefused).isEqualTo(4);
        assertThat(inkBlank).isZero();
    }

    @Test
    void an_empty_form_prints_every_label_so_it_can_be_filled_by_hand() {
        byte[] pdf = FormPdf.render(SampleForms.empty(SupportRequest.class, SampleForms.R6), font);

        String text = PdfTesting.text(pdf).replaceAll("\\s", "");
        assertThat(text).contains("医療機関コード", "担当者②", "備考").doesNotContain("電子カルテシステムを導入している");
    }

    @Test
    void another_form_has_no_pdf_layout() {
        assertThat(FormPdf.supports("support-request")).isTrue();
        assertThat(FormPdf.supports("line-device-survey")).isFalse();

        assertThatThrownBy(() -> FormPdf.render(SampleForms.full("line-device-survey"), font))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0404");
                    assertThat(e.getMessage()).contains("line-device-survey", "PDF出力に対応していません", "support-request");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("has no PDF output");
                });
    }

    @Test
    void a_character_the_font_does_not_have_is_a_coded_error_naming_it() {
        SupportRequest request = SampleForms.supportRequest();
        SupportRequest withEmoji = new SupportRequest(request.version(), request.hospitalCode(), "サンプル病院\uD83D\uDE00",
                request.postalCode(), request.address(), request.phoneNumber(), request.contact1(), request.contact2(),
                request.contact3(), request.dataUse(), request.remarks(), request.notSupportedBefore(), request.hasEhr(),
                request.surveyFeasible());

        assertThatThrownBy(() -> FormPdf.render(withEmoji, font))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0403");
                    assertThat(e.getMessage()).contains("\uD83D\uDE00", "U+1F600", font.name(), "サンプル病院");
                });
    }

    @Test
    void labels_come_from_the_forms_metadata() {
        var descriptor = FormRegistry.describe(SupportRequest.class);
        String text = PdfTesting.text(FormPdf.render(SampleForms.supportRequest(), font)).replaceAll("\\s", "");

        descriptor.sheets().get(0).fields().stream()
                .filter(f -> f.groups().isEmpty())
                .forEach(f -> assertThat(text).contains(f.label().replaceAll("\\s", "")));
    }

    /** How many circles are drawn: each is four Bézier curves ({@code c} operators) in the page's content. */
    private static int ink(byte[] pdf) {
        return PdfTesting.curves(pdf) / 4;
    }
}
