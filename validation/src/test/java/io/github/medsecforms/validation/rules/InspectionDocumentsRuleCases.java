package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.inspection.Submission;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.List;
import java.util.Optional;

/**
 * Cases of the inspection-documents rules (INS-nnn), each a small change to the valid full sample: rows 0–6 are
 * documents 1–7, all 提出 with a file name except 6 (ネットワーク構成図) 未作成; 提出日 2024-11-01.
 */
final class InspectionDocumentsRuleCases implements RuleCaseSource {
    private static final InspectionDocuments OK = SampleForms.inspectionDocuments();

    private static InspectionDocuments with(String path, Object value) {
        return Mutate.set(OK, path, value);
    }

    private static InspectionDocuments with(InspectionDocuments base, String path, Object value) {
        return Mutate.set(base, path, value);
    }

    /**
     * The form as read from a workbook whose table has columns 書類 (B), 提出 (C) and, when {@code fileNameColumn}, ファイル名
     * (D), one row per document from row 5.
     */
    private static io.github.medsecforms.validation.SubmittedForm read(InspectionDocuments form, boolean fileNameColumn) {
        io.github.medsecforms.model.Origins.Builder b = io.github.medsecforms.model.Origins.builder();
        io.github.medsecforms.model.Origins.Table t = fileNameColumn
                ? b.table("documents", "別紙1", List.of(".kind", ".submission", ".fileName"), new int[] {1, 2, 3}, false)
                : b.table("documents", "別紙1", List.of(".kind", ".submission"), new int[] {1, 2}, false);
        for (int i = 0; i < form.documents().size(); i++) {
            t.add(4 + i);
        }
        return new io.github.medsecforms.validation.SubmittedForm(form, "ins.xlsx", b.build(), List.of(), Optional.empty());
    }

    private static DocumentEntry doc(DocumentKind kind, Submission s, String file) {
        return new DocumentEntry(Optional.of(kind), Optional.of(s), file, "");
    }

    @Override
    public List<RuleCase> cases() {
        return List.of(
                triggers("INS-001", "医療機関名が空欄", with("facilityName", "")),
                passes("INS-001", "提出の別が空欄（INS-010が扱う）", with("documents[3].submission", null)),
                passes("INS-001", "提出日・ファイル名・備考は空欄でよい",
                        with(with("submittedOn", null), "documents[5].remarks", "")),

                triggers("INS-002", "機器管理台帳の行がない", with("documents[-3]", null)),
                passes("INS-002", "書類7（任意）の行がない", with("documents[-6]", null)),
                passes("INS-002", "書類2（委託事業者がある場合）の行がない（INS-009が扱う）", with("documents[-1]", null)),

                triggers("INS-003", "連絡体制図が未提出", with("documents[4].submission", Submission.NOT_SUBMITTED)),
                triggers("INS-003", "機器管理台帳が未作成", with("documents[3].submission", Submission.NOT_CREATED)),
                passes("INS-003", "BCP（任意）が未提出", with("documents[6].submission", Submission.NOT_SUBMITTED)),
                passes("INS-003", "事業者確認用が未作成（INS-009が扱う）", with("documents[1].submission", Submission.NOT_CREATED)),

                triggers("INS-004", "ネットワーク構成図が未作成", OK),
                passes("INS-004", "ネットワーク構成図を提出",
                        with(with("documents[5].submission", Submission.SUBMITTED), "documents[5].fileName", "06_nw.pdf")),

                triggers("INS-005", "BCPが未提出", with("documents[6].submission", Submission.NOT_SUBMITTED)),
                passes("INS-005", "BCPが未作成", with("documents[6].submission", Submission.NOT_CREATED)),

                triggers("INS-006", "機器管理台帳が2行", with("documents[+]",
                        doc(DocumentKind.DEVICE_LEDGER, Submission.SUBMITTED, "04_ledger_2.xlsx"))),
                passes("INS-006", "事業者確認用チェックリストは事業者ごとに複数行でよい", with("documents[+]",
                        doc(DocumentKind.CHECKLIST_VENDOR, Submission.SUBMITTED, "02_checklist_vendor_b.xlsx"))),

                triggers("INS-007", "提出でファイル名なし", with("documents[0].fileName", "")),
                passes("INS-007", "未作成でファイル名なし", OK),
                // read from a workbook: asked only where the layout has a file-name column (D-78)
                triggers("INS-007", "ファイル名の列がある様式で、提出の書類のファイル名が空欄",
                        with("documents[0].fileName", "")).with(read(with("documents[0].fileName", ""), true)),
                passes("INS-007", "ファイル名の列がない様式（別紙1のとおり）",
                        with("documents[0].fileName", "")).with(read(with("documents[0].fileName", ""), false)),

                triggers("INS-013", "書類1の備考が「令和5年度版の様式で記入」",
                        with("documents[0].remarks", "令和5年度版の様式で記入（R6版様式は未入手のため）")),
                triggers("INS-013", "書類2のファイル名が R5_ で始まる", with("documents[1].fileName", "R5_事業者確認用.xlsx")),
                passes("INS-013", "書類1の備考が「令和6年度版の様式を使用」",
                        with("documents[0].remarks", "令和6年度版の様式を使用")),
                passes("INS-013", "備考の日付 R5.10.8 は版ではない", with("documents[0].remarks", "R5.10.8 に一度確認済み")),

                triggers("INS-008", "提出日が基準日の翌日", with("submittedOn", RuleCase.AS_OF.plusDays(1))),
                passes("INS-008", "提出日が基準日当日", with("submittedOn", RuleCase.AS_OF)),
                passes("INS-008", "提出日が空欄", with("submittedOn", null)),

                triggers("INS-011", "提出日が通知日（2024-09-24）より前", with("submittedOn", java.time.LocalDate.of(2024, 9, 13))),
                passes("INS-011", "提出日が通知日当日", with("submittedOn", java.time.LocalDate.of(2024, 9, 24))),
                passes("INS-011", "提出日が空欄", with("submittedOn", null)),
                triggers("INS-015", "提出日が実施時期の後（2025-04-08）", with("submittedOn", java.time.LocalDate.of(2025, 4, 8))),
                passes("INS-015", "提出日が実施時期の最終日", with("submittedOn", java.time.LocalDate.of(2025, 3, 31))),
                passes("INS-015", "提出日が空欄", with("submittedOn", null)),

                triggers("INS-012", "書類2の備考が「3社分を1シートにまとめて記入」",
                        with("documents[1].remarks", "電子カルテ・レセコン・検査システムの3社分を1シートにまとめて記入")),
                triggers("INS-012", "書類2の備考が「2社分を１ファイルにまとめました」（全角数字）",
                        with("documents[1].remarks", "電子カルテと臨床検査部門システムの２社分を１ファイルにまとめました")),
                triggers("INS-012", "書類2の備考が「電子カルテ事業者分のみ回収」",
                        with("documents[1].remarks", "電子カルテ事業者分のみ回収。\nレセコン・PACSの事業者には依頼していない")),
                passes("INS-012", "書類2の備考が「下表のとおり3社分」（ファイルは3社分のzip）",
                        with(with("documents[1].remarks", "下表のとおり3社分"), "documents[1].fileName",
                                "02_チェックリスト_事業者確認用_3社.zip")),
                passes("INS-012", "書類2の備考が「3社分（事業者ごとに1ファイル）」（ins-w33-a）",
                        with("documents[1].remarks", "電子カルテ、医事会計（レセコン）、PACSの委託事業者3社分（事業者ごとに1ファイル）")),
                triggers("INS-012", "書類2の備考が「3社分を1ファイルにまとめて提出」",
                        with("documents[1].remarks", "3社分を1ファイルにまとめて提出")),
                passes("INS-012", "書類2以外の備考が「まとめて提出」",
                        with("documents[3].remarks", "サーバ・端末・ネットワーク機器の3システム分を1ファイルにまとめた")),
                triggers("INS-010", "機器管理台帳の提出の別が空欄", with("documents[3].submission", null)),
                passes("INS-010", "BCP（作成していれば提出）の提出の別が空欄", with("documents[6].submission", null)),
                passes("INS-010", "すべての書類に提出の別がある", OK),

                triggers("INS-009", "事業者確認用チェックリストの行がない", with("documents[-1]", null)),
                triggers("INS-009", "事業者確認用チェックリストが未作成", with("documents[1].submission", Submission.NOT_CREATED)),
                passes("INS-009", "事業者確認用チェックリストを提出", OK),
                passes("INS-009", "2事業者のうち1事業者の分が未作成（INS-014が扱う）", vendorRows(Submission.NOT_CREATED)),

                triggers("INS-014", "2事業者のうち1事業者の分が未作成", vendorRows(Submission.NOT_CREATED)),
                triggers("INS-014", "2事業者のうち1事業者の分が未提出", vendorRows(Submission.NOT_SUBMITTED)),
                passes("INS-014", "2事業者とも提出", vendorRows(Submission.SUBMITTED)),
                passes("INS-014", "事業者確認用の行が1行だけで未作成（委託事業者の有無は分からない。INS-009）",
                        with("documents[1].submission", Submission.NOT_CREATED)));
    }

    /** The sample with a second vendor's checklist row (書類2, one row per vendor) answered {@code second}. */
    private static InspectionDocuments vendorRows(Submission second) {
        List<DocumentEntry> docs = new java.util.ArrayList<>(OK.documents());
        docs.add(2, doc(DocumentKind.CHECKLIST_VENDOR, second,
                second == Submission.SUBMITTED ? "02-2_事業者確認用_PACS.xlsx" : ""));
        return with("documents", docs);
    }
}
