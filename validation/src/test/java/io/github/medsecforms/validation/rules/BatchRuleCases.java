package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passesBatch;
import static io.github.medsecforms.validation.rules.RuleCase.triggersBatch;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.SubmittedForm;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Cases of the rules across submissions (BAT-nnn), each a small batch of two or three submissions. */
final class BatchRuleCases implements RuleCaseSource {
    private static final Instant T0 = Instant.parse("2025-01-10T00:00:00Z");

    static BatchEntry entry(String file, Form form) {
        return entry(file, form, Optional.empty());
    }

    static BatchEntry entry(String file, Form form, Optional<Instant> modified) {
        return BatchEntry.of(new SubmittedForm(form, file, Origins.empty(), List.of(), Optional.empty()), modified);
    }

    /** A support request of hospital {@code n}: its own code and name. */
    static Form request(int n, String name) {
        String nine = String.format("37%d%06d", 1, 10000 + n);
        return Mutate.set(Mutate.set(SampleForms.supportRequest(), "hospitalCode",
                HospitalCode.parse(nine + HospitalCode.checkDigit(nine))), "hospitalName", name);
    }

    /** A line survey of hospital {@code n}: its own name and addresses. */
    static Form survey(int n) {
        Form f = Mutate.set(SampleForms.lineDeviceSurvey(), "basicInfo.facilityName", "病院" + n);
        f = Mutate.set(f, "lines[0].globalIpAddress", Ipv4Address.parse("121.119." + n + ".1"));
        f = Mutate.set(f, "lines[0].fqdn", Fqdn.parse("vpn.h" + n + ".example.jp"));
        return Mutate.set(f, "lines[1].globalIpAddress", Ipv4Address.parse("203.141." + n + ".20"));
    }

    static Form checklist(String name, FiscalYear version) {
        return new HospitalChecklist(version, name, Optional.empty(), SampleForms.entries("checklist-hospital", version));
    }

    @Override
    public List<RuleCase> cases() {
        FiscalYear r6 = FiscalYear.reiwa(6);
        FiscalYear r7 = FiscalYear.reiwa(7);
        return List.of(
                triggersBatch("BAT-001", "同じ医療機関コードの回答様式が2部（修正版が新しい）", List.of(
                        entry("回答.xlsx", request(1, "ミナト病院"), Optional.of(T0)),
                        entry("回答_修正版.xlsx", request(1, "ミナト病院"), Optional.of(T0.plusSeconds(60))))),
                passesBatch("BAT-001", "医療機関コードの違う2病院の回答様式", List.of(
                        entry("a.xlsx", request(1, "ミナト病院")), entry("b.xlsx", request(2, "ヤマ病院")))),
                triggersBatch("BAT-001", "名前で見分ける様式（法人格と空白の違いだけ）が2部", List.of(
                        entry("1.xlsx", checklist("医療法人 ミナト会 ミナト病院", r7)),
                        entry("2.xlsx", checklist("ミナト会ミナト病院", r7)))),
                passesBatch("BAT-001", "同じ病院の別の様式", List.of(
                        entry("a.xlsx", request(1, "ミナト病院")), entry("b.xlsx", checklist("ミナト病院", r7)))),
                triggersBatch("BAT-002", "同じ医療機関コードで病院名が違う", List.of(
                        entry("a.xlsx", request(1, "ミナト病院")), entry("b.xlsx", request(1, "ヤマ病院")))),
                passesBatch("BAT-002", "同じ医療機関コードで病院名の違いは全角・半角と空白だけ", List.of(
                        entry("a.xlsx", request(1, "ミナト 病院")), entry("b.xlsx", request(1, "ミナト病院")))),
                triggersBatch("BAT-003", "同じ病院名で医療機関コードが違う", List.of(
                        entry("a.xlsx", request(1, "ミナト病院")), entry("b.xlsx", request(2, "ミナト病院")))),
                passesBatch("BAT-003", "病院名も医療機関コードも違う", List.of(
                        entry("a.xlsx", request(1, "ミナト病院")), entry("b.xlsx", request(2, "ヤマ病院")))),
                triggersBatch("BAT-004", "別の病院の回線に同じグローバルIPアドレス", List.of(
                        entry("a.xlsx", survey(1)),
                        entry("b.xlsx", Mutate.set(survey(2), "lines[1].globalIpAddress",
                                Ipv4Address.parse("203.141.1.20"))))),
                triggersBatch("BAT-004", "別の病院の回線に同じFQDN（大文字と末尾の点の違い）", List.of(
                        entry("a.xlsx", survey(1)),
                        entry("b.xlsx", Mutate.set(survey(2), "lines[0].fqdn", Fqdn.parse("VPN.H1.example.jp."))))),
                passesBatch("BAT-004", "同じ病院の再提出は同じアドレスでもよい", List.of(
                        entry("a.xlsx", survey(1)), entry("a_修正版.xlsx", survey(1)))),
                passesBatch("BAT-004", "病院ごとに違うアドレス", List.of(
                        entry("a.xlsx", survey(1)), entry("b.xlsx", survey(2)))),
                triggersBatch("BAT-005", "令和7年度版の中に令和6年度版が1部", List.of(
                        entry("a.xlsx", checklist("ミナト病院", r7)), entry("b.xlsx", checklist("ヤマ病院", r7)),
                        entry("c.xlsx", checklist("カワ病院", r6)))),
                passesBatch("BAT-005", "すべて令和7年度版", List.of(
                        entry("a.xlsx", checklist("ミナト病院", r7)), entry("b.xlsx", checklist("ヤマ病院", r7)))));
    }
}
