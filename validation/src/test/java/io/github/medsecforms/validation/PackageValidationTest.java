package io.github.medsecforms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PackageValidationTest {
    private final FormValidator validator = FormValidator.builder().asOf(LocalDate.of(2025, 3, 31)).build();

    private static SubmittedForm form(String file, Form form) {
        return new SubmittedForm(form, file, null, null, null);
    }

    @Test
    void a_package_whose_forms_contradict_each_other_yields_exactly_the_expected_cross_form_findings() {
        PackageInput input = new PackageInput(List.of(
                form("01_医療機関確認用.xlsx", Mutate.set(SampleForms.hospitalChecklist(), "entries[3].firstAnswer", YesNo.NO)),
                form("02_事業者確認用_電子カルテ.xlsx", SampleForms.vendorChecklist()),
                form("02_事業者確認用_医事.xlsx", Mutate.set(Mutate.set(SampleForms.vendorChecklist(), "targetSystem",
                        "医事会計システム"), "hospitalName", "サンプル記念病院")),
                form("別紙2-1.xlsx", SampleForms.lineDeviceSurvey()),
                form("バックアップ・VPN調査.xlsx", Mutate.set(SampleForms.backupVpnSurvey(), "vpnPresent", YesNo.NO))),
                List.of());

        PackageReport report = validator.validatePackage(input);

        assertThat(report.crossForm().findings())
                .extracting(f -> f.ruleId() + " " + (f.file().isEmpty() ? f.label() : f.file() + " " + f.path()))
                .containsExactlyInAnyOrder(
                        "PKG-001 3 チェックリスト（最低限の措置編）",
                        "PKG-001 4 機器管理台帳",
                        "PKG-001 5 インシデント発生時の連絡体制図",
                        "PKG-002 6 ネットワーク構成図及びシステム全体構成図",
                        "PKG-002 7 サイバー攻撃を想定した事業継続計画（BCP）",
                        "PKG-006 別紙2-1.xlsx lines[0].communicationType",
                        "PKG-007 01_医療機関確認用.xlsx entries[3].firstAnswer",
                        "PKG-009 02_事業者確認用_医事.xlsx hospitalName");
        assertThat(report.documents().get(DocumentKind.CHECKLIST_VENDOR))
                .containsExactly("02_事業者確認用_電子カルテ.xlsx", "02_事業者確認用_医事.xlsx");
        assertThat(report.reports()).hasSize(5);
        assertThat(report.valid()).isFalse();
        assertThat(report.toText(Locale.JAPANESE)).contains("提出書類一式: エラーあり").contains("PKG-006");
        assertThat(report.toJson(Locale.ENGLISH)).contains("\"crossForm\"").contains("Internet VPN");
    }

    @Test
    void a_complete_consistent_package_is_valid() {
        PackageReport report = validator.validatePackage(new PackageInput(List.of(
                form("01_医療機関確認用.xlsx", SampleForms.hospitalChecklist()),
                form("02_事業者確認用.xlsx", SampleForms.vendorChecklist()),
                form("03_最低限の措置編.xlsx", SampleForms.minimumChecklist()),
                form("別紙2-1.xlsx", SampleForms.lineDeviceSurvey()),
                form("バックアップ・VPN調査.xlsx", SampleForms.backupVpnSurvey())),
                List.of("04_機器管理台帳.xlsx", "05_連絡体制図.pdf", "06_構成図.pdf", "07_BCP.docx")));
        assertThat(report.crossForm().findings()).isEmpty();
        assertThat(report.valid()).as(report.toText(Locale.JAPANESE)).isTrue();
    }
}
