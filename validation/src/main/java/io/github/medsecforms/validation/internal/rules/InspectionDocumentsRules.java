package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.inspection.DocumentCondition;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.inspection.Submission;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules of {@code inspection-documents} (別紙1 サイバーセキュリティ対策関連書類一覧, seed 001; CATALOGUE.md §7). */
final class InspectionDocumentsRules {
    private static final Class<InspectionDocuments> T = InspectionDocuments.class;
    /** 別紙1 asks for copies, and submitting them is voluntary. */
    static final Basis VOLUNTARY = Basis.seed("001", "写しの提供を求めるサイバーセキュリティ対策関連書類一覧", "提出は任意となりますが",
            "写しの提供は医療機関側の任意とし");
    /** Document 2 is asked of every vendor, where there are vendors. */
    static final Basis VENDORS = Basis.seed("001", "委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください",
            "事業者ごと又はシステムごとにチェックリストを分けること");
    /** The date of the R6 notice that asks for 別紙1 (seed 001: 令和6年9月24日). */
    static final java.time.LocalDate NOTICE_R6 = java.time.LocalDate.of(2024, 9, 24);
    /** The last day of the R6 programme's period (seed 001: 実施時期 令和6年10月1日から令和7年3月31日まで). */
    static final java.time.LocalDate PERIOD_END_R6 = java.time.LocalDate.of(2025, 3, 31);
    /** Documents 6 and 7 only if they were made. */
    static final Basis IF_MADE = Basis.seed("001", "作成していれば提出してください");

    /** English names of the documents, for the English messages (the model's labels are the official Japanese). */
    private static final Map<DocumentKind, String> ENGLISH = new EnumMap<>(Map.of(
            DocumentKind.CHECKLIST_HOSPITAL, "hospital checklist",
            DocumentKind.CHECKLIST_VENDOR, "vendor checklist",
            DocumentKind.CHECKLIST_MINIMUM, "minimum-measures checklist",
            DocumentKind.DEVICE_LEDGER, "device ledger",
            DocumentKind.INCIDENT_CONTACT_CHART, "incident contact chart",
            DocumentKind.NETWORK_DIAGRAM, "network and system diagrams",
            DocumentKind.BCP, "BCP for cyber attacks"));

    /** A remark saying several vendors' or systems' checklists were put into one (3社分を1シートにまとめて記入). */
    private static final java.util.regex.Pattern MERGED = java.util.regex.Pattern.compile(
            "(複数|全|すべての|[2-9二三四五六七八九]|[1-9][0-9])\\s*(社|事業者|システム|ベンダ)[^。\\n]*?"
                    + "(まとめ|1つ|一つ|1枚|一枚|1シート|1ファイル|一括|合冊|同一の?(ファイル|シート|様式)|同じ(ファイル|シート|様式))");
    /**
     * A remark saying each vendor's checklist is apart however many there are (3社分（事業者ごとに1ファイル）, 各社1シート,
     * 1社1ファイル, 別々のファイル): no merged checklist, though {@link #MERGED}'s words are in it (ins-w33-a, D-96).
     */
    private static final java.util.regex.Pattern APART = java.util.regex.Pattern.compile(
            "(ごと|毎)に?\\s*[1一]\\s*(つ|ファイル|シート|枚|部)|[1一]社[1一](つ|ファイル|シート|枚|部)|各社[1一]|別々|個別");
    /** A remark saying only some vendors were asked or their checklists collected (…分のみ回収, …には依頼していない). */
    private static final java.util.regex.Pattern NOT_ALL = java.util.regex.Pattern.compile(
            "依頼していない|依頼しておらず|未依頼|回収していない|未回収|分のみ|のみ回収|だけ回収");

    /**
     * A version of the checklist named in a remark or a file name: 令和5年度版, R5年度版, R5版, 2023年度版, or a file name
     * starting R5_ / 令和5年度_. Group 1 or 2 is the 令和 year, group 3 the Western year.
     */
    private static final java.util.regex.Pattern VERSION_NAMED = java.util.regex.Pattern.compile(
            "(?:令和|R)\\s*([0-9]{1,2})\\s*(?:年度)?\\s*(?:版|の?様式)|(?:^|[\\n/\\\\])(?:令和|R)([0-9]{1,2})(?:年度)?[_ ]"
                    + "|(20[0-9]{2})\\s*年度\\s*(?:版|の?様式)");

    /**
     * The 令和 year of a checklist version older than the form's that {@code said} names (令和5年度版 on the 令和6年度 list),
     * or 0 when it names none or only the form's own or a later one.
     */
    static int olderVersion(String said, FiscalYear form) {
        java.util.regex.Matcher m = VERSION_NAMED.matcher(java.text.Normalizer.normalize(said,
                java.text.Normalizer.Form.NFKC));
        int formReiwa = form.startYear() - 2018;
        while (m.find()) {
            String r = m.group(1) != null ? m.group(1) : m.group(2);
            int reiwa = r != null ? Integer.parseInt(r) : Integer.parseInt(m.group(3)) - 2018;
            if (reiwa >= 1 && reiwa < formReiwa) {
                return reiwa;
            }
        }
        return 0;
    }

    private InspectionDocumentsRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "INS-001", Set.of("documents.submission"),
                        Basis.ourDesign("別紙1は書類の一覧で記入欄がなく、医療機関名・提出・ファイル名の欄を持つこの一覧は独自設計")
                                .and("001", "サイバーセキュリティ対策関連書類一覧")),
                Rule.of(T, "INS-002", WARNING, Stage.REQUIRED,
                        "提出は任意だが、書類1・3・4・5は別紙1で写しの提供を求める書類", VOLUNTARY,
                        "一覧に「機器管理台帳」の行がない", (f, c) -> {
                            for (DocumentKind kind : DocumentKind.values()) {
                                if (kind.condition() == DocumentCondition.ASKED && f.documents().stream()
                                        .noneMatch(d -> d.kind().orElse(null) == kind)) {
                                    c.report("documents", kind.number(), kind.label(), ENGLISH.get(kind));
                                }
                            }
                        }),
                Rule.of(T, "INS-003", WARNING, Stage.CROSS_FIELD,
                        "提出は任意だが、書類1・3・4・5は別紙1で写しの提供を求める書類", VOLUNTARY,
                        "「インシデント発生時の連絡体制図」が「未提出」", (f, c) -> each(f, (i, d, kind) -> {
                            Submission s = d.submission().orElse(null);
                            if (kind.condition() == DocumentCondition.ASKED && s != null && s != Submission.SUBMITTED) {
                                c.reportValue("documents[" + i + "].submission", s.label(), kind.number(),
                                        kind.label(), ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-010", ERROR, Stage.REQUIRED,
                        "各書類の提出の欄は空欄にしない。ただし書類6・7は作成していれば提出する書類で、空欄は提出しないと読む",
                        IF_MADE.and("001", "提出は任意となりますが"),
                        "「機器管理台帳」の提出の欄が空欄", (f, c) -> {
                            for (int i = 0; i < f.documents().size(); i++) {
                                DocumentEntry d = f.documents().get(i);
                                DocumentKind kind = d.kind().orElse(null);
                                if (d.submission().isEmpty()
                                        && (kind == null || kind.condition() != DocumentCondition.IF_MADE)) {
                                    c.report("documents[" + i + "].submission");
                                }
                            }
                        }),
                Rule.of(T, "INS-009", INFO, Stage.CROSS_FIELD,
                        "事業者確認用チェックリストは委託事業者がある場合に、すべての委託事業者に記入・提出を求める", VENDORS,
                        "一覧で「チェックリスト（事業者確認用）」が「未作成」", (f, c) -> {
                            DocumentKind kind = DocumentKind.CHECKLIST_VENDOR;
                            if (someVendorSubmitted(f)) {
                                return; // INS-014 speaks of a vendor's missing checklist
                            }
                            boolean listed = false;
                            for (int i = 0; i < f.documents().size(); i++) {
                                DocumentEntry d = f.documents().get(i);
                                if (d.kind().orElse(null) != kind) {
                                    continue;
                                }
                                listed = true;
                                Submission s = d.submission().orElse(null);
                                if (s != null && s != Submission.SUBMITTED) {
                                    c.report("documents[" + i + "].submission", kind.number(), kind.label(),
                                            ENGLISH.get(kind));
                                }
                            }
                            if (!listed) {
                                c.report("documents", kind.number(), kind.label(), ENGLISH.get(kind));
                            }
                        }),
                Rule.of(T, "INS-012", WARNING, Stage.CROSS_FIELD,
                        "事業者確認用チェックリストは事業者ごと又はシステムごとに分け、すべての委託事業者に漏れなく求める",
                        Basis.ourDesign("一覧に決まった欄はなく、まとめた・一部だけと分かるのは備考やファイル名の記入"
                                + "（例「3社分を1シートにまとめて記入」「電子カルテ事業者分のみ回収」）だけなので、その言い回しで警告する")
                                .and("001", "委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください",
                                        "事業者ごと又はシステムごとにチェックリストを分けること"),
                        "書類2の備考が「3社分を1ファイルにまとめました」", (f, c) -> each(f, (i, d, kind) -> {
                            if (kind != DocumentKind.CHECKLIST_VENDOR) {
                                return;
                            }
                            String said = java.text.Normalizer.normalize(d.remarks() + "\n" + d.fileName(),
                                    java.text.Normalizer.Form.NFKC);
                            if (MERGED.matcher(said).find() && !APART.matcher(said).find()) {
                                c.report("documents[" + i + "].remarks", 1);
                            } else if (NOT_ALL.matcher(said).find()) {
                                // a vendor's row marked 未作成 with 未回収 beside it: the missing checklist is the answer's
                                if (d.submission().isPresent() && d.submission().get() != Submission.SUBMITTED) {
                                    c.report("documents[" + i + "].submission", 2);
                                } else {
                                    c.report("documents[" + i + "].remarks", 2);
                                }
                            }
                        })),
                Rule.of(T, "INS-014", WARNING, Stage.CROSS_FIELD,
                        "委託事業者のチェックリストを提出しているなら、すべての委託事業者の分を漏れなく求める。1事業者・1システムの分が"
                                + "未作成・未提出なのは、その事業者の分が欠けていること", VENDORS,
                        "書類2の行が事業者ごとに3行あり、2行は提出、PACS事業者の行が「未作成」", (f, c) -> {
                            if (!someVendorSubmitted(f)) {
                                return; // whether there are vendors at all is not known: INS-009's information
                            }
                            for (int i = 0; i < f.documents().size(); i++) {
                                DocumentEntry d = f.documents().get(i);
                                Submission s = d.submission().orElse(null);
                                if (d.kind().orElse(null) == DocumentKind.CHECKLIST_VENDOR && s != null
                                        && s != Submission.SUBMITTED) {
                                    c.reportValue("documents[" + i + "].submission", s.label());
                                }
                            }
                        }),
                Rule.of(T, "INS-013", WARNING, Stage.CROSS_FIELD,
                        "チェックリスト（医療機関確認用・事業者確認用）は令和6年度版の様式を使用する",
                        Basis.ourDesign("一覧に版の欄はなく、古い版と分かるのは備考やファイル名の記入"
                                        + "（例「令和5年度版の様式で記入」「R5_チェックリスト.xlsx」）だけなので、その言い回しで警告する")
                                .and("001", "令和6年度版のチェックリスト様式を使用することとし", "上記と同じ"),
                        "書類1の備考が「令和5年度版の様式で記入」", (f, c) -> each(f, (i, d, kind) -> {
                            if (kind != DocumentKind.CHECKLIST_HOSPITAL && kind != DocumentKind.CHECKLIST_VENDOR) {
                                return;
                            }
                            int older = olderVersion(d.remarks() + "\n" + d.fileName(), f.version());
                            if (older > 0) {
                                c.report("documents[" + i + "].remarks", kind.number(), older, f.version().label(),
                                        f.version().code());
                            }
                        })),
                Rule.of(T, "INS-004", INFO, Stage.CROSS_FIELD,
                        "書類6・7は作成していれば提出する", IF_MADE,
                        "「ネットワーク構成図及びシステム全体構成図」が「未作成」", (f, c) -> each(f, (i, d, kind) -> {
                            if (kind.condition() == DocumentCondition.IF_MADE
                                    && d.submission().orElse(null) == Submission.NOT_CREATED) {
                                c.report("documents[" + i + "].submission", kind.number(), kind.label(),
                                        ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-005", WARNING, Stage.CROSS_FIELD,
                        "書類6・7は作成していれば提出する", IF_MADE,
                        "「サイバー攻撃を想定した事業継続計画（BCP）」が「未提出」", (f, c) -> each(f, (i, d, kind) -> {
                            if (kind.condition() == DocumentCondition.IF_MADE
                                    && d.submission().orElse(null) == Submission.NOT_SUBMITTED) {
                                c.report("documents[" + i + "].submission", kind.number(), kind.label(),
                                        ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-006", WARNING, Stage.STRUCTURE,
                        "別紙1の書類は各1行（事業者確認用チェックリストは事業者・システムごとに分けるため複数行可）",
                        Basis.ourDesign("同じ書類の2行は重複の記入漏れが多いが、1つの書類を複数のファイルで出すこともあるため警告にとどめる"),
                        "「機器管理台帳」が2行ある", (f, c) -> {
                            Map<DocumentKind, Integer> seen = new EnumMap<>(DocumentKind.class);
                            each(f, (i, d, kind) -> {
                                Integer first = seen.putIfAbsent(kind, i);
                                if (first != null && kind != DocumentKind.CHECKLIST_VENDOR) {
                                    c.report("documents[" + i + "].kind", kind.number(), kind.label(),
                                            ENGLISH.get(kind), first + 1);
                                }
                            });
                        }),
                Rule.of(T, "INS-007", WARNING, Stage.CROSS_FIELD,
                        "提出した写しを特定できるようファイル名を記入する（保健所が写しを医療推進課へ送付し確認する）",
                        Basis.ourDesign("ファイル名の欄は独自の列で、提出した写しと一覧を突き合わせるために使う")
                                .and("001", "提供のあった資料を、医療推進課に送付する"),
                        "「提出」でファイル名が空欄", (f, c) -> each(f, (i, d, kind) -> {
                            // (a list drawn without a file-name column, as seed 001's 別紙1 is, is not asked for one)
                            if (d.submission().orElse(null) == Submission.SUBMITTED && d.fileName().isBlank()
                                    && c.hasPlace("documents[" + i + "].fileName")) {
                                c.report("documents[" + i + "].fileName", kind.number(), kind.label(),
                                        ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-008", INFO, Stage.FIELDS,
                        "提出日が基準日より後なのは提出予定日か年の誤り（一覧は立入検査の前に用意されることがある）",
                        Basis.ourDesign("提出日の欄は独自の列で、未来の日付は予定日のこともあるため情報にとどめる"),
                        "基準日 2025-03-31 で提出日が 2025-04-01",
                        (f, c) -> f.submittedOn().filter(d -> d.isAfter(c.asOf()))
                                .ifPresent(d -> c.reportValue("submittedOn", d, c.asOf()))),
                Rule.of(T, "INS-011", WARNING, Stage.FIELDS,
                        "提出日が別紙1の通知日（令和6年9月24日）より前なのは年か日付の誤り（一覧は通知で協力を依頼された後に用意する）",
                        Basis.seed("001", "令和6年9月24日", "事前に医療推進課から各医療機関に対し、文書により協力を依頼する"),
                        "提出日が 2024-09-13",
                        (f, c) -> f.submittedOn().filter(d -> f.version().equals(FiscalYear.reiwa(6)) && d.isBefore(NOTICE_R6))
                                .ifPresent(d -> c.reportValue("submittedOn", d, NOTICE_R6))),
                Rule.of(T, "INS-015", WARNING, Stage.FIELDS,
                        "提出日が実施要領の実施時期の終わり（令和7年3月31日）より後なのは年か日付の誤り（立入検査は実施時期の中で行われる）",
                        Basis.seed("001", "3 実施時期 令和6年10月1日から令和7年3月31日まで",
                                "4 対象医療機関 令和6年度に立入検査を実施する医療機関"),
                        "提出日が 2025-04-08",
                        (f, c) -> f.submittedOn().filter(d -> f.version().equals(FiscalYear.reiwa(6)) && d.isAfter(PERIOD_END_R6))
                                .ifPresent(d -> c.reportValue("submittedOn", d, PERIOD_END_R6))));
    }

    /** Every row whose document is known (rows without one are the required rule's). */
    private static void each(InspectionDocuments f, RowAction action) {
        for (int i = 0; i < f.documents().size(); i++) {
            DocumentEntry d = f.documents().get(i);
            if (d.kind().isPresent()) {
                action.accept(i, d, d.kind().get());
            }
        }
    }

    @FunctionalInterface
    private interface RowAction {
        void accept(int index, DocumentEntry entry, DocumentKind kind);
    }

    /** Whether a vendor's checklist (書類2) is submitted on one of the rows: the hospital has contracted vendors. */
    private static boolean someVendorSubmitted(InspectionDocuments f) {
        return f.documents().stream().anyMatch(d -> d.kind().orElse(null) == DocumentKind.CHECKLIST_VENDOR
                && d.submission().orElse(null) == Submission.SUBMITTED);
    }
}
