package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Layouts drawn by other people from the same notices (issue 16), each cut down to the part the reader once misread:
 * real workbooks written with POI and read back.
 */
class ForeignLayoutTest {

    @Test
    void a_hospital_code_written_in_parts_under_one_merged_header_is_joined() throws Exception {
        // the blind layout sr-w1-d as drawn: 医療機関コード over 都道府県番号 | 点数表番号 | 下7桁 | 10桁（自動), the
        // last a formula saved without a cached value
        byte[] xlsx = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "../blind-corpus/corpus/wave1/support-request/sr-w1-d-tokyo-onerow-formulas.xlsx"));
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "hospitalCode")).isEqualTo("1311210486");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR && f.path().equals("hospitalCode"));
    }

    @Test
    void a_code_in_one_cell_under_a_merged_header_is_read_as_written() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答");
            put(s, "A5", "No.");
            put(s, "B5", "医療機関コード");
            put(s, "D5", "病院名（正式名称）");
            put(s, "E5", "住所");
            s.addMergedRegion(CellRangeAddress.valueOf("B5:C5"));
            put(s, "A6", 1);
            put(s, "B6", "1311210486");
            put(s, "C6", "東京都");
            put(s, "D6", "東品川ベイサイド病院");
            put(s, "E6", "東京都品川区東品川四丁目12番8号");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "hospitalCode")).isEqualTo("1311210486");
    }

    @Test
    void a_field_above_a_checklist_laid_across_is_read_as_the_field_not_as_a_column_of_the_table() throws Exception {
        // blind layout clm-w1-d: 医療機関名 with its value below (merged over the table's first columns), the
        // checklist transposed below it (items across, 1回目/目標日/2回目 down)
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "サイバー攻撃リスク低減のための最低限の措置　チェックリスト");
            put(s, "A3", "医療機関名");
            put(s, "A4", "医療法人社団 潮風会 玉野みなと病院");
            s.addMergedRegion(CellRangeAddress.valueOf("A4:E4"));
            put(s, "A6", "項番");
            put(s, "C6", "1-(1)");
            put(s, "D6", "1-(2)");
            put(s, "A7", "1回目");
            put(s, "B7", "回答");
            put(s, "B8", "確認日");
            put(s, "A9", "目標日");
            put(s, "C7", "はい");
            put(s, "C8", "2024/10/1");
            put(s, "D7", "はい");
            put(s, "D8", "2024/10/1");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-minimum");
        assertThat(value(result.form(), "facilityName")).isEqualTo("医療法人社団 潮風会 玉野みなと病院");
    }

    @Test
    void a_device_class_heading_sets_the_class_even_when_it_resembles_an_items_wording() throws Exception {
        // blind layout clh-w1-c: 【ネットワーク機器】 then the workbook's own 2-(8) for the network devices' patches
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("R6チェックリスト");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）");
            put(s, "A2", "医療機関名");
            put(s, "B2", "社会医療法人 桜川記念病院");
            put(s, "A4", "項番");
            put(s, "B4", "チェック項目");
            put(s, "C4", "確認結果（日付）");
            put(s, "F4", "備考");
            put(s, "C5", "1回目");
            put(s, "D5", "目標日");
            put(s, "E5", "2回目");
            for (String m : new String[] {"A4:A5", "B4:B5", "C4:E4", "F4:F5", "A6:F6", "A8:F8"}) {
                s.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            put(s, "A6", "【端末PC】");
            put(s, "A7", "2-(8)");
            put(s, "B7", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している");
            put(s, "C7", "はい (10/3)");
            put(s, "A8", "【ネットワーク機器】");
            put(s, "A9", "2-(8)");
            put(s, "B9", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している");
            put(s, "C9", "はい (10/3)");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        HospitalChecklist form = (HospitalChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).containsExactly("2-(13)", "2-(15)");
    }

    @Test
    void a_target_column_naming_the_device_class_is_not_taken_for_an_items_wording() throws Exception {
        // blind layout clh-w1-e: 対象機器 = ネットワーク機器 beside a reworded item; the class cell once matched the
        // item 台帳管理 (サーバ、端末PC、ネットワーク機器の台帳管理…) better than the reworded wording matched its item
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("2管理運用");
            put(s, "A4", "項番");
            put(s, "B4", "確認項目");
            put(s, "C4", "対象機器");
            put(s, "D4", "1回目");
            put(s, "D5", "回答");
            put(s, "E5", "確認日");
            put(s, "A6", "2-(8)");
            put(s, "B6", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している");
            put(s, "C6", "ネットワーク機器");
            put(s, "D6", "はい");
            put(s, "E6", "2024/6/11");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        HospitalChecklist form = (HospitalChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).containsExactly("2-(15)");
    }

    /** A blind workbook of wave 2 or wave 1 (each drawn blind, scored once as drawn, then a development set). */
    private static WorkbookFormReader.Result blind(String form, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("../blind-corpus/corpus/wave2/" + form + "/" + name + ".xlsx");
        if (!java.nio.file.Files.exists(file)) {
            file = java.nio.file.Path.of("../blind-corpus/corpus/wave1/" + form + "/" + name + ".xlsx");
        }
        return LabelDrivenReaderTest.read(java.nio.file.Files.readAllBytes(file), form);
    }

    @Test
    void a_radio_drawn_in_text_chooses_the_filled_mark() throws Exception {
        // clv-w2-c: 「●はい　○いいえ」 in each answer cell
        WorkbookFormReader.Result result = blind("checklist-vendor", "clv-w2-c-lis-radio-marks");
        assertThat(value(result.form(), "entries[0].firstAnswer")).isEqualTo("YES");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2007"));
    }

    @Test
    void two_tables_side_by_side_under_one_header_line_keep_their_own_columns_and_a_note_row_is_no_row() throws Exception {
        // hs-w2-d: hospitals (病床規模区分 | No. | … ) and quotas (病床規模 | 支援枠) on one header line, ※ note under
        WorkbookFormReader.Result result = blind("hospital-selection", "hs-w2-d-ehime-grouped-bands");
        assertThat(value(result.form(), "quotas[0].quota")).isEqualTo("3");
        assertThat(value(result.form(), "hospitals[3].band")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_column_whose_label_is_one_of_its_options_is_read_one_line_per_option() throws Exception {
        // ins-w2-c: rows 提出 | 未作成 | 作成済・提出しない with ✓ in the document's column
        WorkbookFormReader.Result result = blind("inspection-documents", "ins-w2-c-okayama-transposed-vendors");
        assertThat(value(result.form(), "documents[0].submission")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
    }

    @Test
    void a_group_and_its_column_in_one_cell_with_a_colon_is_the_column() throws Exception {
        // lds-w2-c: 調査希望：技術バージョン確認 (*)
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w2-c-kumamoto-qa-sheet-per-section");
        assertThat(value(result.form(), "lines[0].versionCheck")).isNotEmpty();
        assertThat(value(result.form(), "lines[3].vulnerabilityScan")).isNotEmpty();
    }

    @Test
    void a_dash_where_a_question_does_not_apply_is_no_answer() throws Exception {
        // bv-w2-c: Q3 × (no EHR), Q4–Q7 －
        WorkbookFormReader.Result result = blind("backup-vpn-survey", "bv-w2-c-row-maru-batsu");
        assertThat(value(result.form(), "backupTested")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
    }

    @Test
    void a_cell_with_its_own_label_past_blank_cells_is_not_a_labels_value() throws Exception {
        // hs-w2-c: 都道府県名 … (blank) … 提出日：R6.3.13, and 香川県 below the label
        WorkbookFormReader.Result result = blind("hospital-selection", "hs-w2-c-kagawa-transposed-quota");
        assertThat(value(result.form(), "prefecture")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.path().equals("prefecture"));
    }

    @Test
    void a_contact_named_above_its_own_repeated_header_is_one_row_and_empty_blocks_are_none() throws Exception {
        // lds-w2-d: 担当者1 | header row | values, then 担当者2 …, then 担当者3 and 担当者4 with headers only
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w2-d-miyagi-print-style-marks");
        assertThat(value(result.form(), "contacts[0].name")).isEqualTo("阿部 昌弘");
        assertThat(value(result.form(), "contacts[1].name")).isEqualTo("及川 瞳");
        assertThat(value(result.form(), "contacts[2].name")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.path().startsWith("contacts"));
    }

    @Test
    void a_row_name_alone_is_not_taken_for_a_row_whose_first_column_it_sits_in() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報");
            put(s, "B1", "別紙2-1 基本情報記入シート");
            put(s, "B3", "医療機関名");
            put(s, "C3", "石巻港南病院");
            put(s, "B5", "■ 担当者情報");
            put(s, "B6", "担当者①");
            put(s, "B7", "所属・役職");
            put(s, "C7", "氏名");
            put(s, "D7", "電話番号");
            put(s, "E7", "メールアドレス");
            put(s, "B8", "事務長");
            put(s, "C8", "阿部 昌弘");
            put(s, "D8", "0225-95-3316");
            put(s, "E8", "abe@example.jp");
            put(s, "B10", "担当者②");
            put(s, "B11", "所属・役職");
            put(s, "C11", "氏名");
            put(s, "D11", "電話番号");
            put(s, "E11", "メールアドレス");
            put(s, "B12", "総務課");
            put(s, "C12", "及川 瞳");
            put(s, "D12", "0225-95-3316");
            put(s, "E12", "oikawa@example.jp");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "contacts[0].department")).isEqualTo("事務長");
        assertThat(value(result.form(), "contacts[1].department")).isEqualTo("総務課");
        assertThat(value(result.form(), "contacts[2].department")).isEmpty();
    }

    @Test
    void the_abbreviated_column_electronic_records_nw_connection_is_the_ehr_connection() throws Exception {
        // lds-w2-d: 電子カルテ系NW接続(*) over あり | なし with ● under the chosen one
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w2-d-miyagi-print-style-marks");
        assertThat(value(result.form(), "lines[0].ehrConnection")).isNotEmpty();
        assertThat(value(result.form(), "lines[1].ehrConnection")).isNotEmpty();
    }

    @Test
    void a_question_above_a_tables_title_keeps_its_marked_answer_and_the_next_numbered_question_ends_the_table()
            throws Exception {
        // bv-w1-e: 8. VPN装置が存在するか | レ | はい | □ | いいえ, then 9.'s title and the device table, then 10. …
        WorkbookFormReader.Result result = blind("backup-vpn-survey", "bv-w1-e-sheet-per-section-check");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnUpdated")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnDevices[2].maker")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_device_table_under_numbered_questions_ends_where_the_next_question_starts() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("VPN");
            put(s, "A1", "リモートゲートウェイ装置（VPN装置）に係る質問");
            put(s, "A3", "8");
            put(s, "B3", "VPN装置が存在するか");
            put(s, "C3", "はい");
            put(s, "A4", "9");
            put(s, "B4", "VPN装置のメーカー名、型番、台数を全て記載すること（下表）");
            put(s, "B5", "メーカー名");
            put(s, "C5", "型番");
            put(s, "D5", "台数");
            put(s, "B6", "ヤマハ");
            put(s, "C6", "RTX1210");
            put(s, "D6", 1);
            put(s, "A7", "1");
            put(s, "B7", "シスコシステムズ");
            put(s, "C7", "C1111");
            put(s, "D7", 2);
            put(s, "A8", "10");
            put(s, "B8", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか");
            put(s, "C8", "いいえ");
            put(s, "A9", "11");
            put(s, "B9", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか");
            put(s, "C9", "はい");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnDevices[1].maker")).isEqualTo("シスコシステムズ");
        assertThat(value(result.form(), "vpnDevices[2].maker")).isEmpty();
        assertThat(value(result.form(), "vpnUpdated")).isEqualTo("NO");
    }

    @Test
    void options_listed_one_per_line_after_boxes_choose_the_filled_box() throws Exception {
        // obi-w2-b: 「□ 既に…運用している ↵ □ …検討中である ↵ ■ オフラインバックアップは実施していない」
        WorkbookFormReader.Result result = blind("offline-backup-intent", "obi-w2-b-draft-checkbox");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(ChoiceText.read(io.github.medsecforms.model.offlinebackup.BackupState.class,
                "□ 既に運用している\n□ 方針を検討中である\n□ 実施していない").untouched()).isTrue();
        assertThat(ChoiceText.read(io.github.medsecforms.model.offlinebackup.BackupState.class,
                "■ 既に運用している\n□ 方針を検討中である\n■ 実施していない").several()).isTrue();
        assertThat(ChoiceText.read(io.github.medsecforms.model.offlinebackup.BackupState.class,
                "○ 既に運用している\n● 方針を検討中である\n○ 実施していない").value())
                .isEqualTo(io.github.medsecforms.model.offlinebackup.BackupState.PLANNING_WITH_VENDOR);
    }

    @Test
    void a_total_named_in_any_column_of_a_device_table_is_no_device() throws Exception {
        // bv-w2-a: rows 3 and 4 numbered but empty, then 合計台数 | =SUM(…) under 型番 | 台数
        WorkbookFormReader.Result result = blind("backup-vpn-survey", "bv-w2-a-dropdown-qa");
        assertThat(value(result.form(), "vpnDevices[1].maker")).isEqualTo("ヤマハ");
        assertThat(value(result.form(), "vpnDevices[2].model")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_sub_question_headed_by_its_parents_number_is_read() throws Exception {
        // bv-w2-c: 「14 医療情報システム責任者と別に配置」 heads question 14-2 (14 asks two things)
        WorkbookFormReader.Result result = blind("backup-vpn-survey", "bv-w2-c-row-maru-batsu");
        assertThat(value(result.form(), "securityOfficer")).isEqualTo("YES");
        assertThat(value(result.form(), "securityOfficerSeparate")).isEqualTo("NO");
    }

    @Test
    void a_postal_code_in_its_own_cell_between_the_address_label_and_the_address_goes_to_the_postal_code() throws Exception {
        // lds-w2-a: 住所 | 〒 739-0025 | 住所 | 広島県… | (かな) | ひろしまけん…
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w2-a-hiroshima-official-4sheet");
        assertThat(value(result.form(), "basicInfo.postalCode")).isEqualTo("739-0025");
        assertThat(value(result.form(), "basicInfo.address")).isEqualTo("広島県東広島市西条中央七丁目12番3号");
        assertThat(value(result.form(), "basicInfo.addressKana")).startsWith("ひろしまけん");
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答");
            put(s, "A1", "支援の希望調査に係る回答様式");
            put(s, "A3", "医療機関名");
            put(s, "B3", "さぬき中央病院");
            put(s, "A4", "所在地");
            put(s, "B4", "〒７６０－００１７");
            put(s, "C4", "香川県高松市番町一丁目1番1号");
            put(s, "A5", "電話番号");
            put(s, "B5", "087-812-3456");
        });
        WorkbookFormReader.Result own = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(own.form(), "postalCode")).isEqualTo("760-0017");
        assertThat(value(own.form(), "address")).isEqualTo("香川県高松市番町一丁目1番1号");
    }

    @Test
    void a_column_of_examples_beside_the_answers_is_never_an_answer() throws Exception {
        // obi-w1-c: 項目 | 回答（入力欄） | 記入例, the current state left blank and 未実施 in the example column
        WorkbookFormReader.Result result = blind("offline-backup-intent", "obi-w1-c-label-value");
        assertThat(value(result.form(), "currentState")).isEmpty();
        assertThat(value(result.form(), "patientCount")).isEqualTo("3280");
    }

    @Test
    void a_label_naming_several_fields_with_slashes_gives_each_its_part_of_the_value() throws Exception {
        // bv-w1-d: one row per hospital, 「(1) 回答者（氏名／所属／連絡先）」 over 「佐藤 花子／総務課／TEL 0857-26-7111」
        WorkbookFormReader.Result result = blind("backup-vpn-survey", "bv-w1-d-one-row-horizontal");
        assertThat(value(result.form(), "respondent.name")).isEqualTo("佐藤 花子");
        assertThat(value(result.form(), "respondent.department")).isEqualTo("総務課");
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答");
            put(s, "A1", "バックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "回答者（氏名／所属／連絡先）");
            put(s, "B3", "高松 健一／医療情報管理室／087-812-3456");
            put(s, "A4", "電子カルテシステムを使用しているか");
            put(s, "B4", "はい");
            put(s, "A5", "VPN装置が存在するか");
            put(s, "B5", "いいえ");
        });
        WorkbookFormReader.Result own = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(own.form(), "respondent.name")).isEqualTo("高松 健一");
        assertThat(value(own.form(), "respondent.department")).isEqualTo("医療情報管理室");
        assertThat(value(own.form(), "respondent.contact")).isEqualTo("087-812-3456");
    }

    @Test
    void a_value_with_fewer_parts_than_its_compound_label_gives_no_part_rather_than_a_guess() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答");
            put(s, "A1", "バックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "回答者（氏名／所属／連絡先）");
            put(s, "B3", "高松 健一／087-812-3456");
            put(s, "A4", "電子カルテシステムを使用しているか");
            put(s, "B4", "はい");
            put(s, "A5", "VPN装置が存在するか");
            put(s, "B5", "いいえ");
        });
        WorkbookFormReader.Result own = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(own.form(), "respondent.name")).isEmpty();
        assertThat(value(own.form(), "respondent.contact")).isEmpty();
    }

    @Test
    void a_checklist_section_on_a_sheet_named_for_passwords_is_read_not_taken_for_a_password_list() throws Exception {
        // clm-w2-c: a sheet per ○ heading, the first named ①パスワード
        WorkbookFormReader.Result result = blind("checklist-minimum", "clm-w2-c-sheet-per-heading");
        assertThat(value(result.form(), "entries[0].itemId")).isEqualTo("1-(1)");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        byte[] xlsx = workbook(wb -> {
            XSSFSheet cover = wb.createSheet("表紙");
            put(cover, "A1", "サイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編");
            put(cover, "A3", "医療機関名");
            put(cover, "B3", "吉備高原総合病院");
            XSSFSheet s = wb.createSheet("①パスワード");
            put(s, "A1", "○パスワードを強固なものに変更し、使い回しをしない");
            put(s, "A3", "チェック項目");
            put(s, "B3", "1回目\n回答");
            put(s, "C3", "1回目\n確認日");
            put(s, "D3", "目標日");
            put(s, "A4", "複数の機器や外部サービス等で、同一のパスワードを設定していない。");
            put(s, "B4", "はい");
            put(s, "C4", "2024/11/5");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "checklist-minimum");
        assertThat(value(small.form(), "entries[0].itemId")).isEqualTo("1-(2)");
        assertThat(value(small.form(), "entries[0].firstAnswer")).isEqualTo("YES");
        assertThat(Locator.isAside("パスワード一覧")).isTrue();
    }

    @Test
    void a_fields_label_and_its_value_apart_by_a_space_in_one_cell_is_read_as_the_value() throws Exception {
        // clm-w2-a: 医療機関名　医療法人旭川会　みどりヶ丘病院 in one merged cell, no colon
        WorkbookFormReader.Result result = blind("checklist-minimum", "clm-w2-a-okayama-native");
        assertThat(value(result.form(), "facilityName")).isEqualTo("医療法人旭川会　みどりヶ丘病院");
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "サイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編");
            put(s, "A3", "医療機関名　社会医療法人 潮風会　玉野みなと病院");
            s.addMergedRegion(CellRangeAddress.valueOf("A3:C3"));
            put(s, "A5", "チェック項目");
            put(s, "B5", "1回目");
            put(s, "C5", "確認日");
            put(s, "A6", "複数の機器や外部サービス等で、同一のパスワードを設定していない。");
            put(s, "B6", "はい");
            put(s, "C6", "2024/11/5");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "checklist-minimum");
        assertThat(value(small.form(), "facilityName")).isEqualTo("社会医療法人 潮風会　玉野みなと病院");
    }

    @Test
    void a_row_of_a_device_class_the_version_does_not_ask_for_is_reported_not_read_as_another_classes_item()
            throws Exception {
        // clh-w2-d: a パスワード row under ネットワーク機器 was read as the サーバ item, which the サーバ block then
        // repeated (CLH-004); it is the ネットワーク機器 password item 2-(21) (optional, D-84)
        WorkbookFormReader.Result result = blind("checklist-hospital", "clh-w2-d-reordered-maru-batsu");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
        HospitalChecklist blindForm = (HospitalChecklist) result.form();
        assertThat(blindForm.entries()).extracting(ChecklistEntry::itemId).doesNotHaveDuplicates()
                .contains("2-(7)", "2-(12)", "2-(21)");
        // an item R6 asks for サーバ only (アクセスログ), written under ネットワーク機器, is said and not read as サーバ's
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("Sheet1");
            put(s, "A1", "サイバーセキュリティ対策チェックリスト（医療機関確認用・令和6年度版）");
            put(s, "A3", "区分");
            put(s, "B3", "確認項目");
            put(s, "C3", "1回目");
            put(s, "D3", "確認日");
            put(s, "E3", "目標日");
            put(s, "F3", "備考");
            put(s, "A4", "ネットワーク機器");
            put(s, "B4", "アクセスログを管理している");
            put(s, "C4", "はい");
            put(s, "D4", "2024/8/6");
            put(s, "A5", "サーバ");
            put(s, "B5", "アクセスログを管理している");
            put(s, "C5", "はい");
            put(s, "D5", "2024/8/6");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        HospitalChecklist form = (HospitalChecklist) small.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).containsExactly("2-(6)");
        assertThat(small.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2010") && f.severity() == Severity.WARNING
                && f.origin().map(o -> o.cell().equals("B4")).orElse(false));
    }

    @Test
    void an_item_asked_once_but_answered_per_device_is_read_from_the_first_devices_row_and_the_others_are_reported()
            throws Exception {
        // clh-w1-e: R7's USB item (no device class) on a サーバ row and a 端末PC row was read twice (CLH-004)
        WorkbookFormReader.Result result = blind("checklist-hospital", "clh-w1-e-r7-sheets");
        HospitalChecklist blindForm = (HospitalChecklist) result.form();
        assertThat(blindForm.entries()).extracting(ChecklistEntry::itemId).doesNotHaveDuplicates();
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("2管理運用");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和7年度版");
            put(s, "A4", "項番");
            put(s, "B4", "確認項目");
            put(s, "C4", "対象機器");
            put(s, "D4", "回答");
            put(s, "E4", "確認日");
            put(s, "A5", "2-(10)");
            put(s, "B5", "USBメモリ等の外部記録媒体や外部機器の接続を制限している");
            put(s, "C5", "サーバ");
            put(s, "D5", "はい");
            put(s, "E5", "2025/6/11");
            put(s, "A6", "2-(10)");
            put(s, "B6", "USBメモリ等の外部記録媒体や外部機器の接続を制限している");
            put(s, "C6", "端末PC");
            put(s, "D6", "いいえ");
            put(s, "E6", "2025/6/11");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        HospitalChecklist form = (HospitalChecklist) small.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).containsExactly("2-(18)");
        assertThat(value(form, "entries[0].firstAnswer")).isEqualTo("YES");
        // the answers differ: a warning at the row not read
        assertThat(small.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2014") && f.severity() == Severity.WARNING
                && f.origin().map(o -> o.cell().equals("B6")).orElse(false));
    }

    @Test
    void an_items_abbreviation_written_where_the_item_has_its_full_name_still_names_the_item() throws Exception {
        // clv-w2-b: 医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した, the item being
        // 医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した
        WorkbookFormReader.Result result = blind("checklist-vendor", "clv-w2-b-pacs-inline-dates");
        assertThat(result.form()).isNotNull();
        assertThat(FormPaths.value(result.form(), "entries").map(Object::toString).orElse("")).contains("itemId=2-(3)");
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト(事業者)");
            put(s, "B1", "サイバーセキュリティ対策チェックリスト【事業者確認用】（令和6年度版）");
            put(s, "B3", "事業者名：株式会社ミドリ画像ソリューション");
            put(s, "B5", "チェック項目");
            put(s, "C5", "1回目");
            put(s, "D5", "目標日");
            put(s, "E5", "2回目");
            put(s, "F5", "備考");
            put(s, "B6", "医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した");
            put(s, "C6", "はい (8/19)");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "checklist-vendor");
        assertThat(value(small.form(), "entries[0].itemId")).isEqualTo("2-(3)");
    }

    @Test
    void options_listed_one_per_row_under_a_question_choose_the_row_with_the_mark() throws Exception {
        // obi-w3-a: No. | 設問 | 選択 | 回答, each option on its own row with ● in 選択 beside the chosen one
        WorkbookFormReader.Result result = blind3("offline-backup-intent", "obi-w3-a-questionnaire");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "storage")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
    }

    @Test
    void a_row_worded_unlike_every_item_but_closest_to_a_provisional_item_is_read_as_it_with_a_warning()
            throws Exception {
        // clv-w1-d: R7's password item worded by the vendor (13文字以上…使い回しをしない) matched no item and the
        // provisional item 2-(15) was reported unanswered (CLV-002)
        WorkbookFormReader.Result result = blind("checklist-vendor", "clv-w1-d-r7-labelabove-checkedon");
        // an item of the password group: R7's 2-(15), or the サーバ row's own password item 2-(18) (D-54)
        assertThat(FormPaths.value(result.form(), "entries").map(Object::toString).orElse(""))
                .containsAnyOf("itemId=2-(15)", "itemId=2-(18)");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010")
                && f.origin().map(o -> o.cell().equals("B23")).orElse(false));
        // a row close to no provisional item stays unread and reported
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("R7");
            put(s, "B1", "サイバーセキュリティ対策チェックリスト【事業者確認用】（令和7年度版）");
            put(s, "B3", "事業者名：株式会社ミドリ画像ソリューション");
            put(s, "B5", "チェック項目");
            put(s, "C5", "1回目");
            put(s, "D5", "目標日");
            put(s, "E5", "2回目");
            put(s, "F5", "備考");
            put(s, "B6", "医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した");
            put(s, "C6", "はい (6/19)");
            put(s, "B7", "院内の観葉植物に毎週水をやっている");
            put(s, "C7", "はい (6/19)");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "checklist-vendor");
        assertThat(small.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2015"));
        assertThat(small.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2010")
                && f.origin().map(o -> o.cell().equals("B7")).orElse(false));
    }

    @Test
    void a_choice_label_over_one_column_per_option_reads_the_marked_option() throws Exception {
        // ins-w3-b: 提出の有無 merged over 提出する | 未作成 | 作成済・提出しない with ✓ under the chosen one: the ✓
        // was read as the answer's text (MSF-VAL-1201 ×5)
        WorkbookFormReader.Result result = blind3("inspection-documents", "ins-w3-b-cover-checkmarks");
        assertThat(value(result.form(), "documents[0].submission")).isEqualTo("SUBMITTED");
        assertThat(value(result.form(), "documents[3].submission")).isEqualTo("NOT_CREATED");
        assertThat(value(result.form(), "documents[5].submission")).isEqualTo("NOT_SUBMITTED");
        // and the footer below a blank line (作成日 | =TODAY(), 担当 | 総務課 藤井) is no document
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(7);
    }

    @Test
    void a_count_under_the_rows_is_no_row() throws Exception {
        // lds-w2-d: 回線数 | =COUNTA(K7:K11) | 回線 under the lines was read as a third line with its answers missing
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w2-d-miyagi-print-style-marks");
        assertThat(FormPaths.value(result.form(), "lines").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(2);
    }

    @Test
    void answers_under_an_unanswered_question_are_the_next_questions_answers_not_its_options() throws Exception {
        // TemplateRoundTripTest (jqwik): 電子カルテ… left blank, its note (…使用していない場合は…) beside its answer box
        // taken for its label again, and the answers of the next questions, merged C:F, taken for that note's options
        // listed below it: all were lost
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答");
            put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A8", "電子カルテシステムを使用しているか");
            put(s, "G8", "電子カルテシステムを使用していない場合は、7. まで回答不要です");
            put(s, "A9", "診療行為を停止させないためのバックアップデータは作成しているか");
            put(s, "C9", "はい");
            put(s, "A10", "バックアップデータは世代管理しているか");
            put(s, "C10", "いいえ");
            for (int r = 7; r <= 9; r++) {
                s.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
                s.addMergedRegion(new CellRangeAddress(r, r, 2, 5));
            }
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "usesEhr")).isEmpty();
        assertThat(value(result.form(), "backupTested")).isEqualTo("YES");
        assertThat(value(result.form(), "generationsKept")).isEqualTo("NO");
    }

    @Test
    void a_mark_in_front_of_a_statement_answers_it_yes_and_a_sentence_below_holding_nashi_is_no_answer() throws Exception {
        // sr-w3-a: レ | 電子カルテシステムを導入している, and below it 令和８年１月までに…（電子カルテシステムの更改予定なし）
        // was read as the answer いいえ (SRQ-004 on a correct form)
        WorkbookFormReader.Result result = blind3("support-request", "sr-w3-a-fax-print");
        assertThat(value(result.form(), "hasEhr")).isEqualTo("YES");
        // a statement with nothing in front of it stays unanswered
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "B1", "支援の希望調査に係る回答様式");
            put(s, "B3", "【対象要件の確認】（該当する場合は左欄に「レ」を記入）");
            put(s, "C4", "電子カルテシステムを導入している");
            put(s, "C5", "令和８年１月までに現地調査を完了できる（電子カルテシステムの更改予定なし）");
        });
        WorkbookFormReader.Result small = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(small.form(), "hasEhr")).isEmpty();
    }

    @Test
    void a_question_without_its_answer_takes_the_answer_of_its_rewording_just_below() throws Exception {
        // bv-w3-a: 14 セキュリティ責任者を設置しているか (blank) | 14-1 セキュリティ責任者を職員として配置しているか | はい
        WorkbookFormReader.Result result = blind3("backup-vpn-survey", "bv-w3-a-questionnaire-rows");
        assertThat(value(result.form(), "securityOfficer")).isEqualTo("YES");
        assertThat(value(result.form(), "securityOfficerSeparate")).isEqualTo("NO");
    }

    @Test
    void a_label_before_a_colon_is_a_label_even_when_the_value_repeats_its_words() throws Exception {
        // obi-w2-c: 電子カルテのバックアップの現状：電子カルテベンダ（カルテック社）とオフラインバックアップの方針を検討中
        WorkbookFormReader.Result result = blind("offline-backup-intent", "obi-w2-c-memo-koumoku");
        assertThat(value(result.form(), "currentState")).isEqualTo("PLANNING_WITH_VENDOR");
    }

    @Test
    void records_laid_out_as_named_blocks_of_lines_are_read_block_by_block() throws Exception {
        // lds-w1-d: 担当者1 | 所属・役職／氏名 | 事務部 総務課長 | 久保 直樹, then 電話番号／メール | … | … (a compound label
        // with its values in separate cells); lds-w3-b: labels over values, メールアドレス on a second pair of lines
        WorkbookFormReader.Result compound = blind("line-device-survey", "lds-w1-d-lo-resaved");
        assertThat(value(compound.form(), "contacts[0].name")).isEqualTo("久保 直樹");
        assertThat(value(compound.form(), "contacts[0].email")).contains("kubo@utazu-rinkai.or.jp");
        assertThat(value(compound.form(), "contacts[2].phoneNumber")).contains("0877");
        assertThat(FormPaths.value(compound.form(), "contacts").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(3);
        WorkbookFormReader.Result stacked = blind3("line-device-survey", "lds-w3-b-vertical-lines");
        assertThat(value(stacked.form(), "contacts[1].name")).isEqualTo("越智 由香");
        assertThat(value(stacked.form(), "contacts[1].email")).contains("y-ochi@matsuyama-minato.example.jp");
        assertThat(FormPaths.value(stacked.form(), "contacts").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(2);
    }

    @Test
    void columns_written_once_above_a_sub_tables_header_belong_to_each_of_its_rows() throws Exception {
        // lds-w3-b: 回線 | 回線1 | 装置 | YAMAHA RTX1210 over ポート | 機器名 | IPアドレス | …, one sub-table per device
        WorkbookFormReader.Result result = blind3("line-device-survey", "lds-w3-b-vertical-lines");
        assertThat(value(result.form(), "ports[0].line")).isEqualTo("回線1");
        assertThat(value(result.form(), "ports[0].device")).isEqualTo("YAMAHA RTX1210");
        assertThat(value(result.form(), "ports[2].line")).isEqualTo("回線2");
        // a table with no such line above its header gets nothing from above it
        WorkbookFormReader.Result official = blind("line-device-survey", "lds-w1-a-official-like");
        assertThat(FormPaths.value(official.form(), "ports").map(d -> ((List<?>) d).size()).orElse(0)).isPositive();
        assertThat(value(official.form(), "ports[0].line")).isNotEqualTo(value(official.form(), "ports[0].port"));
    }

    @Test
    void a_survey_tools_long_question_header_names_its_field() throws Exception {
        // obi-w1-a: オフラインバックアップの保存先として希望する構成を選択してください。（…） over 院内の物理媒体に保存
        WorkbookFormReader.Result result = blind("offline-backup-intent", "obi-w1-a-forms-export");
        assertThat(value(result.form(), "storage")).isEqualTo("ON_PREMISES_MEDIA");
    }

    @Test
    void a_row_naming_a_document_with_nothing_else_filled_is_a_row_not_the_next_blocks_heading() throws Exception {
        // ins-w1-e (across): 5 インシデント発生時の連絡体制図 with its 提出状況 left blank (planted) ended the table, and
        // documents 6 and 7 were lost
        WorkbookFormReader.Result result = blind("inspection-documents", "ins-w1-e-transposed-missing");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(7);
        assertThat(value(result.form(), "documents[6].remarks")).isEqualTo("R7年度策定予定");
        assertThat(value(result.form(), "documents[4].submission")).isEmpty();
    }

    @Test
    void a_note_row_starting_with_a_bracketed_asterisk_under_a_one_row_table_is_no_submission() throws Exception {
        // sr-w4-a: (※) 国が令和6年1月31日付け事務連絡… merged across the row under the data row was read as a second
        // submission (hospital code, postal code, phone and three e-mails: 6 false errors)
        WorkbookFormReader.Result result = blind4("support-request", "sr-w4-a-horizontal-row");
        assertThat(result.findings()).noneMatch(f -> f.origin().map(o -> o.cell().endsWith("11")).orElse(false)
                && f.severity() == Severity.ERROR);
        assertThat(value(result.form(), "hospitalCode")).contains("3710123450");
    }

    @Test
    void three_options_side_by_side_as_column_headers_are_one_choice_column() throws Exception {
        // ins-w4-b: 提出する | 作成済・提出しない | 未作成 with ■ under the chosen one and □ under the others, no label over
        // them
        WorkbookFormReader.Result result = blind4("inspection-documents", "ins-w4-b-coversheet-options");
        assertThat(value(result.form(), "documents[0].submission")).isEqualTo("SUBMITTED");
        assertThat(value(result.form(), "documents[3].submission")).isEqualTo("NOT_CREATED");
        assertThat(value(result.form(), "documents[4].submission")).isEmpty(); // □ □ □: nothing chosen
    }

    @Test
    void the_intent_question_worded_by_a_survey_tool_and_an_abbreviated_ehr_header_are_read() throws Exception {
        // obi-w4-a: 本事業におけるオフラインバックアップ支援の意向について…; lds-w4-a: 電カルNW接続 over ○/有
        WorkbookFormReader.Result export = blind4("offline-backup-intent", "obi-w4-a-forms-export");
        assertThat(value(export.form(), "intent")).isEqualTo("NO_SUPPORT_NEEDED");
        WorkbookFormReader.Result lines = blind4("line-device-survey", "lds-w4-a-onesheet-stacked");
        assertThat(value(lines.form(), "lines[0].ehrConnection")).isNotEmpty();
    }

    @Test
    void a_header_naming_two_columns_with_a_slash_splits_each_value_by_its_slash_or_line_break() throws Exception {
        // lds-w4-b: 所属・役職／氏名 over 情報システム室 室長／山下 健太 and 情報システム室 主任 ↵ 真鍋 彩花 (LDS-027 ×3)
        WorkbookFormReader.Result result = blind4("line-device-survey", "lds-w4-b-sheets-reordered");
        assertThat(value(result.form(), "contacts[0].department")).isEqualTo("情報システム室 室長");
        assertThat(value(result.form(), "contacts[0].name")).isEqualTo("山下 健太");
        assertThat(value(result.form(), "contacts[1].name")).isEqualTo("真鍋 彩花");
    }

    @Test
    void a_heading_over_the_whole_table_does_not_put_its_columns_in_the_group_of_the_same_name() throws Exception {
        // lds-w4-b: 機器のポート情報 over ポート | 機器名 | IPアドレス | ポート番号 | プロトコル | 接続状況: IPアドレス and
        // ポート番号 were read as the connected device's (the group 機器のポート情報 of the official form), LDS-028 ×8
        WorkbookFormReader.Result result = blind4("line-device-survey", "lds-w4-b-sheets-reordered");
        assertThat(value(result.form(), "ports[0].ipAddress")).contains("10.10.0.1");
        assertThat(value(result.form(), "ports[0].portNumber")).contains("443");
        assertThat(value(result.form(), "ports[0].connectedIpAddress")).isEmpty();
    }

    @Test
    void a_questions_answer_beside_its_label_above_a_table_is_not_the_tables_group_header() throws Exception {
        // bv-w4-a: 4 | VPN装置が存在するか | はい, then 4-1 | …メーカー名、型番、台数… | メーカー名 | 型番 | 台数: the はい was
        // taken into the table's header band (BVS-002 on a question answered はい)
        WorkbookFormReader.Result result = blind4("backup-vpn-survey", "bv-w4-a-questionnaire");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("YES");
    }

    @Test
    void a_record_written_over_lines_named_by_sub_labels_is_one_entry() throws Exception {
        // clv-w4-a: Q13 | 設問 (merged over 4 lines) | 1回目 / 目標日 / 2回目 / 備考 | 回答 | 日付: each sub-line was read
        // as another entry of the same item (CLV-004 ×4, CLV-005, CLV-007, MSF-VAL-1201: 7 false errors)
        WorkbookFormReader.Result result = blind4("checklist-vendor", "clv-w4-a-questionnaire");
        io.github.medsecforms.model.checklist.VendorChecklist form =
                (io.github.medsecforms.model.checklist.VendorChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).doesNotHaveDuplicates();
        ChecklistEntry usb = form.entries().stream().filter(e -> e.remarks().startsWith("USB無効化")).findFirst()
                .orElseThrow();
        assertThat(usb.firstAnswer()).hasValueSatisfying(a -> assertThat(a.label()).isEqualTo("いいえ"));
        assertThat(usb.targetDate()).contains(java.time.LocalDate.of(2025, 8, 31));
        assertThat(usb.secondAnswer()).hasValueSatisfying(a -> assertThat(a.label()).isEqualTo("はい"));
        assertThat(usb.secondDate()).contains(java.time.LocalDate.of(2025, 8, 22));
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_question_numbered_the_drawers_own_way_ends_the_table_above_it() throws Exception {
        // bv-w4-a: 4-2 | NISCや厚生労働省の注意喚起を基に… | はい（R6.9 ファーム更新済） under the VPN devices (装置1–4): the notice
        // numbers it Q10, so the question was read as a third device (MSF-VAL-1101 on 台数) and left unanswered (BVS-002)
        WorkbookFormReader.Result result = blind4("backup-vpn-survey", "bv-w4-a-questionnaire");
        assertThat(value(result.form(), "vpnUpdated")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnDevices[2].maker")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void an_abbreviated_item_beside_its_section_merged_down_the_rows_is_read_as_its_item() throws Exception {
        // clm-w4-b: 区分 パスワードを強固なものに… merged over B6:B8 beside 「複数機器・外部サービスで同一PWを使わない」: the
        // section's text was taken for the item's wording and PW was not パスワード (CLM-002 ×2, 12 values lost)
        WorkbookFormReader.Result result = blind4("checklist-minimum", "clm-w4-b-inhouse-wareki");
        io.github.medsecforms.model.checklist.MinimumChecklist form =
                (io.github.medsecforms.model.checklist.MinimumChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).contains("1-(2)", "3-(1)").doesNotHaveDuplicates();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
    }

    @Test
    void abbreviations_in_an_items_wording_are_written_out_and_other_words_are_left_alone() {
        assertThat(ChecklistRows.expand("同一pwを使わない")).isEqualTo("同一パスワードを使わない");
        assertThat(ChecklistRows.expand("全nw機器のverup")).isEqualTo("全ネットワーク機器のバージョンアップ");
        assertThat(ChecklistRows.expand("パッチ適用(fw・更新プログラム)")).isEqualTo("パッチ適用(ファームウェア・更新プログラム)");
        assertThat(ChecklistRows.expand("アクセスログを管理している")).isEqualTo("アクセスログを管理している");
    }

    @Test
    void a_section_named_by_its_first_words_is_no_items_wording_and_a_wording_in_brackets_is_read() throws Exception {
        // clh-w4-b: 区分 インシデント beside 連絡体制図（…）, バックアップ実施… and BCP（サイバー攻撃想定）: インシデント was read as
        // an abbreviated 3-(1) for all three rows (CLH-004), and BCP（サイバー攻撃想定） was no wording at all
        WorkbookFormReader.Result result = blind4("checklist-hospital", "clh-w4-b-device-columns");
        HospitalChecklist form = (HospitalChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).doesNotHaveDuplicates()
                .contains("3-(1)", "3-(2)", "3-(3)");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void device_classes_written_as_column_groups_give_one_entry_per_class_and_item() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェック");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版");
            put(s, "A3", "確認項目");
            put(s, "B3", "サーバ");
            put(s, "E3", "端末PC");
            put(s, "H3", "備考");
            s.addMergedRegion(CellRangeAddress.valueOf("B3:D3"));
            s.addMergedRegion(CellRangeAddress.valueOf("E3:G3"));
            s.addMergedRegion(CellRangeAddress.valueOf("H3:H4"));
            put(s, "B4", "1回目");
            put(s, "C4", "目標日");
            put(s, "D4", "2回目");
            put(s, "E4", "1回目");
            put(s, "F4", "目標日");
            put(s, "G4", "2回目");
            put(s, "A5", "退職者や使用していないアカウント等、不要なアカウントを削除している");
            put(s, "B5", "はい (10/1)");
            put(s, "E5", "いいえ (10/1)");
            put(s, "F5", "(12/20)");
            put(s, "H5", "端末は年内に棚卸し");
            put(s, "A6", "アクセスログを管理している");
            put(s, "B6", "はい (10/2)");
            put(s, "E6", "－"); // the version asks it for サーバ only
            put(s, "F6", "－");
            put(s, "G6", "－");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        HospitalChecklist form = (HospitalChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).containsExactly("2-(5)", "2-(11)", "2-(6)");
        ChecklistEntry pc = form.entries().get(1);
        assertThat(pc.firstAnswer()).hasValueSatisfying(a -> assertThat(a.label()).isEqualTo("いいえ"));
        assertThat(pc.targetDate()).contains(java.time.LocalDate.of(2024, 12, 20));
        assertThat(pc.remarks()).isEqualTo("端末は年内に棚卸し");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        // one group of columns under サーバ alone is an ordinary table: one entry per line
        byte[] single = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェック");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版");
            put(s, "A3", "確認項目");
            put(s, "B3", "サーバ");
            s.addMergedRegion(CellRangeAddress.valueOf("B3:D3"));
            put(s, "B4", "1回目");
            put(s, "C4", "目標日");
            put(s, "D4", "2回目");
            put(s, "E4", "備考");
            put(s, "A5", "退職者や使用していないアカウント等、不要なアカウントを削除している");
            put(s, "B5", "はい (10/1)");
        });
        HospitalChecklist one = (HospitalChecklist) LabelDrivenReaderTest.read(single, "checklist-hospital").form();
        assertThat(one.entries()).extracting(ChecklistEntry::itemId).containsExactly("2-(5)");
    }

    @Test
    void a_kana_reading_written_with_its_value_in_one_cell_beside_the_field_is_read_as_its_kana() throws Exception {
        // lds-w2-b: 医療機関名：医療法人 雪椿会 長岡みなみ病院 | （かな）：いりょうほうじん… was left unread
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w2-b-niigata-onesheet-transposed");
        assertThat(value(result.form(), "basicInfo.facilityNameKana")).isEqualTo("いりょうほうじん ゆきつばきかい ながおかみなみびょういん");
        assertThat(value(result.form(), "basicInfo.addressKana")).startsWith("にいがたけんながおかし");
        assertThat(value(result.form(), "basicInfo.facilityName")).isEqualTo("医療法人 雪椿会 長岡みなみ病院");
    }

    @Test
    void contacts_numbered_under_a_column_headed_by_the_groups_word_are_read_as_the_groups() throws Exception {
        // sr-w3-b: 担当者 | 所属・役職 | 氏名 | Mail アドレス over ①【必須】, ②【必須】, ③: every contact was unread
        WorkbookFormReader.Result result = blind3("support-request", "sr-w3-b-label-in-cell");
        assertThat(value(result.form(), "contact1.name")).isEqualTo("坂出 誠");
        assertThat(value(result.form(), "contact1.email")).isEqualTo("m-sakaide@setouchi-kinen.example.jp");
        assertThat(value(result.form(), "contact2.department")).isEqualTo("看護部 副看護部長");
        assertThat(value(result.form(), "contact3.name")).isEqualTo("善通寺 健");
        assertThat(value(result.form(), "contact2.email")).isEmpty(); // left blank (a planted problem)
    }

    @Test
    void a_lines_device_written_on_a_line_named_by_it_above_its_ports_completes_the_line() throws Exception {
        // lds-w1-e: ■回線1 | メーカー | ヤマハ | 機種名 | RTX1300 | ファームウェア | Rev.23.01.02 over the ports of line 1,
        // on another sheet than the list of lines (which has no device columns): 24 values unread
        WorkbookFormReader.Result result = blind("line-device-survey", "lds-w1-e-pw-sheet");
        assertThat(value(result.form(), "lines[0].deviceMaker")).isEqualTo("ヤマハ");
        assertThat(value(result.form(), "lines[0].deviceModel")).isEqualTo("RTX1300");
        assertThat(value(result.form(), "lines[1].firmwareVersion")).isEqualTo("v7.4.4");
        assertThat(value(result.form(), "ports[0].line")).isEqualTo("回線1");
        assertThat(value(result.form(), "ports[2].line")).isEqualTo("回線2");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR && f.ruleId().startsWith("MSF-IO"));
    }

    @Test
    void two_bare_options_right_before_a_column_of_their_group_are_that_groups_answer() throws Exception {
        // clv-w5-b: No. | 区分 | 確認項目 | はい | いいえ | 1回目確認日 | 目標日 | 2回目 | 2回目確認日 | 備考, a ○ under はい or
        // いいえ: every first answer was blank (20× CLV-005)
        WorkbookFormReader.Result result = blind5("checklist-vendor", "clv-w5-b-questionnaire-r7");
        io.github.medsecforms.model.checklist.VendorChecklist form =
                (io.github.medsecforms.model.checklist.VendorChecklist) result.form();
        assertThat(form.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.firstAnswer()).isPresent());
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2004") && f.message().contains("1回目/回答"));
    }

    @Test
    void a_second_header_of_group_columns_over_one_row_is_read_as_part_of_the_table() throws Exception {
        // clh-w5-b: 区分 | 確認項目 | 1回目 | 目標日 | 2回目 | 備考 over the 前提 row alone, then the main table's
        // two-row header: the 前提 row's header scored too low beside the main one (1回目 and 2回目 counted 0), CLH-002
        WorkbookFormReader.Result result = blind5("checklist-hospital", "clh-w5-b-answer-date-cells");
        HospitalChecklist form = (HospitalChecklist) result.form();
        assertThat(form.entries()).extracting(ChecklistEntry::itemId).contains("0").doesNotHaveDuplicates();
    }

    @Test
    void a_label_over_its_value_is_not_read_across_to_another_label_over_its_own_value() throws Exception {
        // hs-w5-b: 都道府県名 | | | 作成日 over 青森県 | | | R6.3.12: 作成日 was read as the prefecture (MSF-VAL-1201)
        WorkbookFormReader.Result result = blind5("hospital-selection", "hs-w5-b-multisheet-7digit");
        assertThat(value(result.form(), "prefecture")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        // a list of labels one under the other keeps its values right of them, past blank cells (sr-w3-a)
        WorkbookFormReader.Result list = blind3("support-request", "sr-w3-a-fax-print");
        assertThat(value(list.form(), "contact1.name")).isEqualTo("讃岐 太郎");
    }

    @Test
    void a_sign_off_under_an_option_column_after_a_blank_line_is_no_row() throws Exception {
        // ins-w5-b: 確認者（事務長） two lines under the last document, in the 提出しない column: read as document 9
        WorkbookFormReader.Result result = blind5("inspection-documents", "ins-w5-b-hospital-checksheet");
        // the eight rows the drawer listed (the 記入例 row is no row), and no ninth from the sign-off
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(8);
    }

    @Test
    void guidance_in_a_column_headed_as_notes_is_never_an_answer() throws Exception {
        // sr-w5-b: No. | 項目 | 回答 | 記入上の注意, 担当者③'s answers left blank beside 任意: 任意 read as the e-mail
        WorkbookFormReader.Result result = blind5("support-request", "sr-w5-b-qa-list-libre");
        assertThat(value(result.form(), "contact3.email")).isEmpty();
        assertThat(value(result.form(), "contact3.name")).isEmpty();
        assertThat(value(result.form(), "hospitalName")).isNotEqualTo("略称不可");
    }

    @Test
    void options_one_per_row_beside_a_label_merged_down_over_them_choose_the_marked_row() throws Exception {
        // obi-w5-b: ３． | 現在の…状況（該当するものに●） merged over three rows, one option per row, ● in front of the
        // chosen one: the first option was read as the answer (現状, 意向, and so the 支援方針)
        WorkbookFormReader.Result result = blind5("offline-backup-intent", "obi-w5-b-draft-marksheet");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "intent")).isEqualTo("CONNECT_EXISTING");
    }

    @Test
    void options_merged_across_under_a_question_with_a_mark_before_one_choose_the_marked_one() throws Exception {
        // obi-w1-b: ３．… | then （1）… （2）… （3）… each merged D:G, ○ in C before the chosen one: each option's merged
        // cell was met four times and taken for a second option, so the list was not seen and the first option read
        WorkbookFormReader.Result result = blind("offline-backup-intent", "obi-w1-b-paper-marks");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "intent")).isEqualTo("CONNECT_EXISTING");
    }

    @Test
    void a_mark_under_the_no_column_is_read_past_an_answer_box_merged_across_the_option_columns() throws Exception {
        // bv-w6-b: はい | いいえ columns, ○ under いいえ for Q12, Q9's free text merged across both columns above: the
        // search for the column's option stopped at the free text and ○ was read as はい — a wrong value
        WorkbookFormReader.Result result = blind6("backup-vpn-survey", "bv-w6-b-marks-print");
        assertThat(value(result.form(), "vpnLogsAudited")).isEqualTo("NO");
        assertThat(value(result.form(), "securityOfficerSeparate")).isEqualTo("NO");
        assertThat(value(result.form(), "vpnUpdated")).isEqualTo("YES");
    }

    @Test
    void blank_below_and_a_count_under_the_rows_end_a_table() throws Exception {
        // hs-w6-b: 以下余白 under the hospitals (read as an eighth hospital, SEL-001 ×4); ins-w6-b: 提出する書類数 |
        // =COUNTIF(…) after a blank line (read as a tenth document, INS-001, INS-010)
        WorkbookFormReader.Result hospitals = blind6("hospital-selection", "hs-w6-b-kochi-twosheet");
        assertThat(FormPaths.value(hospitals.form(), "hospitals").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(7);
        WorkbookFormReader.Result documents = blind6("inspection-documents", "ins-w6-b-tsuyama-filelist");
        assertThat(FormPaths.value(documents.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(9);
    }

    @Test
    void options_side_by_side_below_a_question_and_contacts_under_a_heading_naming_them_are_read() throws Exception {
        // sr-w6-b: ４．…活用の可否 then ○ | 可 | | 不可 on the line below (○ read as the answer, MSF-VAL-1201); the
        // contacts' table headed 区分 over ①【必須】②【必須】③ under ２．担当者（…）: not read
        WorkbookFormReader.Result result = blind6("support-request", "sr-w6-b-ehime-inline-labels");
        assertThat(value(result.form(), "dataUse")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(value(result.form(), "contact2.name")).isEqualTo("越智 さやか");
        assertThat(value(result.form(), "contact3.email")).isEqualTo("watanabe.sh@ishitegawa-hp.jp");
    }

    @Test
    void an_instruction_beside_a_question_is_no_answer_and_the_marked_option_below_is() throws Exception {
        // obi-w6-b: 設問 | 補足 該当欄に● , options below with ● in front: 該当欄に● was read as the answer (×3)
        WorkbookFormReader.Result result = blind6("offline-backup-intent", "obi-w6-b-hospital-prep-marks");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "intent")).isEqualTo("CONNECT_EXISTING");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("一般財団法人 倉敷みなみ記念会 倉敷みなみ中央病院");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_header_naming_more_columns_of_another_table_is_that_tables_not_this_ones() throws Exception {
        // lds-w7-b: the terminals' header (システム種別 | … | IPアドレス | 設置場所 | 端末ホスト名 | IPアドレス) was also
        // taken as the ports table's (two IPアドレス columns): six ports rows with nothing but IPs (37 false errors)
        WorkbookFormReader.Result result = blind7("line-device-survey", "lds-w7-b-onesheet");
        assertThat(FormPaths.value(result.form(), "ports").map(d -> ((List<?>) d).size()).orElse(0)).isZero();
        assertThat(value(result.form(), "terminals[0].ipAddress")).isEqualTo("10.1.10.21/24");
        assertThat(value(result.form(), "terminals[3].vdiIpAddress")).isEqualTo("10.1.100.57/24");
    }

    @Test
    void an_instruction_line_between_a_label_and_its_answer_below_is_skipped() throws Exception {
        // lds-w7-a: ■本施策の同意確認 | (別紙)規約に…同意いただける場合は「同意する」を選択 | 同意する (read as blank)
        WorkbookFormReader.Result result = blind7("line-device-survey", "lds-w7-a-transposed");
        assertThat(value(result.form(), "basicInfo.consent")).isEqualTo("AGREE");
    }

    @Test
    void a_sheet_named_for_a_device_class_sets_the_class_of_its_rows() throws Exception {
        // clv-w7-a: a ネットワーク機器 sheet's password row was read as the サーバ password item 2-(15) a second time
        // (CLV-004, a false duplicate); it is the ネットワーク機器 password item, 2-(21) (optional, D-84)
        WorkbookFormReader.Result result = blind7("checklist-vendor", "clv-w7-a-sheet-per-section");
        List<?> entries = (List<?>) FormPaths.value(result.form(), "entries").orElseThrow();
        assertThat(entries.stream().filter(e -> ((ChecklistEntry) e).itemId().equals("2-(15)")).count()).isEqualTo(1);
        assertThat(entries.stream().filter(e -> ((ChecklistEntry) e).itemId().equals("2-(21)")).count()).isEqualTo(1);
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
    }

    @Test
    void a_rows_item_number_settles_a_close_runner_up_among_provisional_items() throws Exception {
        // clv-w7-a: 2-(1) | 提供機器（サーバ・端末PC・ネットワーク機器）の台帳管理を行っている: closest to the provisional
        // 2-(1) but within 0.1 of another provisional item, so not read; the row's own 項番 names it
        WorkbookFormReader.Result result = blind7("checklist-vendor", "clv-w7-a-sheet-per-section");
        List<?> entries = (List<?>) FormPaths.value(result.form(), "entries").orElseThrow();
        assertThat(entries.stream().map(e -> ((ChecklistEntry) e).itemId())).contains("2-(1)");
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2015")
                && f.origin().map(o -> o.cell().equals("C5")).orElse(false));
    }

    @Test
    void a_value_cell_of_labelled_lines_gives_each_line_to_its_field() throws Exception {
        // bv-w7-b: 回答者の情報（氏名、所属、連絡先） | 氏名：村上 翔太 ↵ 所属：情報管理課 システム係 ↵ 連絡先：089-…
        WorkbookFormReader.Result result = blind7("backup-vpn-survey", "bv-w7-b-printstyle");
        assertThat(value(result.form(), "respondent.name")).isEqualTo("村上 翔太");
        assertThat(value(result.form(), "respondent.department")).isEqualTo("情報管理課 システム係");
        assertThat(value(result.form(), "respondent.contact")).isEqualTo("089-946-1120");
    }

    @Test
    void a_cell_of_lines_not_all_labelled_by_the_blocks_fields_stays_one_value() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "バックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "回答者の情報（氏名、所属、連絡先）");
            put(s, "B3", "氏名：村上 翔太\n（情報管理課に異動予定）");
            put(s, "A5", "電子カルテシステムを使用しているか");
            put(s, "B5", "はい");
            put(s, "A6", "バックアップデータは世代管理しているか");
            put(s, "B6", "はい");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "respondent.name")).startsWith("村上 翔太").contains("異動予定");
        assertThat(value(result.form(), "respondent.department")).isEmpty();
    }

    @Test
    void options_in_a_questions_rows_with_none_marked_leave_it_unanswered() throws Exception {
        // obi-w7-a: 設問4 merged over its four options (１．…年度内に可能 / ２．… / ３．… / ４．…), no ○ beside any:
        // read as the first option (支援A derived from an answer nobody gave); a required answer left blank on purpose
        WorkbookFormReader.Result result = blind7("offline-backup-intent", "obi-w7-a-questionnaire-marks");
        assertThat(value(result.form(), "intent")).isEmpty();
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "storage")).isEqualTo("ON_PREMISES_MEDIA");
    }

    @Test
    void a_remark_worded_like_another_question_is_the_remark() throws Exception {
        // sr-w7-a: 備考 | 電子カルテの更新は令和9年度予定のため、令和8年1月までの現地調査に対応可能です。 — close to the
        // statement 令和8年1月までに現地調査を完了できる, so taken for a label: dropped without a word
        WorkbookFormReader.Result result = blind7("support-request", "sr-w7-a-fax-print");
        assertThat(value(result.form(), "remarks")).startsWith("電子カルテの更新は令和9年度予定");
        assertThat(value(result.form(), "surveyFeasible")).isEqualTo("YES");
    }

    @Test
    void another_fields_own_label_right_of_a_remarks_label_is_no_remark() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "支援の希望調査に係る回答様式");
            put(s, "A3", "医療機関コード");
            put(s, "B3", "3710111117");
            put(s, "A4", "病院名（正式名称）");
            put(s, "B4", "丸亀テスト病院");
            put(s, "A6", "備考");
            put(s, "B6", "電子カルテシステムを導入している。");
            put(s, "C6", "はい");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "remarks")).isEmpty();
    }

    @Test
    void bed_bands_as_one_column_per_band_with_a_mark_under_the_hospitals_are_read() throws Exception {
        // hs-w8-a: 病床規模区分（該当に●） over 20～99床 | 100～199床 | 200～399床 | 400床以上, ● under the hospital's:
        // the first band column read as the band (●: MSF-VAL-1001 ×4, SEL-001 ×3)
        WorkbookFormReader.Result result = wave(8, "hospital-selection", "hs-w8-a-bandmarks-7digit");
        assertThat(value(result.form(), "hospitals[0].band")).contains("20").contains("99");
        assertThat(value(result.form(), "hospitals[9].band")).contains("400");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR && f.path().startsWith("hospitals[0]"));
    }

    @Test
    void options_under_a_heading_alone_on_its_line_are_its_choice() throws Exception {
        // sr-w8-a: ■ …回答データの活用の可否（※）※該当する方の左欄に○ (one cell, the text running on) over | ○ | 可 | | 不可
        WorkbookFormReader.Result result = wave(8, "support-request", "sr-w8-a-inline-labels");
        assertThat(value(result.form(), "dataUse")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_value_below_that_names_its_own_field_is_that_fields() throws Exception {
        // sr-w8-b: ３．郵便番号 over 〒７９０－０８４２ (a label-in-cell of the postal code itself): read as no value
        WorkbookFormReader.Result result = wave(8, "support-request", "sr-w8-b-hougan-digitboxes");
        assertThat(value(result.form(), "postalCode")).isEqualTo("790-0842");
    }

    @Test
    void a_label_with_its_value_in_its_cell_left_of_a_value_does_not_take_it() throws Exception {
        // lds-w8-a: 〒 | 住所 over 〒０２０－００４５ | 岩手県盛岡市…: the address was refused as the 〒 cell's
        WorkbookFormReader.Result result = wave(8, "line-device-survey", "lds-w8-a-onesheet-vertical");
        assertThat(value(result.form(), "basicInfo.postalCode")).isEqualTo("020-0045");
        assertThat(value(result.form(), "basicInfo.address")).startsWith("岩手県盛岡市盛岡駅西通");
    }

    @Test
    void a_row_worded_as_another_device_class_item_is_no_provisional_item_of_its_own_class() throws Exception {
        // clh-w8-a: under 【ネットワーク機器】 the アクセス利用権限 row (an item the version asks for サーバ and 端末PC) was
        // read as the provisional 2-(16) 接続元制限, which the next rows answer too (CLH-004, a false duplicate)
        WorkbookFormReader.Result result = wave(8, "checklist-hospital", "clh-w8-a-wareki");
        List<?> entries = (List<?>) FormPaths.value(result.form(), "entries").orElseThrow();
        assertThat(entries.stream().filter(e -> ((ChecklistEntry) e).itemId().equals("2-(16)")).count()).isEqualTo(1);
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2010")
                && f.origin().map(o -> o.cell().equals("B29")).orElse(false));
    }

    @Test
    void a_second_header_naming_one_column_and_groups_of_others_starts_its_own_table() throws Exception {
        // clh-w8-b: 番号 | チェック項目 | 1回目 | 目標日 | 2回目 | 備考, then below 確認項目 | サーバ | 端末PC | ネットワーク機器
        // over 1回目 | 目標日 | 2回目 ×3: the first header's 備考 column read the 端末PC answers as remarks
        WorkbookFormReader.Result result = wave(8, "checklist-hospital", "clh-w8-b-devcols");
        List<?> entries = (List<?>) FormPaths.value(result.form(), "entries").orElseThrow();
        assertThat(entries.stream().map(e -> ((ChecklistEntry) e).remarks()))
                .noneMatch(r -> String.valueOf(r).startsWith("はい (") || String.valueOf(r).startsWith("いいえ ("));
        ChecklistEntry accounts = entries.stream().map(e -> (ChecklistEntry) e)
                .filter(e -> e.itemId().equals("2-(11)")).findFirst().orElseThrow();
        assertThat(String.valueOf(accounts.firstAnswer())).contains("NO");
        assertThat(String.valueOf(accounts.targetDate())).contains("2025-07-31");
    }

    @Test
    void the_contact_chart_named_the_other_way_round_is_document_5() {
        // ins-w8-b: 連絡体制図（インシデント発生時） (MSF-VAL-1201, and INS-002 said document 5 was missing)
        assertThat(ChoiceText.read(io.github.medsecforms.model.inspection.DocumentKind.class, "連絡体制図（インシデント発生時）")
                .value()).isEqualTo(io.github.medsecforms.model.inspection.DocumentKind.INCIDENT_CONTACT_CHART);
    }

    @Test
    void options_side_by_side_below_a_question_with_a_mark_on_the_line_under_them_are_its_choice() throws Exception {
        // obi-w8-a: ４．本事業における支援の意向（該当欄に○を1つ） / 選択肢 | …（年度内に調達可能） | …（調達は次年度以降） | … /
        // 該当欄に○ | ○ under the first: not read (and 支援方針 derived as 対象外 with the skipped answer unseen)
        WorkbookFormReader.Result result = wave(8, "offline-backup-intent", "obi-w8-a-checkbox-form");
        assertThat(value(result.form(), "intent")).isEqualTo("PROCURE_THIS_YEAR");
        assertThat(value(result.form(), "remarks")).startsWith("現在、LTOテープで");
    }

    @Test
    void the_survey_tools_wording_of_backup_already_in_operation_is_that_option() {
        // obi-w7-b: 既存環境ですでに電子カルテのオフラインバックアップの運用を開始している (seed 002's 対象外 row:
        // 「既存環境すでに電子カルテの…バックアップの運用が開始している」) was refused (MSF-VAL-1201)
        assertThat(ChoiceText.read(io.github.medsecforms.model.offlinebackup.BackupState.class,
                "既存環境ですでに電子カルテのオフラインバックアップの運用を開始している").value())
                .isEqualTo(io.github.medsecforms.model.offlinebackup.BackupState.OFFLINE_IN_OPERATION);
    }

    /** A workbook of wave 7 (scored once as drawn on 2026-12-06, fifth session; a development set since). */
    @Test
    void a_code_written_one_digit_per_box_is_read_as_one_code() throws Exception {
        // sr-w9-a: 医療機関コード（７桁） | 0 | 1 | 0 | 4 | 5 | 2 | 6: the first box read as the code, 「0」 (MSF-VAL-0101)
        WorkbookFormReader.Result result = wave(9, "support-request", "sr-w9-a-fax-digit-boxes");
        assertThat(value(result.form(), "hospitalCode")).isEqualTo("3710104526");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void digits_in_boxes_below_a_label_are_joined_but_a_single_digit_stays_as_written() throws Exception {
        byte[] boxes = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "支援の希望調査に係る回答様式");
            put(s, "A3", "医療機関コード（10桁・1マスに1文字）");
            String code = "3710111117";
            for (int i = 0; i < code.length(); i++) {
                put(s, new CellReference(3, i).formatAsString(), code.substring(i, i + 1));
            }
            put(s, "A6", "病院名（正式名称）");
            put(s, "B6", "丸亀テスト病院");
        });
        assertThat(value(LabelDrivenReaderTest.read(boxes, "support-request").form(), "hospitalCode"))
                .isEqualTo("3710111117");
        byte[] one = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "支援の希望調査に係る回答様式");
            put(s, "A3", "病院名（正式名称）");
            put(s, "B3", "丸亀テスト病院");
            put(s, "A4", "電話番号");
            put(s, "B4", "0");
            put(s, "C4", "備考");
        });
        assertThat(value(LabelDrivenReaderTest.read(one, "support-request").form(), "hospitalName"))
                .isEqualTo("丸亀テスト病院");
    }

    @Test
    void a_band_named_above_a_sheets_table_past_a_quota_line_is_every_rows_band() throws Exception {
        // hs-w9-b: 病床規模区分：99床以下 / 支援枠：3病院 / (blank) / the header: no row had a band (SEL-001 ×7, and the
        // quotas counted from the beds: SEL-005, SEL-006)
        WorkbookFormReader.Result result = wave(9, "hospital-selection", "hs-w9-b-sheet-per-band");
        assertThat(value(result.form(), "hospitals[0].band")).contains("99");
        assertThat(value(result.form(), "hospitals[4].band")).contains("100");
        assertThat(value(result.form(), "hospitals[6].band")).contains("200");
    }

    @Test
    void a_title_three_lines_above_a_header_gives_no_constant_to_the_rows() throws Exception {
        // the other side: only label-and-value cells further up than the line above the header are constants
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("選定結果");
            put(s, "A1", "都道府県名");
            put(s, "B1", "岡山県");
            put(s, "A2", "病床規模区分 99床以下の病院を優先して選定した");
            put(s, "A5", "医療機関コード");
            put(s, "B5", "病院名");
            put(s, "C5", "病床数");
            put(s, "D5", "電子カルテ");
            put(s, "A6", "3310111110");
            put(s, "B6", "岡山テスト病院");
            put(s, "C6", 150);
            put(s, "D6", "あり");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "hospital-selection");
        assertThat(value(result.form(), "hospitals[0].hospitalName")).isEqualTo("岡山テスト病院");
        assertThat(value(result.form(), "hospitals[0].band")).doesNotContain("99");
    }

    @Test
    void a_label_pointing_with_an_arrow_at_its_value_reads_the_value_beside() throws Exception {
        // lds-w9-b: 本施策の同意確認 → | 同意する: the arrow read as the answer (MSF-VAL-1201)
        WorkbookFormReader.Result result = wave(9, "line-device-survey", "lds-w9-b-inline-labels-lo");
        assertThat(value(result.form(), "basicInfo.consent")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.path().equals("basicInfo.consent"));
        assertThat(Placement.pointersOnly(new String[] {"本施策の同意確認", "→"})).isTrue();
        assertThat(Placement.pointersOnly(new String[] {"病院名", "丸亀病院"})).isFalse();
    }

    @Test
    void a_note_naming_an_option_beside_the_answer_is_no_option() throws Exception {
        // bv-w9-b: 8. VPN装置が存在するか over 回答 | はい | | ※「いいえ」の場合は以降の設問は回答不要: taken for a line of
        // options with no mark, the answer unread (BVS-002), the later questions' requirement missed
        WorkbookFormReader.Result result = wave(9, "backup-vpn-survey", "bv-w9-b-two-sheets-freetext");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("YES");
    }

    @Test
    void a_device_class_in_brackets_before_the_wording_is_the_rows_class() throws Exception {
        // clv-w9-b: 【ネットワーク機器】パスワードは…8文字以上… read as サーバ's 2-(15), a duplicate row (CLV-004); it is
        // the ネットワーク機器 password item, 2-(21) (optional, D-84)
        WorkbookFormReader.Result result = wave(9, "checklist-vendor", "clv-w9-b-inline-answers");
        List<String> ids = ((List<?>) FormPaths.value(result.form(), "entries").orElseThrow()).stream()
                .map(e -> ((ChecklistEntry) e).itemId()).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("2-(15)", "2-(16)", "2-(21)");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
    }

    @Test
    void a_questionnaire_with_a_dash_in_the_choice_column_and_notes_beside_options_is_read() throws Exception {
        // obi-w9-a: No. | 設問 | 選択 | 回答 with － in 選択 for the typed answers (read as the answer), options listed
        // below their question with ○ beside and a ※ note or a remark after them (the list ended at the note)
        WorkbookFormReader.Result result = wave(9, "offline-backup-intent", "obi-w9-a-print-marked-questionnaire");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("医療法人 緑風会 西讃なぎさ病院");
        assertThat(value(result.form(), "patientCount")).isEqualTo("742");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "intent")).isEqualTo("CONNECT_EXISTING");
    }

    @Test
    void a_dash_alone_right_of_a_label_stays_the_answer() throws Exception {
        // the other side: － with nothing after it is what was written (no value to skip to)
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "支援の希望調査に係る回答様式");
            put(s, "A3", "病院名（正式名称）");
            put(s, "B3", "丸亀テスト病院");
            put(s, "A4", "備考");
            put(s, "B4", "－");
        });
        assertThat(value(LabelDrivenReaderTest.read(xlsx, "support-request").form(), "remarks")).isEqualTo("－");
    }

    /* Wave 10 (scored once as drawn on 3410689, seventh session; a development set since): D-60. */

    @Test
    void marks_under_option_columns_left_of_the_question_are_the_answers() throws Exception {
        // bv-w10-a: 回答 はい | いいえ over ○ marks, then No. | 設問 | 備考: the remark right of the question read as the
        // answer (MSF-VAL-1201 ×3) or nothing read (BVS-002 ×3)
        WorkbookFormReader.Result result = wave(10, "backup-vpn-survey", "bv-w10-a-left-marks-q9table");
        assertThat(value(result.form(), "usesGuidelines")).isEqualTo("YES");
        assertThat(value(result.form(), "generationsKept")).isEqualTo("YES");
        assertThat(value(result.form(), "disasterSeparated")).isEqualTo("NO");
        assertThat(value(result.form(), "vpnLogsAudited")).isEqualTo("NO");
        assertThat(value(result.form(), "vpnSourceRestricted")).isEmpty(); // no mark: no answer, the remark is no answer
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        // sr-w10-a: レ in はい / いいえ columns left of the three declarations
        WorkbookFormReader.Result sr = wave(10, "support-request", "sr-w10-a-digit-box-print");
        assertThat(value(sr.form(), "hasEhr")).isNotEmpty();
        assertThat(value(sr.form(), "surveyFeasible")).isNotEmpty();
    }

    @Test
    void an_answer_typed_right_of_the_question_stays_the_answer_without_option_columns_on_the_left() throws Exception {
        // the other side: a number column and a heading left of the question are no option columns
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("調査票");
            put(s, "A1", "バックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "No.");
            put(s, "B3", "設問");
            put(s, "C3", "回答");
            put(s, "A4", 1);
            put(s, "B4", "電子カルテシステムを使用しているか");
            put(s, "C4", "はい");
            put(s, "A5", 2);
            put(s, "B5", "VPN装置が存在するか");
            put(s, "C5", "いいえ");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "usesEhr")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("NO");
    }

    @Test
    void a_value_typed_left_of_its_question_under_a_answer_heading_is_read() throws Exception {
        // obi-w10-b: 回答（○印・記入） | No. | 設問・選択肢 | メモ: the name and count typed left of their questions were
        // lost (OBI-001) or the memo read instead
        WorkbookFormReader.Result result = wave(10, "offline-backup-intent", "obi-w10-b-print-answer-left");
        assertThat(value(result.form(), "hospitalName")).contains("綾川さくら病院");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("OBI-001"));
    }

    @Test
    void a_row_number_under_a_heading_like_answer_date_is_no_value() throws Exception {
        // the other side (bv-w7-a): 回答日 above a No. column is no 回答 heading; the row's number is never its answer
        WorkbookFormReader.Result result = blind7("backup-vpn-survey", "bv-w7-a-marks");
        assertThat(value(result.form(), "generationsKept")).isNotEqualTo("5");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
    }

    @Test
    void a_table_split_into_two_blocks_of_columns_completes_the_rows_of_the_same_names() throws Exception {
        // lds-w10-b: page 1 回線 | 調査希望 … FQDN, page 2 回線 | 回線情報 … 機器情報, rows 回線1–4 in both: read as 8
        // lines, the first four without 設置場所 and the last four without anything else (27 LDS-001)
        WorkbookFormReader.Result result = wave(10, "line-device-survey", "lds-w10-b-print-split-pages");
        List<?> lines = (List<?>) FormPaths.value(result.form(), "lines").orElseThrow();
        assertThat(lines).hasSize(4);
        assertThat(value(result.form(), "lines[0].globalIpAddress")).isEqualTo("122.208.77.14");
        assertThat(value(result.form(), "lines[0].terminationLocation")).contains("電算室");
        assertThat(value(result.form(), "lines[3].terminationLocation")).contains("臨床検査科");
        assertThat(result.origins().find("lines[0].terminationLocation").orElseThrow().cell()).isEqualTo("I19");
        assertThat(result.origins().find("lines[0].globalIpAddress").orElseThrow().cell()).isEqualTo("I7");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2004") && f.path().equals("lines"));
    }

    @Test
    void a_network_row_under_a_item_number_merged_over_device_classes_is_not_the_servers_item() throws Exception {
        // clh-w10-a: 2-(7) merged over サーバ | 端末PC | ネットワーク機器 rows of the password item: the third row read as
        // 2-(7) again (CLH-004); it is the ネットワーク機器 password item 2-(21) (optional, D-84)
        WorkbookFormReader.Result result = wave(10, "checklist-hospital", "clh-w10-a-two-page-print");
        List<String> ids = ((List<?>) FormPaths.value(result.form(), "entries").orElseThrow()).stream()
                .map(e -> ((ChecklistEntry) e).itemId()).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("2-(7)", "2-(12)", "2-(21)");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
        // clh-w10-b: the class in brackets after the wording (…定期的に変更している【ネットワーク機器】)
        WorkbookFormReader.Result b = wave(10, "checklist-hospital", "clh-w10-b-lastyear-copy-marks");
        assertThat(((List<?>) FormPaths.value(b.form(), "entries").orElseThrow()).stream()
                .map(e -> ((ChecklistEntry) e).itemId()).toList()).doesNotHaveDuplicates();
    }

    @Test
    void a_sheet_copied_from_last_year_is_the_edition_its_title_states_and_its_dates_share_the_answers_cell()
            throws Exception {
        // clv-w10-b: tab R6事業者用 (2) under 令和７年度版, 確認日 above the table, 1回目 ↵ はい・いいえ（確認日） over
        // はい（１０／１５）: read as R6, every row's date the 確認日's, target dates a year early (CLV-008)
        WorkbookFormReader.Result result = wave(10, "checklist-vendor", "clv-w10-b-copied-inline-dates");
        assertThat(value(result.form(), "version")).contains("7");
        assertThat(value(result.form(), "checkedOn")).isEqualTo("2025-10-16");
        assertThat(value(result.form(), "entries[0].firstDate")).isEqualTo("2025-10-15");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2004"));
    }

    /* Wave 11 (scored once as drawn on a9ac106, seventh session; a development set since): D-61. */

    @Test
    void a_line_of_question_numbers_under_a_one_row_header_is_no_answer_row() throws Exception {
        // bv-w11-b: 区分 | 医療機関名 | 2 安全管理ガイドライン… over Q2 | Q3 | … | Q9-1, then 記入例, then the answers:
        // the numbers read as the answers (MSF-VAL-1201 ×13, MSF-VAL-1101 ×2)
        WorkbookFormReader.Result result = wave(11, "backup-vpn-survey", "bv-w11-b-one-row-horizontal");
        assertThat(value(result.form(), "usesGuidelines")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnLogsAudited")).isEqualTo("NO");
        assertThat(value(result.form(), "vpnDevices[0].count")).isEqualTo("2");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_first_row_of_plain_numbers_under_a_header_stays_a_row() throws Exception {
        // the other side: only question numbers (Q2, 問3, 設問4) make a numbering line; counts are values
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "バックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "VPN装置のメーカー名、型番、台数を全て記載すること");
            put(s, "A4", "メーカー名");
            put(s, "B4", "型番");
            put(s, "C4", "台数");
            put(s, "A5", "Q9");
            put(s, "B5", "RTX830");
            put(s, "C5", 2);
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "vpnDevices[0].model")).isEqualTo("RTX830");
    }

    @Test
    void a_mark_under_the_no_column_past_a_sub_table_is_no_even_with_text_between() throws Exception {
        // bv-w11-a: はい | いいえ over the questions, question 9's maker/model rows in the option columns between: a ○
        // under いいえ at 13 and 14-2 read as はい (the option above was looked for only up to the first long text)
        WorkbookFormReader.Result result = wave(11, "backup-vpn-survey", "bv-w11-a-questionnaire-circle-marks");
        assertThat(value(result.form(), "emergencyDrills")).isEqualTo("NO");
        assertThat(value(result.form(), "securityOfficerSeparate")).isEqualTo("NO");
        assertThat(value(result.form(), "vpnUpdated")).isEqualTo("YES");
    }

    /* Wave 12 (scored once as drawn on c53ebda, seventh session; a development set since): D-65. */

    @Test
    void a_tables_title_over_a_column_of_one_submission_per_row_is_its_description_field() throws Exception {
        // bv-w12-b: a prefecture's roll-up, 問9 | VPN装置のメーカー名・型番・台数 over ヤマハ RTX1210 2台: no column found for
        // question 9, BVS-004 for every hospital with a VPN device
        List<WorkbookFormReader.Result> rows = waveAll(12, "backup-vpn-survey", "bv-w12-b-prefecture-rollup");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.stream().map(r -> value(r.form(), "vpnDevicesText")).filter(t -> !t.isEmpty()).toList())
                .anyMatch(t -> t.contains("RTX1210"));
    }

    @Test
    void a_ditto_mark_with_a_qualifier_repeats_the_choice_of_the_row_above() throws Exception {
        // ins-w12-b: チェックリスト（事業者確認用）↵ 電子カルテシステム, then 〃　医事会計システム（レセコン） and 〃　医用画像管理
        // システム（PACS）: the two vendor rows refused (MSF-VAL-1201 ×2)
        WorkbookFormReader.Result result = wave(12, "inspection-documents", "ins-w12-b-boxmarks-vendor-rows");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
        assertThat(value(result.form(), "documents[2].kind")).isEqualTo(value(result.form(), "documents[1].kind"));
        assertThat(TableReader.dittoWithQualifier("〃　医事会計システム")).isTrue();
        assertThat(TableReader.dittoWithQualifier("同上 PACS")).isTrue();
        assertThat(TableReader.dittoWithQualifier("〃医事")).isFalse();
        assertThat(TableReader.dittoWithQualifier("〃")).isFalse();
    }

    @Test
    void a_fields_value_above_a_table_laid_out_across_is_not_a_columns_name() throws Exception {
        // hs-w12-b: 都道府県名 | 宮崎県 two rows above a quota table whose bands run across: 宮崎県 taken for the first band
        // column's name (SEL-001, the prefecture missing)
        WorkbookFormReader.Result result = wave(12, "hospital-selection", "hs-w12-b-transposed-quota-merged-bands");
        assertThat(value(result.form(), "prefecture")).isEqualTo("MIYAZAKI");
        assertThat(result.origins().find("prefecture").orElseThrow().cell()).isEqualTo("C2");
    }

    /* Wave 13 (scored once as drawn on 32761e1, seventh session; a development set since): D-66. */

    @Test
    void a_heading_merged_across_the_table_gives_its_document_to_the_sub_rows_numbered_under_it() throws Exception {
        // ins-w13-b: 2 | 「チェックリスト（事業者確認用）」を提出しますか。 merged over 設問…備考, then 2-1 | 事業者① | ■提出する:
        // the heading read as a row (its question as file name and remark) and 事業者① refused (MSF-VAL-1201 ×3)
        WorkbookFormReader.Result result = wave(13, "inspection-documents", "ins-w13-b-questionnaire-checkbox");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
        assertThat(value(result.form(), "documents[1].fileName")).isEqualTo("2-1_事業者確認用_電子カルテ.pdf");
        assertThat(value(result.form(), "documents[3].kind")).isEqualTo(value(result.form(), "documents[1].kind"));
        assertThat(value(result.form(), "documents[3].fileName")).isEqualTo("2-3_事業者確認用_臨床検査.pdf");
    }

    @Test
    void a_row_merged_across_with_no_sub_rows_under_it_stays_a_row() throws Exception {
        // the other side: without rows numbered 2-1, 2-2 under it, a merged row is the document's own row
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("書類一覧");
            put(s, "A1", "サイバーセキュリティ対策関連書類一覧");
            put(s, "A3", "No.");
            put(s, "B3", "書類の名称");
            put(s, "C3", "提出");
            put(s, "D3", "ファイル名");
            put(s, "A4", "1");
            put(s, "B4", "チェックリスト（医療機関確認用）");
            put(s, "C4", "提出");
            put(s, "D4", "1.pdf");
            put(s, "A5", "2");
            put(s, "B5", "チェックリスト（事業者確認用）");
            s.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
            put(s, "A6", "3");
            put(s, "B6", "チェックリスト（最低限の措置編）");
            put(s, "C6", "提出");
            put(s, "D6", "3.pdf");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "inspection-documents");
        assertThat(((List<?>) FormPaths.value(result.form(), "documents").orElseThrow())).hasSize(3);
    }

    /* Wave 14 (scored once as drawn on 9d920dd, seventh session; a development set since): D-67. */

    @Test
    void an_answer_column_headed_with_the_marks_it_takes_is_the_answer() throws Exception {
        // clh-w14-b: 1回目 over ○/× | 確認日: no answer column found, every 1回目 unanswered (CLH-005 ×21)
        WorkbookFormReader.Result result = wave(14, "checklist-hospital", "clh-w14-b-sheet-per-section");
        assertThat(value(result.form(), "entries[2].firstAnswer")).isNotEmpty();
        assertThat(((List<?>) FormPaths.value(result.form(), "entries").orElseThrow()).stream()
                .filter(e -> ((ChecklistEntry) e).firstAnswer().isEmpty()).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void group_headings_and_subtotals_inside_a_numbered_list_keep_the_list_going() throws Exception {
        // hs-w14-b: 【20～99床】 支援枠 4 merged across under the header, 小計 4病院 after each group, numbering 1…n going
        // on: the list ended at the first heading, no hospital read (SEL-001 …)
        WorkbookFormReader.Result result = wave(14, "hospital-selection", "hs-w14-b-grouped-subtotals-lo");
        List<?> hospitals = (List<?>) FormPaths.value(result.form(), "hospitals").orElseThrow();
        assertThat(hospitals).hasSize(10);
        assertThat(value(result.form(), "hospitals[0].hospitalName")).isEqualTo("岩手やまゆり病院");
    }

    @Test
    void a_heading_after_a_list_whose_numbering_does_not_go_on_still_ends_it() throws Exception {
        // the other side: a heading merged across under the last row, with no row numbered next under it, ends the table
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("選定病院");
            put(s, "A1", "都道府県名");
            put(s, "B1", "岩手県");
            put(s, "A3", "No.");
            put(s, "B3", "医療機関コード");
            put(s, "C3", "病院名");
            put(s, "D3", "病床数");
            put(s, "E3", "電子カルテ");
            put(s, "A4", "1");
            put(s, "B4", "0310102181");
            put(s, "C4", "岩手テスト病院");
            put(s, "D4", 48);
            put(s, "E4", "有");
            put(s, "A5", "■備考（選定の経緯）");
            s.addMergedRegion(new CellRangeAddress(4, 4, 0, 4));
            put(s, "A6", "県");
            put(s, "B6", "協議会で決定");
            put(s, "C6", "令和6年3月");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "hospital-selection");
        assertThat((List<?>) FormPaths.value(result.form(), "hospitals").orElseThrow()).hasSize(1);
    }

    @Test
    void a_filled_box_before_a_one_character_option_chooses_it_not_the_longer_option_after() throws Exception {
        // sr-w14-a: ■ 可　□ 不可 read as 不可 (可 not found beside the next option's box, 不可 the only option named):
        // a wrong answer, not a missing one
        WorkbookFormReader.Result result = wave(14, "support-request", "sr-w14-a-fax-digit-boxes");
        assertThat(value(result.form(), "dataUse")).isEqualTo(
                String.valueOf(ChoiceText.read(io.github.medsecforms.model.supportrequest.DataUse.class, "可").value()));
        assertThat(ChoiceText.read(io.github.medsecforms.model.supportrequest.DataUse.class, "■ 可\u3000□ 不可").value())
                .isEqualTo(ChoiceText.read(io.github.medsecforms.model.supportrequest.DataUse.class, "可").value());
        assertThat(ChoiceText.read(io.github.medsecforms.model.supportrequest.DataUse.class, "□ 可\u3000■ 不可").value())
                .isEqualTo(ChoiceText.read(io.github.medsecforms.model.supportrequest.DataUse.class, "不可").value());
    }

    @Test
    void a_remark_mentioning_a_contact_above_a_contacts_table_does_not_make_its_header_that_contacts_label()
            throws Exception {
        // sr-w14-b: 備考 | 担当者②は4月に異動予定です。… in column C, then 区分 | 所属・役職 | 氏名 | Mail アドレス: 氏名 taken
        // as 担当者②'s own label, its value looked for right of it (SRQ-001 on the header cell)
        WorkbookFormReader.Result result = wave(14, "support-request", "sr-w14-b-questionnaire-lo-resave");
        assertThat(value(result.form(), "contact2.name")).isEqualTo("植田\u3000恵子");
        assertThat(result.origins().find("contact2.name").orElseThrow().cell()).isEqualTo("C17");
    }

    @Test
    void values_written_without_the_gap_a_header_leaves_are_read_under_their_labels() throws Exception {
        // lds-w14-a: 担当者 | 所属・役職 | 氏名 | (blank) | 電話番号 | メールアドレス over values in consecutive columns: the
        // e-mail read as the telephone number (MSF-VAL-0301 ×2) and no contact complete (LDS-003)
        WorkbookFormReader.Result result = wave(14, "line-device-survey", "lds-w14-a-vertical-line-table");
        assertThat(value(result.form(), "contacts[0].phoneNumber")).isEqualTo("087-874-1111");
        assertThat(value(result.form(), "contacts[0].email")).isEqualTo("k-miyoshi@midoridai-hp.jp");
    }

    @Test
    void a_blank_header_cell_over_a_spacer_column_moves_nothing() throws Exception {
        // the other side: the last labelled column has values of its own, so the blank-headed column is a spacer
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報記入シート");
            put(s, "A1", "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）");
            put(s, "A3", "担当者");
            put(s, "B3", "所属・役職");
            put(s, "C3", "氏名");
            put(s, "E3", "電話番号");
            put(s, "F3", "メールアドレス");
            put(s, "A4", "担当者1");
            put(s, "B4", "情報システム室");
            put(s, "C4", "三好 健太");
            put(s, "E4", "087-874-1111");
            put(s, "F4", "k-miyoshi@example.jp");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "contacts[0].phoneNumber")).isEqualTo("087-874-1111");
        assertThat(value(result.form(), "contacts[0].email")).isEqualTo("k-miyoshi@example.jp");
    }

    @Test
    void a_second_table_under_the_values_of_a_first_keeps_its_first_and_second_check_dates_apart() throws Exception {
        // clh-w15-b: two tables on one sheet with the same header (1回目回答 | 確認日 | 目標日 | 2回目回答 | 確認日); the
        // first table's R6.8.5 stood three rows above the second header's 確認日 and was taken for its group: the two
        // dates of every device row swapped (CLH-006 ×10, CLH-010)
        WorkbookFormReader.Result result = wave(15, "checklist-hospital", "clh-w15-b-sheet-per-section-wareki");
        assertThat(result.origins().find("entries[4].firstDate").orElseThrow().cell()).isEqualTo("D11");
        assertThat(value(result.form(), "entries[4].firstDate")).isEqualTo("2024-08-06");
        assertThat(value(result.form(), "entries[4].secondDate")).isEqualTo("2024-09-27");
        assertThat(value(result.form(), "entries[3].firstDate")).isEqualTo("2024-08-06");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("CLH-006") || f.ruleId().equals("CLH-010"));
    }

    @Test
    void a_group_heading_above_a_date_column_still_decides_its_group() throws Exception {
        // the other side: 2回目 written above a bare 確認日 names that column's group, whatever the columns' order
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）");
            put(s, "C3", "2回目");
            put(s, "E3", "1回目");
            s.addMergedRegion(CellRangeAddress.valueOf("C3:D3"));
            s.addMergedRegion(CellRangeAddress.valueOf("E3:F3"));
            put(s, "A4", "項番");
            put(s, "B4", "確認項目");
            put(s, "C4", "回答");
            put(s, "D4", "確認日");
            put(s, "E4", "回答");
            put(s, "F4", "確認日");
            put(s, "A5", "1-(1)");
            put(s, "B5", "医療情報システム安全管理責任者を設置している");
            put(s, "C5", "はい");
            put(s, "D5", "2024/11/20");
            put(s, "E5", "いいえ");
            put(s, "F5", "2024/10/1");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        assertThat(value(result.form(), "entries[0].firstDate")).isEqualTo("2024-10-01");
        assertThat(value(result.form(), "entries[0].secondDate")).isEqualTo("2024-11-20");
    }

    @Test
    void a_document_written_as_the_one_above_with_another_bracket_is_that_document() throws Exception {
        // ins-w15-b: 同上（事業者確認用）※事業者・システムごと under チェックリスト（医療機関確認用）R6版 was refused as no
        // document name (MSF-VAL-1201) and its row lost
        WorkbookFormReader.Result result = wave(15, "inspection-documents", "ins-w15-b-hospital-tick-columns-filenames");
        assertThat(value(result.form(), "documents[1].kind")).isEqualTo("CHECKLIST_VENDOR");
        assertThat(value(result.form(), "documents[1].fileName")).isEqualTo("02_チェックリスト_事業者確認用_3社.zip");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
    }

    @Test
    void a_ditto_with_a_bracket_that_names_no_document_stays_a_finding() throws Exception {
        // the other side: 同上（予備） names no document once its bracket replaces the one above: not guessed
        assertThat(TableReader.dittoReplacingBracket("同上（予備）",
                io.github.medsecforms.xlsx.internal.grid.Cell.ofText(7, 1, "チェックリスト（医療機関確認用）")))
                .isEqualTo("チェックリスト(予備)");
        assertThat(TableReader.dittoReplacingBracket("同上",
                io.github.medsecforms.xlsx.internal.grid.Cell.ofText(7, 1, "チェックリスト（医療機関確認用）"))).isNull();
        assertThat(TableReader.dittoReplacingBracket("チェックリスト（事業者確認用）",
                io.github.medsecforms.xlsx.internal.grid.Cell.ofText(7, 1, "チェックリスト（医療機関確認用）"))).isNull();
    }

    @Test
    void printed_options_left_unmarked_where_other_questions_are_marked_are_no_answer() throws Exception {
        // bv-w15-b: ○ before はい or いいえ on every question, はい | いいえ printed in columns F and H; 設問12 left
        // unmarked was read as はい (the first option printed) and its planted omission missed
        WorkbookFormReader.Result result = wave(15, "backup-vpn-survey", "bv-w15-b-print-marks-freetext");
        assertThat(value(result.form(), "vpnLogsAudited")).isEmpty();
        assertThat(value(result.form(), "vpnSourceRestricted")).isEqualTo("NO");
    }

    @Test
    void two_answers_in_columns_of_their_own_are_not_printed_options() throws Exception {
        // the other side: 回答（R6） | 前回回答（R5） holding はい | いいえ, nothing marked anywhere: this year's answer
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("調査票");
            put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "No.");
            put(s, "B3", "設問");
            put(s, "C3", "回答（R6）");
            put(s, "D3", "（参考）前回回答（R5）");
            put(s, "A4", "2");
            put(s, "B4", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか");
            put(s, "C4", "はい");
            put(s, "D4", "いいえ");
            put(s, "A5", "3");
            put(s, "B5", "電子カルテシステムを使用しているか");
            put(s, "C5", "はい");
            put(s, "D5", "はい");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "usesGuidelines")).isEqualTo("YES");
    }

    @Test
    void a_result_column_naming_its_date_in_brackets_reads_the_answer_and_the_date_of_one_cell() throws Exception {
        // clv-w15-b: 2回目 over 結果（確認日） holding はい (10/1): the answer read, the date lost (CLV-012 ×2)
        WorkbookFormReader.Result result = wave(15, "checklist-vendor", "clv-w15-b-mark-columns-wareki-text");
        assertThat(value(result.form(), "entries[2].secondAnswer")).isEqualTo("YES");
        assertThat(value(result.form(), "entries[2].secondDate")).isEqualTo("2024-10-01");
        assertThat(value(result.form(), "entries[11].secondDate")).isEqualTo("2024-12-02");
    }

    @Test
    void a_result_column_without_a_bracketed_date_reads_the_answer_only() throws Exception {
        // the other side: 2回目 over 結果 (no date named) and a 確認日 column of its own: the date comes from there
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）");
            put(s, "C3", "1回目");
            put(s, "E3", "2回目");
            put(s, "A4", "項番");
            put(s, "B4", "確認項目");
            put(s, "C4", "回答");
            put(s, "D4", "確認日");
            put(s, "E4", "結果");
            put(s, "F4", "確認日");
            put(s, "A5", "1-(1)");
            put(s, "B5", "事業者内に医療情報システム等の提供に係る管理責任者を設置している");
            put(s, "C5", "いいえ");
            put(s, "D5", "2024/10/1");
            put(s, "E5", "はい (11/1)");
            put(s, "F5", "2024/11/20");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-vendor");
        assertThat(value(result.form(), "entries[0].secondDate")).isEqualTo("2024-11-20");
    }

    @Test
    void a_list_of_options_under_a_question_ends_at_the_next_questions_label() throws Exception {
        // obi-w15-b: (2)'s options listed under it (none marked: planted), then (3) オフラインバックアップの保存先 ※不要な方を
        // 削除してください over 院内の物理媒体　・: the list ran on over (3)'s label and value, storage never read
        WorkbookFormReader.Result result = wave(15, "offline-backup-intent", "obi-w15-b-print-form-circle-marks");
        assertThat(value(result.form(), "storage")).isEqualTo("ON_PREMISES_MEDIA");
        assertThat(value(result.form(), "intent")).isEmpty();
    }

    @Test
    void a_mark_in_front_of_an_option_on_the_line_below_is_read_when_that_line_restates_the_question() throws Exception {
        // sr-w17-b: ４．…回答データの活用の可否（※） over (12) | 回答データの活用（いずれかに●） | ● | 可 | | 不可 — the
        // line below begins with the question restated, and the ● before 可 was not read (SRQ-009, a false error)
        WorkbookFormReader.Result result = wave(17, "support-request", "sr-w17-b-questionnaire-mark-columns");
        assertThat(value(result.form(), "dataUse")).isEqualTo(
                String.valueOf(ChoiceText.read(io.github.medsecforms.model.supportrequest.DataUse.class, "可").value()));
    }

    @Test
    void another_questions_label_on_the_line_below_does_not_give_its_marked_option_to_the_question_above() throws Exception {
        // the other side of the restated question: the line below is the next question with its own options
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査 回答票");
            put(s, "A3", "病院名（正式名称）");
            put(s, "B3", "瀬戸内みなと病院");
            put(s, "A5", "１．令和6年度に当該事業の支援を受けていない");
            put(s, "A6", "(2)");
            put(s, "B6", "電子カルテシステムを導入している");
            put(s, "C6", "●");
            put(s, "D6", "はい");
            put(s, "F6", "いいえ");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "notSupportedBefore")).isEmpty();
        assertThat(value(result.form(), "hasEhr")).isEqualTo("YES");
    }

    @Test
    void a_remark_that_begins_with_a_number_is_read_whole() throws Exception {
        // the other side of the item number below a heading: a remark of its own that starts with a number
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査 回答票");
            put(s, "A3", "病院名（正式名称）");
            put(s, "B3", "瀬戸内みなと病院");
            put(s, "A5", "備考");
            put(s, "A6", "1. 担当者①不在時は代表電話へ");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "remarks")).isEqualTo("1. 担当者①不在時は代表電話へ");
    }

    @Test
    void a_mark_followed_by_a_bracketed_date_is_that_answer_and_a_mark_followed_by_words_is_none() {
        Class<?> yesNo = io.github.medsecforms.model.common.YesNo.class;
        assertThat(ChoiceText.read(yesNo, "○ (R6.10.8)").value()).isEqualTo(ChoiceText.read(yesNo, "はい").value());
        assertThat(ChoiceText.read(yesNo, "× （10/8）").value()).isEqualTo(ChoiceText.read(yesNo, "いいえ").value());
        assertThat(ChoiceText.read(yesNo, "○ 確認済み").found()).isFalse();
    }

    @Test
    void a_question_number_below_a_heading_is_not_the_remark_the_cell_after_it_is() throws Exception {
        // sr-w17-b: ５．備考 over (13) | 担当者①不在時は… — the remark was read as 「(13)」
        WorkbookFormReader.Result result = wave(17, "support-request", "sr-w17-b-questionnaire-mark-columns");
        assertThat(value(result.form(), "remarks")).isEqualTo("担当者①不在時は代表電話（0877-24-3315）へご連絡ください。");
    }

    @Test
    void a_label_over_a_value_merged_across_the_labels_column_and_the_next_is_read_below() throws Exception {
        // hs-w17-b: 都道府県名 at A3, 広島県 at A4:B4 (merged), B3 blank — read as blank at B3 (SEL-001, a false error;
        // and the planted code of another prefecture was not found)
        WorkbookFormReader.Result result = wave(17, "hospital-selection", "hs-w17-b-quota-sheet-dropdown-list");
        assertThat(value(result.form(), "prefecture")).isNotEmpty();
        assertThat(result.findings()).noneMatch(f -> f.path().equals("prefecture"));
    }

    @Test
    void a_mark_and_a_dated_check_in_one_cell_read_as_the_answer_and_its_date() throws Exception {
        // clh-w17-b: 2回目 (結果・確認日) holding ○ (R6.10.8): read as no choice (MSF-VAL-1201, a false error)
        WorkbookFormReader.Result result = wave(17, "checklist-hospital", "clh-w17-b-merged-category-marks");
        assertThat(value(result.form(), "entries[3].secondAnswer")).isEqualTo("YES");
        assertThat(value(result.form(), "entries[3].secondDate")).isEqualTo("2024-10-08");
        assertThat(result.findings()).noneMatch(f -> f.path().equals("entries[3].secondAnswer"));
    }

    @Test
    void an_option_followed_by_its_negation_in_a_longer_wording_reads_as_that_wording() throws Exception {
        // ins-w18-b: 作成済（今回提出せず） under 提出 was read as 提出 — the official 提出 inside 提出せず claimed the text
        // before the longer wording of 未提出 could (the planted "made but not handed in" was missed)
        WorkbookFormReader.Result result = wave(18, "inspection-documents", "ins-w18-b-hospital-cover-sheet-file-names");
        assertThat(value(result.form(), "documents[7].submission")).isEqualTo("NOT_SUBMITTED");
        assertThat(value(result.form(), "documents[0].submission")).isEqualTo("SUBMITTED");
        Class<?> submission = io.github.medsecforms.model.inspection.Submission.class;
        assertThat(String.valueOf(ChoiceText.read(submission, "提出しない（院内資料のため）").value())).isEqualTo("NOT_SUBMITTED");
        assertThat(String.valueOf(ChoiceText.read(submission, "提出（11/25 持参）").value())).isEqualTo("SUBMITTED");
    }

    @Test
    void a_label_restated_under_its_heading_is_no_value_the_answer_right_of_it_is() throws Exception {
        // lds-w18-a: ■本施策の同意確認 over 本施策の同意確認 | (instruction naming 「同意する」) | | 同意する — the restated label
        // was read as the answer (its words name the option), so a blank answer would have read as agreed
        WorkbookFormReader.Result result = wave(18, "line-device-survey", "lds-w18-a-official-style-sheets");
        assertThat(value(result.form(), "basicInfo.consent")).isEqualTo("AGREE");
        assertThat(result.origins().find("basicInfo.consent").orElseThrow().cell()).isEqualTo("E5");
    }

    @Test
    void a_label_restated_under_its_heading_with_no_answer_beside_it_reads_no_consent() throws Exception {
        // the other side: the same lines with the answer cell left blank — nothing is chosen, nothing is read
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報記入シート");
            put(s, "B1", "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）");
            put(s, "B4", "■本施策の同意確認");
            put(s, "B5", "本施策の同意確認");
            put(s, "C5", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください");
            put(s, "B8", "医療機関名");
            put(s, "C8", "みどりヶ丘総合病院");
            put(s, "B10", "住所");
            put(s, "C10", "香川県高松市伏石町2150番地1");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "basicInfo.facilityName")).isEqualTo("みどりヶ丘総合病院");
        assertThat(value(result.form(), "basicInfo.consent")).isEmpty();
    }

    @Test
    void text_left_unread_in_a_survey_export_is_reported_once_with_the_row_it_stands_on() throws Exception {
        // obi-w18-b: the export's 事務局メモ column (M1 header, M8 and M9 notes) was reported unread in each of the eight
        // submissions, so every hospital's report carried other hospitals' notes
        List<WorkbookFormReader.Result> rows = waveAll(18, "offline-backup-intent", "obi-w18-b-forms-export-rows");
        assertThat(rows).hasSize(8);
        java.util.function.BiFunction<Integer, String, Long> unread = (i, cell) -> rows.get(i).findings().stream()
                .filter(f -> f.ruleId().equals("MSF-IO-2008") && f.cell().equals(cell)).count();
        assertThat(unread.apply(0, "M1")).isEqualTo(1);
        assertThat(java.util.stream.IntStream.range(1, 8).mapToLong(i -> unread.apply(i, "M1")).sum()).isZero();
        // M8 stands on the row of one submission: its finding is that one's only
        assertThat(java.util.stream.IntStream.range(0, 8).mapToLong(i -> unread.apply(i, "M8")).sum()).isEqualTo(1);
    }

    /* Wave 19 (scored once as drawn on b5f3c5b, tenth session; a development set since): D-79. */

    @Test
    void a_label_over_its_value_is_not_given_the_next_label_of_its_row() throws Exception {
        // clv-w19-b: 事業者名 | 対象システム | 提出先医療機関名 [E3:G3] | 記入者 [H3:I3] over their values, merged alike —
        // 提出先医療機関名 read 記入者, the label beside it, and the hospital's name was left unread
        WorkbookFormReader.Result result = wave(19, "checklist-vendor", "clv-w19-b-label-above-split-columns");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("社会医療法人 清和会 東川病院");
        assertThat(result.origins().find("hospitalName").orElseThrow().cell()).isEqualTo("E4");
    }

    @Test
    void a_label_beside_its_value_over_an_unknown_label_beside_its_own_keeps_its_value() throws Exception {
        // the other side: 医療機関名 [A3:B3] | 総社吉備記念病院 [C3:E3] over 記入者 [A4:B4] | 藤原 [C4:E4] (clm-w15-b) — a
        // list of labels with their values right of them, merged alike, whose next label the reader does not know
        WorkbookFormReader.Result result = wave(15, "checklist-minimum", "clm-w15-b-mark-columns-date-cells");
        assertThat(value(result.form(), "facilityName")).isEqualTo("総社吉備記念病院");
    }

    @Test
    void a_date_written_with_the_answer_fills_its_blank_date_column() throws Exception {
        // clh-w19-b: はい（8/27） under 2回目 beside an empty 確認日: the date was dropped (CLH-012 asked for it)
        WorkbookFormReader.Result result = wave(19, "checklist-hospital", "clh-w19-b-sheet-per-chapter-wareki-text");
        assertThat(value(result.form(), "entries[3].secondAnswer")).isEqualTo("YES");
        assertThat(value(result.form(), "entries[3].secondDate")).isEqualTo("2024-08-27");
    }

    @Test
    void a_date_in_its_own_column_wins_over_one_written_with_the_answer() throws Exception {
        // the other side: the same row with its 確認日 column filled — the column's date is read, not the answer's
        byte[] xlsx = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "../blind-corpus/corpus/wave19/checklist-hospital/clh-w19-b-sheet-per-chapter-wareki-text.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet("2 システム管理").getRow(6).createCell(6).setCellValue("R6.9.2");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        assertThat(value(result.form(), "entries[3].secondDate")).isEqualTo("2024-09-02");
    }

    @Test
    void records_laid_out_one_per_column_with_labelled_cells_are_read_as_a_table_across() throws Exception {
        // lds-w17-b: 担当者① | 担当者② across, 所属・役職：… / 氏名：… / 電話番号：… / メール：… down each column — the
        // contacts were not found at all (MSF-IO-2003, 8 values unread)
        WorkbookFormReader.Result result = wave(17, "line-device-survey", "lds-w17-b-transposed-line-columns");
        assertThat(value(result.form(), "contacts[0].name")).isEqualTo("白井 直樹");
        assertThat(value(result.form(), "contacts[0].email")).isEqualTo("n-shirai@sanuki-shirotori.or.jp");
        assertThat(value(result.form(), "contacts[1].department")).isEqualTo("事務部 総務課 係長");
        assertThat(result.origins().find("contacts[1].name").orElseThrow().cell()).isEqualTo("C18");
    }

    @Test
    void one_column_of_labelled_cells_is_no_table_across() throws Exception {
        // the other side: a single record so written is not taken for a table laid across (two records at least); the
        // reader says it found no contacts table rather than guess
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報記入シート");
            put(s, "B1", "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）");
            put(s, "B8", "医療機関名");
            put(s, "C8", "みどりヶ丘総合病院");
            put(s, "B16", "担当者①");
            put(s, "B17", "所属・役職：情報管理室 室長");
            put(s, "B18", "氏名：白井 直樹");
            put(s, "B19", "電話番号：0879-25-3111");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "basicInfo.facilityName")).isEqualTo("みどりヶ丘総合病院");
        assertThat(value(result.form(), "contacts[0].name")).isEmpty();
    }

    /* Wave 20 (scored once as drawn on 6195f9c, tenth session; a development set since): D-81. */

    @Test
    void a_kana_label_in_another_kana_word_over_its_value_is_the_readings_label() throws Exception {
        // lds-w20-b: 医療機関名（ふりがな） over いりょうほうじん… — taken by its core for a second label of 医療機関名, so the
        // three readings were never read
        WorkbookFormReader.Result result = wave(20, "line-device-survey", "lds-w20-b-transposed-lines-label-above");
        assertThat(value(result.form(), "basicInfo.facilityNameKana")).isEqualTo("いりょうほうじん あおばかい たかまつあおばびょういん");
        assertThat(value(result.form(), "basicInfo.addressKana")).isEqualTo("かがわけんたかまつしまるがめまち8ばんち1");
        assertThat(result.origins().find("basicInfo.facilityName").orElseThrow().cell()).isEqualTo("B8");
    }

    @Test
    void a_mark_before_one_option_far_from_the_other_chooses_it() throws Exception {
        // lds-w20-b: １．本施策の同意確認（…該当するものに レ） over レ | 同意する | | | | 同意しない — the mark was read as the
        // answer (MSF-VAL-1201, a false error)
        WorkbookFormReader.Result result = wave(20, "line-device-survey", "lds-w20-b-transposed-lines-label-above");
        assertThat(value(result.form(), "basicInfo.consent")).isEqualTo("AGREE");
        assertThat(result.findings()).noneMatch(f -> f.path().equals("basicInfo.consent"));
    }

    @Test
    void options_far_apart_with_no_mark_before_them_choose_nothing() throws Exception {
        // the other side: the same line without the mark — no consent is read
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報記入シート");
            put(s, "B1", "医療機関記入依頼書（回線・機器情報等記入）　基本情報");
            put(s, "B3", "１．本施策の同意確認（別紙規約をご確認のうえ、該当するものに レ ）");
            put(s, "C4", "同意する");
            put(s, "G4", "同意しない");
            put(s, "B7", "医療機関名");
            put(s, "B8", "医療法人 青葉会 高松青葉病院");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "basicInfo.facilityName")).isEqualTo("医療法人 青葉会 高松青葉病院");
        assertThat(value(result.form(), "basicInfo.consent")).isEmpty();
    }

    @Test
    void an_option_named_outside_brackets_is_chosen_over_one_named_only_in_its_note() {
        Class<?> storage = io.github.medsecforms.model.offlinebackup.BackupStorage.class;
        assertThat(String.valueOf(ChoiceText.read(storage, "外部クラウド環境に保存（クラウド接続装置を院内に新設／サーバ新設は不要）")
                .value())).isEqualTo("EXTERNAL_CLOUD");
        // the other side: two options both outside brackets name no single choice
        assertThat(ChoiceText.read(storage, "院内の物理媒体・外部クラウド").value()).isNull();
    }

    @Test
    void a_question_whose_note_names_an_option_is_still_the_questions_label() throws Exception {
        // obi-w20-a: 本事業での…支援の意向について、該当するものを選択してください。↵（Q3で「既に運用している」を選んだ場合は
        // 回答不要） — 不要 in the note made it read as an answer, not a label; the title above was taken instead (OBI-002,
        // a false error); and 外部クラウド環境に保存（…院内に新設…） named two options, so the ○ before 院内の物理媒体に保存
        // was read as the answer (MSF-VAL-1201, a false error)
        WorkbookFormReader.Result result = wave(20, "offline-backup-intent", "obi-w20-a-questionnaire-circle-marks");
        assertThat(value(result.form(), "intent")).isEqualTo("PROCURE_NEXT_YEAR");
        assertThat(value(result.form(), "storage")).isEqualTo("ON_PREMISES_MEDIA");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_header_row_over_a_questions_options_is_passed_over() throws Exception {
        // sr-w20-b: 活用の可否 merged over three rows: 選択肢 | 選択欄（○）, then 可 | , then 不可 | ○ — 「選択肢」 was read as
        // the answer (MSF-VAL-1201, a false error)
        WorkbookFormReader.Result result = wave(20, "support-request", "sr-w20-b-questionnaire-contact-grid");
        assertThat(value(result.form(), "dataUse")).isEqualTo(String.valueOf(ChoiceText.read(
                io.github.medsecforms.model.supportrequest.DataUse.class, "不可").value()));
    }

    @Test
    void a_rows_own_number_settles_a_short_wording_closest_to_that_item() throws Exception {
        // clh-w20-b: 2-(3) | MDS/SDSの提出を受ける — matched no item (MSF-IO-2010) and 2-(3) was reported unanswered
        // (CLH-002), though the number names it and its wording is closer to it than to any other item
        WorkbookFormReader.Result result = wave(20, "checklist-hospital", "clh-w20-b-sheet-per-section-answer-date-cell");
        assertThat(value(result.form(), "entries[2].itemId")).isEqualTo("2-(3)");
        assertThat(value(result.form(), "entries[2].firstAnswer")).isEqualTo("NO");
    }

    @Test
    void a_rows_number_naming_an_item_its_wording_is_not_closest_to_is_not_taken() throws Exception {
        // the other side: MDS/SDSの提出を受ける numbered 2-(5) (an account item, whose words it does not share) is
        // matched to no item and said so (MSF-IO-2010), never read as 2-(5)
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("2 管理・運用");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版");
            put(s, "A3", "番号");
            put(s, "B3", "チェック項目");
            put(s, "C3", "1回目（結果・確認日）");
            put(s, "D3", "目標日");
            put(s, "E3", "2回目（結果・確認日）");
            put(s, "F3", "備考");
            put(s, "A4", "2-(1)");
            put(s, "B4", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている");
            put(s, "C4", "はい（7/22）");
            put(s, "A5", "2-(5)");
            put(s, "B5", "MDS/SDSの提出を受ける");
            put(s, "C5", "はい（7/22）");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        assertThat(((HospitalChecklist) result.form()).entries()).extracting(ChecklistEntry::itemId).contains("2-(1)")
                .doesNotContain("2-(5)");
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2010"));
    }

    /* Wave 21 (scored once as drawn on 1f65c4e, tenth session; a development set since): D-82. */

    @Test
    void a_question_number_merged_down_beside_its_own_table_does_not_end_it() throws Exception {
        // bv-w21-a: ９ merged over A18:A23 and the 区分 merged over B17:B29 beside the VPN table: each data line looked
        // like the next question's, the table ended before its first row (BVS-004, a false error)
        WorkbookFormReader.Result result = wave(21, "backup-vpn-survey", "bv-w21-a-prefecture-dropdown-qa");
        assertThat(value(result.form(), "vpnDevices[0].model")).isEqualTo("FortiGate 40F");
        assertThat(value(result.form(), "vpnDevices[1].maker")).isEqualTo("ヤマハ");
        assertThat(value(result.form(), "vpnDevicesText")).isEmpty(); // the table was read: its title labels no text
    }

    @Test
    void the_next_questions_own_number_still_ends_a_table() throws Exception {
        // the other side: a number on the line itself, with the next question's wording, ends the table there
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = vpnQuestions(wb);
            put(s, "B5", "メーカー名");
            put(s, "C5", "型番");
            put(s, "D5", "台数");
            put(s, "B6", "ヤマハ");
            put(s, "C6", "RTX1210");
            put(s, "D6", 2);
            put(s, "A7", "10");
            put(s, "B7", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか");
            put(s, "C7", "はい");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "vpnDevices[0].model")).isEqualTo("RTX1210");
        assertThat(value(result.form(), "vpnDevices[1].maker")).isEmpty();
    }

    @Test
    void the_title_of_a_table_not_found_labels_the_text_that_describes_it() throws Exception {
        // bv-w21-b: VPN装置のメーカー名、型番、台数を全て記載 | ヤマハ RTX1210 1台… — the cell was the VPN table's title,
        // no field's label, and no table header followed: the description was left unread
        WorkbookFormReader.Result result = wave(21, "backup-vpn-survey", "bv-w21-b-hospital-circle-columns");
        assertThat(value(result.form(), "vpnDevicesText")).startsWith("ヤマハ");
    }

    @Test
    void of_two_labels_alike_the_one_with_a_value_beside_it_is_read() throws Exception {
        // sr-w21-b: 備考 heading a sub-table's column (No. | 確認事項 | 回答 | 備考) above the form's 備考 | 外来棟改修工事… —
        // the first was taken, and 「回答」, the sub-table's header left of it, read as the remark
        WorkbookFormReader.Result result = wave(21, "support-request", "sr-w21-b-questionnaire-with-guide");
        assertThat(value(result.form(), "remarks")).startsWith("外来棟改修工事のため");
    }

    /* Wave 22 (scored once as drawn on d06f671, tenth session; a development set since): D-83. */

    @Test
    void a_value_on_a_later_line_of_a_label_merged_over_two_lines_is_read() throws Exception {
        // lds-w22-a: 住所 merged over A9:A10, 〒 | 761-8076 on its first line, the address and (かな) | reading on its
        // second: the address was read blank (LDS-027, a false error on a correct workbook), its reading lost
        WorkbookFormReader.Result result = wave(22, "line-device-survey", "lds-w22-a-official-sheets-two-row-headers");
        assertThat(value(result.form(), "basicInfo.address")).isEqualTo("香川県高松市多肥上町1234番地5");
        assertThat(value(result.form(), "basicInfo.addressKana")).isEqualTo("かがわけんたかまつしたひかみまち1234ばんち5");
        assertThat(value(result.form(), "basicInfo.postalCode")).isEqualTo("761-8076"); // the first line's own
        assertThat(value(result.form(), "ports[0].line")).isEqualTo("回線1"); // 回線No. over the port rows
    }

    @Test
    void a_fields_label_after_a_heading_and_a_colon_is_its_label() throws Exception {
        // lds-w22-b: ７. 申込内容の確認：確認者名（フルネームでご署名ください） over 渡部 聡 — no label found, the name unread
        WorkbookFormReader.Result result = wave(22, "line-device-survey", "lds-w22-b-label-above-transposed-lines");
        assertThat(value(result.form(), "confirmation.confirmerName")).isEqualTo("渡部 聡");
    }

    @Test
    void a_label_beside_a_label_worded_cell_over_their_values_reads_below() throws Exception {
        // clm-w22-b: 医療機関名 | 記入者（所属・氏名） over 医療法人 吉井会 吉井川病院 | 事務部 … 岡本 — read 「記入者（所属・氏名）」
        WorkbookFormReader.Result result = wave(22, "checklist-minimum", "clm-w22-b-split-columns-dropdown");
        assertThat(value(result.form(), "facilityName")).isEqualTo("医療法人 吉井会　吉井川病院");
    }

    @Test
    void a_survey_exports_question_for_remarks_in_its_own_words_is_read() throws Exception {
        // obi-w22-a: その他、ご質問・ご意見等がございましたらご記入ください。 — the remarks column of the export was not read
        List<WorkbookFormReader.Result> rows = waveAll(22, "offline-backup-intent", "obi-w22-a-forms-response-export");
        assertThat(value(rows.get(0).form(), "remarks")).startsWith("RDXにて日次で取得し");
    }

    @Test
    void a_pointer_to_a_table_read_below_is_no_description() throws Exception {
        // bv-w22-a: 別表に記入 as Q9's description, the device table below read with its rows: a pointer, not a text
        WorkbookFormReader.Result result = wave(22, "backup-vpn-survey", "bv-w22-a-questionnaire-dropdown-device-table");
        assertThat(value(result.form(), "vpnDevicesText")).isEmpty();
        assertThat(value(result.form(), "vpnDevices[0].maker")).isNotEmpty();
    }

    @Test
    void a_pointer_to_a_table_that_was_not_read_is_kept_as_written() throws Exception {
        // the other side: 下表のとおり with no table after it is what the hospital wrote; it is kept (dropping it would
        // leave the description blank and report it missing)
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = vpnQuestions(wb);
            put(s, "C4", "下表のとおり");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "vpnDevicesText")).isEqualTo("下表のとおり");
    }

    /* Wave 23 (scored once as drawn on 3346add, eleventh session; a development set since): D-84. */

    @Test
    void a_count_under_a_checklist_table_is_no_unknown_item() throws Exception {
        // clv-w23-a: 「いいえ」件数（1回目） merged over the 2回目 columns under the table, its COUNTIF beside it — read as a
        // row answered NO with no wording, and reported as the unknown item 「」 with no cell (MSF-IO-2010)
        WorkbookFormReader.Result result = wave(23, "checklist-vendor", "clv-w23-a-print-table-dropdowns");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
        assertThat(value(result.form(), "entries[0].itemId")).isEqualTo("1-(1)");
    }

    @Test
    void a_row_answered_without_wording_or_number_is_said_to_have_neither() throws Exception {
        // the other side: a row with a first check but neither wording nor 項番 is an answer the reader cannot place;
        // it is reported, and the message says what is missing instead of quoting an empty item
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("2 管理・運用");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版");
            put(s, "A3", "番号");
            put(s, "B3", "チェック項目");
            put(s, "C3", "1回目（結果・確認日）");
            put(s, "D3", "目標日");
            put(s, "A4", "2-(1)");
            put(s, "B4", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている");
            put(s, "C4", "はい（7/22）");
            put(s, "C5", "いいえ（7/22）");
            put(s, "A6", "2-(2)");
            put(s, "B6", "リモートメンテナンス（保守）を利用している機器の有無を事業者等に確認した");
            put(s, "C6", "はい（7/22）");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2010")
                && f.message().contains(ChecklistRows.NO_WORDING));
        assertThat(((HospitalChecklist) result.form()).entries()).extracting(ChecklistEntry::itemId)
                .contains("2-(1)", "2-(2)");
    }

    @Test
    void a_device_table_answered_in_words_is_information_not_a_missing_table() throws Exception {
        // bv-w23-b: no VPN device table, question 9 answered in its own cell (・フォーティネット FortiGate-60F 1台…):
        // the warning that the table was not found (MSF-IO-2003) made a correct answer look incomplete
        WorkbookFormReader.Result result = wave(23, "backup-vpn-survey", "bv-w23-b-print-mark-columns");
        assertThat(value(result.form(), "vpnDevicesText")).contains("FortiGate");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2003") && f.path().equals("vpnDevices"));
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2016") && f.severity() == Severity.INFO
                && f.path().equals("vpnDevices"));
    }

    @Test
    void a_pointer_to_a_device_table_that_is_not_there_still_warns_that_it_is_missing() throws Exception {
        // the other side: 下表のとおり points at a table the workbook does not have — the devices are not given anywhere
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = vpnQuestions(wb);
            put(s, "C4", "下表のとおり");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2003") && f.severity() == Severity.WARNING
                && f.path().equals("vpnDevices"));
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2016"));
    }

    @Test
    void the_network_devices_password_item_is_read_as_an_item() throws Exception {
        // clh-w23-a: 【ネットワーク機器】 パスワードは英数字、記号が混在した8文字以上とし… | はい — the 2024 list had no such
        // item, so the row matched nothing (MSF-IO-2010) or was taken for the 端末PC row above it
        WorkbookFormReader.Result result = wave(23, "checklist-hospital", "clh-w23-a-single-sheet-heading-rows-date-cells");
        List<ChecklistEntry> entries = ((HospitalChecklist) result.form()).entries();
        assertThat(entries).filteredOn(e -> e.itemId().equals("2-(21)")).singleElement()
                .satisfies(e -> assertThat(String.valueOf(e.firstAnswer())).contains("YES"));
        assertThat(entries).filteredOn(e -> e.itemId().equals("2-(12)")).singleElement()
                .satisfies(e -> assertThat(String.valueOf(e.firstAnswer())).contains("NO"));
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
    }

    @Test
    void a_heading_merged_across_a_checklist_is_no_answer() throws Exception {
        // clh-w23-a: 前提（「いいえ」の場合、以降の項目は記入不要） merged over A7:H7 showed its words in the answer column
        // too, read as the answer いいえ of an unknown item (MSF-IO-2010); clh-w10-a: the second page's title over A18
        WorkbookFormReader.Result result = wave(23, "checklist-hospital", "clh-w23-a-single-sheet-heading-rows-date-cells");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
        assertThat(value(result.form(), "entries[0].itemId")).isEqualTo("0");
        assertThat(value(result.form(), "entries[0].firstAnswer")).isEqualTo("YES");
        WorkbookFormReader.Result twoPages = wave(10, "checklist-hospital", "clh-w10-a-two-page-print");
        assertThat(twoPages.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
    }

    @Test
    void a_device_class_heading_merged_across_a_checklist_still_sets_the_class_of_the_rows_under_it() throws Exception {
        // the other side: 【ネットワーク機器】 merged across the table is a heading the rows under it belong to
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版");
            put(s, "A3", "番号");
            put(s, "B3", "チェック項目");
            put(s, "C3", "1回目");
            put(s, "D3", "確認日");
            put(s, "E3", "目標日");
            put(s, "F3", "備考");
            put(s, "A4", "【サーバ】");
            s.addMergedRegion(CellRangeAddress.valueOf("A4:F4"));
            put(s, "B5", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している");
            put(s, "C5", "はい");
            put(s, "A6", "【ネットワーク機器】");
            s.addMergedRegion(CellRangeAddress.valueOf("A6:F6"));
            put(s, "B7", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している");
            put(s, "C7", "いいえ");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-hospital");
        assertThat(((HospitalChecklist) result.form()).entries()).extracting(ChecklistEntry::itemId)
                .containsExactly("2-(7)", "2-(21)");
    }

    @Test
    void words_merged_across_under_a_table_from_left_of_its_columns_are_no_row() throws Exception {
        // lds-w2-b: 申込内容の確認 確認者（フルネーム）：長谷川 亮 merged over B17:D17 under the contacts (担当者① … in B):
        // read as a fourth contact whose 所属 and 氏名 were those words, and the 確認者 not read
        WorkbookFormReader.Result result = wave(2, "line-device-survey", "lds-w2-b-niigata-onesheet-transposed");
        assertThat(FormPaths.value(result.form(), "contacts").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(3);
        assertThat(value(result.form(), "contacts[2].name")).isEqualTo("佐藤 健太");
        assertThat(value(result.form(), "confirmation.confirmerName")).isEqualTo("長谷川 亮");
    }

    /* Wave 24 (scored once as drawn on f45eab8, eleventh session; a development set since): D-85. */

    @Test
    void a_support_policy_typed_over_the_judgement_cell_that_differs_from_the_answers_is_said() throws Exception {
        // obi-w24-b: 支援方針（支援A／支援B／支援C／報告のみ／対象外） | 支援A under 【事務局記入欄】, the answers giving 支援B
        // (未実施, 調達は次年度以降): the typed policy was dropped without a word (obi-w22-b the same, beside 自動判定・入力不要)
        WorkbookFormReader.Result result = wave(24, "offline-backup-intent", "obi-w24-b-prefecture-questionnaire-marks");
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2017") && f.severity() == Severity.WARNING
                && f.path().equals("supportPolicy") && f.origin().map(o -> o.cell().equals("D20")).orElse(false)
                && f.message().contains("支援A") && f.message().contains("支援B"));
        WorkbookFormReader.Result w22 = wave(22, "offline-backup-intent", "obi-w22-b-prefecture-questionnaire-marks");
        assertThat(w22.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2017"));
    }

    @Test
    void a_support_policy_written_as_the_answers_give_it_or_a_list_of_policies_is_not_said() throws Exception {
        // the other side: 支援A where the answers give 支援A, and 支援方針 | 支援A | 支援B | 支援C (a list, no answer)
        for (String[] line : new String[][] {{"支援A"}, {"支援A", "支援B", "支援C"}}) {
            byte[] xlsx = workbook(wb -> {
                XSSFSheet s = wb.createSheet("回答");
                put(s, "A1", "オフラインバックアップ支援意向に関するアンケート");
                put(s, "A3", "病院名");
                put(s, "B3", "テスト記念病院");
                put(s, "A4", "患者数");
                put(s, "B4", 1200);
                put(s, "A5", "電子カルテのオフラインバックアップの現状");
                put(s, "B5", "オフラインバックアップ未実施");
                put(s, "A6", "本事業での支援の意向");
                put(s, "B6", "サーバ・物品を年度内に調達して新設する");
                put(s, "A8", "支援方針（自動判定・入力不要）");
                for (int i = 0; i < line.length; i++) {
                    put(s, (char) ('B' + i) + "8", line[i]);
                }
            });
            WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "offline-backup-intent");
            assertThat(value(result.form(), "intent")).isEqualTo("PROCURE_THIS_YEAR");
            assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2017"));
        }
    }

    @Test
    void a_count_label_alone_under_a_table_with_its_formula_is_no_row() throws Exception {
        // ins-w24-b: 提出ファイル数 in the file-name column, =COUNTIF(D8:D16,"有") without a cached value beside it: read
        // as a tenth document with no name and no answer (INS-001, INS-010: two false errors)
        WorkbookFormReader.Result result = wave(24, "inspection-documents", "ins-w24-b-hospital-file-list-vendor-rows");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(9);
    }

    @Test
    void a_postal_code_written_in_the_address_cell_is_no_missing_label() throws Exception {
        // lds-w24-b: 住所：〒769-2601 香川県… — the code read from the address, yet warned that its label was not found
        WorkbookFormReader.Result result = wave(24, "line-device-survey", "lds-w24-b-one-sheet-vertical-lines");
        assertThat(value(result.form(), "basicInfo.postalCode")).isEqualTo("769-2601");
        assertThat(result.findings()).noneMatch(f -> f.path().equals("basicInfo.postalCode"));
    }

    /* Wave 25 (scored once as drawn on efad5ad, eleventh session; a development set since): D-86. */

    @Test
    void a_mark_under_a_column_headed_by_two_answers_in_one_chooses_the_fields_own() throws Exception {
        // sr-w25-b: No. | 確認事項 | はい／可 | いいえ／不可 over three はい questions and the 可/不可 question of the data
        // use: the ○ under はい／可 was read as the answer itself (MSF-VAL-1201, a false error)
        WorkbookFormReader.Result result = wave(25, "support-request", "sr-w25-b-questionnaire-contact-table");
        assertThat(value(result.form(), "dataUse")).isEqualTo("ALLOWED");
        assertThat(result.findings()).noneMatch(f -> f.path().equals("dataUse"));
        assertThat(ChoiceText.header(io.github.medsecforms.model.supportrequest.DataUse.class, "はい／可"))
                .isEqualTo(io.github.medsecforms.model.supportrequest.DataUse.ALLOWED);
        assertThat(ChoiceText.header(io.github.medsecforms.model.common.YesNo.class, "いいえ／不可"))
                .isEqualTo(io.github.medsecforms.model.common.YesNo.NO);
    }

    @Test
    void a_column_header_naming_both_options_names_neither() throws Exception {
        // the other side: 可／不可 over a column (the question's options printed as its header) chooses nothing
        assertThat(ChoiceText.header(io.github.medsecforms.model.supportrequest.DataUse.class, "可／不可")).isNull();
        assertThat(ChoiceText.header(io.github.medsecforms.model.common.YesNo.class, "はい/いいえ")).isNull();
    }

    @Test
    void a_third_label_under_one_that_names_its_group_is_in_that_group() throws Exception {
        // bv-w25-a: 回答者の情報　氏名 | 所属 | 連絡先（電話番号） one under the other: the group reached the second line only,
        // the 連絡先 was not read (MSF-IO-2002); bv-w25-b the same with 氏名：… | 所属：… | 連絡先：… in one cell each
        WorkbookFormReader.Result result = wave(25, "backup-vpn-survey", "bv-w25-a-questionnaire-dropdown-device-rows");
        assertThat(value(result.form(), "respondent.contact")).isEqualTo("087-841-2371(直通)"); // NFKC
        WorkbookFormReader.Result b = wave(25, "backup-vpn-survey", "bv-w25-b-print-marks-sheet-per-section");
        assertThat(value(b.form(), "respondent.contact")).startsWith("0877-44-5500");
    }

    /* Wave 26 (scored once as drawn on 8682b2e, eleventh session; a development set since): D-87. */

    @Test
    void a_count_label_in_a_tables_last_column_with_its_formula_beside_is_no_row() throws Exception {
        // lds-w26-b: 端末台数 in the last column under five terminals, =COUNTA(…) without a cached value right of the
        // table: read as a sixth terminal with nothing but its security product (LDS-001 ×5, LDS-013: six false errors)
        WorkbookFormReader.Result result = wave(26, "line-device-survey", "lds-w26-b-single-sheet-transposed-lines");
        assertThat(FormPaths.value(result.form(), "terminals").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(5);
        assertThat(value(result.form(), "terminals[4].hostName")).isEqualTo("SKM-LAB-01");
    }

    @Test
    void a_row_with_a_count_word_beside_other_values_is_still_a_row() throws Exception {
        // the other side: a count word among a row's other texts is a value of that row, not a total line
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = documentList(wb);
            put(s, "A5", "4");
            put(s, "B5", "機器管理台帳");
            put(s, "C5", "提出");
            put(s, "D5", "台数");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "inspection-documents");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(2);
        assertThat(value(result.form(), "documents[1].remarks")).isEqualTo("台数");
    }

    /* Wave 27 (scored once as drawn on e50ec88, eleventh session; a development set since): D-88. */

    @Test
    void a_mark_under_an_option_is_read_though_a_note_merged_below_spans_the_label_and_the_mark() throws Exception {
        // sr-w27-b: 回答データの活用 [A27:B27] | | ○ under 可 | 不可, the ※ note merged over A28:E29 below both: the ○
        // was taken for a label over its own value (the note), the answer left blank (SRQ-009, a false error)
        WorkbookFormReader.Result result = wave(27, "support-request", "sr-w27-b-numbered-questionnaire-grid");
        assertThat(value(result.form(), "dataUse")).isEqualTo("NOT_ALLOWED");
    }

    @Test
    void a_count_label_over_a_column_of_a_table_laid_out_sideways_is_no_total_of_that_column() throws Exception {
        // lds-w27-b: 回線数： over 回線2's column (C24), =COUNTA(…) beside it: 回線2 was taken for a count line and not
        // read; 調査希望（技術バージョン確認） | 調査希望（脆弱性診断） heading two lines: both read from the first
        WorkbookFormReader.Result result = wave(27, "line-device-survey", "lds-w27-b-onesheet-transposed-lines");
        assertThat(FormPaths.value(result.form(), "lines").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(4);
        assertThat(value(result.form(), "lines[1].lineName")).isEqualTo("地域連携ネットワーク回線");
        assertThat(value(result.form(), "lines[1].versionCheck")).isEqualTo("REQUESTED");
        assertThat(value(result.form(), "lines[1].vulnerabilityScan")).isEqualTo("NOT_REQUESTED");
        assertThat(value(result.form(), "terminals[1].vdiIpAddress")).isEqualTo("10.20.0.215/24");
        // the other side: 回線数 | =COUNTA(C21:E21) right of three lines (lds-w21-b) still reads three
        WorkbookFormReader.Result w21 = wave(21, "line-device-survey", "lds-w21-b-one-sheet-transposed-lines");
        assertThat(FormPaths.value(w21.form(), "lines").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(3);
    }

    @Test
    void a_field_in_brackets_after_its_group_is_that_fields_label() throws Exception {
        // bv-w8-a: 回答者の情報（氏名） style labels — the field in brackets after its group's label was read as the group
        // alone, the respondent not read
        WorkbookFormReader.Result result = wave(8, "backup-vpn-survey", "bv-w8-a-qa-table");
        assertThat(value(result.form(), "respondent.name")).isEqualTo("松本 直樹");
        assertThat(value(result.form(), "respondent.department")).isNotEmpty();
    }

    /* Wave 28 (scored once as drawn on 6e1ee08, eleventh session; a development set since): D-89. */

    @Test
    void a_script_sub_label_between_a_label_and_its_value_is_no_value() throws Exception {
        // lds-w28-a: 医療機関名 [B6:B7] | 漢字 | 社会医療法人 玉藻会… over (かな) | しゃかい…: 漢字 was read as the name
        WorkbookFormReader.Result result = wave(28, "line-device-survey", "lds-w28-a-official-sheets-two-row-headers");
        assertThat(value(result.form(), "basicInfo.facilityName")).isEqualTo("社会医療法人 玉藻会 たまも中央病院");
        assertThat(value(result.form(), "basicInfo.facilityNameKana")).startsWith("しゃかいいりょうほうじん");
    }

    /* Wave 29 (scored once as drawn on 3d18efb, twelfth session; a development set since): D-90. */

    @Test
    void a_sentence_about_the_list_above_after_a_blank_line_ends_the_list() throws Exception {
        // ins-w29-b: documents 1–7, a blank line, 上記のとおり、立入検査に係る関係書類の写しを提出します。 in the No. column,
        // then the date and 医療機関名：… under ファイル名: they were read as documents 8–10 (six false errors)
        WorkbookFormReader.Result result = wave(29, "inspection-documents", "ins-w29-b-hospital-cover-filenames");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(7);
        assertThat(value(result.form(), "facilityName")).isEqualTo("医療法人 清心会 備前みどり病院");
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("MSF-IO-2008") && f.message().contains("令和6年12月3日"));
    }

    @Test
    void a_row_whose_name_starts_with_the_above_after_a_blank_line_is_a_row_not_the_end_of_the_list() throws Exception {
        // the other side: after a blank line, 上記… with a number and an answer on its line is one more row
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = documentList(wb);
            put(s, "A5", "2");
            put(s, "B5", "チェックリスト（事業者確認用）");
            put(s, "C5", "提出");
            put(s, "A7", "6");
            put(s, "B7", "上記のほかネットワーク構成図");
            put(s, "C7", "提出");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "inspection-documents");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(3);
        assertThat(value(result.form(), "documents[2].submission")).isEqualTo("SUBMITTED");
    }

    /* Wave 30 (scored once as drawn on da5d4b8, twelfth session; a development set since): D-92. */

    @Test
    void an_unused_numbered_slot_under_a_name_merged_down_over_sub_rows_is_no_row() throws Exception {
        // ins-w30-b: 2 | チェックリスト（事業者確認用） merged over rows 9–12, 事業者 ①–③ filled, ④ alone on row 12: the
        // empty slot was read as one more document 2 without an answer (INS-010, a false error)
        WorkbookFormReader.Result result = wave(30, "inspection-documents", "ins-w30-b-pref-form-notes-vendor-subrows");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(9);
        assertThat(result.findings()).noneMatch(f -> f.message().contains("④"));
    }

    @Test
    void a_numbered_slot_with_an_answer_of_its_own_is_a_row() throws Exception {
        // the other side: ④ with its own answer under the merged name is the fourth vendor's checklist
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("別紙1");
            put(s, "A1", "サイバーセキュリティ対策関連書類一覧");
            put(s, "A3", "No.");
            put(s, "B3", "書類の名称");
            put(s, "C3", "提出状況");
            put(s, "D3", "備考");
            put(s, "A4", "1");
            put(s, "B4", "チェックリスト（医療機関確認用）");
            put(s, "C4", "提出");
            put(s, "A5", "2");
            put(s, "B5", "チェックリスト（事業者確認用）");
            put(s, "C5", "提出");
            put(s, "D5", "①");
            put(s, "C6", "提出");
            put(s, "D6", "②");
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(4, 5, 0, 0));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(4, 5, 1, 1));
            put(s, "A7", "3");
            put(s, "B7", "チェックリスト（最低限の措置編）");
            put(s, "C7", "提出");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "inspection-documents");
        assertThat(FormPaths.value(result.form(), "documents").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(4);
        assertThat(value(result.form(), "documents[2].submission")).isEqualTo("SUBMITTED");
    }

    /* Wave 31 (scored once as drawn on ac8b992, twelfth session; a development set since): D-93. */

    @Test
    void options_numbered_in_a_column_of_their_own_with_the_mark_between_number_and_option_are_read() throws Exception {
        // obi-w31-b: (1) | | 既に…運用している, (3) | ○ | オフラインバックアップは実施していない under the question merged
        // C12:F12: the number stopped the list and the first option was read as the value below (運用中, wrong); 保存先's
        // mark ● was read as the value below (MSF-VAL-1201, a false error); the intent's question wording was not known
        WorkbookFormReader.Result result = wave(31, "offline-backup-intent", "obi-w31-b-excel-form-mark-options");
        assertThat(value(result.form(), "currentState")).isEqualTo("NOT_IMPLEMENTED");
        assertThat(value(result.form(), "intent")).isEqualTo("PROCURE_NEXT_YEAR");
        assertThat(value(result.form(), "storage")).isEqualTo("ON_PREMISES_MEDIA");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_mark_before_an_options_number_still_chooses_that_option() throws Exception {
        // the other side: ○ | 1 | 既に…運用している (obi-w10-b, read right before D-93) stays read, now from the list
        WorkbookFormReader.Result result = wave(10, "offline-backup-intent", "obi-w10-b-print-answer-left");
        assertThat(value(result.form(), "currentState")).isEqualTo("OFFLINE_IN_OPERATION");
        assertThat(value(result.form(), "intent")).isEqualTo("PROCURE_THIS_YEAR");
    }

    @Test
    void an_answer_pointing_to_the_field_below_is_no_description_of_the_devices() throws Exception {
        // bv-w31-a: Q9's answer cell says 下欄に記入 and the device table follows: it was read as the devices' text
        WorkbookFormReader.Result result = wave(31, "backup-vpn-survey", "bv-w31-a-questionnaire-vpn-table");
        assertThat(value(result.form(), "vpnDevicesText")).isEmpty();
        assertThat(FormPaths.value(result.form(), "vpnDevices").map(d -> ((List<?>) d).size()).orElse(0)).isPositive();
    }

    /* Wave 32 (scored once as drawn on cac8b75, twelfth session; a development set since): D-95. */

    @Test
    void a_choice_indented_on_the_line_under_its_numbered_question_is_its_answer() throws Exception {
        // lds-w32-b: １．本施策の同意確認（…） in A4, ■ 同意する　□ 同意しない in B5: not read (LDS-027, a false error)
        WorkbookFormReader.Result result = wave(32, "line-device-survey", "lds-w32-b-transposed-lines-own-sheets");
        assertThat(value(result.form(), "basicInfo.consent")).isEqualTo("AGREE");
    }

    @Test
    void a_hint_naming_an_option_beside_the_line_under_a_question_is_no_answer() throws Exception {
        // the other side: lds-w2-d's 本施策の同意確認 over a blank answer, ←…同意する場合は「同意する」を選択 two columns
        // right on the next line: still no answer (the planted blank stays found)
        WorkbookFormReader.Result result = wave(2, "line-device-survey", "lds-w2-d-miyagi-print-style-marks");
        assertThat(value(result.form(), "basicInfo.consent")).isEmpty();
    }

    @Test
    void of_two_labels_of_one_field_the_one_over_a_value_wins_over_one_beside_nothing() throws Exception {
        // clh-w32-b: 医療機関名 over the name on 表紙, and 医療機関名 | =表紙!B5 (saved without its result) on the
        // checklist's sheet: the empty one was taken (CLH-001, a false error)
        WorkbookFormReader.Result result = wave(32, "checklist-hospital", "clh-w32-b-sheet-per-section-marks");
        assertThat(value(result.form(), "facilityName")).isEqualTo("一般財団法人 瀬戸内健康会 瀬戸内中央病院");
    }

    /* Wave 33 (scored once as drawn on de03cae, thirteenth session: 0 false errors; a development set since): D-96. */

    @Test
    void a_header_widened_by_and_the_like_names_its_column() throws Exception {
        // lds-w33-b: ウイルス対策等 over the terminals' products: the column was not found (five values lost)
        WorkbookFormReader.Result result = wave(33, "line-device-survey", "lds-w33-b-transposed-lines-one-sheet");
        assertThat(value(result.form(), "terminals[0].securityProduct")).isEqualTo("Trend Micro Apex One");
        assertThat(value(result.form(), "terminals[3].securityProduct")).isEqualTo("ウイルスバスター コーポレートエディション");
    }

    @Test
    void two_words_for_one_column_in_its_header_brackets_do_not_split_its_values() throws Exception {
        // the other side: lds-w25-b's セキュリティ対策製品（ウイルス対策/EDR）, both bracketed words now the column's own,
        // is one column whose values are whole, not a list of two columns splitting each value at a slash
        WorkbookFormReader.Result result = wave(25, "line-device-survey", "lds-w25-b-transposed-lines-label-above");
        assertThat(value(result.form(), "terminals[0].securityProduct")).isEqualTo("Trend Micro Apex One");
        assertThat(value(result.form(), "terminals[2].securityProduct")).isEqualTo("Microsoft Defender for Endpoint");
    }

    @Test
    void an_option_column_named_made_but_not_submitted_in_brackets_is_not_submitted() throws Exception {
        // ins-w33-b: 提出 | 未作成 | 作成済↵(提出しない) with ○ under the third for document 6: not read
        WorkbookFormReader.Result result = wave(33, "inspection-documents", "ins-w33-b-mark-columns-vendor-rows");
        assertThat(value(result.form(), "documents[7].submission")).isEqualTo("NOT_SUBMITTED");
        assertThat(value(result.form(), "documents[6].submission")).isEmpty(); // 5: no mark at all (planted)
    }

    @Test
    void a_choice_read_from_one_column_per_option_is_where_its_mark_is() throws Exception {
        // ins-w33-b: 提出 | 未作成 | 作成済(提出しない) with ○ under 未作成 in F14 for 機器管理台帳: the answer was placed at
        // E14 (the first option's column), so its finding and the annotated copy's comment pointed at an empty cell
        WorkbookFormReader.Result result = wave(33, "inspection-documents", "ins-w33-b-mark-columns-vendor-rows");
        assertThat(value(result.form(), "documents[5].submission")).isEqualTo("NOT_CREATED");
        assertThat(result.origins().find("documents[5].submission").map(o -> o.cell())).contains("F14");
        assertThat(result.origins().find("documents[7].submission").map(o -> o.cell())).contains("G16");
        // the other side: a mark under the first option stays at the first option's column
        assertThat(result.origins().find("documents[0].submission").map(o -> o.cell())).contains("E9");
    }

    @Test
    void a_tally_under_the_checklist_is_no_unknown_item() throws Exception {
        // clh-w33-a: 集計（1回目） | はい | =COUNTIF(…) and | いいえ | =COUNTIF(…) under the items: two MSF-IO-2010
        // warnings on a correct workbook (an unknown item 集計, and an answered row with neither wording nor 項番)
        WorkbookFormReader.Result result = wave(33, "checklist-hospital", "clh-w33-a-single-sheet-merged-device-class");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-IO-2010"));
        assertThat(FormPaths.value(result.form(), "entries").map(d -> ((List<?>) d).size()).orElse(0)).isEqualTo(19);
    }

    @Test
    void a_worded_row_after_a_tally_is_judged_as_an_item_again() throws Exception {
        // the other side: a row with words of its own after the tally is no part of it — an item of the version is
        // read, a wording the version lacks is still reported
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "サイバー攻撃リスク低減のための最低限の措置　チェックリスト");
            put(s, "A3", "チェック項目");
            put(s, "B3", "1回目\n回答");
            put(s, "C3", "1回目\n確認日");
            put(s, "A4", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。");
            put(s, "B4", "はい");
            put(s, "C4", "2024/11/5");
            put(s, "A5", "集計");
            put(s, "B5", "はい");
            put(s, "B6", "いいえ");
            put(s, "A7", "複数の機器や外部サービス等で、同一のパスワードを設定していない。");
            put(s, "B7", "はい");
            put(s, "C7", "2024/11/5");
            put(s, "A8", "院内の掲示物にパスワードを書いていない。");
            put(s, "B8", "はい");
            put(s, "C8", "2024/11/5");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "checklist-minimum");
        assertThat(value(result.form(), "entries[1].itemId")).isEqualTo("1-(2)");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("MSF-IO-2010")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("院内の掲示物"));
    }

    /* Wave 34 (scored once as drawn on 1c95834, thirteenth session: 0 false errors; a development set since): D-97. */

    @Test
    void a_checklist_without_its_years_items_is_not_that_year_however_its_one_target_date_falls() throws Exception {
        // clv-w34-b: no 年度 anywhere, checks written (10/15) without a year, one target date R7.6.30: read as R7 (the
        // fiscal year of its only full date), every check a year late and R7's own items reported missing
        WorkbookFormReader.Result result = wave(34, "checklist-vendor", "clv-w34-b-okayama-style-inline-dates");
        assertThat(value(result.form(), "version")).isEqualTo("R6");
        assertThat(value(result.form(), "entries[0].firstDate")).isEqualTo("2024-10-15");
    }

    @Test
    void a_checklist_wording_an_item_only_the_latest_year_has_stays_that_year() throws Exception {
        // the other side: the same sheet with R7's own 二要素認証 item is R7 (its items rule nothing out)
        WorkbookFormReader.Result latest = LabelDrivenReaderTest.read(vendorChecklist(true), "checklist-vendor");
        assertThat(value(latest.form(), "version")).isEqualTo("R7");
        WorkbookFormReader.Result older = LabelDrivenReaderTest.read(vendorChecklist(false), "checklist-vendor");
        assertThat(value(older.form(), "version")).isEqualTo("R6");
        assertThat(value(older.form(), "entries[0].firstDate")).isEqualTo("2024-10-15");
    }

    /** A vendor's checklist without a year: 1-(1) and 2-(2) checked on 10/15, with R7's 2-(17) or without it. */
    private static byte[] vendorChecklist(boolean latestItem) throws Exception {
        return workbook(wb -> {
            XSSFSheet s = wb.createSheet("チェックリスト");
            put(s, "A1", "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）");
            put(s, "A3", "事業者名：株式会社ウエストメディカルソフト");
            put(s, "A5", "項番");
            put(s, "B5", "チェック項目");
            put(s, "C5", "1回目");
            put(s, "D5", "確認日");
            put(s, "A6", "1-(1)");
            put(s, "B6", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。");
            put(s, "C6", "はい");
            put(s, "D6", "10/15");
            put(s, "A7", "2-(2)");
            put(s, "B7", "リモートメンテナンス（保守）を行っている機器の有無を医療機関に報告した。");
            put(s, "C7", "はい");
            put(s, "D7", "10/15");
            if (latestItem) {
                put(s, "A8", "2-(17)");
                put(s, "B8", "令和9年度までに二要素認証を実装するよう医療機関と計画している");
                put(s, "C8", "はい");
                put(s, "D8", "10/15");
            }
        });
    }

    /* Wave 36 (scored once as drawn on d53f836, thirteenth session: 0 false errors; a development set since): D-99. */

    @Test
    void a_unit_under_the_value_beside_a_label_does_not_make_that_value_a_label() throws Exception {
        // lds-w36-a: ビル名 | 泉中央メディカルプラザ | (かな) | いずみ… over 病床数 | 199 | 床: the name was taken for a label
        // over its own value (床), and the building was read empty
        WorkbookFormReader.Result result = wave(36, "line-device-survey", "lds-w36-a-official-five-sheets");
        assertThat(value(result.form(), "basicInfo.building")).isEqualTo("泉中央メディカルプラザ");
        assertThat(value(result.form(), "basicInfo.beds")).isEqualTo("199");
    }

    @Test
    void a_text_over_a_value_of_its_own_beside_a_label_over_another_is_still_a_label() throws Exception {
        // the other side: hs-w5-b's 都道府県名 | | | 作成日 over 青森県 | | | R6.3.12 (a date under 作成日, not a unit)
        WorkbookFormReader.Result result = blind5("hospital-selection", "hs-w5-b-multisheet-7digit");
        assertThat(value(result.form(), "prefecture")).isNotEmpty().doesNotContain("R6");
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /* Wave 37 (scored once as drawn on 7451cba, thirteenth session: 5 false errors; a development set since): D-100. */

    @Test
    void two_options_of_one_column_side_by_side_without_their_label_are_that_column() throws Exception {
        // lds-w37-b: No | システム種別 | 単体 | 仮想デスクトップ | 端末ホスト名 … with ○ under one: シンクラ利用 was not found
        // (LDS-001 on every terminal, five false errors)
        WorkbookFormReader.Result result = wave(37, "line-device-survey", "lds-w37-b-prefecture-transposed-lines");
        assertThat(value(result.form(), "terminals[0].usage")).isEqualTo("STANDALONE");
        assertThat(value(result.form(), "terminals[3].usage")).isEqualTo("VIRTUAL_DESKTOP");
        assertThat(result.origins().find("terminals[3].usage").map(o -> o.cell())).contains("D8");
    }

    @Test
    void two_options_several_columns_take_are_left_alone_without_their_label() throws Exception {
        // the other side: 希望あり | 希望なし with ○ under one, no label over them — 技術バージョン確認 and 脆弱性診断 both take
        // these words, so neither is guessed (each is reported missing instead)
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回線・機器情報記入シート");
            put(s, "A1", "回線・機器情報");
            put(s, "A3", "回線");
            put(s, "B3", "用途");
            put(s, "C3", "希望あり");
            put(s, "D3", "希望なし");
            put(s, "E3", "回線事業者名");
            put(s, "A4", "回線1");
            put(s, "B4", "電子カルテ");
            put(s, "C4", "○");
            put(s, "E4", "NTT東日本");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "lines[0].carrier")).isEqualTo("NTT東日本");
        assertThat(value(result.form(), "lines[0].versionCheck")).isEmpty();
        assertThat(value(result.form(), "lines[0].vulnerabilityScan")).isEmpty();
    }

    /* Wave 38 (scored once as drawn on bf0b41a, thirteenth session: 6 false errors; a development set since): D-102. */

    @Test
    void a_postal_mark_and_its_code_between_the_address_label_and_the_address_are_passed_over() throws Exception {
        // lds-w38-a (a correct workbook): 住所 | 〒 | 310-0841 | 茨城県… — the mark, a label, stopped the address's value
        // (LDS-027, a false error); 担当者名 over 担当者1, 担当者2 beside 氏名 over the names: the rows' names were read
        WorkbookFormReader.Result result = wave(38, "line-device-survey", "lds-w38-a-official-five-sheets");
        assertThat(value(result.form(), "basicInfo.address")).isEqualTo("茨城県水戸市緑台二丁目14番3号");
        assertThat(value(result.form(), "basicInfo.postalCode")).isEqualTo("310-0841");
        assertThat(value(result.form(), "contacts[0].name")).isEqualTo("小松 大輔");
        assertThat(value(result.form(), "contacts[1].name")).isEqualTo("石井 真理子");
    }

    @Test
    void a_postal_mark_without_a_code_after_it_still_stops_the_address() throws Exception {
        // the other side: 住所 | 〒 | (blank) … nothing is skipped to reach a value further right
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報記入シート");
            put(s, "A1", "別紙2-1 基本情報記入シート");
            put(s, "A3", "医療機関名");
            put(s, "B3", "みどり台中央病院");
            put(s, "A4", "住所");
            put(s, "B4", "〒");
            put(s, "D4", "病床数");
            put(s, "E4", "199");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(value(result.form(), "basicInfo.address")).isEmpty();
        assertThat(value(result.form(), "basicInfo.beds")).isEqualTo("199");
    }

    @Test
    void checklists_named_for_the_hospital_or_the_vendor_without_kakunin_are_those_documents() throws Exception {
        // ins-w38-b: チェックリスト（医療機関用）, チェックリスト（事業者用）①電子カルテ …: MSF-VAL-1201 on four rows
        WorkbookFormReader.Result result = wave(38, "inspection-documents", "ins-w38-b-hospital-cover-list-dropdown");
        assertThat(value(result.form(), "documents[0].kind")).isEqualTo("CHECKLIST_HOSPITAL");
        assertThat(value(result.form(), "documents[1].kind")).isEqualTo("CHECKLIST_VENDOR");
        assertThat(value(result.form(), "documents[3].kind")).isEqualTo("CHECKLIST_VENDOR");
    }

    @Test
    void a_mark_right_of_an_option_listed_under_a_question_in_the_first_column_chooses_it() throws Exception {
        // sr-w38-b: ３．…回答データの活用の可否（※） in A15, 可 | ○ and 不可 under it in B16:B17: the ○ in C16 stood
        // outside the columns looked at (SRQ-009, a false error)
        WorkbookFormReader.Result result = wave(38, "support-request", "sr-w38-b-sectioned-table-checkmarks");
        assertThat(value(result.form(), "dataUse")).isEqualTo("ALLOWED");
        assertThat(result.origins().find("dataUse").map(o -> o.cell())).contains("C16");
    }

    /* Wave 39 (scored once as drawn on 5f27995, fourteenth session: 0 false errors; a development set since): D-103. */

    @Test
    void remarks_in_a_box_under_a_numbered_heading_one_column_in_are_read() throws Exception {
        // sr-w39-b: ５ 備考 in A28, the text in the box B29:G31 (as sr-w38-b: ５．備考 in A25, the text in B26:F28)
        WorkbookFormReader.Result result = wave(39, "support-request", "sr-w39-b-colon-cells-contact-table");
        assertThat(value(result.form(), "remarks")).isEqualTo("現地調査の日程は外来診療のない土曜午前を希望します。");
    }

    @Test
    void a_question_with_its_notes_after_the_name_finds_its_answer_below() throws Exception {
        // obi-w39-b: 患者数（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数）【必須】1～3000の数値で記入 over
        // 3520 | 件, and その他・備考（ご質問等あれば） over the text box
        WorkbookFormReader.Result result = wave(39, "offline-backup-intent", "obi-w39-b-printed-questionnaire-marks");
        assertThat(value(result.form(), "patientCount")).isEqualTo("3520");
        assertThat(value(result.form(), "remarks")).startsWith("サーバ室にNASがあり");
        // obi-w40-b: Q6 | その他・備考 | the text — two words, each a name of the remarks
        WorkbookFormReader.Result other = wave(40, "offline-backup-intent", "obi-w40-b-questionnaire-circle-marks");
        assertThat(value(other.form(), "remarks")).startsWith("サーバ室のラックに空きが少ない");
    }

    @Test
    void words_joined_by_a_middle_dot_that_name_different_fields_are_no_label_of_either() throws Exception {
        // the other side of その他・備考: 病院名・備考 names two fields, so its value is neither's
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "オフラインバックアップ支援意向に関するアンケート");
            put(s, "A3", "病院名・備考");
            put(s, "B3", "みどり台病院 特になし");
            put(s, "A4", "患者数");
            put(s, "B4", "1200");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "offline-backup-intent");
        assertThat(value(result.form(), "remarks")).isEmpty();
        assertThat(value(result.form(), "hospitalName")).isEmpty();
        assertThat(value(result.form(), "patientCount")).isEqualTo("1200");
    }

    @Test
    void a_box_under_a_remarks_heading_with_something_beside_it_is_not_taken() throws Exception {
        // the other side of the indented remarks box: ５ 備考 over | 特になし | ○ — two cells on the line, no box
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査 回答様式");
            put(s, "A3", "病院名");
            put(s, "B3", "みどり台病院");
            put(s, "A5", "5 備考");
            put(s, "B6", "特になし");
            put(s, "D6", "○");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("みどり台病院");
        assertThat(value(result.form(), "remarks")).isEmpty();
    }

    /* Wave 41 (scored once as drawn on 6363a1c, fourteenth session: 1 false error; a development set since): D-104. */

    @Test
    void a_blank_value_after_a_label_ending_in_a_colon_is_placed_in_the_label_cell() throws Exception {
        // lds-w41-b: 確認者名（フルネーム）： merged across B22:H22 and nothing after the colon: the empty value was placed
        // right of the merged label, in I22 outside the form, so LDS-027 named a cell nobody writes in
        WorkbookFormReader.Result result = wave(41, "line-device-survey", "lds-w41-b-transposed-lines-colon-labels");
        assertThat(value(result.form(), "confirmation.confirmerName")).isEmpty();
        assertThat(result.origins().find("confirmation.confirmerName").map(o -> o.cell())).contains("B22");
    }

    @Test
    void a_blank_value_right_of_a_label_without_a_colon_is_placed_right_of_it() throws Exception {
        // the other side: 確認者名 | (blank): the value belongs right of the label
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("基本情報記入シート");
            put(s, "A1", "別紙2-1 基本情報記入シート");
            put(s, "A3", "医療機関名");
            put(s, "B3", "みどり台中央病院");
            put(s, "A5", "確認者名");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "line-device-survey");
        assertThat(result.origins().find("confirmation.confirmerName").map(o -> o.cell())).contains("B5");
    }

    /* Wave 43 (scored once as drawn on 9defac9, fourteenth session: 4 false errors; a development set since): D-105. */

    @Test
    void a_row_label_listing_its_options_in_brackets_still_names_its_column() throws Exception {
        // lds-w43-b: ⑦ 通信形態（インターネット／インターネットVPN／閉域網 等） heading a line of the table laid out
        // sideways: the options in brackets made it no label (LDS-001 on each line, three false errors)
        WorkbookFormReader.Result result = wave(43, "line-device-survey", "lds-w43-b-prefecture-transposed-line-columns");
        assertThat(value(result.form(), "lines[0].communicationType")).isEqualTo("インターネットVPN");
        assertThat(value(result.form(), "lines[1].communicationType")).isEqualTo("閉域網");
    }

    @Test
    void a_mark_beside_an_option_printed_with_its_empty_box_chooses_it() throws Exception {
        // obi-w43-b: ５ | 保存先の希望 (merged over two lines) | ○ | □ 院内の物理媒体 and | | □ 外部クラウド（…） under it:
        // the ○ was read as the answer itself (MSF-VAL-1201, a false error)
        WorkbookFormReader.Result result = wave(43, "offline-backup-intent", "obi-w43-b-prefecture-qa-circle-marks");
        assertThat(value(result.form(), "storage")).isEqualTo("ON_PREMISES_MEDIA");
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("MSF-VAL-1201"));
    }

    @Test
    void options_printed_with_empty_boxes_and_no_mark_beside_them_are_no_answer() throws Exception {
        // the other side: the same printed options with nothing marked are unanswered, never the first option
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "オフラインバックアップ支援意向に関するアンケート");
            put(s, "B3", "病院名");
            put(s, "D3", "みどり台病院");
            put(s, "B5", "オフラインバックアップの保存先の希望");
            s.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B5:B6"));
            put(s, "D5", "□ 院内の物理媒体");
            put(s, "D6", "□ 外部クラウド（サーバの新設は不要）");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "offline-backup-intent");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("みどり台病院");
        assertThat(value(result.form(), "storage")).isEmpty();
    }

    @Test
    void a_column_headed_made_but_not_submitted_in_brackets_is_not_submitted() throws Exception {
        // ins-w43-b: 提出 | 未作成 | 作成済(提出なし) with a ○ under the last for document 6: not read
        WorkbookFormReader.Result result = wave(43, "inspection-documents", "ins-w43-b-hospital-checksheet-circle-marks-per-vendor");
        assertThat(value(result.form(), "documents[7].submission")).isEqualTo("NOT_SUBMITTED");
    }

    /* Wave 44 (scored once as drawn on 4d8d546, fourteenth session: 1 false error; a development set since): D-106. */

    @Test
    void options_side_by_side_under_a_how_to_line_below_the_question_are_read() throws Exception {
        // sr-w44-b: ３．…活用の可否（※…） in A19, （該当する方の左欄に○） in A20, ○ | 可 | | 不可 in B21:E21: the how-to
        // line stood between the question and its options (SRQ-009, a false error)
        WorkbookFormReader.Result result = wave(44, "support-request", "sr-w44-b-numbered-sections-contact-table");
        assertThat(value(result.form(), "dataUse")).isEqualTo("ALLOWED");
        assertThat(result.origins().find("dataUse").map(o -> o.cell())).contains("B21");
    }

    @Test
    void a_how_to_line_with_no_options_under_it_gives_no_answer() throws Exception {
        // the other side: the how-to line and then nothing — no option is taken from further down
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査 回答様式");
            put(s, "A3", "病院名");
            put(s, "B3", "みどり台病院");
            put(s, "A5", "３．サイバーセキュリティ調査における回答データの活用の可否");
            put(s, "A6", "（該当する方の左欄に○）");
            put(s, "A8", "４．備考");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("みどり台病院");
        assertThat(value(result.form(), "dataUse")).isEmpty();
    }

    @Test
    void a_section_heading_under_an_unanswered_question_is_no_how_to_line() throws Exception {
        // the other side, bv-w37-b: ７．…漏洩対策…を講じているか unanswered, then 【リモートゲートウェイ装置…に係る質問】 and
        // question 8 marked ○ under はい: the heading is no how-to line, question 8's mark is not question 7's answer
        WorkbookFormReader.Result result = wave(37, "backup-vpn-survey", "bv-w37-b-print-style-maru-columns");
        assertThat(value(result.form(), "leakProtected")).isEmpty();
    }

    @Test
    void the_connecting_device_maker_heading_a_sideways_line_is_the_device_maker() throws Exception {
        // lds-w44-b: 接続装置（ルータ/UTM/FW）メーカー heading a line of the table laid out sideways: not read
        WorkbookFormReader.Result result = wave(44, "line-device-survey", "lds-w44-b-single-sheet-transposed");
        assertThat(value(result.form(), "lines[0].deviceMaker")).isEqualTo("Fortinet");
        assertThat(value(result.form(), "lines[2].deviceMaker")).isEqualTo("Cisco");
    }

    /* Wave 45 (scored once as drawn on 0d3c9c4, fifteenth session: 0 false errors; a development set since): D-108. */

    @Test
    void a_mark_written_in_front_of_an_option_in_its_cell_chooses_it() throws Exception {
        // sr-w45-b: …回答データの活用の可否 in A21, 可 in C21 and ○　不可 in D21: read 可, the first option printed
        WorkbookFormReader.Result result = wave(45, "support-request", "sr-w45-b-contact-table-checks");
        assertThat(value(result.form(), "dataUse")).isEqualTo("NOT_ALLOWED");
        assertThat(result.origins().find("dataUse").map(o -> o.cell())).contains("D21");
    }

    @Test
    void a_mark_written_in_front_of_each_option_chooses_neither() throws Exception {
        // the other side: ○可 | ○不可 — both marked is no answer (a warning names the cell), not the first or the last
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答様式");
            put(s, "A1", "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査 回答様式");
            put(s, "A3", "病院名");
            put(s, "B3", "みどり台病院");
            put(s, "A5", "サイバーセキュリティ調査における回答データの活用の可否");
            put(s, "C5", "可");
            put(s, "D5", "○不可");
            put(s, "E5", "○可");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "support-request");
        assertThat(value(result.form(), "hospitalName")).isEqualTo("みどり台病院");
        assertThat(value(result.form(), "dataUse")).isEmpty();
        assertThat(result.findings()).anyMatch(f -> f.path().equals("dataUse"));
    }

    @Test
    void a_description_under_its_question_is_read_past_a_dash_in_the_yes_no_columns() throws Exception {
        // bv-w45-b: ９．VPN装置のメーカー名、型番、台数を全て記載すること（記述方式） in D20, ― in E20:F20 (the はい/いいえ
        // columns), the description merged in D21:H21 — read ―
        WorkbookFormReader.Result result = wave(45, "backup-vpn-survey", "bv-w45-b-print-style-maru-marks");
        assertThat(value(result.form(), "vpnDevicesText")).startsWith("Fortinet FortiGate 60F");
        assertThat(result.origins().find("vpnDevicesText").map(o -> o.cell())).contains("D21");
    }

    @Test
    void a_dash_beside_a_question_with_nothing_under_it_stays_the_answer() throws Exception {
        // the other side: ― beside the question and the next question under it — the dash is what was written
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("調査票");
            put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査");
            put(s, "A3", "VPN装置が存在するか");
            put(s, "B3", "いいえ");
            put(s, "A4", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）");
            put(s, "B4", "―");
            put(s, "A5", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("NO");
        assertThat(result.origins().find("vpnDevicesText").map(o -> o.cell())).contains("B4");
    }

    /* Wave 46 (scored once as drawn on 16e9b31, fifteenth session: 0 false errors; a development set since): D-108. */

    @Test
    void an_instruction_in_the_remarks_column_is_no_description() throws Exception {
        // bv-w46-a: No. | 設問 | 回答 | 備考, question 9 with its 回答 blank (the makers in a table under it) and 行が足りない
        // 場合は挿入してください in 備考 (E18): read as the description (an unexpected value)
        WorkbookFormReader.Result result = wave(46, "backup-vpn-survey", "bv-w46-a-qa-table-dropdown-device-rows");
        assertThat(value(result.form(), "vpnDevicesText")).isEmpty();
        assertThat(value(result.form(), "vpnDevices[1].model")).isEqualTo("RTX1210");
    }

    @Test
    void a_description_written_in_the_remarks_column_is_read() throws Exception {
        // the other side: the makers written in 備考 beside a blank 回答 are the description, as before
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査 回答票");
            put(s, "A3", "No.");
            put(s, "B3", "設問");
            put(s, "C3", "回答");
            put(s, "D3", "備考");
            put(s, "A4", "8");
            put(s, "B4", "VPN装置が存在するか");
            put(s, "C4", "はい");
            put(s, "A5", "9");
            put(s, "B5", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）");
            put(s, "D5", "ヤマハ RTX1210 2台");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "vpnPresent")).isEqualTo("YES");
        assertThat(value(result.form(), "vpnDevicesText")).isEqualTo("ヤマハ RTX1210 2台");
    }

    /* Wave 47 (scored once as drawn on 3020ef1, fifteenth session: 0 false errors; a development set since): D-111. */

    @Test
    void a_column_headed_made_and_not_submitted_on_two_lines_is_not_submitted() throws Exception {
        // ins-w47-b: 提出 | 未作成 | 作成済⏎提出なし columns marked レ; the BCP's レ under 作成済⏎提出なし was not read (the
        // header, 作成済提出なし once its line break is gone, named no option), so INS-005 never saw it
        WorkbookFormReader.Result result = wave(47, "inspection-documents", "ins-w47-b-per-vendor-rows-mark-columns");
        assertThat(value(result.form(), "documents[8].submission")).isEqualTo("NOT_SUBMITTED");
        assertThat(result.origins().find("documents[8].submission").map(o -> o.cell())).contains("E16");
        // the other side: the marks under 提出 and 未作成 keep their own columns' options
        assertThat(value(result.form(), "documents[0].submission")).isEqualTo("SUBMITTED");
        assertThat(value(result.form(), "documents[7].submission")).isEqualTo("NOT_CREATED");
    }

    /* Wave 48 (scored once as drawn on 58134f0, fifteenth session: 16 false errors; a development set since): D-112. */

    @Test
    void a_password_list_by_its_content_is_never_read_as_the_form() throws Exception {
        // lds-w48-b: a sheet named ID・PW (ログインID | パスワード | enableパスワード over filled cells) was read as the port
        // table: its headers as IP addresses, 15 false errors, and its cells read for the form
        WorkbookFormReader.Result result = wave(48, "line-device-survey", "lds-w48-b-transposed-lines-kv-basic");
        assertThat(value(result.form(), "ports[0].ipAddress")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.path().startsWith("ports[") && f.severity() == Severity.ERROR);
        // the other side: the form's own sheets are read as before
        assertThat(value(result.form(), "lines[0].deviceMaker")).isEqualTo("YAMAHA");
    }

    @Test
    void a_sub_question_after_the_question_in_its_cell_is_answered_right_of_it() throws Exception {
        // bv-w48-a: セキュリティ責任者を設置しているか　①セキュリティ責任者を職員として配置しているか | はい: the words after the
        // question were taken for its answer (MSF-VAL-1201, a false error on a correct workbook)
        WorkbookFormReader.Result result = wave(48, "backup-vpn-survey", "bv-w48-a-prefecture-qa-dropdown");
        assertThat(value(result.form(), "securityOfficer")).isEqualTo("YES");
        assertThat(result.origins().find("securityOfficer").map(o -> o.cell())).contains("D26");
    }

    @Test
    void an_answer_written_after_the_question_in_its_cell_is_still_the_answer() throws Exception {
        // the other side: セキュリティ責任者を設置しているか　いいえ — an option after the question is its answer
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("回答票");
            put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査 回答票");
            put(s, "A3", "セキュリティ責任者を設置しているか　いいえ");
            put(s, "B3", "外部委託を検討中");
        });
        WorkbookFormReader.Result result = LabelDrivenReaderTest.read(xlsx, "backup-vpn-survey");
        assertThat(value(result.form(), "securityOfficer")).isEqualTo("NO");
    }

    private static WorkbookFormReader.Result blind7(String form, String name) throws Exception {
        return wave(7, form, name);
    }

    /** A workbook of wave 6 (scored once as drawn on 2026-12-06, fourth session; a development set since). */
    private static WorkbookFormReader.Result blind6(String form, String name) throws Exception {
        return wave(6, form, name);
    }

    /** A workbook of wave 5 (scored once as drawn on 2026-12-06, fourth session; a development set since). */
    private static WorkbookFormReader.Result blind5(String form, String name) throws Exception {
        return wave(5, form, name);
    }

    /** A workbook of wave 4 (scored once as drawn on 2026-12-05, third session; a development set since). */
    private static WorkbookFormReader.Result blind4(String form, String name) throws Exception {
        return wave(4, form, name);
    }

    /** A workbook of wave 3 (scored once as drawn on 2026-12-05, a development set since). */
    private static WorkbookFormReader.Result blind3(String form, String name) throws Exception {
        return wave(3, form, name);
    }

    /** A workbook of the blind corpus's wave {@code n}. */
    private static WorkbookFormReader.Result wave(int n, String form, String name) throws Exception {
        return LabelDrivenReaderTest.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "../blind-corpus/corpus/wave" + n + "/" + form + "/" + name + ".xlsx")), form);
    }

    /**
     * A hospital's document list: its title, the header No. | 書類名 | 提出 | 備考 on line 3 and document 1 submitted on
     * line 4; the test writes the lines after it.
     */
    private static XSSFSheet documentList(XSSFWorkbook wb) {
        XSSFSheet s = wb.createSheet("提出書類一覧");
        put(s, "A1", "立入検査 サイバーセキュリティ対策関連書類 提出書類一覧");
        put(s, "A3", "No.");
        put(s, "B3", "書類名");
        put(s, "C3", "提出");
        put(s, "D3", "備考");
        put(s, "A4", "1");
        put(s, "B4", "チェックリスト（医療機関確認用）");
        put(s, "C4", "提出");
        return s;
    }

    /** A backup/VPN answer sheet with its title, question 8 answered はい and question 9's label (A4:B4), nothing after. */
    private static XSSFSheet vpnQuestions(XSSFWorkbook wb) {
        XSSFSheet s = wb.createSheet("回答");
        put(s, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査");
        put(s, "A3", "8");
        put(s, "B3", "VPN装置が存在するか");
        put(s, "C3", "はい");
        put(s, "A4", "9");
        put(s, "B4", "VPN装置のメーカー名、型番、台数を全て記載すること");
        return s;
    }

    /** Every submission of a workbook of the blind corpus's wave {@code n} (a survey export: one per row). */
    private static List<WorkbookFormReader.Result> waveAll(int n, String form, String name) throws Exception {
        byte[] xlsx = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "../blind-corpus/corpus/wave" + n + "/" + form + "/" + name + ".xlsx"));
        return WorkbookFormReader.readAll(WorkbookFormReader.prepare(io.github.medsecforms.xlsx.internal.grid.GridReader
                .read(xlsx, io.github.medsecforms.xlsx.ReadLimits.DEFAULT)),
                io.github.medsecforms.model.FormRegistry.get(form), Explain.NONE);
    }

    private static String value(Form form, String path) {
        Optional<Object> v = FormPaths.value(form, path);
        return v.map(String::valueOf).orElse("");
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

}
