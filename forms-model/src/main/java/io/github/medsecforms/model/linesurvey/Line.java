package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.constraints.PublicAddress;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.Ipv4Address;
import java.util.Optional;

/**
 * One row of 回線・機器情報記入シート: a line (回線1, 回線2, …) connecting the hospital's network to the outside, what
 * the hospital wants surveyed on it, its global address (the header 回線と紐付くグローバルIPアドレス), provider and line
 * (回線情報: 「回線の種類、システム名、回線サービス名、回線ID、回線事業者、回線名」), where its termination unit stands,
 * and the router/UTM/FW on it.
 */
public record Line(
        @Label(value = "技術バージョン確認", en = "Technical version check", group = {"調査希望"}, groupEn = {"Survey requested"}, required = true,
                example = "調査希望あり")
        Optional<SurveyWish> versionCheck,
        @Label(value = "脆弱性診断", en = "Vulnerability scan", group = {"調査希望"}, groupEn = {"Survey requested"}, required = true, example = "調査希望あり")
        Optional<SurveyWish> vulnerabilityScan,
        @Label(value = "電子カルテシステムと接続するネットワークとの接続", en = "Connected to the EHR network", required = true,
                basis = "002「電子カルテシステムとの接続するネットワークとの接続 (*)」",
                aliases = {"電子カルテシステムとの接続するネットワークとの接続"}, example = "あり")
        Optional<Presence> ehrConnection,
        @Label(value = "用途・システム名", en = "Purpose / system", required = true,
                suggestions = {"電子カルテ", "医事", "検査", "放射線", "PACS", "リモート保守", "インターネット閲覧", "地域医療連携"},
                suggestionBasis = {"", "", "", Line.DESIGNED_PURPOSE, Line.DESIGNED_PURPOSE, "", Line.DESIGNED_PURPOSE,
                        Line.DESIGNED_PURPOSE},
                example = "電子カルテ")
        String purpose,
        @Label(value = "通信形態", en = "Connection type", group = {"回線と紐付くグローバルIPアドレス"}, groupEn = {"Global IP address of the line"}, required = true,
                suggestions = {"インターネット", "インターネットVPN", "閉域網"}, example = "インターネットVPN",
                hint = "一覧から選択するか、当てはまらない場合はその用語を記入してください")
        String communicationType,
        @Label(value = "グローバルIP利用", en = "Uses a global IP", group = {"回線と紐付くグローバルIPアドレス"}, groupEn = {"Global IP address of the line"}, required = true,
                example = "あり")
        Optional<Presence> globalIpUse,
        @Label(value = "固定IP/動的IP", en = "Static or dynamic IP", group = {"回線と紐付くグローバルIPアドレス"}, groupEn = {"Global IP address of the line"}, required = true,
                example = "固定IP")
        Optional<IpAssignment> ipAssignment,
        @Label(value = "グローバルIPアドレス", en = "Global IP address", group = {"回線と紐付くグローバルIPアドレス"}, groupEn = {"Global IP address of the line"}, required = true,
                example = "121.119.249.222",
                hint = "グローバルIP利用「あり」の回線は必須。動的IPの場合は現在のアドレスを記入し、診断当日に再確認してください")
        Optional<@PublicAddress Ipv4Address> globalIpAddress,
        @Label(value = "グローバルIP確認", en = "Global IP confirmed", group = {"回線と紐付くグローバルIPアドレス", "脆弱性診断当日記入欄"},
                groupEn = {"Global IP address of the line", "On diagnosis day"}, example = "入力不要")
        Optional<DiagnosisDayCheck> diagnosisDayCheck,
        @Label(value = "グローバルIPアドレス", en = "Global IP address", group = {"回線と紐付くグローバルIPアドレス", "脆弱性診断当日記入欄"},
                groupEn = {"Global IP address of the line", "On diagnosis day"},
                hint = "動的IPの回線のみ、脆弱性診断当日に確認したアドレスを記入してください")
        Optional<@PublicAddress Ipv4Address> diagnosisDayAddress,
        @Label(value = "FQDN", en = "FQDN", group = {"回線と紐付くグローバルIPアドレス"}, groupEn = {"Global IP address of the line"}, example = "example.jp")
        Optional<Fqdn> fqdn,
        @Label(value = "プロバイダ名", en = "Provider", group = {"プロバイダ情報"}, groupEn = {"Provider"}, example = "NTT東日本")
        String provider,
        @Label(value = "プロバイダ品目", en = "Provider service", group = {"プロバイダ情報"}, groupEn = {"Provider"}, example = "Bフレッツサービス")
        String providerService,
        @Label(value = "回線事業者", en = "Carrier", group = {"回線情報"}, groupEn = {"Line"}, example = "NTT東日本")
        String carrier,
        @Label(value = "回線サービス名", en = "Carrier service", group = {"回線情報"}, groupEn = {"Line"}, example = "フレッツ光クロス")
        String carrierService,
        @Label(value = "回線ID", en = "Line ID", group = {"回線情報"}, groupEn = {"Line"}, example = "CAF0000000")
        String lineId,
        @Label(value = "回線名", en = "Line name", group = {"回線情報"}, groupEn = {"Line"}, example = "電子カルテ保守回線")
        String lineName,
        @Label(value = "回線の種類", en = "Kind of line", group = {"回線情報"}, groupEn = {"Line"},
                suggestions = {"光回線", "モバイル回線", "CATV", "ADSL"}, example = "光回線")
        String lineKind,
        @Label(value = "回線終端装置設置場所", en = "Termination unit location", group = {"回線終端装置(ONU/モデム)情報"}, groupEn = {"Termination unit (ONU/modem)"},
                required = true, example = "本部棟 3F サーバー室 1番ラック 3U")
        String terminationLocation,
        @Label(value = "メーカー", en = "Device maker", group = {"接続機器(ルータ/UTM/FW)"}, groupEn = {"Device (router/UTM/FW)"},
                groupBasis = {Line.DEVICE_COLUMNS}, basis = Line.DEVICE_COLUMNS, example = "Cisco")
        String deviceMaker,
        @Label(value = "機種名", en = "Device model", group = {"接続機器(ルータ/UTM/FW)"}, groupEn = {"Device (router/UTM/FW)"},
                groupBasis = {Line.DEVICE_COLUMNS}, basis = Line.DEVICE_COLUMNS, example = "C1111-4P")
        String deviceModel,
        @Label(value = "ファームウェアバージョン", en = "Firmware version", group = {"接続機器(ルータ/UTM/FW)"}, groupEn = {"Device (router/UTM/FW)"},
                groupBasis = {Line.DEVICE_COLUMNS}, basis = Line.DEVICE_COLUMNS, example = "17.9.4")
        String firmwareVersion) {

    /** Where the purposes we suggest beyond the briefing's examples come from. */
    static final String DESIGNED_PURPOSE = "our design: 説明会資料の記入例は電子カルテと医事だけで、プルダウンの候補は資料にないため加えた";
    /** Where the device columns come from. */
    static final String DEVICE_COLUMNS = "our design: 説明会資料の回線シートに機器の列はなく、機器のメーカー・機種名はパスワードリスト（提出不要）にある。CATALOGUE.md §3 による";

    public Line {
        versionCheck = Defaults.optional(versionCheck);
        vulnerabilityScan = Defaults.optional(vulnerabilityScan);
        ehrConnection = Defaults.optional(ehrConnection);
        purpose = Defaults.text(purpose);
        communicationType = Defaults.text(communicationType);
        globalIpUse = Defaults.optional(globalIpUse);
        ipAssignment = Defaults.optional(ipAssignment);
        globalIpAddress = Defaults.optional(globalIpAddress);
        diagnosisDayCheck = Defaults.optional(diagnosisDayCheck);
        diagnosisDayAddress = Defaults.optional(diagnosisDayAddress);
        fqdn = Defaults.optional(fqdn);
        provider = Defaults.text(provider);
        providerService = Defaults.text(providerService);
        carrier = Defaults.text(carrier);
        carrierService = Defaults.text(carrierService);
        lineId = Defaults.text(lineId);
        lineName = Defaults.text(lineName);
        lineKind = Defaults.text(lineKind);
        terminationLocation = Defaults.text(terminationLocation);
        deviceMaker = Defaults.text(deviceMaker);
        deviceModel = Defaults.text(deviceModel);
        firmwareVersion = Defaults.text(firmwareVersion);
    }

    /**
     * What the written 通信形態 means for the rules: インターネット, インターネットVPN or 閉域網 (also in obvious spellings),
     * or empty for the user's own term (see {@link CommunicationType#classify}).
     */
    public Optional<CommunicationType> communicationKind() {
        return CommunicationType.classify(communicationType);
    }

    /**
     * A line with the columns known before 回線名 and 回線の種類 were added (both left empty) and 通信形態 became free text
     * (a listed term is written as its wording).
     */
    public Line(Optional<SurveyWish> versionCheck, Optional<SurveyWish> vulnerabilityScan, Optional<Presence> ehrConnection,
                String purpose, Optional<CommunicationType> communicationType, Optional<Presence> globalIpUse,
                Optional<IpAssignment> ipAssignment, Optional<Ipv4Address> globalIpAddress,
                Optional<DiagnosisDayCheck> diagnosisDayCheck, Optional<Ipv4Address> diagnosisDayAddress,
                Optional<Fqdn> fqdn, String provider, String providerService, String carrier, String carrierService,
                String lineId, String terminationLocation, String deviceMaker, String deviceModel,
                String firmwareVersion) {
        this(versionCheck, vulnerabilityScan, ehrConnection, purpose,
                communicationType == null ? "" : communicationType.map(CommunicationType::label).orElse(""), globalIpUse,
                ipAssignment, globalIpAddress, diagnosisDayCheck, diagnosisDayAddress, fqdn, provider, providerService,
                carrier, carrierService, lineId, "", "", terminationLocation, deviceMaker, deviceModel, firmwareVersion);
    }
}
