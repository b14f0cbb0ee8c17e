package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.inspection.Submission;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules of {@code inspection-documents} (別紙1 サイバーセキュリティ対策関連書類一覧, seed 001; CATALOGUE.md §7). */
final class InspectionDocumentsRules {
    private static final Class<InspectionDocuments> T = InspectionDocuments.class;
    private static final String SRC = "岡山県 立入検査支援事業 別紙1 (seed 001)";

    /** English names of the documents, for the English messages (the model's labels are the official Japanese). */
    private static final Map<DocumentKind, String> ENGLISH = new EnumMap<>(Map.of(
            DocumentKind.CHECKLIST_HOSPITAL, "hospital checklist",
            DocumentKind.CHECKLIST_VENDOR, "vendor checklist",
            DocumentKind.CHECKLIST_MINIMUM, "minimum-measures checklist",
            DocumentKind.DEVICE_LEDGER, "device ledger",
            DocumentKind.INCIDENT_CONTACT_CHART, "incident contact chart",
            DocumentKind.NETWORK_DIAGRAM, "network and system diagrams",
            DocumentKind.BCP, "BCP for cyber attacks"));

    private InspectionDocumentsRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "INS-001", Set.of()),
                Rule.of(T, "INS-002", ERROR, Stage.REQUIRED,
                        "書類1〜5（チェックリスト3種・機器管理台帳・連絡体制図）は提出を求められる (" + SRC + ")",
                        "一覧に「機器管理台帳」の行がない", (f, c) -> {
                            for (DocumentKind kind : DocumentKind.values()) {
                                if (kind.required() && f.documents().stream()
                                        .noneMatch(d -> d.kind().orElse(null) == kind)) {
                                    c.report("documents", kind.number(), kind.label(), ENGLISH.get(kind));
                                }
                            }
                        }),
                Rule.of(T, "INS-003", ERROR, Stage.CROSS_FIELD,
                        "書類1〜5は作成して提出する書類 (" + SRC + ")",
                        "「インシデント発生時の連絡体制図」が「未提出」", (f, c) -> each(f, (i, d, kind) -> {
                            Submission s = d.submission().orElse(null);
                            if (kind.required() && s != null && s != Submission.SUBMITTED) {
                                c.reportValue("documents[" + i + "].submission", s.label(), kind.number(),
                                        kind.label(), ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-004", INFO, Stage.CROSS_FIELD,
                        "書類6・7は作成していれば提出する (" + SRC + ")",
                        "「ネットワーク構成図及びシステム全体構成図」が「未作成」", (f, c) -> each(f, (i, d, kind) -> {
                            if (!kind.required() && d.submission().orElse(null) == Submission.NOT_CREATED) {
                                c.report("documents[" + i + "].submission", kind.number(), kind.label(),
                                        ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-005", WARNING, Stage.CROSS_FIELD,
                        "書類6・7は作成していれば提出する (" + SRC + ")",
                        "「サイバー攻撃を想定した事業継続計画（BCP）」が「未提出」", (f, c) -> each(f, (i, d, kind) -> {
                            if (!kind.required() && d.submission().orElse(null) == Submission.NOT_SUBMITTED) {
                                c.report("documents[" + i + "].submission", kind.number(), kind.label(),
                                        ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-006", ERROR, Stage.STRUCTURE,
                        "別紙1の書類は各1行（事業者確認用チェックリストは事業者・システムごとに分けるため複数行可） (" + SRC + ")",
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
                        "提出した写しを特定できるようファイル名を記入する（保健所が写しを医療推進課へ送付し確認する） (" + SRC + " 実施要領2)",
                        "「提出」でファイル名が空欄", (f, c) -> each(f, (i, d, kind) -> {
                            if (d.submission().orElse(null) == Submission.SUBMITTED && d.fileName().isBlank()) {
                                c.report("documents[" + i + "].fileName", kind.number(), kind.label(),
                                        ENGLISH.get(kind));
                            }
                        })),
                Rule.of(T, "INS-008", ERROR, Stage.FIELDS,
                        "提出日は提出した日で、基準日より後にはならない (" + SRC + ")",
                        "基準日 2025-03-31 で提出日が 2025-04-01",
                        (f, c) -> f.submittedOn().filter(d -> d.isAfter(c.asOf()))
                                .ifPresent(d -> c.reportValue("submittedOn", d, c.asOf()))));
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
}
