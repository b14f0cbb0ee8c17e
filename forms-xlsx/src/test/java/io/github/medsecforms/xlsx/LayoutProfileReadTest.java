package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.supportrequest.DataUse;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.ProfileWorkbooks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading with a {@link LayoutProfile}: a variant's own label, its sheet names and, as a last resort, a cell — on
 * real workbooks written with POI, each read wrongly or not at all without the profile and right with it.
 */
class LayoutProfileReadTest {
    static final String CODE = ProfileWorkbooks.CODE;

    static Map<String, String> answers(String codeLabel) {
        return ProfileWorkbooks.supportRequest(codeLabel);
    }

    static byte[] book(Map<String, Map<String, String>> sheets, String... merged) {
        return ProfileWorkbooks.book(sheets, merged);
    }

    @Test
    void a_local_label_the_reader_cannot_place_is_read_with_a_profile_label_synonym() {
        byte[] workbook = book(Map.of("回答様式", answers("当院コード")));
        LayoutProfile profile = LayoutProfile.of("support-request").withName("香川県版")
                .withLabels("hospitalCode", "当院コード");

        ReadResult without = FormReader.create().read(workbook, "回答.xlsx");
        ReadExplanation with = FormReader.create().withProfile(profile).explain(workbook, "回答.xlsx");

        assertThat(((SupportRequest) without.form()).hospitalCode()).isEmpty();
        assertThat(without.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("MSF-IO-2002"); // no label found
            assertThat(f.path()).isEqualTo("hospitalCode");
        });
        SupportRequest read = (SupportRequest) with.result().form();
        assertThat(read.hospitalCode()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(CODE));
        assertThat(read.hospitalName()).isEqualTo("香川県立サンプル中央病院");
        assertThat(with.placed()).filteredOn(p -> p.path().equals("hospitalCode")).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("回答様式!B3");
            assertThat(p.how()).startsWith("layout profile label").contains("value to the right");
        });
        assertThat(with.unread()).noneSatisfy(p -> assertThat(p.value()).contains("当院コード"));
        assertThat(with.result().findings()).noneSatisfy(f -> assertThat(f.path()).isEqualTo("hospitalCode"));
    }

    @Test
    void the_shared_reading_vocabulary_is_not_changed_by_a_profile() {
        byte[] workbook = book(Map.of("回答様式", answers("当院コード")));
        FormReader.create().withProfile(LayoutProfile.of("support-request").withLabels("hospitalCode", "当院コード"))
                .read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) FormReader.create().read(workbook, "回答.xlsx").form()).hospitalCode()).isEmpty();
    }

    @Test
    void a_sheet_mapping_makes_the_named_sheet_the_form_s_sheet() {
        Map<String, String> lastYear = answers("医療機関コード");
        lastYear.put("B4", "昨年度の記入例病院");
        Map<String, Map<String, String>> sheets = new LinkedHashMap<>();
        sheets.put("回答様式", lastYear);
        sheets.put("回答様式 (2)", answers("医療機関コード"));
        byte[] workbook = book(sheets);
        LayoutProfile profile = LayoutProfile.of("support-request").withSheet("回答様式", "回答様式 (2)");

        ReadResult without = FormReader.create().read(workbook, "回答.xlsx");
        ReadResult with = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) without.form()).hospitalName()).isEqualTo("昨年度の記入例病院");
        assertThat(((SupportRequest) with.form()).hospitalName()).isEqualTo("香川県立サンプル中央病院");
        assertThat(with.origins().find("hospitalName").orElseThrow().sheet()).isEqualTo("回答様式 (2)");
    }

    @Test
    void a_profile_cell_is_read_and_explained_as_coming_from_the_profile() {
        Map<String, String> cells = answers("医療機関コード");
        cells.remove("A3");
        cells.remove("B3");
        cells.put("E1", CODE); // a box at the top right with no label at all
        byte[] workbook = book(Map.of("回答様式", cells), "E1:F1");
        LayoutProfile profile = LayoutProfile.of("support-request").withName("香川県版")
                .withCell("hospitalCode", "回答様式!F1"); // inside the merged box: its top-left cell is read

        ReadResult without = FormReader.create().read(workbook, "回答.xlsx");
        ReadExplanation with = FormReader.create().withProfile(profile).explain(workbook, "回答.xlsx");

        assertThat(((SupportRequest) without.form()).hospitalCode()).isEmpty();
        assertThat(((SupportRequest) with.result().form()).hospitalCode())
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(CODE));
        assertThat(with.result().origins().find("hospitalCode").orElseThrow().toString()).isEqualTo("回答様式!E1");
        assertThat(with.placed()).filteredOn(p -> p.path().equals("hospitalCode")).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("回答様式!E1");
            assertThat(p.how()).isEqualTo("layout profile cell (cells.hospitalCode of 香川県版)");
        });
        assertThat(with.unread()).noneSatisfy(p -> assertThat(p.value()).isEqualTo(CODE));
    }

    @Test
    void a_profile_cell_wins_over_a_label_and_its_value_is_checked_like_any_other() {
        Map<String, String> cells = answers("医療機関コード");
        cells.put("D3", "1234567890"); // the code the hospital meant, beside an old one; its check digit is wrong
        byte[] workbook = book(Map.of("回答様式", cells));
        LayoutProfile profile = LayoutProfile.of("support-request").withCell("hospitalCode", "回答様式!D3");

        ReadResult read = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) read.form()).hospitalCode()).isEmpty();
        assertThat(read.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).startsWith("MSF-VAL-");
            assertThat(f.location()).isEqualTo("回答様式!D3");
            assertThat(f.value()).contains("1234567890");
        });
    }

    @Test
    void a_profile_choice_wording_is_read_as_its_option() {
        Map<String, String> cells = answers("医療機関コード");
        cells.put("B8", "差し支えない");
        byte[] workbook = book(Map.of("回答様式", cells));
        LayoutProfile profile = LayoutProfile.of("support-request").withChoices("可", "差し支えない");

        ReadResult without = FormReader.create().read(workbook, "回答.xlsx");
        ReadResult with = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) without.form()).dataUse()).isEmpty();
        assertThat(((SupportRequest) with.form()).dataUse()).contains(DataUse.ALLOWED);
    }

    @Test
    void a_workbook_recognised_as_no_form_is_read_as_the_profile_s_form_when_it_has_the_profile_s_sheets() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("A1", "県独自 調査票");
        cells.put("A3", "当院コード");
        cells.put("B3", CODE);
        cells.put("A4", "施設の名前");
        cells.put("B4", "香川県立サンプル中央病院");
        cells.put("A5", "所在地の郵便番号");
        cells.put("B5", "760-8570");
        byte[] workbook = book(Map.of("県様式A", cells));
        LayoutProfile profile = LayoutProfile.of("support-request").withSheet("回答様式", "県様式A")
                .withLabels("hospitalCode", "当院コード").withLabels("hospitalName", "施設の名前")
                .withLabels("postalCode", "所在地の郵便番号");

        assertThatThrownBy(() -> FormReader.create().read(workbook, "県.xlsx")).isInstanceOfSatisfying(
                FormIoException.class, e -> assertThat(e.code()).isEqualTo("MSF-IO-2040"));
        ReadResult with = FormReader.create().withProfile(profile).read(workbook, "県.xlsx");

        SupportRequest read = (SupportRequest) with.form();
        assertThat(read.hospitalName()).isEqualTo("香川県立サンプル中央病院");
        assertThat(read.postalCode()).hasValueSatisfying(p -> assertThat(p.toString()).contains("760"));
        assertThat(read.hospitalCode()).isPresent();
    }

    @Test
    void a_sheet_named_like_an_aside_is_read_when_the_profile_names_it() {
        byte[] workbook = book(Map.of("記入例", answers("医療機関コード")));
        LayoutProfile profile = LayoutProfile.of("support-request").withSheet("回答様式", "記入例");

        assertThatThrownBy(() -> FormReader.create().read(workbook, "回答.xlsx")).isInstanceOfSatisfying(
                FormIoException.class, e -> assertThat(e.code()).isEqualTo("MSF-IO-2040"));
        ReadResult read = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) read.form()).hospitalName()).isEqualTo("香川県立サンプル中央病院");
        assertThat(read.origins().find("hospitalName").orElseThrow().sheet()).isEqualTo("記入例");
    }

    @Test
    void a_named_sheet_the_workbook_lacks_is_a_warning_and_the_sheet_is_found_as_without_the_profile() {
        byte[] workbook = book(Map.of("回答様式", answers("医療機関コード")));
        LayoutProfile profile = LayoutProfile.of("support-request").withName("香川県版").withSheet("回答様式", "回答");

        ReadResult read = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) read.form()).hospitalName()).isEqualTo("香川県立サンプル中央病院");
        assertThat(read.findings()).filteredOn(f -> f.ruleId().equals("MSF-IO-5101")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("香川県版", "「回答」", "「回答様式」");
            assertThat(f.message(java.util.Locale.ENGLISH)).contains("no sheet \"回答\"");
        });
    }

    @Test
    void a_cell_on_a_sheet_the_workbook_lacks_is_a_warning_and_the_field_is_read_by_its_label() {
        byte[] workbook = book(Map.of("回答様式", answers("医療機関コード")));
        LayoutProfile profile = LayoutProfile.of("support-request").withCell("hospitalCode", "別シート!C7");

        ReadResult read = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx");

        assertThat(((SupportRequest) read.form()).hospitalCode()).isPresent();
        assertThat(read.findings()).filteredOn(f -> f.ruleId().equals("MSF-IO-5102")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("hospitalCode");
            assertThat(f.message()).contains("cells「hospitalCode」", "「別シート」");
        });
    }

    @Test
    void a_workbook_of_another_form_is_read_without_the_profile_and_says_so() {
        byte[] survey = FormWriter.fill(SampleForms.full("line-device-survey")).bytes();
        LayoutProfile profile = LayoutProfile.of("support-request").withName("香川県版").withLabels("hospitalCode", "当院コード");

        ReadResult read = FormReader.create().withProfile(profile).read(survey, "回線.xlsx");
        ReadResult plain = FormReader.create().read(survey, "回線.xlsx");

        assertThat(read.formId()).isEqualTo("line-device-survey");
        assertThat(read.form()).usingRecursiveComparison().isEqualTo(plain.form());
        Finding note = read.findings().get(0);
        assertThat(note.ruleId()).isEqualTo("MSF-IO-5103");
        assertThat(note.severity()).isEqualTo(Severity.WARNING);
        assertThat(note.message()).contains("香川県版", "support-request", "line-device-survey");
        assertThat(read.findings().subList(1, read.findings().size())).isEqualTo(plain.findings());
    }

    @Test
    void a_form_asked_for_with_the_profile_s_sheets_present_is_read_with_the_profile() {
        byte[] workbook = book(Map.of("回答シート", answers("当院コード")));
        LayoutProfile profile = LayoutProfile.of("support-request").withSheet("回答様式", "回答シート")
                .withLabels("hospitalCode", "当院コード");

        ReadResult read = FormReader.create().withProfile(profile).read(workbook, "回答.xlsx", "support-request");

        assertThat(((SupportRequest) read.form()).hospitalCode()).isPresent();
        assertThat(FormReader.create().withProfile(profile).profile()).contains(profile);
        assertThat(FormReader.create().profile()).isEmpty();
    }

    @Test
    void a_filled_template_reads_the_same_with_an_empty_profile_of_its_form() {
        byte[] filled = FormWriter.fill(SampleForms.supportRequest()).bytes();

        ReadResult plain = FormReader.create().read(filled, "x.xlsx");
        ReadResult profiled = FormReader.create().withProfile(LayoutProfile.of("support-request")).read(filled, "x.xlsx");

        assertThat(profiled.form()).usingRecursiveComparison().isEqualTo(plain.form());
        assertThat(profiled.findings()).isEqualTo(plain.findings());
        assertThat(profiled.origins()).isEqualTo(plain.origins());
    }
}
