package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.selection.BandQuota;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.HospitalCode;
import java.util.List;
import java.util.Optional;

/**
 * Cases of the hospital-selection rules (SEL-nnn), each a small change to the valid full sample: 岡山県, quotas
 * 20～199床 = 2 and 200床以上 = 1; hospitals of 150 and 60 beds (20～199床) and 420 beds (200床以上).
 */
final class HospitalSelectionRuleCases implements RuleCaseSource {
    private static final HospitalSelection OK = SampleForms.hospitalSelection();

    private static HospitalSelection with(String path, Object value) {
        return Mutate.set(OK, path, value);
    }

    private static HospitalSelection with(HospitalSelection base, String path, Object value) {
        return Mutate.set(base, path, value);
    }

    private static BandQuota quota(String band, int quota) {
        return new BandQuota(Optional.of(BedBand.parse(band)), Optional.of(quota));
    }

    @Override
    public List<RuleCase> cases() {
        HospitalCode first = OK.hospitals().get(0).hospitalCode().orElseThrow();
        SelectedHospital extraLarge = new SelectedHospital(Optional.of(HospitalCode.parse("3310212349")), "岡山北サンプル病院",
                Optional.of(310), Optional.of(BedBand.parse("200床以上")), Optional.of(Presence.PRESENT), "");
        return List.of(
                triggers("SEL-001", "病院名が空欄", with("hospitals[1].hospitalName", "")),
                triggers("SEL-001", "都道府県名が空欄", with("prefecture", null)),
                triggers("SEL-001", "支援枠の数が空欄", with("quotas[0].quota", null)),
                passes("SEL-001", "選定理由は空欄でよい", with("hospitals[0].reason", "")),
                triggers("SEL-002", "支援枠の表が空", new HospitalSelection(OK.version(), OK.prefecture(), List.of(),
                        OK.hospitals())),
                passes("SEL-002", "支援枠が1行", with("quotas[-1]", null)),
                triggers("SEL-003", "「200床以上」が2行", with("quotas[+]", quota("200床以上", 1))),
                triggers("SEL-003", "書き方が違っても同じ範囲（199床超）", with("quotas[+]", quota("199床超", 1))),
                passes("SEL-003", "病床規模がすべて異なる", OK),
                triggers("SEL-004", "20～199床と100床以上が重なる", with("quotas[1].band", BedBand.parse("100床以上"))),
                passes("SEL-004", "20～199床と200床以上は隣り合うだけ", OK),
                passes("SEL-004", "同じ病床規模の重複はSEL-003だけ", with("quotas[+]", quota("200床以上", 1))),
                triggers("SEL-005", "200床以上の支援枠1に2病院", with("hospitals[+]", extraLarge)),
                triggers("SEL-005", "支援枠0に1病院", with("quotas[1].quota", 0)),
                passes("SEL-005", "支援枠どおり", OK),
                passes("SEL-005", "少ないのはSEL-006", with("quotas[0].quota", 3)),
                triggers("SEL-006", "20～199床の支援枠2に1病院", with("hospitals[-1]", null)),
                triggers("SEL-006", "支援枠3に2病院", with("quotas[0].quota", 3)),
                passes("SEL-006", "支援枠どおり", OK),
                passes("SEL-006", "病床規模区分が空欄の病院は病床数で数える", with("hospitals[1].band", null)),
                passes("SEL-006", "支援枠0で選定なし", with(with("hospitals[-2]", null), "quotas[1].quota", 0)),
                triggers("SEL-007", "病床規模区分「100～199床」が支援枠の表にない",
                        with("hospitals[0].band", BedBand.parse("100～199床"))),
                passes("SEL-007", "書き方が違っても同じ範囲（20床以上200床未満）",
                        with("hospitals[0].band", BedBand.parse("20床以上200床未満"))),
                passes("SEL-007", "病床規模区分が支援枠の表にある", OK),
                triggers("SEL-008", "病床数250で20～199床", with("hospitals[0].beds", 250)),
                triggers("SEL-008", "病床数199で200床以上", with("hospitals[2].beds", 199)),
                passes("SEL-008", "病床数199で20～199床（境界）", with("hospitals[0].beds", 199)),
                passes("SEL-008", "病床数200で200床以上（境界）", with("hospitals[2].beds", 200)),
                triggers("SEL-009", "電子カルテ導入なし", with("hospitals[1].ehr", Presence.ABSENT)),
                passes("SEL-009", "電子カルテ導入あり", OK),
                triggers("SEL-010", "3行目のコードが1行目と同じ", with("hospitals[2].hospitalCode", first)),
                passes("SEL-010", "コードがすべて異なる", OK),
                triggers("SEL-011", "岡山県で広島県（34）のコード",
                        with("hospitals[0].hospitalCode", HospitalCode.parse("3410712362"))),
                triggers("SEL-011", "都道府県名を広島県に変えると岡山県のコードが合わない",
                        with("prefecture", io.github.medsecforms.model.value.Prefecture.HIROSHIMA)),
                passes("SEL-011", "岡山県で都道府県番号83（33＋50）のコード",
                        with("hospitals[0].hospitalCode", HospitalCode.parse("8310712362"))),
                passes("SEL-011", "岡山県で岡山県（33）のコード", OK));
    }
}
