package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.BatchEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules across the submissions of a batch (BAT-nnn): a prefecture's few hundred workbooks or the secretariat's 2,000
 * checked as a whole (issue 15). Every rule indexes the entries by a key in one pass (hash maps), never compares all
 * pairs; findings point at the later submission's cell and name the other file.
 */
public final class BatchRules {
    private BatchRules() {
    }

    public static List<BatchRule> rules() {
        return List.of(
                BatchRule.of("BAT-001", WARNING,
                        "同じ病院の同じ様式は1部: 再提出（修正版）なら新しい方だけを取りまとめ、重複なら1部にする",
                        Basis.ourDesign("病院は修正版を送り直し、同じファイルを2度送るため、取りまとめの一覧に同じ病院が2行入らないよう、"
                                + "新しい提出（様式の日付、ファイルの更新日時、ファイル名の順。順序ファイルが優先）のない古い方を指摘する"),
                        "回答.xlsx と 回答_修正版.xlsx が同じ医療機関コードの回答様式", (v, c) -> {
                            List<BatchEntry> entries = v.entries();
                            for (int i = 0; i < entries.size(); i++) {
                                int index = i;
                                BatchEntry e = entries.get(i);
                                v.newerThan(i).ifPresent(n -> c.report(e, keyPath(e), e.hospital(), n.file(),
                                        reason(v, index, false), reason(v, index, true)));
                            }
                        }),
                BatchRule.of("BAT-002", WARNING, "1つの医療機関コードは1つの病院",
                        Basis.ourDesign("同じ医療機関コードで病院名が違う提出は、コードの写し間違いか別の病院の様式を写したもののため警告する"
                                + "（名前はNFKC・空白と法人格を除いて比べる。支援対象病院の選定の行も回答様式と同じに比べる）"),
                        "2つの回答様式が医療機関コード 3710112347 で、病院名が「サンプル病院」と「みなと病院」", (v, c) -> {
                            Map<String, Claim> first = new HashMap<>();
                            for (BatchEntry e : v.entries()) {
                                for (Claim claim : claims(e)) {
                                    String name = BatchKeys.normalisedName(claim.name());
                                    if (name.isEmpty()) {
                                        continue;
                                    }
                                    Claim f = first.putIfAbsent(claim.code(), claim);
                                    if (f != null && f.entry() != e && !BatchKeys.normalisedName(f.name()).equals(name)) {
                                        c.report(e, claim.namePath(), claim.code(), claim.name().strip(),
                                                f.entry().file(), f.name().strip());
                                    }
                                }
                            }
                        }),
                BatchRule.of("BAT-003", WARNING, "1つの病院は1つの医療機関コード",
                        Basis.ourDesign("同じ都道府県の同じ病院名（NFKC・空白と法人格を除く）で医療機関コードが違う提出は、"
                                + "コードの誤りが多いが同名の別病院もありうるため警告する（支援対象病院の選定の行も比べる）"),
                        "2つの回答様式が病院名「サンプル病院」で、医療機関コードが 3710112347 と 3710112354", (v, c) -> {
                            Map<String, Claim> first = new HashMap<>();
                            for (BatchEntry e : v.entries()) {
                                for (Claim claim : claims(e)) {
                                    String name = BatchKeys.normalisedName(claim.name());
                                    if (name.isEmpty()) {
                                        continue;
                                    }
                                    Claim f = first.putIfAbsent(name + "|" + claim.prefecture().orElse(""), claim);
                                    if (f != null && f.entry() != e && !f.code().equals(claim.code())) {
                                        c.report(e, claim.codePath(), claim.name().strip(), claim.code(),
                                                f.entry().file(), f.code());
                                    }
                                }
                            }
                        }),
                BatchRule.of("BAT-004", WARNING,
                        "グローバルIPアドレス・FQDNは回線ごとのもので、別の病院の回線と同じになることは少ない",
                        Basis.ourDesign("別の病院の回線・機器情報に同じグローバルIPアドレスやFQDNがあるのは写し間違い"
                                + "（前年度や他院の様式を写した）が多いが、事業者の共用アドレスもありうるため、両方の病院を示して警告する"),
                        "病院Aと病院Bの回線・機器情報に同じグローバルIPアドレス 121.119.249.222", (v, c) -> {
                            Map<String, BatchEntry> first = new HashMap<>();
                            for (BatchEntry e : v.entries()) {
                                Set<String> seen = new HashSet<>();
                                for (BatchEntry.Address a : e.addresses()) {
                                    String key = (a.fqdn() ? "fqdn:" : "ip:") + a.value();
                                    if (!seen.add(key)) {
                                        continue; // twice in one survey: LDS-019
                                    }
                                    BatchEntry f = first.putIfAbsent(key, e);
                                    if (f != null && !sameHospital(f, e)) {
                                        c.report(e, a.path(), a.value(), f.hospital(), f.file(), e.hospital());
                                    }
                                }
                            }
                        }),
                BatchRule.of("BAT-005", WARNING, "同じ様式は同じ版で取りまとめる",
                        Basis.ourDesign("ほかの提出より古い版の様式は、前年度のブックを写して記入したものが多く、"
                                + "項目が足りない・違うことがあるため警告する"),
                        "令和7年度版の医療機関確認用チェックリストの中に1部だけ令和6年度版", (v, c) -> {
                            Map<String, FiscalYear> newest = new HashMap<>();
                            Map<String, BatchEntry> example = new HashMap<>();
                            for (BatchEntry e : v.entries()) {
                                FiscalYear max = newest.get(e.formId());
                                if (max == null || e.version().compareTo(max) > 0) {
                                    newest.put(e.formId(), e.version());
                                    example.put(e.formId(), e);
                                }
                            }
                            for (BatchEntry e : v.entries()) {
                                FiscalYear max = newest.get(e.formId());
                                if (e.version().compareTo(max) < 0) {
                                    c.report(e, "", e.version().label(), max.label(), example.get(e.formId()).file(),
                                            e.version().code(), max.code());
                                }
                            }
                        }),
                BatchRule.of("BAT-006", WARNING,
                        "同じ病院の回線・機器情報とチェックリストは食い違わない（提出書類一式のPKG-007を、別々に届いたファイルにも）",
                        Basis.ourDesign("提出書類一式の中で照合する食い違い（PKG-007: チェックリスト2-(2)「いいえ」とリモート保守の回線）は、"
                                + "同じ病院の様式が別々のファイルで届いても同じく食い違うため、病院名（NFKC・空白と法人格を除く）で"
                                + "まとめて警告する。バックアップ・VPN装置の調査には病院名がないため PKG-006 は照合できない（docs/batch.md）")
                                .and("004", "リモートメンテナンス(保守)を利用している機器の有無の事業者等への確認"),
                        "サンプル病院のチェックリスト2-(2)が「いいえ」で、別のファイルの同じ病院の回線・機器情報にリモート保守の回線がある",
                        BatchRules::crossForm));

    }

    /**
     * A hospital's code and name as one submission gives them: a support request's own, or a row of a hospital
     * selection.
     */
    private record Claim(BatchEntry entry, String code, String name, Optional<String> prefecture, String codePath,
                         String namePath) {
    }

    private static List<Claim> claims(BatchEntry e) {
        if (e.hospitalCode().isEmpty() && e.listed().isEmpty()) {
            return List.of();
        }
        List<Claim> out = new ArrayList<>(1 + e.listed().size());
        e.hospitalCode().ifPresent(code -> out.add(new Claim(e, code, e.hospitalName(), e.prefecture(), "hospitalCode",
                BatchKeys.namePath(e.formId()))));
        for (BatchEntry.ListedHospital h : e.listed()) {
            out.add(new Claim(e, h.code(), h.name(), h.prefecture(), h.codePath(), h.namePath()));
        }
        return out;
    }

    /**
     * BAT-006: the package rule PKG-007 across the files of one hospital. Only the newest submission of each form and
     * hospital takes part (an older one is BAT-001's). The hospital checklist names no prefecture, so it is joined with
     * the line surveys of its normalised name when they all lie in one prefecture (or name none); two hospitals of
     * that name in two prefectures leave it unjoined. One pass to index the line surveys by name, one over the
     * checklists.
     */
    private static void crossForm(BatchView v, BatchContext c) {
        Map<String, Set<String>> prefectures = new HashMap<>();
        Map<String, List<BatchEntry>> maintained = new HashMap<>();
        List<BatchEntry> notConfirmed = new ArrayList<>();
        List<BatchEntry> entries = v.entries();
        for (int i = 0; i < entries.size(); i++) {
            BatchEntry e = entries.get(i);
            if (v.newerThan(i).isPresent()) {
                continue;
            }
            if (e.formId().equals("line-device-survey")) {
                String name = BatchKeys.normalisedName(e.hospitalName());
                if (name.isEmpty()) {
                    continue;
                }
                prefectures.computeIfAbsent(name, k -> new HashSet<>()).add(e.prefecture().orElse(""));
                if (first(e, BatchEntry.FactKind.REMOTE_MAINTENANCE_LINE).isPresent()) {
                    maintained.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
                }
            } else if (e.formId().equals("checklist-hospital")
                    && first(e, BatchEntry.FactKind.REMOTE_MAINTENANCE_NOT_CONFIRMED).isPresent()) {
                notConfirmed.add(e);
            }
        }
        for (BatchEntry checklist : notConfirmed) {
            String name = BatchKeys.normalisedName(checklist.hospitalName());
            List<BatchEntry> surveys = maintained.get(name);
            if (surveys == null) {
                continue;
            }
            Optional<String> prefecture = checklist.prefecture();
            Set<String> known = new HashSet<>(prefectures.get(name));
            known.remove("");
            if (prefecture.isEmpty() && known.size() > 1) {
                continue; // two hospitals of this name in two prefectures: which one is unknown
            }
            String path = first(checklist, BatchEntry.FactKind.REMOTE_MAINTENANCE_NOT_CONFIRMED).get().path();
            for (BatchEntry survey : surveys) {
                if (prefecture.isPresent() && survey.prefecture().isPresent()
                        && !prefecture.get().equals(survey.prefecture().get())) {
                    continue;
                }
                List<BatchEntry.Fact> lines = survey.facts().stream()
                        .filter(f -> f.kind() == BatchEntry.FactKind.REMOTE_MAINTENANCE_LINE).toList();
                String at = lines.get(0).path();
                c.report(checklist, path,
                        new Object[] {survey.hospitalName().strip(), survey.file(), BatchContext.where(survey, at, false),
                                lines.size()},
                        new Object[] {survey.hospitalName().strip(), survey.file(), BatchContext.where(survey, at, true),
                                lines.size()});
            }
        }
    }

    private static Optional<BatchEntry.Fact> first(BatchEntry e, BatchEntry.FactKind kind) {
        for (BatchEntry.Fact f : e.facts()) {
            if (f.kind() == kind) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The field a duplicate is reported at: the code when the hospital is known by its code, else its name. */
    private static String keyPath(BatchEntry e) {
        if (e.hospitalKey().filter(k -> k.startsWith("code:")).isPresent()) {
            return "hospitalCode";
        }
        return BatchKeys.namePath(e.formId());
    }

    private static String reason(BatchView v, int index, boolean english) {
        return v.supersededAt(index).map(s -> english ? s.reasonEn() : s.reason()).orElse("");
    }

    /** Whether two submissions are of the same hospital: the same key, or the same file when neither has one. */
    private static boolean sameHospital(BatchEntry a, BatchEntry b) {
        Optional<String> ka = a.hospitalKey();
        Optional<String> kb = b.hospitalKey();
        if (ka.isPresent() && kb.isPresent()) {
            return ka.get().equals(kb.get());
        }
        return a.file().equals(b.file());
    }
}
