package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.xlsx.internal.write.Layout;
import io.github.medsecforms.xlsx.internal.write.WorkbookRenderer;
import java.util.Objects;

/**
 * Writes filled forms as Excel workbooks: the template of the form's version (see {@link Templates}) with the
 * instance's values in it, dropdowns, styles and print setup kept. Tables grow beyond their template rows with the
 * same formatting and validation; later blocks move down. Values are written as Excel shows them: text (codes,
 * postal codes, phone numbers, addresses, FQDNs and e-mail addresses stay text, so {@code 0110113719} keeps its
 * leading zero), integers as numbers, dates as real date cells ({@code yyyy/m/d}), choices as their official
 * Japanese label.
 *
 * <pre>{@code
 * WrittenWorkbook written = FormWriter.fill(survey);
 * Files.write(Path.of("survey.xlsx"), written.bytes());
 * written.origins().find("lines[2].globalIpAddress");   // 回線・機器情報記入シート!I11
 * }</pre>
 */
public final class FormWriter {
    private FormWriter() {
    }

    /**
     * The workbook of a filled form, and where each of its values went.
     *
     * @throws IllegalArgumentException for a {@link CredentialList}: the password list is written only by
     *                                  {@link #fillCredentials(CredentialList)}, as the hospital's own file; or
     *                                  when the form's version is not one the SDK supports for it
     */
    public static WrittenWorkbook fill(Form form) {
        Objects.requireNonNull(form, "form");
        if (form instanceof CredentialList) {
            throw new IllegalArgumentException(
                    "the password list is never part of a submission: write it with FormWriter.fillCredentials");
        }
        Layout layout = Layout.of(form);
        return new WrittenWorkbook(WorkbookRenderer.render(layout, false), layout.origins());
    }

    /**
     * Where each value of {@code form} goes, without writing anything: the same mapping as
     * {@link #fill(Form)}'s {@link WrittenWorkbook#origins()}.
     *
     * @throws IllegalArgumentException when the form's version is not one the SDK supports for it
     */
    public static Origins layoutOf(Form form) {
        return Layout.of(Objects.requireNonNull(form, "form")).origins();
    }

    /**
     * The hospital's own password list, passwords written as their text. This is the only output of medsec-forms
     * that reveals a {@link io.github.medsecforms.model.value.Secret}: keep the file inside the hospital; it is
     * marked 提出不要 and is never part of a submission.
     */
    public static WrittenWorkbook fillCredentials(CredentialList list) {
        Layout layout = Layout.of(Objects.requireNonNull(list, "list"));
        return new WrittenWorkbook(WorkbookRenderer.render(layout, true), layout.origins());
    }
}
