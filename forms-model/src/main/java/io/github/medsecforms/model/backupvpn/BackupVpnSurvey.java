package io.github.medsecforms.model.backupvpn;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;
import java.util.Optional;

/**
 * 病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査: 14 questions, answered
 * はい/いいえ unless stated. Skip rules from the answering guide: Q3 いいえ ⇒ Q4–Q7 not required; Q8 いいえ ⇒ Q9–Q14
 * not required. Q9 is 記述方式 (a description, {@code vpnDevicesText}); rows of maker/model/count ({@code vpnDevices})
 * are our design for forms that lay it out as a table, and {@link #listedVpnDevices()} reads a description as rows
 * where it clearly can.
 */
@FormSpec(id = "backup-vpn-survey",
        title = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査",
        titleEn = "Survey on backup data and remote gateway (VPN) devices of hospital information systems",
        versions = {"R6"}, sheet = "回答",
        source = "厚生労働省 回答要領 (seed 003)",
        seeds = {"003"})
public record BackupVpnSurvey(
        FiscalYear version,
        @Label(value = "回答者の情報", en = "Q1 Respondent", required = true)
        Respondent respondent,
        @Label(value = "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
                en = "Q2 Uses the security guideline and its checklists", required = true)
        Optional<YesNo> usesGuidelines,
        @Label(value = "電子カルテシステムを使用しているか", en = "Q3 Uses an electronic medical record system", required = true,
                hint = "電子カルテシステムを使用していない場合は、7. まで回答不要です")
        Optional<YesNo> usesEhr,
        @Label(value = "診療行為を停止させないためのバックアップデータは作成しているか",
                en = "Q4 Creates and regularly tests backups that keep care running", required = true)
        Optional<YesNo> backupTested,
        @Label(value = "バックアップデータは世代管理しているか", en = "Q5 Keeps backup generations", required = true)
        Optional<YesNo> generationsKept,
        @Label(value = "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
                en = "Q6 Stores backups so that one incident cannot destroy them all", required = true)
        Optional<YesNo> disasterSeparated,
        @Label(value = "バックアップデータの漏洩対策を講じているか", en = "Q7 Protects backups against leaks", required = true)
        Optional<YesNo> leakProtected,
        @Label(value = "VPN装置が存在するか", en = "Q8 A VPN device exists", required = true,
                hint = "設置されていない場合は、以降の設問は回答不要です")
        Optional<YesNo> vpnPresent,
        @Label(value = "VPN装置のメーカー名、型番、台数を全て記載すること", en = "Q9 VPN devices (description of maker, model, count)",
                text = TextKind.MULTILINE, example = "ヤマハ RTX1210 2台、Fortinet FortiGate-60F 1台",
                hint = "VPN装置のメーカー名、型番、台数を全て記載してください（記述方式）")
        String vpnDevicesText,
        @Label(value = "VPN装置のメーカー名、型番、台数", en = "Q9 VPN devices (maker, model, count)")
        @Table(rowLabel = "VPN装置{n}", templateRows = 5)
        List<VpnDevice> vpnDevices,
        @Label(value = "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
                en = "Q10 Updates the VPN devices following NISC and MHLW alerts", required = true)
        Optional<YesNo> vpnUpdated,
        @Label(value = "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか",
                en = "Q11 Restricts VPN access to the maintainers' source addresses", required = true)
        Optional<YesNo> vpnSourceRestricted,
        @Label(value = "VPN装置へのアクセス記録を定期的に分析・監査しているか", en = "Q12 Audits VPN access logs regularly",
                required = true)
        Optional<YesNo> vpnLogsAudited,
        @Label(value = "詳細な緊急対応手順を整備し、定期的に訓練しているか",
                en = "Q13 Maintains detailed emergency procedures and drills them", required = true)
        Optional<YesNo> emergencyDrills,
        @Label(value = "セキュリティ責任者を設置しているか", en = "Q14 Has a security officer", required = true)
        Optional<YesNo> securityOfficer,
        @Label(value = "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか",
                basis = "003「セキュリティ責任者を医療情報システムの責任者とは、別に、配置しているか」",
                en = "Q14 The security officer is not the information-systems officer", required = true)
        Optional<YesNo> securityOfficerSeparate) implements Form {

    public BackupVpnSurvey {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        respondent = Defaults.orElse(respondent, Respondent.EMPTY);
        usesGuidelines = Defaults.optional(usesGuidelines);
        usesEhr = Defaults.optional(usesEhr);
        backupTested = Defaults.optional(backupTested);
        generationsKept = Defaults.optional(generationsKept);
        disasterSeparated = Defaults.optional(disasterSeparated);
        leakProtected = Defaults.optional(leakProtected);
        vpnPresent = Defaults.optional(vpnPresent);
        vpnDevicesText = Defaults.text(vpnDevicesText);
        vpnDevices = Defaults.list(vpnDevices);
        vpnUpdated = Defaults.optional(vpnUpdated);
        vpnSourceRestricted = Defaults.optional(vpnSourceRestricted);
        vpnLogsAudited = Defaults.optional(vpnLogsAudited);
        emergencyDrills = Defaults.optional(emergencyDrills);
        securityOfficer = Defaults.optional(securityOfficer);
        securityOfficerSeparate = Defaults.optional(securityOfficerSeparate);
    }

    /**
     * The VPN devices of Q9 as rows: the rows given, else the description split into rows when every part of it
     * clearly names maker, model and count ({@link VpnDevice#split}), else none (the description stands whole).
     */
    public List<VpnDevice> listedVpnDevices() {
        if (!vpnDevices.isEmpty()) {
            return vpnDevices;
        }
        return VpnDevice.split(vpnDevicesText).orElse(List.of());
    }
}
