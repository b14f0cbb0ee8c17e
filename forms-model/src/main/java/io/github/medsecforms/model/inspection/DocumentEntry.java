package io.github.medsecforms.model.inspection;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import java.util.Optional;

/** One row of 別紙1: a document, whether it is submitted, under which file name. */
public record DocumentEntry(
        @Label(value = "書類の名称", en = "Document", required = true, example = "チェックリスト（医療機関確認用）")
        Optional<DocumentKind> kind,
        @Label(value = "提出", en = "Submitted", required = true, example = "提出",
                basis = "our design: 別紙1の一覧に提出の別の欄はなく（列は「書類の名称」「提出にあたっての注意点」）、提出した書類を示すために設けた")
        Optional<Submission> submission,
        @Label(value = "ファイル名", en = "File name", example = "01_checklist_hospital.xlsx",
                basis = "our design: 提出した写しのファイルと一覧を突き合わせるための独自の列")
        String fileName,
        @Label(value = "備考", en = "Remarks", text = TextKind.MULTILINE,
                basis = "our design: 別紙1の一覧の列は「書類の名称」「提出にあたっての注意点」で、医療機関の備考欄として設けた")
        String remarks) {

    public DocumentEntry {
        kind = Defaults.optional(kind);
        submission = Defaults.optional(submission);
        fileName = Defaults.text(fileName);
        remarks = Defaults.text(remarks);
    }
}
