package io.github.medsecforms.pdf.internal;

import com.google.zxing.common.BitMatrix;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A printed form with its FAX codes (docs/fax.md): the form's layout ({@link SupportRequestPdf}, {@link ChecklistPdf},
 * {@link FieldTablePdf}) drawn above a band kept free at the foot of every page, the data encoded in chunks of one QR
 * code each ({@link FaxCodec}, {@link FaxCodes#PRINTED}), the codes placed in the bands ({@link FaxBand}) and on code
 * pages when the bands are full, and the pages numbered.
 */
public final class PrintedForm {
    private static final float FOOT = 32;

    private PrintedForm() {
    }

    /** Whether the form has a printed layout here. */
    public static boolean handles(Form form) {
        return form instanceof SupportRequest || ChecklistPdf.isChecklist(form) || FieldTablePdf.handles(form);
    }

    /**
     * The form as PDF; with {@code faxData}, every page carries the codes of that data.
     *
     * @param cutLabels the labels of the values the code carries cut (printed in the band), or empty
     */
    public static byte[] render(Form form, Path fontFile, Optional<byte[]> faxData, List<String> cutLabels) {
        String id = FormRegistry.describe(form).id();
        try (Canvas c = Canvas.open(fontFile, FormRegistry.describe(form).title())) {
            float bandTop = c.pageHeight() - FOOT - (faxData.isPresent() ? FaxBand.HEIGHT : 0);
            float bottom = bandTop - 8;
            if (form instanceof SupportRequest request) {
                SupportRequestPdf.draw(c, request, bottom);
            } else if (ChecklistPdf.isChecklist(form)) {
                ChecklistPdf.draw(c, form, bottom);
            } else {
                FieldTablePdf.draw(c, form, bottom);
            }
            if (faxData.isPresent()) {
                List<byte[]> chunks = FaxCodec.encode(id, form.version().code(), faxData.get(),
                        FaxCodes.PRINTED.capacity());
                List<BitMatrix> codes = new ArrayList<>();
                for (byte[] chunk : chunks) {
                    codes.add(FaxCodes.matrix(chunk, FaxCodes.PRINTED));
                }
                int pages = c.pageCount();
                FaxBand.Plan plan = FaxBand.plan(pages, chunks.size());
                float left = 48;
                float width = c.pageWidth() - 2 * left;
                String cutNote = cutLabels.isEmpty() ? ""
                        : "※ 次の記入は長いため、コードには途中までしか入っていません: " + String.join("、", cutLabels);
                for (int p = 0; p < pages; p++) {
                    List<Integer> mine = plan.perPage().get(p);
                    List<BitMatrix> mineCodes = mine.stream().map(codes::get).toList();
                    c.appendTo(p, () -> FaxBand.draw(c, left, width, bandTop, mineCodes, mine, chunks.size(), cutNote));
                }
                if (!plan.rest().isEmpty()) {
                    FaxBand.codePages(c, left, width, FormRegistry.describe(form).title(), codes, plan.rest(),
                            chunks.size());
                }
            }
            return c.finish("", c.pageCount() > 1);
        }
    }
}
