package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FormRegistryTest {

    @Test
    void lists_the_nine_forms_of_the_catalogue_in_order() {
        assertThat(FormRegistry.forms()).extracting(FormDescriptor::id).containsExactly(
                "support-request", "hospital-selection", "line-device-survey", "backup-vpn-survey",
                "offline-backup-intent", "checklist-hospital", "checklist-vendor", "checklist-minimum",
                "inspection-documents");
    }

    @Test
    void every_form_has_a_japanese_title_a_version_and_at_least_one_sheet_with_fields() {
        for (FormDescriptor form : FormRegistry.forms()) {
            assertThat(form.title()).as(form.id()).matches(".*[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}].*");
            assertThat(form.versions()).as(form.id()).isNotEmpty();
            assertThat(form.sheets()).as(form.id()).isNotEmpty();
            assertThat(form.sheets().stream().mapToInt(s -> s.fields().size() + s.tables().size()).sum())
                    .as(form.id()).isPositive();
        }
    }

    @Test
    void line_device_survey_has_the_official_sheets_and_never_the_password_list() {
        FormDescriptor lds = FormRegistry.get("line-device-survey");
        assertThat(lds.sheetNames()).containsExactly("基本情報記入シート", "回線・機器情報記入シート", "調査端末情報記入シート",
                "設置場所記入シート");
        assertThat(lds.sheetNames()).noneMatch(n -> n.contains("パスワード"));
        assertThat(FormRegistry.credentialList().sheetNames()).containsExactly("アカウント(ログインID)・パスワードリスト");
        assertThat(FormRegistry.forms()).extracting(FormDescriptor::type).doesNotContain(CredentialList.class);
    }

    @Test
    void two_row_headers_carry_their_group_and_required_mark() {
        TableDescriptor lines = FormRegistry.get("line-device-survey").sheet("回線・機器情報記入シート").orElseThrow()
                .tables().get(0);
        FieldDescriptor scan = lines.columns().stream().filter(c -> c.path().equals("vulnerabilityScan")).findFirst()
                .orElseThrow();
        assertThat(scan.qualifiedLabel()).isEqualTo("調査希望/脆弱性診断");
        assertThat(scan.required()).isTrue();
        assertThat(scan.choices()).containsExactly("調査希望あり", "調査希望なし");
        assertThat(lines.rowLabel(2)).isEqualTo("回線2");
        assertThat(lines.exampleRow()).isTrue();
    }

    @Test
    void groups_pass_their_required_mark_to_their_fields() {
        FormDescriptor form = FormRegistry.get("support-request");
        var fields = form.sheets().get(0).fields();
        assertThat(fields).filteredOn(f -> f.path().equals("contact1.name")).singleElement()
                .satisfies(f -> {
                    assertThat(f.required()).isTrue();
                    assertThat(f.qualifiedLabel()).isEqualTo("担当者①/氏名");
                });
        assertThat(fields).filteredOn(f -> f.path().equals("contact3.name")).singleElement()
                .satisfies(f -> assertThat(f.required()).isFalse());
        assertThat(form.requiredMark()).isEqualTo("【必須】");
    }

    @Test
    void checklists_support_r6_and_r7_and_fields_know_their_first_version() {
        FormDescriptor form = FormRegistry.get("checklist-hospital");
        assertThat(form.versions()).containsExactly(FiscalYear.reiwa(6), FiscalYear.reiwa(7));
        FieldDescriptor checkedOn = form.sheets().get(0).fields().stream()
                .filter(f -> f.path().equals("checkedOn")).findFirst().orElseThrow();
        assertThat(checkedOn.appliesTo(FiscalYear.reiwa(6))).isFalse();
        assertThat(checkedOn.appliesTo(FiscalYear.reiwa(7))).isTrue();
    }

    @Test
    void an_unknown_id_names_the_known_ones() {
        assertThatThrownBy(() -> FormRegistry.get("nope"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nope").hasMessageContaining("support-request");
    }
}
