package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.inspection.DocumentCondition;
import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.inspection.Submission;
import io.github.medsecforms.model.linesurvey.CommunicationType;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules over a submission package (別紙1 of seed 001, and CATALOGUE.md §7's cross-form examples). */
public final class PackageRules {
    private static final Map<DocumentKind, String> EN = Map.of(
            DocumentKind.CHECKLIST_HOSPITAL, "Checklist (hospital's copy)",
            DocumentKind.CHECKLIST_VENDOR, "Checklist (vendor's copy)",
            DocumentKind.CHECKLIST_MINIMUM, "Checklist (minimum measures)",
            DocumentKind.DEVICE_LEDGER, "Device ledger",
            DocumentKind.INCIDENT_CONTACT_CHART, "Incident contact chart",
            DocumentKind.NETWORK_DIAGRAM, "Network and system diagrams",
            DocumentKind.BCP, "Business continuity plan (BCP) for cyber attacks");

    private PackageRules() {
    }

    public static List<PackageRule> rules() {
        return List.of(
                PackageRule.of("PKG-001", WARNING, "提出は任意だが、別紙1の書類1・3・4・5は立入検査で写しの提供を求める書類",
                        InspectionDocumentsRules.VOLUNTARY,
                        "提出書類一式にチェックリスト（最低限の措置編）がない", (p, c) -> {
                            for (DocumentKind kind : DocumentKind.values()) {
                                if (kind.condition() == DocumentCondition.ASKED && p.documents().get(kind).isEmpty()) {
                                    c.reportPackage(kind.number() + " " + kind.label(), kind.number() + " " + EN.get(kind));
                                }
                            }
                        }),
                PackageRule.of("PKG-002", INFO, "別紙1の書類6・7は作成していれば提出する", InspectionDocumentsRules.IF_MADE,
                        "ネットワーク構成図のファイルがない", (p, c) -> {
                            for (DocumentKind kind : DocumentKind.values()) {
                                if (kind.condition() == DocumentCondition.IF_MADE && p.documents().get(kind).isEmpty()) {
                                    c.reportPackage(kind.number() + " " + kind.label(), kind.number() + " " + EN.get(kind));
                                }
                            }
                        }),
                PackageRule.of("PKG-003", WARNING, "チェックリスト（医療機関確認用・最低限の措置編）や調査票は医療機関ごとに1部",
                        Basis.ourDesign("同じ様式が2部あると、様式間の照合にどちらを使うか決まらないため警告する"),
                        "医療機関確認用チェックリストが2部ある", (p, c) -> {
                            for (Class<? extends io.github.medsecforms.model.Form> t : List.of(HospitalChecklist.class,
                                    MinimumChecklist.class, LineDeviceSurvey.class, BackupVpnSurvey.class,
                                    InspectionDocuments.class)) {
                                List<io.github.medsecforms.validation.SubmittedForm> all = p.all(t);
                                for (int i = 1; i < all.size(); i++) {
                                    c.report(all.get(i), "", all.get(0).file());
                                }
                            }
                        }),
                PackageRule.of("PKG-004", WARNING, "提出書類は同じ医療機関のもの",
                        Basis.ourDesign("医療機関名の違う書類は、別の病院のファイルが混じったおそれがある"),
                        "最低限の措置編の医療機関名が医療機関確認用と違う", (p, c) -> {
                            Optional<String> name = facilityName(p);
                            if (name.isEmpty()) {
                                return;
                            }
                            String expected = PackageView.comparable(name.get());
                            for (var s : p.forms()) {
                                String path = facilityPath(s.form());
                                if (path == null) {
                                    continue;
                                }
                                String actual = (String) ModelPaths.value(s.form(), path).orElse("");
                                if (!actual.isBlank() && !PackageView.comparable(actual).equals(expected)) {
                                    c.report(s, path, actual, name.get());
                                }
                            }
                        }),
                PackageRule.of("PKG-005", WARNING, "事業者ごと又はシステムごとにチェックリストを分ける",
                        Basis.seed("001", "事業者ごと又はシステムごとにチェックリストを分けること"),
                        "同じ事業者・同じ対象システムの事業者確認用チェックリストが2部", (p, c) -> {
                            Map<String, String> seen = new HashMap<>();
                            for (var s : p.all(VendorChecklist.class)) {
                                VendorChecklist v = (VendorChecklist) s.form();
                                String key = PackageView.comparable(v.vendorName()) + "|" + PackageView.comparable(v.targetSystem());
                                String first = seen.putIfAbsent(key, s.file());
                                if (first != null) {
                                    c.report(s, "vendorName", first);
                                }
                            }
                        }),
                PackageRule.of("PKG-006", WARNING,
                        "VPN装置の有無（バックアップ・VPN調査 設問8）と回線の通信形態は一致するはず",
                        Basis.ourDesign("インターネットVPNの回線があるのにVPN装置がないとの回答は食い違うため警告する（CATALOGUE.md §7 の例）")
                                .and("003", "VPN装置が存在するか").and("002", "インターネットVPN"),
                        "設問8で「VPN装置なし」なのに回線・機器情報にインターネットVPNの回線がある", (p, c) -> {
                            for (var bvs : p.all(BackupVpnSurvey.class)) {
                                if (((BackupVpnSurvey) bvs.form()).vpnPresent().orElse(null) != YesNo.NO) {
                                    continue;
                                }
                                for (var lds : p.all(LineDeviceSurvey.class)) {
                                    List<Line> lines = ((LineDeviceSurvey) lds.form()).lines();
                                    for (int i = 0; i < lines.size(); i++) {
                                        if (lines.get(i).communicationKind().orElse(null) == CommunicationType.INTERNET_VPN) {
                                            c.report(lds, "lines[" + i + "].communicationType", bvs.file());
                                        }
                                    }
                                }
                            }
                        }),
                PackageRule.of("PKG-007", WARNING,
                        "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認する（チェックリスト2-(2)）",
                        Basis.ourDesign("2-(2)「いいえ」と保守回線の記載は食い違うため警告する（CATALOGUE.md §7 の例）")
                                .and("004", "リモートメンテナンス(保守)を利用している機器の有無の事業者等への確認"),
                        "チェックリスト2-(2)が「いいえ」なのに回線の用途にリモート保守がある", (p, c) -> {
                            for (var clh : p.all(HospitalChecklist.class)) {
                                List<ChecklistEntry> entries = ((HospitalChecklist) clh.form()).entries();
                                for (int e = 0; e < entries.size(); e++) {
                                    if (!remoteMaintenanceNotConfirmed(entries.get(e))) {
                                        continue;
                                    }
                                    for (var lds : p.all(LineDeviceSurvey.class)) {
                                        if (remoteMaintenanceLines((LineDeviceSurvey) lds.form()) > 0) {
                                            c.report(clh, "entries[" + e + "].firstAnswer", lds.file());
                                        }
                                    }
                                }
                            }
                        }),
                PackageRule.of("PKG-008", WARNING,
                        "すべての医療情報システムの委託事業者に事業者確認用チェックリストの記入・提出を求める",
                        Basis.ourDesign("リモート保守の回線は委託事業者（保守ベンダ）がいることを示す")
                                .and("001", "委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください")
                                .and("002", "医療機器を導入した場合などに、医療機器ベンダが"),
                        "リモート保守の回線があるのに事業者確認用チェックリストが1部もない", (p, c) -> {
                            if (!p.all(VendorChecklist.class).isEmpty()) {
                                return;
                            }
                            for (var lds : p.all(LineDeviceSurvey.class)) {
                                int n = remoteMaintenanceLines((LineDeviceSurvey) lds.form());
                                if (n > 0) {
                                    c.report(lds, "lines", n);
                                }
                            }
                        }),
                PackageRule.of("PKG-009", WARNING, "事業者確認用チェックリストは提出先の医療機関のもの",
                        Basis.ourDesign("提出先医療機関名の違うチェックリストは、別の病院向けのものが混じったおそれがある"),
                        "事業者確認用チェックリストの提出先医療機関名が別の病院", (p, c) -> {
                            Optional<String> name = facilityName(p);
                            if (name.isEmpty()) {
                                return;
                            }
                            for (var s : p.all(VendorChecklist.class)) {
                                String to = ((VendorChecklist) s.form()).hospitalName();
                                if (!to.isBlank() && !PackageView.comparable(to).equals(PackageView.comparable(name.get()))) {
                                    c.report(s, "hospitalName", to, name.get());
                                }
                            }
                        }),
                PackageRule.of("PKG-010", WARNING, "別紙1の一覧と実際に提出されたファイルは一致するはず",
                        Basis.ourDesign("一覧で「提出」の書類のファイルがないのは、添付漏れか一覧の誤り"),
                        "一覧では「提出」なのにその書類のファイルがない", (p, c) -> {
                            for (var s : p.all(InspectionDocuments.class)) {
                                List<DocumentEntry> docs = ((InspectionDocuments) s.form()).documents();
                                for (int i = 0; i < docs.size(); i++) {
                                    DocumentEntry d = docs.get(i);
                                    if (d.kind().isPresent() && d.submission().orElse(null) == Submission.SUBMITTED
                                            && p.documents().get(d.kind().get()).isEmpty()) {
                                        c.report(s, "documents[" + i + "].submission");
                                    }
                                }
                            }
                        }),
                PackageRule.of("PKG-011", INFO,
                        "事業者確認用チェックリストは委託事業者がある場合に、すべての委託事業者に記入・提出を求める",
                        InspectionDocumentsRules.VENDORS,
                        "リモート保守の回線がなく、事業者確認用チェックリストが1部もない", (p, c) -> {
                            if (p.documents().get(DocumentKind.CHECKLIST_VENDOR).isEmpty() && p.all(LineDeviceSurvey.class)
                                    .stream().noneMatch(s -> remoteMaintenanceLines((LineDeviceSurvey) s.form()) > 0)) {
                                DocumentKind kind = DocumentKind.CHECKLIST_VENDOR;
                                c.reportPackage(kind.number() + " " + kind.label(), kind.number() + " " + EN.get(kind));
                            }
                        }),
                PackageRule.of("PKG-012", ERROR,
                        "アカウント(ログインID)・パスワードリストは提出不要：パスワードを提出書類一式に含めない",
                        Basis.ourDesign("パスワードは提出物とともに決して送らない（docs/decisions.md D-06, D-41）ため、パスワードリストのファイルを含む一式は受け付けない")
                                .and("002", "アカウント(ログインID)・パスワードリストは、弊社への提出は不要です"),
                        "提出書類一式にパスワードリストのブックが入っている", (p, c) -> {
                            for (String file : p.passwordLists()) {
                                c.reportPackage(file, file);
                            }
                        }));
    }

    /** Lines whose 用途・システム名 says they are for (remote) maintenance (保守). */
    static int remoteMaintenanceLines(LineDeviceSurvey survey) {
        return (int) survey.lines().stream().filter(PackageRules::isRemoteMaintenance).count();
    }

    /** Whether a line's 用途・システム名 says it is for (remote) maintenance (保守): PKG-007, PKG-008, BAT-006. */
    static boolean isRemoteMaintenance(Line line) {
        return PackageView.comparable(line.purpose()).contains("保守");
    }

    /** Whether a checklist entry is item 2-(2) answered いいえ at the first check: PKG-007, BAT-006. */
    static boolean remoteMaintenanceNotConfirmed(ChecklistEntry entry) {
        return entry.itemId().equals("2-(2)") && entry.firstAnswer().orElse(null) == YesNo.NO;
    }

    /** The hospital's name: from the hospital checklist, else the line survey, else the 別紙1 list. */
    static Optional<String> facilityName(PackageView p) {
        List<String> names = new ArrayList<>();
        p.first(HospitalChecklist.class).ifPresent(s -> names.add(((HospitalChecklist) s.form()).facilityName()));
        p.first(LineDeviceSurvey.class).ifPresent(s -> names.add(((LineDeviceSurvey) s.form()).basicInfo().facilityName()));
        p.first(InspectionDocuments.class).ifPresent(s -> names.add(((InspectionDocuments) s.form()).facilityName()));
        p.first(MinimumChecklist.class).ifPresent(s -> names.add(((MinimumChecklist) s.form()).facilityName()));
        return names.stream().filter(n -> !n.isBlank()).findFirst();
    }

    private static String facilityPath(io.github.medsecforms.model.Form form) {
        if (form instanceof HospitalChecklist || form instanceof MinimumChecklist || form instanceof InspectionDocuments) {
            return "facilityName";
        }
        if (form instanceof LineDeviceSurvey) {
            return "basicInfo.facilityName";
        }
        return null;
    }
}
