package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passesBatch;
import static io.github.medsecforms.validation.rules.RuleCase.triggersBatch;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.SubmittedForm;
import java.time.Instant;
import java.util.ArrayList;
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

    /** A hospital checklist whose item 2-(2) (remote maintenance confirmed with the vendors) is answered {@code answer}. */
    static Form checklist22(String name, YesNo answer) {
        FiscalYear r7 = FiscalYear.reiwa(7);
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistEntry e : SampleForms.entries("checklist-hospital", r7)) {
            entries.add(e.itemId().equals("2-(2)") ? new ChecklistEntry(e.itemId(), Optional.of(answer), e.firstDate(),
                    e.targetDate(), e.secondAnswer(), e.secondDate(), e.remarks()) : e);
        }
        return new HospitalChecklist(r7, name, Optional.empty(), entries);
    }

    /** The sample line survey (サンプル総合病院, 岡山県, one リモート保守 line) at another address or with other purposes. */
    static Form maintainedSurvey(String address, boolean maintenance) {
        Form f = Mutate.set(SampleForms.lineDeviceSurvey(), "basicInfo.address", address);
        return maintenance ? f : Mutate.set(f, "lines[1].purpose", "画像連携");
    }

    /** The sample selection of 岡山県 with its first row's name changed to {@code name}. */
    static Form selection(String name) {
        HospitalSelection h = SampleForms.hospitalSelection();
        List<SelectedHospital> rows = new ArrayList<>(h.hospitals());
        SelectedHospital r = rows.get(0);
        rows.set(0, new SelectedHospital(r.hospitalCode(), name, r.beds(), r.band(), r.ehr(), r.reason()));
        return new HospitalSelection(h.version(), h.prefecture(), h.quotas(), rows);
    }

    /** A support request of a hospital of 岡山県 (as the sample selection's first row) with {@code code}. */
    static Form okayamaRequest(String code, String name) {
        Form f = Mutate.set(SampleForms.supportRequest(), "hospitalCode", HospitalCode.parse(code));
        f = Mutate.set(f, "address", "岡山県岡山市北区内山下2-4-6");
        return Mutate.set(f, "hospitalName", name);
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
                        entry("a.xlsx", checklist("ミナト病院", r7)), entry("b.xlsx", checklist("ヤマ病院", r7)))),
                triggersBatch("BAT-002", "支援対象病院の選定の行と回答様式で、同じ医療機関コードに違う病院名", List.of(
                        entry("選定.xlsx", selection("岡山サンプル病院")),
                        entry("回答.xlsx", okayamaRequest("3310712363", "岡山ミナト病院")))),
                passesBatch("BAT-002", "支援対象病院の選定の行と回答様式で、コードも病院名も同じ", List.of(
                        entry("選定.xlsx", selection("岡山サンプル病院")),
                        entry("回答.xlsx", okayamaRequest("3310712363", "岡山サンプル病院")))),
                triggersBatch("BAT-003", "支援対象病院の選定の行と回答様式で、同じ県の同じ病院名に違う医療機関コード", List.of(
                        entry("選定.xlsx", selection("岡山サンプル病院")),
                        entry("回答.xlsx", okayamaRequest("331099999" + HospitalCode.checkDigit("331099999"), "岡山サンプル病院")))),
                passesBatch("BAT-003", "同じ選定の中の2行（選定の中の重複は SEL-010）", List.of(
                        entry("選定.xlsx", selection("倉敷みなと病院")), entry("回答.xlsx", request(1, "ミナト病院")))),
                triggersBatch("BAT-006", "チェックリスト2-(2)が「いいえ」で、別のファイルの同じ病院の回線・機器情報にリモート保守の回線", List.of(
                        entry("回線.xlsx", SampleForms.lineDeviceSurvey()),
                        entry("チェックリスト.xlsx", checklist22("医療法人 サンプル総合病院", YesNo.NO)))),
                passesBatch("BAT-006", "チェックリスト2-(2)が「はい」", List.of(
                        entry("回線.xlsx", SampleForms.lineDeviceSurvey()),
                        entry("チェックリスト.xlsx", checklist22("サンプル総合病院", YesNo.YES)))),
                passesBatch("BAT-006", "別の病院の回線・機器情報", List.of(
                        entry("回線.xlsx", SampleForms.lineDeviceSurvey()),
                        entry("チェックリスト.xlsx", checklist22("サンプル中央病院", YesNo.NO)))),
                passesBatch("BAT-006", "同じ名前の病院が2つの県にあり、チェックリストがどちらのものか分からない", List.of(
                        entry("回線_岡山.xlsx", maintainedSurvey("岡山県岡山市北区内山下2-4-6", true)),
                        entry("回線_香川.xlsx", maintainedSurvey("香川県高松市番町四丁目1番10号", true)),
                        entry("チェックリスト.xlsx", checklist22("サンプル総合病院", YesNo.NO)))),
                passesBatch("BAT-006", "リモート保守の回線があったのは置き換えられた古い回線・機器情報だけ", List.of(
                        entry("回線.xlsx", maintainedSurvey("岡山県岡山市北区内山下2-4-6", true)),
                        entry("回線_修正版.xlsx", maintainedSurvey("岡山県岡山市北区内山下2-4-6", false)),
                        entry("チェックリスト.xlsx", checklist22("サンプル総合病院", YesNo.NO)))));
    }
}
