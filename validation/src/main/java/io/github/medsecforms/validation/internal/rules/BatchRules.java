package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.BatchEntry;
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
                                + "（名前はNFKC・空白と法人格を除いて比べる）"),
                        "2つの回答様式が医療機関コード 3710112347 で、病院名が「サンプル病院」と「みなと病院」", (v, c) -> {
                            Map<String, BatchEntry> first = new HashMap<>();
                            for (BatchEntry e : v.entries()) {
                                if (e.hospitalCode().isEmpty() || BatchKeys.normalisedName(e.hospitalName()).isEmpty()) {
                                    continue;
                                }
                                BatchEntry f = first.putIfAbsent(e.hospitalCode().get(), e);
                                if (f != null && !BatchKeys.normalisedName(f.hospitalName())
                                        .equals(BatchKeys.normalisedName(e.hospitalName()))) {
                                    c.report(e, BatchKeys.namePath(e.formId()), e.hospitalCode().get(),
                                            e.hospitalName().strip(), f.file(), f.hospitalName().strip());
                                }
                            }
                        }),
                BatchRule.of("BAT-003", WARNING, "1つの病院は1つの医療機関コード",
                        Basis.ourDesign("同じ都道府県の同じ病院名（NFKC・空白と法人格を除く）で医療機関コードが違う提出は、"
                                + "コードの誤りが多いが同名の別病院もありうるため警告する"),
                        "2つの回答様式が病院名「サンプル病院」で、医療機関コードが 3710112347 と 3710112354", (v, c) -> {
                            Map<String, BatchEntry> first = new HashMap<>();
                            for (BatchEntry e : v.entries()) {
                                String name = BatchKeys.normalisedName(e.hospitalName());
                                if (e.hospitalCode().isEmpty() || name.isEmpty()) {
                                    continue;
                                }
                                BatchEntry f = first.putIfAbsent(name + "|" + e.prefecture().orElse(""), e);
                                if (f != null && !f.hospitalCode().get().equals(e.hospitalCode().get())) {
                                    c.report(e, "hospitalCode", e.hospitalName().strip(), e.hospitalCode().get(),
                                            f.file(), f.hospitalCode().get());
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
                        }));
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
