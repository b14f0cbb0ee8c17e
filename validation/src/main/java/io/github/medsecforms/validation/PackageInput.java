package io.github.medsecforms.validation;

import java.util.List;

/**
 * A submission package (a folder or zip of files handed over for the on-site inspection): the forms read from it
 * and the names of the other files (PDFs, drawings, documents medsec-forms does not read as forms).
 *
 * @param forms      the forms found, each with its file
 * @param otherFiles    names of the files that are not forms (機器管理台帳, 連絡体制図, 構成図, BCP …)
 * @param passwordLists names of the files that are the password list (アカウント(ログインID)・パスワードリスト, 提出不要):
 *                      never part of a submission, an error of the package (PKG-012)
 */
public record PackageInput(List<SubmittedForm> forms, List<String> otherFiles, List<String> passwordLists) {
    public PackageInput {
        forms = forms == null ? List.of() : List.copyOf(forms);
        otherFiles = otherFiles == null ? List.of() : List.copyOf(otherFiles);
        passwordLists = passwordLists == null ? List.of() : List.copyOf(passwordLists);
    }

    /** A package without password lists. */
    public PackageInput(List<SubmittedForm> forms, List<String> otherFiles) {
        this(forms, otherFiles, List.of());
    }
}
