package io.github.medsecforms.pdf;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.pdf.internal.PrintedForm;
import io.github.medsecforms.pdf.internal.SupportRequestPdf;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Forms as PDF, for printing and FAX ({@code docs/pdf.md}, {@code docs/fax.md}). The paper forms have a layout:
 * {@code support-request}, the 回答様式 a hospital returns to its prefecture by FAX, drawn like the prefecture's form
 * — the title, the statement 「当病院は、当該事業の支援を希望します。」, the bordered table of fields with each 担当者
 * and its 【必須】 mark, the consent answer 「可 ・ 不可」 with the chosen one circled, 備考 and the ※ note; the three
 * checklists ({@code checklist-minimum}, {@code checklist-hospital}, {@code checklist-vendor}) as the table of
 * items under their headings with 1回目, 目標日, 2回目 and 備考, over as many numbered pages as needed; and
 * {@code offline-backup-intent} as a one-page answer table. Type is large enough and rules dark enough to survive a
 * FAX. Labels come from the form's metadata.
 *
 * <p>With {@link FaxData}, every page also carries QR codes of the form's data ({@link FaxPayload}), so that the
 * receiving side reads the answers without typing them again.</p>
 *
 * <pre>{@code
 * byte[] pdf = FormPdf.render(request, PdfFont.locate(Optional.empty()));
 * FaxData.Cut cut = FaxData.cut(request);
 * byte[] fax = FormPdf.render(request, font, new FaxData(FormJson.writeBytes(cut.form()), cut.paths()));
 * }</pre>
 */
public final class FormPdf {
    private static final List<String> SUPPORTED = List.of("support-request", "checklist-minimum", "checklist-hospital",
            "checklist-vendor", "offline-backup-intent");

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
            if (PrintedForm.handles(form)) {
                return PrintedForm.render(form, font.file(), Optional.empty(), List.of());
            }
            throw IoFailure.of(IoError.PDF_NOT_AVAILABLE, id, String.join(", ", SUPPORTED));
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * The form as PDF with QR codes of {@code fax} on every page (one or more numbered codes; pages of codes alone
     * when the data needs more than the pages hold), and a Japanese caption saying what the codes carry, that
     * handwriting after printing is not in them, and which values the codes carry cut. {@code fax} must be the data
     * of this form (its JSON after {@link FaxData#cut}); the page prints {@code form} whole.
     *
     * @throws FormIoException as {@link #render(Form, PdfFont)}
     */
    public static byte[] render(Form form, PdfFont font, FaxData fax) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(fax, "fax");
        String id = FormRegistry.describe(form).id();
        try {
            if (!PrintedForm.handles(form)) {
                throw IoFailure.of(IoError.PDF_NOT_AVAILABLE, id, String.join(", ", SUPPORTED));
            }
            List<String> labels = fax.cutPaths().stream().map(p -> label(form, p)).toList();
            return PrintedForm.render(form, font.file(), Optional.of(fax.toBytes()), labels);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /** 備考（2-(3)） for {@code entries[4].remarks}: the field's label, and the row's item id when in a table. */
    private static String label(Form form, String path) {
        String plain = path.replaceAll("\\[[0-9]+\\]", "");
        String name = plain.substring(plain.lastIndexOf('.') + 1);
        String label = FormRegistry.describe(form).sheets().stream().flatMap(s -> s.fields().stream()
                        .filter(f -> f.path().equals(plain)))
                .findFirst().map(f -> f.qualifiedLabel()).orElse(null);
        if (label == null) {
            label = FormRegistry.describe(form).sheets().stream().flatMap(s -> s.tables().stream())
                    .flatMap(t -> t.columns().stream()).filter(f -> f.name().equals(name)).findFirst()
                    .map(f -> f.label()).orElse(name);
        }
        int open = path.indexOf('[');
        if (open > 0) {
            String row = io.github.medsecforms.model.FormPaths.value(form, path.substring(0, path.indexOf(']') + 1)
                            + ".itemId").map(Object::toString).orElse(path.substring(open + 1, path.indexOf(']')));
            label = label + "（" + row + "）";
        }
        return label;
    }
}
