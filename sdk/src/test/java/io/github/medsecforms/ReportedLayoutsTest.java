package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.FormWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's reported layouts, each a regression test: a workbook drawn the way the hospital or prefecture that
 * reported it drew it, filled correctly, written as a real xlsx and read through the front door. Each must be
 * recognised as its form, its values read as written, and carry no error at all (a false error on a correct
 * submission is the worst outcome).
 */
class ReportedLayoutsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

    @TempDir
    Path dir;

    private final WorkbookChecker checker = MedsecForms.checker(c -> c.asOf(AS_OF).maxFindings(1_000));

    // ---------------------------------------------------------------------------------------------------------------
    // backup-vpn-survey: No. | 設問 | 回答, the question in a row, its answer beside it (was MSF-IO-2040)

    @Test
    void a_backup_survey_laid_out_as_a_questionnaire_is_recognised_and_read() throws Exception {
        Path file = write("バックアップ・VPN調査_回答.xlsx", workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答");
            put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A2", "病院名：高松みなと総合病院");
            put(s, "A4", "No.");
            put(s, "B4", "設問");
            put(s, "C4", "回答");
            put(s, "A5", "【電子カルテシステムのバックアップに係る質問関係】");
            s.addMergedRegion(CellRangeAddress.valueOf("A5:C5"));
            put(s, "A6", 1);
            put(s, "B6", "回答者の情報");
            put(s, "B7", "氏名");
            put(s, "C7", "讃岐 一郎");
            put(s, "B8", "所属");
            put(s, "C8", "医療情報部");
            put(s, "B9", "連絡先");
            put(s, "C9", "087-811-2345");
            question(s, 10, 2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか。", "はい");
            question(s, 11, 3, "電子カルテシステムを使用しているか", "はい");
            question(s, 12, 4, "診療行為を停止させないためのバックアップデータは作成しているか", "はい");
            question(s, 13, 5, "バックアップデータは世代管理しているか", "はい");
            question(s, 14, 6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ");
            question(s, 15, 7, "バックアップデータの漏洩対策を講じているか", "はい");
            put(s, "A16", "【リモートゲートウェイ装置に係る質問関係】");
            s.addMergedRegion(CellRangeAddress.valueOf("A16:C16"));
            question(s, 17, 8, "VPN装置が存在するか。", "はい");
            question(s, 18, 9, "VPN装置のメーカー名、型番、台数を全て記載すること", "ヤマハ RTX1210 2台、Fortinet FortiGate-60F 1台");
            question(s, 19, 10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい");
            question(s, 20, 11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい");
            question(s, 21, 12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ");
            question(s, 22, 13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ");
            question(s, 23, 14, "セキュリティ責任者を設置しているか", "はい");
            put(s, "B24", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか");
            put(s, "C24", "いいえ");
        }));

        WorkbookChecker.Checked checked = checker.readAndCheck(file);

        assertThat(checked.read().formId()).isEqualTo("backup-vpn-survey");
        assertValues(checked,
                "respondent.name", "讃岐 一郎",
                "respondent.department", "医療情報部",
                "respondent.contact", "087-811-2345",
                "usesGuidelines", "YES",
                "usesEhr", "YES",
                "backupTested", "YES",
                "generationsKept", "YES",
                "disasterSeparated", "NO",
                "leakProtected", "YES",
                "vpnPresent", "YES",
                "vpnUpdated", "YES",
                "vpnSourceRestricted", "YES",
                "vpnLogsAudited", "NO",
                "emergencyDrills", "NO",
                "securityOfficer", "YES",
                "securityOfficerSeparate", "NO");
        var survey = (io.github.medsecforms.model.backupvpn.BackupVpnSurvey) checked.read().form();
        assertThat(survey.listedVpnDevices()).extracting(d -> d.maker() + " " + d.model() + " ×" + d.count().orElse(0))
                .containsExactly("ヤマハ RTX1210 ×2", "Fortinet FortiGate-60F ×1");
        assertNoError(checked.report());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // checklist-minimum in seed 001's own layout (was: every item unanswered)

    @Test
    void a_minimum_measures_checklist_in_the_notices_own_layout_reads_every_answer_and_its_year_less_date() throws Exception {
        String[][] items = {
            {"○パスワードを強固なものに変更し、使い回しをしない"},
            {"システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。", "はい (10/1)", "(/)", "はい・いいえ (/)"},
            {"複数の機器や外部サービス等で、同一のパスワードを設定していない。", "いいえ（10/2）", "(12/20)", "はい (1/10)"},
            {"利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。", "はい (10/1)", "(/)", "はい・いいえ (/)"},
            {"○IoT 機器を含む情報資産の通信制御を確認する"},
            {"関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。", "はい (10/3)", "(/)", "はい・いいえ (/)"},
            {"ネットワーク接続点へのアクセス制御を適切に実施している。", "はい (10/3)", "(/)", "はい・いいえ (/)"},
            {"各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。", "いいえ (10/3)", "(11/30)", "はい (12/2)"},
            {"○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"},
            {"すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。", "はい (10/4)", "(/)", "はい・いいえ (/)"},
            {"セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。", "はい (10/4)", "(/)", "はい・いいえ (/)"},
        };
        Path file = write("最低限の措置チェックリスト.xlsx", workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト");
            put(s, "A2", "「サイバー攻撃リスク低減のための最低限の措置」編");
            put(s, "A3", "医療機関確認用");
            put(s, "A5", "医療機関名");
            put(s, "B5", "岡山きび総合病院");
            s.addMergedRegion(CellRangeAddress.valueOf("B5:D5"));
            put(s, "A6", "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。");
            put(s, "A7", "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。");
            put(s, "A8", "※ 立入検査時、本チェックリストを確認します。");
            put(s, "A10", "チェック項目");
            put(s, "B10", "確認結果 (日付)");
            put(s, "E10", "備考");
            put(s, "B11", "1回目");
            put(s, "C11", "目標日");
            put(s, "D11", "2回目");
            s.addMergedRegion(CellRangeAddress.valueOf("A10:A11"));
            s.addMergedRegion(CellRangeAddress.valueOf("B10:D10"));
            s.addMergedRegion(CellRangeAddress.valueOf("E10:E11"));
            int row = 12;
            for (String[] item : items) {
                String a = "A" + row;
                put(s, a, item[0]);
                if (item.length == 1) {
                    s.addMergedRegion(CellRangeAddress.valueOf(a + ":E" + row));
                } else {
                    put(s, "B" + row, item[1]);
                    put(s, "C" + row, item[2]);
                    put(s, "D" + row, item[3]);
                }
                row++;
            }
            s.setColumnWidth(0, 80 * 256);
        }));

        WorkbookChecker.Checked checked = checker.readAndCheck(file);

        assertThat(checked.read().formId()).isEqualTo("checklist-minimum");
        assertThat(value(checked, "facilityName")).isEqualTo("岡山きび総合病院");
        assertThat(FormPaths.rows(checked.read().form(), "entries")).hasSize(8);
        assertValues(checked,
                "entries[0].itemId", "1-(1)",
                "entries[0].firstAnswer", "YES",
                "entries[0].firstDate", "2024-10-01",
                "entries[0].targetDate", "",
                "entries[0].secondAnswer", "",
                "entries[1].itemId", "1-(2)",
                "entries[1].firstAnswer", "NO",
                "entries[1].firstDate", "2024-10-02",
                "entries[1].targetDate", "2024-12-20",
                "entries[1].secondAnswer", "YES",
                "entries[1].secondDate", "2025-01-10",
                "entries[2].itemId", "1-(3)",
                "entries[3].itemId", "2-(1)",
                "entries[3].firstDate", "2024-10-03",
                "entries[5].itemId", "2-(3)",
                "entries[5].firstAnswer", "NO",
                "entries[5].targetDate", "2024-11-30",
                "entries[5].secondAnswer", "YES",
                "entries[5].secondDate", "2024-12-02",
                "entries[7].itemId", "3-(2)",
                "entries[7].firstAnswer", "YES",
                "entries[7].firstDate", "2024-10-04");
        assertNoError(checked.report());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // hospital-selection: the quota table, then the hospitals table below it; 有 for あり (was 18 false errors)

    @Test
    void a_hospital_selection_whose_quota_table_is_followed_by_the_hospitals_table_reads_each_table_as_itself() throws Exception {
        Path file = write("別紙様式_岡山県.xlsx", workbook(wb -> {
            XSSFSheet s = wb.createSheet("別紙様式");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定");
            put(s, "A3", "都道府県名");
            put(s, "B3", "岡山県");
            put(s, "A5", "１．病床規模別の支援枠");
            put(s, "A6", "病床規模");
            put(s, "B6", "支援枠");
            put(s, "A7", "20～99床");
            put(s, "B7", 1);
            put(s, "A8", "100～199床");
            put(s, "B8", 2);
            put(s, "A9", "200～399床");
            put(s, "B9", 1);
            put(s, "A10", "400床以上");
            put(s, "B10", 1);
            put(s, "A12", "２．支援対象病院");
            String[] header = {"No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"};
            Object[][] rows = {
                {1, "3310100015", "岡山みなと病院", 85, "20～99床", "有", "地域における救急等の主要な診療機能を担っている"},
                {2, "3310102342", "吉備中央病院", 150, "100～199床", "有", "立入検査等においてセキュリティー対策が不十分と思われる"},
                {3, "3310205558", "倉敷南病院", 180, "100～199床", "有", ""},
                {4, "3311007771", "津山記念病院", 320, "200～399床", "有", "地域における救急等の主要な診療機能を担っている"},
                {5, "3310318906", "岡山西総合病院", 520, "400床以上", "有", ""},
            };
            for (int c = 0; c < header.length; c++) {
                put(s, cell(13, c), header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < header.length; c++) {
                    if (!"".equals(rows[r][c])) {
                        put(s, cell(14 + r, c), rows[r][c]);
                    }
                }
            }
        }));

        WorkbookChecker.Checked checked = checker.readAndCheck(file);

        assertThat(checked.read().formId()).isEqualTo("hospital-selection");
        assertThat(FormPaths.rows(checked.read().form(), "quotas")).hasSize(4);
        assertThat(FormPaths.rows(checked.read().form(), "hospitals")).hasSize(5);
        assertValues(checked,
                "prefecture", "OKAYAMA",
                "quotas[0].band", "20-99",
                "quotas[0].quota", "1",
                "quotas[1].quota", "2",
                "quotas[3].band", "400-",
                "quotas[3].quota", "1",
                "hospitals[0].hospitalCode", "3310100015",
                "hospitals[0].hospitalName", "岡山みなと病院",
                "hospitals[0].beds", "85",
                "hospitals[0].ehr", "PRESENT",
                "hospitals[2].band", "100-199",
                "hospitals[4].hospitalName", "岡山西総合病院",
                "hospitals[4].beds", "520",
                "hospitals[4].ehr", "PRESENT");
        assertNoError(checked.report());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // support-request: 担当者①②③ as table rows, ○ beside 可, one formula saved without a cached value (was MSF-IO-1016)

    @Test
    void a_support_request_with_contacts_as_table_rows_a_circled_option_and_an_uncached_formula_is_read() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式");
            put(s, "D2", "記入日");
            // a formula written by a script: no cached value (the workbook was never opened in Excel)
            s.getRow(1).createCell(4).setCellFormula("TODAY()");
            put(s, "A3", "当病院は、当該事業の支援を希望します。");
            put(s, "A5", "医療機関コード");
            put(s, "B5", "3710123450");
            put(s, "A6", "病院名（正式名称）");
            put(s, "B6", "社会医療法人 さぬき中央病院");
            put(s, "A7", "郵便番号");
            put(s, "B7", "760-0017");
            put(s, "A8", "住所");
            put(s, "B8", "香川県高松市番町一丁目1番1号");
            put(s, "A9", "電話番号");
            put(s, "B9", "087-812-3456");
            put(s, "A11", "担当者");
            put(s, "B11", "所属・役職");
            put(s, "C11", "氏名");
            put(s, "D11", "Mail アドレス");
            put(s, "A12", "担当者① 【必須】");
            put(s, "B12", "情報システム課 課長");
            put(s, "C12", "讃岐 一郎");
            put(s, "D12", "sanuki@sanuki-chuo.example.jp");
            put(s, "A13", "担当者② 【必須】");
            put(s, "B13", "医事課 主任");
            put(s, "C13", "高松 花子");
            put(s, "D13", "takamatsu@sanuki-chuo.example.jp");
            put(s, "A14", "担当者③");
            put(s, "A16", "サイバーセキュリティ調査における回答データの活用の可否(※)");
            put(s, "B16", "○");
            put(s, "C16", "可");
            put(s, "E16", "不可");
            put(s, "A17", "備考");
            put(s, "B17", "電子カルテ更改予定なし");
            put(s, "A19", "※ 国の実態調査で回答いただいた内容を当該事業でも活用することをご了解いただける場合は「可」と、"
                    + "ご了解いただけない場合は「不可」と記載してください。");
        });
        assertThat(sheetXml(xlsx, "xl/worksheets/sheet1.xml")).as("the formula cell has no cached value")
                .contains("<f>TODAY()</f>").doesNotContain("<f>TODAY()</f><v>");
        Path file = write("回答様式_さぬき中央病院.xlsx", xlsx);

        WorkbookChecker.Checked checked = checker.readAndCheck(file);

        assertThat(checked.read().formId()).isEqualTo("support-request");
        assertValues(checked,
                "hospitalCode", "3710123450",
                "hospitalName", "社会医療法人 さぬき中央病院",
                "postalCode", "760-0017",
                "address", "香川県高松市番町一丁目1番1号",
                "phoneNumber", "087-812-3456",
                "contact1.department", "情報システム課 課長",
                "contact1.name", "讃岐 一郎",
                "contact1.email", "sanuki@sanuki-chuo.example.jp",
                "contact2.department", "医事課 主任",
                "contact2.name", "高松 花子",
                "contact2.email", "takamatsu@sanuki-chuo.example.jp",
                "contact3.name", "",
                "contact3.email", "",
                "dataUse", "ALLOWED",
                "remarks", "電子カルテ更改予定なし");
        assertThat(checked.report().findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-1016"));
        assertNoError(checked.report());
    }

    @Test
    void the_projects_own_line_device_workbook_re_saved_by_openpyxl_is_read_as_before() throws Exception {
        assumeOpenpyxl();
        byte[] own = FormWriter.fill(SampleForms.lineDeviceSurvey()).bytes();
        Path original = write("別紙2-1_own.xlsx", own);
        Path resaved = dir.resolve("別紙2-1_openpyxl.xlsx");
        python("import sys, openpyxl\n"
                + "wb = openpyxl.load_workbook(sys.argv[1])\n"
                + "wb['基本情報記入シート'].sheet_properties.tabColor = '1072BA'\n"
                + "wb.save(sys.argv[2])\n", original.toString(), resaved.toString());
        assertThat(sheetXmlAll(Files.readAllBytes(resaved))).as("openpyxl writes the template's empty styled cells as numbers without a value")
                .contains("t=\"n\"></c>");

        Report before = checker.check(original);
        WorkbookChecker.Checked checked = checker.readAndCheck(resaved);

        assertThat(checked.read().formId()).isEqualTo("line-device-survey");
        assertValues(checked,
                "basicInfo.facilityName", "サンプル総合病院",
                "basicInfo.postalCode", "700-8570",
                "lines[0].globalIpAddress", "121.119.249.222",
                "lines[1].ipAssignment", "DYNAMIC",
                "lines[2].communicationType", "閉域網",
                "terminals[4].hostName", "PCXXXX05",
                "confirmation.confirmerName", "岡山 花子");
        assertThat(checked.report().findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-1016"));
        assertThat(before.count(Severity.ERROR)).as(before.toText(Locale.JAPANESE)).isZero();
        // openpyxl without Pillow drops pictures: then the floor plan is truly missing (LDS-020), and only that
        boolean picture = entries(Files.readAllBytes(resaved)).stream().anyMatch(n -> n.startsWith("xl/media/"));
        assertThat(checked.report().findings()).as(checked.report().toText(Locale.JAPANESE))
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::ruleId)
                .isSubsetOf(picture ? List.of() : List.of("LDS-020"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // line-device-survey as the briefing's screenshots draw it

    @Test
    void a_line_device_survey_drawn_like_the_briefing_reads_the_postal_code_the_kana_rows_the_grouped_columns_and_the_devices()
            throws Exception {
        Path file = write("別紙2-1_高松みなと総合病院.xlsx", workbook(wb -> {
            XSSFSheet b = wb.createSheet("基本情報記入シート");
            put(b, "A1", "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）");
            put(b, "A3", "本施策の同意確認");
            put(b, "B3", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください");
            put(b, "D3", "同意する");
            put(b, "A5", "■ご客様情報(医療機関情報)");
            put(b, "A6", "医療機関名");
            put(b, "B6", "高松みなと総合病院");
            put(b, "C6", "(かな)");
            put(b, "D6", "たかまつみなとそうごうびょういん");
            put(b, "A7", "住所");
            put(b, "B7", "〒７６０－００１７ 香川県高松市番町四丁目1番10号");
            put(b, "C7", "(かな)");
            put(b, "D7", "かがわけんたかまつしばんちょう4-1-10");
            put(b, "A8", "ビル名");
            put(b, "C8", "(かな)");
            put(b, "A9", "病床数");
            put(b, "B9", 312);
            put(b, "A11", "■担当者情報");
            put(b, "A12", "担当者");
            put(b, "B12", "所属・役職");
            put(b, "C12", "氏名");
            put(b, "D12", "電話番号");
            put(b, "E12", "メールアドレス");
            put(b, "A13", "担当者1");
            put(b, "B13", "情報システム課 課長");
            put(b, "C13", "讃岐 一郎");
            put(b, "D13", "087-811-2345");
            put(b, "E13", "sanuki@takamatsu-minato.example.jp");
            put(b, "A14", "担当者2");
            put(b, "B14", "情報システム課");
            put(b, "C14", "香川 次郎");
            put(b, "D14", "087-811-2346");
            put(b, "E14", "kagawa@takamatsu-minato.example.jp");
            put(b, "A15", "担当者3");
            put(b, "A16", "担当者4");
            put(b, "A18", "■申込内容の確認");
            put(b, "A19", "確認者名(医療機関のご担当者名)");
            put(b, "B19", "讃岐 一郎");

            XSSFSheet l = wb.createSheet("回線・機器情報記入シート");
            put(l, "A1", "回線・機器情報記入シート");
            // two header rows: the groups span only some columns, the other headers are merged down both rows
            String[] top = {"", "調査希望", "", "電子カルテシステムとの接続するネットワークとの接続 (*)", "用途・システム名 (*)",
                "通信形態 (*)", "グローバルIP利用 (*)", "固定IP/動的IP (*)", "グローバルIPアドレス (*)", "脆弱性診断当日記入欄", "",
                "FQDN", "プロバイダ名", "プロバイダ品目", "回線終端装置設置場所 (*)", "接続機器(ルータ/UTM/FW)", "", ""};
            String[] sub = {"", "技術バージョン確認 (*)", "脆弱性診断 (*)", "", "", "", "", "", "", "グローバルIP確認",
                "グローバルIPアドレス", "", "", "", "", "メーカー", "機種名", "ファームウェアバージョン"};
            for (int c = 0; c < top.length; c++) {
                if (!top[c].isEmpty()) {
                    put(l, cell(2, c), top[c]);
                }
                if (!sub[c].isEmpty()) {
                    put(l, cell(3, c), sub[c]);
                }
                if (!top[c].isEmpty() && sub[c].isEmpty()) {
                    l.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                }
            }
            l.addMergedRegion(CellRangeAddress.valueOf("B3:C3"));
            l.addMergedRegion(CellRangeAddress.valueOf("J3:K3"));
            l.addMergedRegion(CellRangeAddress.valueOf("P3:R3"));
            Object[][] lines = {
                {"記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
                    "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 1番ラック 3U",
                    "Cisco", "C1111-4P", "17.9.4"},
                {"回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "153.142.30.18",
                    "入力不要", "", "vpn.takamatsu-minato.example.jp", "NTT西日本", "フレッツ光ネクスト", "本館 2F サーバー室 ラック1",
                    "ヤマハ", "RTX1210", "Rev.14.01.42"},
                {"回線2", "調査希望なし", "調査希望あり", "あり", "医事", "インターネット", "あり", "動的IP", "180.32.77.5",
                    "", "", "", "AsahiNet", "フレッツ光クロス", "本館 2F サーバー室 ラック2", "Fortinet", "FortiGate-60F", "v7.2.8"},
                {"回線3", "調査希望あり", "調査希望なし", "あり", "検査", "閉域網", "なし", "", "",
                    "", "", "", "", "", "本館 B1F 検査室", "NEC", "UNIVERGE IX2215", "10.2.16"},
            };
            for (int r = 0; r < lines.length; r++) {
                for (int c = 0; c < lines[r].length; c++) {
                    if (!"".equals(lines[r][c])) {
                        put(l, cell(4 + r, c), lines[r][c]);
                    }
                }
            }

            // below the lines, the briefing's 機器情報 table of the devices' ports (its own group header over six columns);
            // drawn as the briefing draws it: without it the reader takes the terminals sheet's table for the ports'
            // (found while writing this test, not one of issue 16's cases)
            put(l, "A10", "装置と接続する回線と機器の詳細(別紙2-2参考用)");
            String[] ptop = {"機器情報", "ポート(*)", "機器名 (*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)",
                "機器のポート情報", "", "", "", "", ""};
            String[] psub = {"", "", "", "", "", "", "接続状況", "IPアドレス", "ポート番号", "接続状況", "IPアドレス", "ポート番号"};
            for (int c = 0; c < ptop.length; c++) {
                if (!ptop[c].isEmpty()) {
                    put(l, cell(10, c), ptop[c]);
                }
                if (!psub[c].isEmpty()) {
                    put(l, cell(11, c), psub[c]);
                } else {
                    l.addMergedRegion(new CellRangeAddress(10, 11, c, c));
                }
            }
            l.addMergedRegion(CellRangeAddress.valueOf("G11:L11"));
            Object[][] ports = {
                {"RTX1210", "LAN1", "電子カルテサーバ", "192.168.10.5", 443, "HTTPS", "接続あり", "192.168.10.1", 443},
                {"FortiGate-60F", "internal1", "医事会計サーバ", "192.168.20.5", 22, "SSH", "接続あり", "192.168.20.1", 22},
            };
            for (int r = 0; r < ports.length; r++) {
                for (int c = 0; c < ports[r].length; c++) {
                    put(l, cell(12 + r, c), ports[r][c]);
                }
            }

            XSSFSheet t = wb.createSheet("調査端末情報記入シート");
            put(t, "A1", "調査端末情報");
            String[] ttop = {"", "システム種別 (*)", "シンクラ利用 (*)", "シンクラ端末/FAT端末", "", "", "仮想デスクトップ", "",
                "セキュリティ対策製品", "備考"};
            String[] tsub = {"", "", "", "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス", "", ""};
            for (int c = 0; c < ttop.length; c++) {
                if (!ttop[c].isEmpty()) {
                    put(t, cell(2, c), ttop[c]);
                }
                if (!tsub[c].isEmpty()) {
                    put(t, cell(3, c), tsub[c]);
                }
            }
            for (String m : new String[] {"B3:B4", "C3:C4", "D3:F3", "G3:H3", "I3:I4", "J3:J4"}) {
                t.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            Object[][] terminals = {
                {"記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24", "", ""},
                {"No.1", "電子カルテ", "単体", "EMR-PC01", "192.168.10.31/24", "本館 2F 外来診察室1", "", "", "Microsoft Defender",
                    "端末操作可能時間：12:00-13:00"},
                {"No.2", "医事", "単体", "IJI-PC02", "192.168.20.15/24", "本館 1F 医事課", "", "", "Microsoft Defender", ""},
                {"No.3", "検査", "単体", "LAB-PC03", "10.0.10.101/24", "本館 B1F 検査室", "", "", "ESET Endpoint Security", ""},
                {"No.4", "放射線", "仮想デスクトップ", "RAD-TC04", "172.16.20.172/24", "本館 1F 放射線科", "VDI-RAD04",
                    "172.16.1.44/24", "Trend Micro Apex One", ""},
                {"No.5", "薬剤", "単体", "PHA-PC05", "192.168.50.201/24", "本館 1F 薬剤部", "", "", "Microsoft Defender", ""},
            };
            for (int r = 0; r < terminals.length; r++) {
                for (int c = 0; c < terminals[r].length; c++) {
                    if (!"".equals(terminals[r][c])) {
                        put(t, cell(4 + r, c), terminals[r][c]);
                    }
                }
            }

            XSSFSheet f = wb.createSheet("設置場所記入シート");
            put(f, "A1", "設置場所記入シート");
            put(f, "A2", "平面図の画像の貼り付けをお願いします。");
            int picture = wb.addPicture(SampleForms.tinyPng(), Workbook.PICTURE_TYPE_PNG);
            XSSFDrawing drawing = f.createDrawingPatriarch();
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 0, 3, 10, 30);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            drawing.createPicture(anchor, picture);
        }));

        WorkbookChecker.Checked checked = checker.readAndCheck(file);

        assertThat(checked.read().formId()).isEqualTo("line-device-survey");
        assertValues(checked,
                "basicInfo.consent", "AGREE",
                "basicInfo.facilityName", "高松みなと総合病院",
                "basicInfo.facilityNameKana", "たかまつみなとそうごうびょういん",
                "basicInfo.postalCode", "760-0017",
                "basicInfo.address", "香川県高松市番町四丁目1番10号",
                "basicInfo.addressKana", "かがわけんたかまつしばんちょう4-1-10",
                "basicInfo.building", "",
                "basicInfo.buildingKana", "",
                "basicInfo.beds", "312",
                "contacts[0].name", "讃岐 一郎",
                "contacts[1].email", "kagawa@takamatsu-minato.example.jp",
                "confirmation.confirmerName", "讃岐 一郎",
                "lines[0].versionCheck", "REQUESTED",
                "lines[0].vulnerabilityScan", "REQUESTED",
                "lines[0].ehrConnection", "PRESENT",
                "lines[0].purpose", "電子カルテ",
                "lines[0].communicationType", "インターネットVPN",
                "lines[0].globalIpUse", "PRESENT",
                "lines[0].ipAssignment", "STATIC",
                "lines[0].globalIpAddress", "153.142.30.18",
                "lines[0].diagnosisDayCheck", "NOT_REQUIRED",
                "lines[0].diagnosisDayAddress", "",
                "lines[0].fqdn", "vpn.takamatsu-minato.example.jp",
                "lines[0].provider", "NTT西日本",
                "lines[0].providerService", "フレッツ光ネクスト",
                "lines[0].terminationLocation", "本館 2F サーバー室 ラック1",
                "lines[0].deviceMaker", "ヤマハ",
                "lines[0].deviceModel", "RTX1210",
                "lines[0].firmwareVersion", "Rev.14.01.42",
                "lines[1].versionCheck", "NOT_REQUESTED",
                "lines[1].ipAssignment", "DYNAMIC",
                "lines[1].globalIpAddress", "180.32.77.5",
                "lines[1].deviceMaker", "Fortinet",
                "lines[1].deviceModel", "FortiGate-60F",
                "lines[2].communicationType", "閉域網",
                "lines[2].globalIpUse", "ABSENT",
                "lines[2].globalIpAddress", "",
                "lines[2].terminationLocation", "本館 B1F 検査室",
                "lines[2].deviceMaker", "NEC",
                "lines[2].deviceModel", "UNIVERGE IX2215",
                "lines[2].firmwareVersion", "10.2.16",
                "terminals[0].hostName", "EMR-PC01",
                "terminals[0].location", "本館 2F 外来診察室1",
                "terminals[3].usage", "VIRTUAL_DESKTOP",
                "terminals[3].vdiHostName", "VDI-RAD04",
                "terminals[4].ipAddress", "192.168.50.201/24",
                "ports[0].device", "RTX1210",
                "ports[0].deviceName", "電子カルテサーバ",
                "ports[0].ipAddress", "192.168.10.5",
                "ports[1].portNumber", "22",
                "ports[1].protocol", "SSH",
                "ports[1].connectedIpAddress", "192.168.20.1");
        assertThat(FormPaths.rows(checked.read().form(), "lines")).hasSize(3);
        assertThat(FormPaths.rows(checked.read().form(), "terminals")).hasSize(5);
        assertThat(FormPaths.rows(checked.read().form(), "ports")).hasSize(2);
        assertNoError(checked.report());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void assertValues(WorkbookChecker.Checked checked, String... pathsAndValues) {
        var soft = new org.assertj.core.api.SoftAssertions();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            soft.assertThat(value(checked, pathsAndValues[i])).as(pathsAndValues[i]).isEqualTo(pathsAndValues[i + 1]);
        }
        soft.assertAll();
    }

    private static String value(WorkbookChecker.Checked checked, String path) {
        Object v = FormPaths.value(checked.read().form(), path).orElse("");
        if (v instanceof io.github.medsecforms.model.value.BedBand band) {
            return band.minBeds() + "-" + (band.maxBeds() == Integer.MAX_VALUE ? "" : band.maxBeds());
        }
        return v instanceof Enum<?> e ? e.name() : String.valueOf(v);
    }

    private static void assertNoError(Report report) {
        assertThat(report.findings()).as(report.toText(Locale.JAPANESE))
                .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(report.count(Severity.ERROR)).isZero();
    }

    private static void question(XSSFSheet s, int row, int number, String text, String answer) {
        put(s, "A" + row, number);
        put(s, "B" + row, text);
        put(s, "C" + row, answer);
    }

    interface Build {
        void on(XSSFWorkbook wb) throws Exception;
    }

    private static byte[] workbook(Build build) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.on(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String cell(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    private static void put(XSSFSheet s, String a1, Object value) {
        CellReference ref = new CellReference(a1);
        var row = s.getRow(ref.getRow()) != null ? s.getRow(ref.getRow()) : s.createRow(ref.getRow());
        var cell = row.createCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String sheetXml(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(name + " not in the workbook");
    }

    private static String sheetXmlAll(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    private static final String PYTHON = "/usr/bin/python3";

    private static void assumeOpenpyxl() {
        boolean available;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import openpyxl").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        Assumptions.assumeTrue(available, "needs " + PYTHON + " with openpyxl");
    }

    private static void python(String script, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON, "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
