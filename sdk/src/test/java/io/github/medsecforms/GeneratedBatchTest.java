package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
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
import io.github.medsecforms.model.value.Prefecture;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prefecture's inbox of real workbooks (FormWriter): 200 support requests, 100 line surveys, 40 checklists and
 * two backup/VPN surveys, with resubmissions, copied codes and names, addresses copied from another hospital and a
 * checklist on last year's version planted among them; a hospital selection whose rows disagree with the support
 * requests; checklists whose 2-(2) contradicts the line survey of their hospital in another file; two Microsoft Forms
 * exports of one hospital's survey answer, ordered by their 完了時刻 against their files' times and names. Checked
 * through the front door one file at a time, then as a batch: every planted case of every BAT rule is found, and
 * nothing else.
 */
class GeneratedBatchTest {
    private static final Instant T0 = Instant.parse("2025-01-06T00:00:00Z");
    private static final FiscalYear R6 = FiscalYear.reiwa(6);
    private static final FiscalYear R7 = FiscalYear.reiwa(7);

    @TempDir
    static Path dir;

    /** The files in input order, with their modification times. */
    private static final Map<String, Instant> FILES = new LinkedHashMap<>();
    /** What must be found: "rule file". */
    private static final Set<String> PLANTED = new TreeSet<>();
    private static BatchReport batch;
    private static int minute;

    static HospitalCode code(int n) {
        String nine = String.format("37%d%06d", 1, 10000 + n);
        return HospitalCode.parse(nine + HospitalCode.checkDigit(nine));
    }

    static Form request(int n) {
        return request(code(n), "サンプル病院" + n);
    }

    static Form request(HospitalCode code, String name) {
        return Mutate.set(Mutate.set(SampleForms.supportRequest(), "hospitalCode", code), "hospitalName", name);
    }

    static Form survey(int n) {
        Form f = Mutate.set(SampleForms.lineDeviceSurvey(), "basicInfo.facilityName", "サンプル総合病院" + n);
        f = Mutate.set(f, "lines[0].globalIpAddress", Ipv4Address.parse("121.119." + n + ".1"));
        f = Mutate.set(f, "lines[0].fqdn", Fqdn.parse("vpn.h" + n + ".example.jp"));
        return Mutate.set(f, "lines[1].globalIpAddress", Ipv4Address.parse("203.141." + n + ".20"));
    }

    static Form checklist(String name, FiscalYear version, LocalDate checkedOn) {
        return new HospitalChecklist(version, name, Optional.ofNullable(checkedOn),
                SampleForms.entries("checklist-hospital", version));
    }

    /** A hospital checklist of this year whose item 2-(2) (remote maintenance confirmed) is answered {@code answer}. */
    static Form checklist22(String name, YesNo answer) {
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistEntry e : SampleForms.entries("checklist-hospital", R7)) {
            entries.add(e.itemId().equals("2-(2)") ? new ChecklistEntry(e.itemId(), Optional.of(answer), e.firstDate(),
                    e.targetDate(), e.secondAnswer(), e.secondDate(), e.remarks()) : e);
        }
        return new HospitalChecklist(R7, name, Optional.of(LocalDate.of(2025, 1, 20)), entries);
    }

    /** 香川県's selection of the hospitals {@code rows}: code and name of each. */
    static Form selection(List<Map.Entry<HospitalCode, String>> rows) {
        HospitalSelection sample = SampleForms.hospitalSelection();
        SelectedHospital like = sample.hospitals().get(0);
        List<SelectedHospital> hospitals = new ArrayList<>();
        for (var r : rows) {
            hospitals.add(new SelectedHospital(Optional.of(r.getKey()), r.getValue(), like.beds(), like.band(),
                    like.ehr(), like.reason()));
        }
        return new HospitalSelection(sample.version(), Optional.of(Prefecture.KAGAWA), sample.quotas(), hospitals);
    }

    /** A Microsoft Forms export of the offline backup survey: the tool's columns, then one hospital's answer. */
    static void export(String name, String hospital, LocalDateTime completed, Instant modified) throws IOException {
        List<String> header = List.of("ID", "開始時刻", "完了時刻", "メール", "名前", "病院名", "患者数",
                "電子カルテのオフラインバックアップの現状", "本事業での支援の意向", "バックアップの保存先", "備考");
        List<Object> row = List.of(1, completed.minusMinutes(7).toString(), completed.toString(), "anonymous", "",
                hospital, 1200, "オフラインバックアップ未実施", "サーバ・物品を年度内に調達して新設する", "院内の物理媒体", "");
        Path file = dir.resolve(name);
        Files.write(file, TableWorkbook.write(List.of(new TableWorkbook.Table("Sheet1", header, List.of(row)))));
        Files.setLastModifiedTime(file, FileTime.from(modified));
        FILES.put(name, modified);
    }

    static void write(String name, Form form) throws IOException {
        write(name, form, T0.plusSeconds(60L * minute++));
    }

    static void write(String name, Form form, Instant modified) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, FormWriter.fill(form).bytes());
        Files.setLastModifiedTime(file, FileTime.from(modified));
        FILES.put(name, modified);
    }

    @BeforeAll
    static void inbox() throws IOException {
        for (int n = 0; n < 200; n++) {
            write("sr-" + n + ".xlsx", request(n));
        }
        for (int n = 0; n < 100; n++) {
            write("lds-" + n + ".xlsx", survey(n));
        }
        for (int n = 0; n < 40; n++) {
            write("cl-" + n + ".xlsx", checklist("サンプル病院" + n, R7, LocalDate.of(2025, 1, 10)));
        }
        write("bvs-1.xlsx", SampleForms.backupVpnSurvey());
        write("bvs-2.xlsx", SampleForms.backupVpnSurvey());

        // resubmissions: the corrected file is newer (modification time); the older one is flagged
        for (int n : new int[] {5, 50, 120}) {
            write("sr-" + n + "_修正版.xlsx", request(n));
            PLANTED.add("BAT-001 sr-" + n + ".xlsx");
        }
        write("sr-77_修正版.xlsx", request(77));
        write("sr-77_再修正版.xlsx", request(77));
        PLANTED.add("BAT-001 sr-77.xlsx");
        PLANTED.add("BAT-001 sr-77_修正版.xlsx");
        // the same code with another name: a conflict, and a second submission of that code
        write("sr-別名.xlsx", request(code(30), "みなと別名病院"));
        PLANTED.add("BAT-002 sr-別名.xlsx");
        PLANTED.add("BAT-001 sr-30.xlsx");
        // the same name (written with a corporate prefix and a full-width space) with another code
        write("sr-別コード.xlsx", request(code(900), "医療法人　サンプル病院40"));
        PLANTED.add("BAT-003 sr-別コード.xlsx");
        // line surveys: another hospital's global address and FQDN copied; a resubmission keeps its own addresses
        write("lds-60-copy.xlsx", Mutate.set(survey(160), "lines[0].globalIpAddress", Ipv4Address.parse("121.119.10.1")));
        PLANTED.add("BAT-004 lds-60-copy.xlsx");
        write("lds-70-copy.xlsx", Mutate.set(survey(170), "lines[0].fqdn", Fqdn.parse("vpn.h20.example.jp")));
        PLANTED.add("BAT-004 lds-70-copy.xlsx");
        write("lds-15_修正版.xlsx", survey(15));
        PLANTED.add("BAT-001 lds-15.xlsx");
        // a checklist resubmitted with a later 確認日 but an older file: the date in the form decides
        write("cl-3_再確認.xlsx", checklist("サンプル病院3", R7, LocalDate.of(2025, 2, 1)), T0.minusSeconds(3600));
        PLANTED.add("BAT-001 cl-3.xlsx");
        // last year's checklist among this year's
        write("cl-前年度.xlsx", checklist("前年度病院", R6, null));
        PLANTED.add("BAT-005 cl-前年度.xlsx");
        // the selection of 香川県: one row as the support request has it, one with another name for the code, one
        // with another code for the name (BAT-002 and BAT-003 over the selection's rows)
        write("選定.xlsx", selection(List.of(Map.entry(code(1), "サンプル病院1"), Map.entry(code(2), "サンプル病院2分院"),
                Map.entry(code(901), "サンプル病院3"))));
        PLANTED.add("BAT-002 選定.xlsx");
        PLANTED.add("BAT-003 選定.xlsx");
        // checklists of the line surveys' hospitals in files of their own: 2-(2) いいえ against a リモート保守 line
        // (BAT-006), answered はい, against a survey without one, against the newest of a resubmitted survey only
        write("cl-総合5.xlsx", checklist22("医療法人 サンプル総合病院5", YesNo.NO));
        PLANTED.add("BAT-006 cl-総合5.xlsx");
        write("cl-総合6.xlsx", checklist22("サンプル総合病院6", YesNo.YES));
        write("lds-保守なし.xlsx", Mutate.set(survey(180), "lines[1].purpose", "画像連携"));
        write("cl-総合180.xlsx", checklist22("サンプル総合病院180", YesNo.NO));
        write("cl-総合15.xlsx", checklist22("サンプル総合病院15", YesNo.NO));
        PLANTED.add("BAT-006 cl-総合15.xlsx");
        // one hospital answered the Forms survey twice: the 完了時刻 decides against the files' times and names
        export("obi-1.xlsx", "サンプル総合病院1", LocalDateTime.of(2024, 8, 28, 17, 40, 5), T0.minusSeconds(7200));
        export("obi-1_再回答.xlsx", "サンプル総合病院1", LocalDateTime.of(2024, 8, 20, 9, 15, 0), T0.plusSeconds(86_400));
        PLANTED.add("BAT-001 obi-1_再回答.xlsx");

        WorkbookChecker checker = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31)).maxFindings(10_000));
        List<BatchEntry> entries = new ArrayList<>();
        for (var e : FILES.entrySet()) {
            Path file = dir.resolve(e.getKey());
            var checked = checker.readAndCheck(file);
            entries.add(WorkbookChecker.batchEntry(checked.read(),
                    Optional.of(Files.getLastModifiedTime(file).toInstant())));
        }
        batch = checker.checkBatch(entries, List.of());
    }

    @Test
    void every_planted_case_is_found_and_nothing_else() {
        Set<String> found = new TreeSet<>();
        for (Finding f : batch.findings().findings()) {
            found.add(f.ruleId() + " " + f.file());
        }
        assertThat(batch.findings().truncated()).isFalse();
        assertThat(found).isEqualTo(PLANTED);
        assertThat(batch.submissions()).isEqualTo(FILES.size());
    }

    @Test
    void findings_point_at_the_cells_and_name_the_other_file() {
        Finding ip = batch.findings().findings().stream()
                .filter(f -> f.file().equals("lds-60-copy.xlsx")).findFirst().orElseThrow();
        assertThat(ip.origin()).isPresent();
        assertThat(ip.message()).contains("121.119.10.1", "lds-10.xlsx", "サンプル総合病院10");
        Finding code = batch.findings().findings().stream()
                .filter(f -> f.file().equals("sr-別名.xlsx")).findFirst().orElseThrow();
        assertThat(code.origin()).isPresent();
        assertThat(code.message()).contains("sr-30.xlsx", "サンプル病院30", "みなと別名病院");
    }

    @Test
    void a_selection_row_is_flagged_at_its_own_cell_naming_the_support_request() {
        Finding name = only("BAT-002", "選定.xlsx");
        assertThat(name.path()).isEqualTo("hospitals[1].hospitalName");
        assertThat(name.origin()).isPresent();
        assertThat(name.message()).contains(code(2).value(), "サンプル病院2分院", "sr-2.xlsx", "「サンプル病院2」");
        Finding code = only("BAT-003", "選定.xlsx");
        assertThat(code.path()).isEqualTo("hospitals[2].hospitalCode");
        assertThat(code.origin()).isPresent();
        assertThat(code.message()).contains("サンプル病院3", code(901).value(), "sr-3.xlsx", code(3).value());
    }

    @Test
    void a_checklist_contradicting_its_hospitals_line_survey_names_both_files_and_cells() {
        Finding five = only("BAT-006", "cl-総合5.xlsx");
        assertThat(five.path()).endsWith(".firstAnswer");
        assertThat(five.origin()).isPresent();
        assertThat(five.message()).contains("lds-5.xlsx", "サンプル総合病院5", "回線・機器情報記入シート!");
        assertThat(five.message(java.util.Locale.ENGLISH)).contains("lds-5.xlsx", "remote-maintenance");
        // the resubmitted survey: compared with the newest only
        assertThat(only("BAT-006", "cl-総合15.xlsx").message()).contains("lds-15_修正版.xlsx")
                .doesNotContain("lds-15.xlsx");
    }

    @Test
    void the_completion_time_of_the_survey_tool_decides_against_the_files_times_and_names() {
        assertThat(batch.superseded()).filteredOn(s -> s.formId().equals("offline-backup-intent")).singleElement()
                .satisfies(s -> {
                    assertThat(s.file()).isEqualTo("obi-1_再回答.xlsx");
                    assertThat(s.newer()).isEqualTo("obi-1.xlsx");
                    assertThat(s.reason()).contains("完了時刻", "2024-08-20 09:15:00", "2024-08-28 17:40:05");
                });
    }

    private static Finding only(String rule, String file) {
        List<Finding> found = batch.findings().findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.file().equals(file)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void the_superseded_files_are_the_duplicates_and_the_newest_is_kept() {
        assertThat(batch.superseded()).extracting(BatchReport.Superseded::file).containsExactlyInAnyOrder(
                "sr-5.xlsx", "sr-50.xlsx", "sr-120.xlsx", "sr-77.xlsx", "sr-77_修正版.xlsx", "sr-30.xlsx",
                "lds-15.xlsx", "cl-3.xlsx", "obi-1_再回答.xlsx");
        assertThat(batch.superseded()).filteredOn(s -> s.file().equals("sr-77.xlsx"))
                .extracting(BatchReport.Superseded::newer).containsExactly("sr-77_再修正版.xlsx");
        assertThat(batch.superseded()).filteredOn(s -> s.file().equals("cl-3.xlsx")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("確認日"));
    }

    @Test
    void the_summary_counts_each_form() {
        assertThat(batch.forms()).contains(
                new BatchReport.FormSummary("support-request", 207, 201, 0, 6, 2),
                new BatchReport.FormSummary("line-device-survey", 104, 103, 0, 1, 2),
                new BatchReport.FormSummary("checklist-hospital", 46, 45, 0, 1, 3),
                new BatchReport.FormSummary("backup-vpn-survey", 2, 0, 2, 0, 0),
                new BatchReport.FormSummary("hospital-selection", 1, 1, 0, 0, 2),
                new BatchReport.FormSummary("offline-backup-intent", 2, 1, 0, 1, 0));
    }

    @Test
    void the_latest_view_drops_the_duplicates_and_keeps_the_conflicts() {
        BatchReport latest = batch.latest();
        assertThat(latest.findings().findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("BAT-002", "BAT-003", "BAT-004", "BAT-004", "BAT-005", "BAT-002", "BAT-003",
                        "BAT-006", "BAT-006");
        assertThat(latest.submissions()).isEqualTo(FILES.size() - 9);
    }
}
