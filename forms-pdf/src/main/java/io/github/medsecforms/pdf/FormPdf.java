package io.github.medsecforms.pdf;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.pdf.internal.SupportRequestPdf;
import java.util.List;
import java.util.Objects;

/**
 * Forms as PDF, for printing and FAX. Today one form has a PDF layout: {@code support-request}, the 回答様式 a
 * hospital returns to its prefecture by FAX, drawn on one A4 page like the prefecture's form — the title, the
 * statement 「当病院は、当該事業の支援を希望します。」, the bordered table of fields with each 担当者 and its 【必須】
 * mark, the consent answer 「可 ・ 不可」 with the chosen one circled, 備考 and the ※ note — in type large enough
 * to survive a FAX. Labels come from the form's metadata. See {@code docs/pdf.md}.
 *
 * <pre>{@code
 * byte[] pdf = FormPdf.render(request, PdfFont.locate(Optional.empty()));
 * }</pre>
 */
public final class FormPdf {
    private static final List<String> SUPPORTED = List.of("support-request");

    private FormPdf() {
    }

    /** The ids of the forms with a PDF layout. */
    public static List<String> supportedForms() {
        return SUPPORTED;
    }

    /** Whether the form {@code formId} has a PDF layout. */
    public static boolean supports(String formId) {
        return SUPPORTED.contains(formId);
    }

    /**
     * The form as PDF.
     *
     * @throws FormIoException MSF-IO-0404 if the form has no PDF layout; MSF-IO-0403 naming a character the font
     *                         does not have; MSF-IO-0402 if the font cannot be loaded
     */
    public static byte[] render(Form form, PdfFont font) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(font, "font");
        String id = FormRegistry.describe(form).id();
        try {
            if (form instanceof SupportRequest request) {
                return SupportRequestPdf.render(request, font.file());
            }
            throw IoFailure.of(IoError.PDF_NOT_AVAILABLE, id, String.join(", ", SUPPORTED));
        } catch (IoFailure f) {
            throw f.toException();
        }
    }
}
