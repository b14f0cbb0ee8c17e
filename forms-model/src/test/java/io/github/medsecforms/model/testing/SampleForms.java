package io.github.medsecforms.model.testing;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.backupvpn.Respondent;
import io.github.medsecforms.model.backupvpn.VpnDevice;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.inspection.Submission;
import io.github.medsecforms.model.linesurvey.BasicInfo;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.Confirmation;
import io.github.medsecforms.model.linesurvey.Consent;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.linesurvey.DeviceCredential;
import io.github.medsecforms.model.linesurvey.DiagnosisDayCheck;
import io.github.medsecforms.model.linesurvey.FloorPlan;
import io.github.medsecforms.model.linesurvey.IpAssignment;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.PortEntry;
import io.github.medsecforms.model.linesurvey.SurveyContact;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.linesurvey.TerminalCredential;
import io.github.medsecforms.model.linesurvey.TerminalUsage;
import io.github.medsecforms.model.offlinebackup.BackupState;
import io.github.medsecforms.model.offlinebackup.BackupStorage;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.offlinebackup.SupportIntent;
import io.github.medsecforms.model.selection.BandQuota;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import io.github.medsecforms.model.supportrequest.DataUse;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import io.github.medsecforms.model.value.Prefecture;
import io.github.medsecforms.model.value.Secret;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written instances of every form, realistic and valid as the source documents describe them: a fully
 * populated one (every field filled, every table with rows) and a minimal one (only the version; every other
 * component empty). Shared by the tests of every module through forms-model's test-jar.
 */
public final class SampleForms {
    private SampleForms() {
    }

    public static final FiscalYear R6 = FiscalYear.reiwa(6);

    /** A fully populated instance of the form {@code formId}. */
    public static Form full(String formId) {
        return switch (formId) {
            case "support-request" -> supportRequest();
            case "hospital-selection" -> hospitalSelection();
            case "line-device-survey" -> lineDeviceSurvey();
            case "backup-vpn-survey" -> backupVpnSurvey();
            case "offline-backup-intent" -> offlineBackupIntent();
            case "checklist-hospital" -> hospitalChecklist();
            case "checklist-vendor" -> vendorChecklist();
            case "checklist-minimum" -> minimumChecklist();
            case "inspection-documents" -> inspectionDocuments();
            default -> throw new IllegalArgumentException(formId);
        };
    }

    /** The minimal instance of the form {@code formId}: only the version, everything else empty. */
    public static Form minimal(String formId) {
        FormDescriptor descriptor = FormRegistry.get(formId);
        return empty(descriptor.type(), descriptor.latestVersion());
    }

    /** An instance of {@code type} with {@code version} and every other component absent (normalised to empty). */
    public static <F extends Form> F empty(Class<F> type, FiscalYear version) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals("version")) {
                args[i] = version;
            }
        }
        try {
            Constructor<F> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SupportRequest supportRequest() {
        return new SupportRequest(R6, Optional.of(HospitalCode.parse("3710112347")), "香川県立サンプル中央病院",
                Optional.of(PostalCode.parse("760-8570")), "香川県高松市番町四丁目1番10号",
                Optional.of(PhoneNumber.parse("087-832-3319")),
                new SupportContact("情報システム課 課長", "加古 太郎", Optional.of(EmailAddress.parse("kako@sample-hospital.example.jp"))),
                new SupportContact("医事課 主任", "讃岐 花子", Optional.of(EmailAddress.parse("sanuki@sample-hospital.example.jp"))),
                new SupportContact("総務課", "高松 次郎", Optional.of(EmailAddress.parse("takamatsu@sample-hospital.example.jp"))),
                Optional.of(DataUse.ALLOWED), "現地調査は平日午後を希望します。\n電子カルテ更改は令和9年度予定。",
                Optional.of(YesNo.YES), Optional.of(YesNo.YES), Optional.of(YesNo.YES));
    }

    public static HospitalSelection hospitalSelection() {
        return new HospitalSelection(R6, Optional.of(Prefecture.OKAYAMA),
                List.of(new BandQuota(Optional.of(BedBand.parse("20～199床")), Optional.of(2)),
                        new BandQuota(Optional.of(BedBand.parse("200床以上")), Optional.of(1))),
                List.of(new SelectedHospital(Optional.of(HospitalCode.parse("3310712363")), "岡山サンプル病院",
                                Optional.of(150), Optional.of(BedBand.parse("20～199床")), Optional.of(Presence.PRESENT),
                                "地域における救急等の主要な診療機能を担っている"),
                        new SelectedHospital(Optional.of(HospitalCode.expand("0712371", 33, 1)), "倉敷みなと病院",
                                Optional.of(60), Optional.of(BedBand.parse("20～199床")), Optional.of(Presence.PRESENT),
                                "立入検査等においてセキュリティ対策が不十分と思われる"),
                        new SelectedHospital(Optional.of(HospitalCode.expand("0112341", 33, 1)), "津山中央サンプル病院",
                                Optional.of(420), Optional.of(BedBand.parse("200床以上")), Optional.of(Presence.PRESENT), "")));
    }

    public static LineDeviceSurvey lineDeviceSurvey() {
        BasicInfo basic = new BasicInfo(Optional.of(Consent.AGREE), "サンプル総合病院", "さんぷるそうごうびょういん",
                Optional.of(PostalCode.parse("700-8570")), "岡山県岡山市北区内山下2-4-6", "おかやまけんおかやましきたくうちさんげ",
                "本館", "ほんかん", Optional.of(350));
        List<SurveyContact> contacts = List.of(
                new SurveyContact("情報システム室 室長", "岡山 太郎", Optional.of(PhoneNumber.parse("086-226-7403")),
                        Optional.of(EmailAddress.parse("taro@sample-hospital.example.jp"))),
                new SurveyContact("情報システム室", "吉備 次郎", Optional.empty(),
                        Optional.of(EmailAddress.parse("jiro@sample-hospital.example.jp"))));
        Line line1 = new Line(Optional.of(SurveyWish.REQUESTED), Optional.of(SurveyWish.REQUESTED), Optional.of(Presence.PRESENT),
                "電子カルテ", "インターネットVPN", Optional.of(Presence.PRESENT),
                Optional.of(IpAssignment.STATIC), Optional.of(Ipv4Address.parse("121.119.249.222")),
                Optional.of(DiagnosisDayCheck.NOT_REQUIRED), Optional.empty(), Optional.of(Fqdn.parse("vpn.sample-hospital.example.jp")),
                "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光クロス", "CAF1234567", "電子カルテ接続回線", "光回線",
                "本部棟 3F サーバー室 1番ラック 3U", "Cisco", "C1111-4P", "17.9.4");
        Line line2 = new Line(Optional.of(SurveyWish.NOT_REQUESTED), Optional.of(SurveyWish.REQUESTED), Optional.of(Presence.PRESENT),
                "リモート保守", "インターネット", Optional.of(Presence.PRESENT),
                Optional.of(IpAssignment.DYNAMIC), Optional.of(Ipv4Address.parse("203.141.10.20")),
                Optional.of(DiagnosisDayCheck.CONFIRMED), Optional.of(Ipv4Address.parse("203.141.10.21")), Optional.empty(),
                "AsahiNet", "フレッツ光クロス", "NTT西日本", "フレッツ光ネクスト", "COP7654321", "保守回線", "光回線",
                "2F サーバー室A ラック", "Yamaha", "RTX1300", "Rev.23.00.05");
        Line line3 = new Line(Optional.of(SurveyWish.REQUESTED), Optional.of(SurveyWish.NOT_REQUESTED), Optional.of(Presence.PRESENT),
                "検査", "閉域網", Optional.of(Presence.ABSENT),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "", "", "NTTコミュニケーションズ", "Arcstar Universal One", "UNO0001", "検査センター接続", "閉域サービス",
                "2F サーバー室A ラック", "Fortinet", "FortiGate-60F", "7.2.8");
        List<PortEntry> ports = List.of(
                new PortEntry("回線1", "ルータ1", "GE0/0/1", "電子カルテサーバ", Optional.of(Ipv4Address.parse("192.168.1.10")),
                        Optional.of(443), "HTTPS", "接続あり", Optional.of(Ipv4Address.parse("192.168.1.11")), Optional.of(443),
                        "接続なし", Optional.of(Ipv4Address.parse("192.168.1.12")), Optional.of(8443)),
                new PortEntry("回線2", "ルータ2", "LAN1", "保守端末", Optional.of(Ipv4Address.parse("192.168.2.20")),
                        Optional.of(22), "SSH", "接続なし"));
        List<Terminal> terminals = List.of(
                new Terminal("電子カルテ", Optional.of(TerminalUsage.STANDALONE), "PCXXXX01", Optional.of(Ipv4Cidr.parse("192.168.1.131/24")),
                        "西棟 2F 診察室A-1", "", Optional.empty(), "Microsoft Defender", "端末操作可能時間：12:00-13:00"),
                new Terminal("医事", Optional.of(TerminalUsage.VIRTUAL_DESKTOP), "PCXXXX02", Optional.of(Ipv4Cidr.parse("172.16.10.151/28")),
                        "本館 1F 医事課", "VDI-XXXX02", Optional.of(Ipv4Cidr.parse("172.16.1.131/24")), "Trend Micro Apex One", ""),
                new Terminal("検査", Optional.of(TerminalUsage.STANDALONE), "PCXXXX03", Optional.of(Ipv4Cidr.parse("10.0.10.101/24")),
                        "本館 B1F 検査室", "", Optional.empty(), "ESET Security", ""),
                new Terminal("放射線", Optional.of(TerminalUsage.STANDALONE), "PCXXXX04", Optional.of(Ipv4Cidr.parse("172.16.20.172/24")),
                        "本館 1F 放射線科", "", Optional.empty(), "Microsoft Defender", "立会い必須"),
                new Terminal("薬剤", Optional.of(TerminalUsage.STANDALONE), "PCXXXX05", Optional.of(Ipv4Cidr.parse("192.168.50.201/24")),
                        "本館 1F 薬剤部", "", Optional.empty(), "Microsoft Defender", ""));
        FloorPlan plan = new FloorPlan(Optional.of(new ImageData("image/png", tinyPng())),
                List.of(new Callout("回線1", "回線1 電子カルテ / 本部棟 3F サーバー室 1番ラック 3U"),
                        new Callout("回線2", "回線2 リモート保守 / 2F サーバー室A ラック"),
                        new Callout("回線3", "回線3 検査 / 2F サーバー室A ラック"),
                        new Callout("No.1", "No.1 PCXXXX01 / 西棟 2F 診察室A-1"),
                        new Callout("No.2", "No.2 PCXXXX02 / 本館 1F 医事課"),
                        new Callout("No.3", "No.3 PCXXXX03 / 本館 B1F 検査室"),
                        new Callout("No.4", "No.4 PCXXXX04 / 本館 1F 放射線科"),
                        new Callout("No.5", "No.5 PCXXXX05 / 本館 1F 薬剤部")));
        return new LineDeviceSurvey(R6, basic, contacts, new Confirmation("岡山 花子"), List.of(line1, line2, line3), ports,
                terminals, plan);
    }

    /** The hospital's own password list (never submitted), with passwords that must never appear in any output. */
    public static CredentialList credentialList() {
        return new CredentialList(R6,
                List.of(new DeviceCredential("Cisco", "C1111-4P", "admin", Secret.of("Zx9!secret-ROUTER"), Secret.of("En4ble!secret")),
                        new DeviceCredential("Yamaha", "RTX1300", "maint", Secret.of("Yq7#secret-RTX"), Secret.empty())),
                List.of(new TerminalCredential("PCXXXX01", Optional.of(Ipv4Cidr.parse("192.168.1.131/24")), "survey",
                        Secret.of("Pc1$secret-TERM"))),
                "ルータへは保守端末から接続");
    }

    public static BackupVpnSurvey backupVpnSurvey() {
        return new BackupVpnSurvey(R6, new Respondent("厚労 太郎", "医療情報部", "03-5253-1111"),
                Optional.of(YesNo.YES), Optional.of(YesNo.YES), Optional.of(YesNo.YES), Optional.of(YesNo.YES),
                Optional.of(YesNo.NO), Optional.of(YesNo.YES), Optional.of(YesNo.YES),
                "Fortinet FortiGate-60F 2台、Yamaha RTX1300 1台",
                List.of(new VpnDevice("Fortinet", "FortiGate-60F", Optional.of(2)), new VpnDevice("Yamaha", "RTX1300", Optional.of(1))),
                Optional.of(YesNo.YES), Optional.of(YesNo.YES), Optional.of(YesNo.NO), Optional.of(YesNo.YES),
                Optional.of(YesNo.YES), Optional.of(YesNo.NO));
    }

    public static OfflineBackupIntent offlineBackupIntent() {
        return new OfflineBackupIntent(R6, "サンプル総合病院", Optional.of(1200), Optional.of(BackupState.NOT_IMPLEMENTED),
                Optional.of(SupportIntent.PROCURE_THIS_YEAR), Optional.of(BackupStorage.ON_PREMISES_MEDIA), "LTOを検討中");
    }

    public static HospitalChecklist hospitalChecklist() {
        return new HospitalChecklist(R6, "サンプル総合病院", Optional.empty(), entries("checklist-hospital", R6));
    }

    public static VendorChecklist vendorChecklist() {
        return new VendorChecklist(R6, "株式会社サンプルシステムズ", "電子カルテシステム", "サンプル総合病院", Optional.empty(),
                entries("checklist-vendor", R6));
    }

    public static MinimumChecklist minimumChecklist() {
        return new MinimumChecklist(R6, "サンプル総合病院", entries("checklist-minimum", R6));
    }

    /** Every item of the version answered: はい on the first check, except every third item いいえ with a target date and a second check. */
    public static List<ChecklistEntry> entries(String formId, FiscalYear version) {
        List<ChecklistEntry> entries = new ArrayList<>();
        LocalDate first = version.start().plusMonths(6);
        List<ChecklistItem> items = ChecklistCatalogue.items(formId, version);
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).id();
            if (i % 3 == 2) {
                entries.add(new ChecklistEntry(id, Optional.of(YesNo.NO), Optional.of(first), Optional.of(first.plusMonths(3)),
                        Optional.of(YesNo.YES), Optional.of(first.plusMonths(2)), "事業者と対応中"));
            } else {
                entries.add(new ChecklistEntry(id, Optional.of(YesNo.YES), Optional.of(first), Optional.empty(),
                        Optional.empty(), Optional.empty(), ""));
            }
        }
        return entries;
    }

    public static InspectionDocuments inspectionDocuments() {
        List<DocumentEntry> docs = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            boolean made = kind != DocumentKind.NETWORK_DIAGRAM;
            docs.add(new DocumentEntry(Optional.of(kind), Optional.of(made ? Submission.SUBMITTED : Submission.NOT_CREATED),
                    made ? String.format("%02d_%s.xlsx", kind.number(), kind.name().toLowerCase(java.util.Locale.ROOT)) : "",
                    made ? "" : "作成予定"));
        }
        return new InspectionDocuments(R6, "サンプル総合病院", Optional.of(LocalDate.of(2024, 11, 1)), docs);
    }

    /** A valid 1×1 PNG. */
    public static byte[] tinyPng() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }
}
