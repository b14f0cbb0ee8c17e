package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.xlsx.internal.write.Layout;
import io.github.medsecforms.xlsx.internal.write.WorkbookRenderer;
import java.util.NoSuchElementException;

/**
 * Blank Excel templates (xlsx) of the forms, generated from the forms' metadata: the official sheet names and
 * Japanese labels, required marks, 記入例 rows, dropdowns with the official wording for every choice, input
 * messages, locked labels and unlocked input cells on sheets protected <em>without</em> a password, and A4 print
 * setup fitting the width to one page. Every file carries its form id and version as hidden defined names
 * ({@code MSF_FORM_ID}, {@code MSF_FORM_VERSION}) and document properties, so medsec-forms recognises it when read
 * back. The layout is described in {@code docs/templates.md}.
 *
 * <pre>{@code
 * Files.write(Path.of("line-device-survey.xlsx"), Templates.template("line-device-survey"));
 * byte[] r6 = Templates.template("checklist-hospital", FiscalYear.reiwa(6));
 * byte[] passwords = Templates.credentialListTemplate();   // the hospital's own file: never submitted
 * }</pre>
 */
public final class Templates {
    private Templates() {
    }

    /**
     * The template of the latest version of a form.
     *
     * @throws NoSuchElementException if there is no form with this id
     */
    public static byte[] template(String formId) {
        FormDescriptor form = FormRegistry.get(formId);
        return template(formId, form.latestVersion());
    }

    /**
     * The template of a form in a given version (checklist versions differ in their items).
     *
     * @throws NoSuchElementException   if there is no form with this id
     * @throws IllegalArgumentException if the form has no such version
     */
    public static byte[] template(String formId, FiscalYear version) {
        return WorkbookRenderer.render(Layout.template(FormRegistry.get(formId), version), false);
    }

    /**
     * The アカウント(ログインID)・パスワードリスト as a workbook of its own, with a prominent 提出不要 banner. It is for
     * the hospital's preparation only: never a sheet of the line-device-survey template and never submitted.
     */
    public static byte[] credentialListTemplate() {
        FormDescriptor form = FormRegistry.credentialList();
        return WorkbookRenderer.render(Layout.template(form, form.latestVersion()), false);
    }
}
