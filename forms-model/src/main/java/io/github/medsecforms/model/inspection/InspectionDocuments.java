package io.github.medsecforms.model.inspection;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 別紙1 サイバーセキュリティ対策関連書類一覧: the list of the seven documents a hospital hands over at the on-site
 * inspection (立入検査). A submission package (a folder or zip) is validated as a whole against it.
 */
@FormSpec(id = "inspection-documents",
        title = "サイバーセキュリティ対策関連書類一覧（別紙1）",
        titleEn = "Cybersecurity documents for the on-site inspection (Attachment 1)",
        versions = {"R6"}, sheet = "別紙1",
        source = "岡山県 令和6年度医療機関立入検査（サイバーセキュリティ対策関係）支援事業 別紙1 (seed 001)",
        titleBasis = "001「サイバーセキュリティ対策関連書類一覧」「別紙1」",
        seeds = {"001"})
public record InspectionDocuments(
        FiscalYear version,
        @Label(value = "医療機関名", en = "Medical institution", required = true, text = TextKind.NAME, example = "サンプル総合病院",
                basis = "our design: 別紙1の一覧に医療機関名の欄はなく、提出書類一式の照合のために設けた")
        String facilityName,
        @Label(value = "提出日", en = "Submitted on", example = "2024/11/1",
                basis = "our design: 別紙1は書類の一覧で記入欄がなく、写しを提出した日を記録するために設けた")
        Optional<LocalDate> submittedOn,
        @Label(value = "提出書類", en = "Documents")
        @Table(rowLabel = "{n}", templateRows = 7)
        List<DocumentEntry> documents) implements Form {

    public InspectionDocuments {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        facilityName = Defaults.text(facilityName);
        submittedOn = Defaults.optional(submittedOn);
        documents = Defaults.list(documents);
    }
}
