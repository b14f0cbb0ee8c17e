package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passesPackage;
import static io.github.medsecforms.validation.rules.RuleCase.triggersPackage;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.PackageInput;
import io.github.medsecforms.validation.SubmittedForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Cases of the package rules (PKG-nnn), each a small change to a complete, consistent package. */
final class PackageRuleCases implements RuleCaseSource {

    /** A complete, consistent package of the sample hospital. */
    static PackageInput complete() {
        return new PackageInput(List.of(
                form("01_医療機関確認用.xlsx", SampleForms.hospitalChecklist()),
                form("02_事業者確認用_電子カルテ.xlsx", SampleForms.vendorChecklist()),
                form("03_最低限の措置編.xlsx", SampleForms.minimumChecklist()),
                form("別紙2-1.xlsx", SampleForms.lineDeviceSurvey()),
                form("バックアップ・VPN調査.xlsx", SampleForms.backupVpnSurvey()),
                form("別紙1.xlsx", SampleForms.inspectionDocuments())),
                List.of("04_機器管理台帳.xlsx", "05_連絡体制図.pdf", "06_ネットワーク構成図.pdf", "07_BCP.docx"));
    }

    static SubmittedForm form(String file, Form form) {
        return new SubmittedForm(form, file, null, null, null);
    }

    static PackageInput change(UnaryOperator<List<SubmittedForm>> forms, UnaryOperator<List<String>> files) {
        PackageInput p = complete();
        return new PackageInput(forms.apply(new ArrayList<>(p.forms())), files.apply(new ArrayList<>(p.otherFiles())));
    }

    static PackageInput replace(int index, Form form) {
        return change(f -> {
            f.set(index, form(f.get(index).file(), form));
            return f;
        }, x -> x);
    }

    @Override
    public List<RuleCase> cases() {
        return List.of(
                triggersPackage("PKG-001", "最低限の措置編がない", change(f -> {
                    f.remove(2);
                    return f;
                }, x -> x)),
                passesPackage("PKG-001", "1～7がそろっている", complete()),
                triggersPackage("PKG-002", "ネットワーク構成図がない", change(f -> f, x -> {
                    x.remove("06_ネットワーク構成図.pdf");
                    return x;
                })),
                passesPackage("PKG-002", "6・7もある", complete()),
                triggersPackage("PKG-003", "医療機関確認用が2部", change(f -> {
                    f.add(form("01_医療機関確認用(2).xlsx", SampleForms.hospitalChecklist()));
                    return f;
                }, x -> x)),
                passesPackage("PKG-003", "医療機関確認用が1部", complete()),
                triggersPackage("PKG-004", "最低限の措置編の医療機関名が違う",
                        replace(2, Mutate.set(SampleForms.minimumChecklist(), "facilityName", "サンプル記念病院"))),
                passesPackage("PKG-004", "空白だけ違う医療機関名は同じとみなす",
                        replace(2, Mutate.set(SampleForms.minimumChecklist(), "facilityName", "サンプル　総合病院"))),
                triggersPackage("PKG-005", "同じ事業者・システムの事業者確認用が2部", change(f -> {
                    f.add(form("02_事業者確認用_電子カルテ(2).xlsx", SampleForms.vendorChecklist()));
                    return f;
                }, x -> x)),
                passesPackage("PKG-005", "同じ事業者でもシステムが違う", change(f -> {
                    f.add(form("02_事業者確認用_医事.xlsx",
                            Mutate.set(SampleForms.vendorChecklist(), "targetSystem", "医事会計システム")));
                    return f;
                }, x -> x)),
                triggersPackage("PKG-006", "VPN装置なしと回答したがインターネットVPN回線がある",
                        replace(4, Mutate.set(SampleForms.backupVpnSurvey(), "vpnPresent", YesNo.NO))),
                passesPackage("PKG-006", "VPN装置ありと回答", complete()),
                triggersPackage("PKG-006", "VPN装置なしで「ｲﾝﾀｰﾈｯﾄ VPN」と書いた回線がある", change(f -> {
                    f.set(4, form(f.get(4).file(), Mutate.set(SampleForms.backupVpnSurvey(), "vpnPresent", YesNo.NO)));
                    f.set(3, form(f.get(3).file(), Mutate.set(noVpnLines(), "lines[1].communicationType", "ｲﾝﾀｰﾈｯﾄ VPN")));
                    return f;
                }, x -> x)),
                passesPackage("PKG-006", "VPN装置なしでインターネットVPNの回線もない", change(f -> {
                    f.set(4, form(f.get(4).file(), Mutate.set(SampleForms.backupVpnSurvey(), "vpnPresent", YesNo.NO)));
                    f.set(3, form(f.get(3).file(), noVpnLines()));
                    return f;
                }, x -> x)),
                triggersPackage("PKG-007", "2-(2)がいいえでリモート保守回線がある",
                        replace(0, Mutate.set(SampleForms.hospitalChecklist(), "entries[3].firstAnswer", YesNo.NO))),
                passesPackage("PKG-007", "2-(2)がはい", complete()),
                triggersPackage("PKG-008", "リモート保守回線があるのに事業者確認用がない", change(f -> {
                    f.remove(1);
                    return f;
                }, x -> x)),
                passesPackage("PKG-008", "事業者確認用がある", complete()),
                triggersPackage("PKG-009", "事業者確認用の提出先が別の病院",
                        replace(1, Mutate.set(SampleForms.vendorChecklist(), "hospitalName", "サンプル記念病院"))),
                passesPackage("PKG-009", "提出先が同じ病院", complete()),
                triggersPackage("PKG-010", "一覧でBCPが提出なのにファイルがない", change(f -> f, x -> {
                    x.remove("07_BCP.docx");
                    return x;
                })),
                passesPackage("PKG-010", "一覧どおりのファイルがある", complete()),
                triggersPackage("PKG-011", "委託事業者の回線がなく事業者確認用もない", change(f -> {
                    f.remove(1);
                    f.set(2, form(f.get(2).file(), noRemoteMaintenance()));
                    return f;
                }, x -> x)),
                passesPackage("PKG-011", "事業者確認用がある", complete()),
                passesPackage("PKG-011", "リモート保守回線があり事業者確認用がない（PKG-008の警告が扱う）", change(f -> {
                    f.remove(1);
                    return f;
                }, x -> x)),
                triggersPackage("PKG-012", "パスワードリストのブックが一式に入っている",
                        new PackageInput(complete().forms(), complete().otherFiles(), List.of("PW一覧.xlsx"))),
                passesPackage("PKG-012", "パスワードリストがない", complete()));
    }

    /** The sample line survey with no Internet VPN line. */
    static io.github.medsecforms.model.linesurvey.LineDeviceSurvey noVpnLines() {
        io.github.medsecforms.model.linesurvey.LineDeviceSurvey s = SampleForms.lineDeviceSurvey();
        for (int i = 0; i < s.lines().size(); i++) {
            if (s.lines().get(i).communicationType().contains("VPN")) {
                s = Mutate.set(s, "lines[" + i + "].communicationType", "インターネット");
            }
        }
        return s;
    }

    /** The sample line survey with no line whose 用途・システム名 names 保守. */
    static io.github.medsecforms.model.linesurvey.LineDeviceSurvey noRemoteMaintenance() {
        io.github.medsecforms.model.linesurvey.LineDeviceSurvey s = SampleForms.lineDeviceSurvey();
        for (int i = 0; i < s.lines().size(); i++) {
            if (s.lines().get(i).purpose().contains("保守")) {
                s = Mutate.set(s, "lines[" + i + "].purpose", "医事");
            }
        }
        return s;
    }
}
