package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A layout profile is checked against its form when it is made: what the form does not have is named and refused. */
class LayoutProfileTest {

    @Test
    void a_profile_of_a_form_keeps_its_entries_in_order_with_the_form_s_own_names() {
        LayoutProfile p = LayoutProfile.of("support-request").withName("香川県 回答様式")
                .withSheet("回答様式", "回答")
                .withLabels("hospitalCode", "当院コード", "院内コード")
                .withLabels("contact1", "担当者（主）")
                .withChoices("はい", "該当する")
                .withCell("phoneNumber", "回答!$d$12");

        assertThat(p.form().id()).isEqualTo("support-request");
        assertThat(p.sheets()).containsExactly(Map.entry("回答様式", "回答"));
        assertThat(p.labels()).containsOnlyKeys("hospitalCode", "contact1");
        assertThat(p.labels().get("hospitalCode")).containsExactly("当院コード", "院内コード");
        assertThat(p.choices()).containsExactly(Map.entry("はい", List.of("該当する")));
        assertThat(p.cells().get("phoneNumber")).isEqualTo(new LayoutProfile.CellAddress("回答", "D12"));
        assertThat(p.isEmpty()).isFalse();
        assertThat(LayoutProfile.of("support-request").isEmpty()).isTrue();
    }

    @Test
    void its_maps_are_immutable_and_never_null() {
        LayoutProfile p = new LayoutProfile(null, null, "line-device-survey", null, null, null, null);

        assertThat(p.name()).isEmpty();
        assertThat(p.sheets()).isEmpty();
        assertThatThrownBy(() -> p.labels().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LayoutProfile.of("support-request").withLabels("hospitalCode", "x").labels()
                .get("hospitalCode").add("y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void table_columns_groups_and_tables_are_paths_labels_may_name() {
        LayoutProfile p = LayoutProfile.of("line-device-survey")
                .withLabels("lines", "回線一覧")
                .withLabels("lines[].globalIpAddress", "固定グローバルIP");

        assertThat(p.labels()).containsOnlyKeys("lines", "lines[].globalIpAddress");
        assertThat(LayoutProfile.labelPaths(FormRegistry.get("support-request"))).contains("contact2", "contact2.email");
    }

    @Test
    void a_sheet_name_or_an_option_is_matched_to_the_form_s_whatever_its_width() {
        LayoutProfile p = LayoutProfile.of("support-request").withSheet("回答様式 ", "Sheet1").withChoices(" は い　", "○印");

        assertThat(p.sheets()).containsOnlyKeys("回答様式");
        assertThat(p.choices()).containsOnlyKeys("はい");
    }

    @Test
    void a_cell_address_reads_quoted_sheet_names_and_says_itself_back() {
        LayoutProfile.CellAddress quoted = LayoutProfile.CellAddress.parse("'回答 様式(県)'!c7");
        LayoutProfile.CellAddress apostrophe = LayoutProfile.CellAddress.parse("'Tom''s'!A1");

        assertThat(quoted).isEqualTo(new LayoutProfile.CellAddress("回答 様式(県)", "C7"));
        assertThat(quoted.toString()).isEqualTo("'回答 様式(県)'!C7");
        assertThat(apostrophe.sheet()).isEqualTo("Tom's");
        assertThat(LayoutProfile.CellAddress.parse(apostrophe.toString())).isEqualTo(apostrophe);
        assertThat(new LayoutProfile.CellAddress("回答", "XFD1048576").cell()).isEqualTo("XFD1048576");
    }

    @Test
    void an_unknown_or_missing_form_is_refused_naming_the_known_ones() {
        assertCoded(() -> LayoutProfile.of("support-requests"), "MSF-IO-5011", "form", "support-request");
        assertCoded(() -> LayoutProfile.of(" "), "MSF-IO-5010", "form", "line-device-survey");
    }

    @Test
    void a_sheet_the_form_does_not_have_is_refused_naming_the_entry_and_the_form_s_sheets() {
        assertCoded(() -> LayoutProfile.of("support-request").withSheet("回答", "Sheet1"), "MSF-IO-5012",
                "sheets.回答", "回答様式");
    }

    @Test
    void a_label_path_the_form_does_not_have_is_refused_naming_the_entry() {
        assertCoded(() -> LayoutProfile.of("support-request").withLabels("hospitalcode", "当院コード"), "MSF-IO-5013",
                "labels.hospitalcode", "docs/forms/support-request.md");
        assertCoded(() -> LayoutProfile.of("line-device-survey").withLabels("lines.globalIpAddress", "IP"),
                "MSF-IO-5013", "labels.lines.globalIpAddress", "[]");
    }

    @Test
    void an_option_the_form_does_not_offer_is_refused_listing_its_options() {
        assertCoded(() -> LayoutProfile.of("support-request").withChoices("調査希望あり", "希望"), "MSF-IO-5014",
                "choices.調査希望あり", "はい");
    }

    @Test
    void a_cell_is_allowed_only_for_a_single_field_and_only_as_sheet_and_cell() {
        assertCoded(() -> LayoutProfile.of("line-device-survey").withCell("lines[].globalIpAddress", "回線!C7"),
                "MSF-IO-5015", "cells.lines[].globalIpAddress", "labels");
        assertCoded(() -> LayoutProfile.of("support-request").withCell("hospitalCode", "C7"), "MSF-IO-5016",
                "cells.hospitalCode", "シート名!C7");
        assertCoded(() -> LayoutProfile.of("support-request").withCell("hospitalCode", "回答!ZZZZ1"), "MSF-IO-5016",
                "cells.hospitalCode", "ZZZZ1");
        assertCoded(() -> LayoutProfile.of("support-request").withCell("hospitalCode", "回答!XFE1"), "MSF-IO-5016",
                "cells.hospitalCode", "XFE1");
    }

    @Test
    void an_empty_wording_or_sheet_name_and_an_oversized_one_are_refused() {
        assertCoded(() -> LayoutProfile.of("support-request").withLabels("hospitalCode", " "), "MSF-IO-5008",
                "labels.hospitalCode", "labels.hospitalCode");
        assertCoded(() -> LayoutProfile.of("support-request").withLabels("hospitalCode", "※"), "MSF-IO-5008",
                "labels.hospitalCode", "labels.hospitalCode");
        assertCoded(() -> LayoutProfile.of("support-request").withLabels("hospitalCode"), "MSF-IO-5008",
                "labels.hospitalCode", "labels.hospitalCode");
        assertCoded(() -> LayoutProfile.of("support-request").withSheet("回答様式", ""), "MSF-IO-5008",
                "sheets.回答様式", "sheets.回答様式");
        assertCoded(() -> LayoutProfile.of("support-request").withLabels("hospitalCode", "コ".repeat(201)),
                "MSF-IO-5007", "labels.hospitalCode", "200");
    }

    @Test
    void too_many_entries_are_refused() {
        String[] words = new String[LayoutProfile.MAX_ENTRIES + 1];
        for (int i = 0; i < words.length; i++) {
            words[i] = "名称" + i;
        }
        assertCoded(() -> LayoutProfile.of("support-request").withLabels("hospitalName", words), "MSF-IO-5006",
                null, "2001");
    }

    @Test
    void every_profile_message_is_japanese_by_default_and_english_when_asked() {
        FormIoException e = org.junit.jupiter.api.Assertions.assertThrows(FormIoException.class,
                () -> LayoutProfile.of("support-request").withLabels("nope", "x"));

        assertThat(e.getMessage()).startsWith("MSF-IO-5013: レイアウトプロファイルの labels「nope」").contains("場所: labels.nope");
        assertThat(e.getMessage(Locale.ENGLISH)).startsWith("MSF-IO-5013: The layout profile's labels entry \"nope\"");
    }

    private static void assertCoded(ThrowingCallable call, String code, String entry, String inMessage) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FormIoException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (entry != null) {
                assertThat(e.path()).contains(entry);
            }
            assertThat(e.getMessage()).contains(inMessage);
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith(code + ": ").doesNotContainPattern("\\{[0-9]");
        });
    }
}
