package io.github.medsecforms.validation;

import java.util.List;

/**
 * A submission package (a folder or zip of files handed over for the on-site inspection): the forms read from it
 * and the names of the other files (PDFs, drawings, documents medsec-forms does not read as forms).
 *
 * @param forms      the forms found, each with its file
 * @param otherFiles names of the files that are not forms (機器管理台帳, 連絡体制図, 構成図, BCP …)
 */
public record PackageInput(List<SubmittedForm> forms, List<String> otherFiles) {
    public PackageInput {
        forms = forms == null ? List.of() : List.copyOf(forms);
        otherFiles = otherFiles == null ? List.of() : List.copyOf(otherFiles);
    }
}
