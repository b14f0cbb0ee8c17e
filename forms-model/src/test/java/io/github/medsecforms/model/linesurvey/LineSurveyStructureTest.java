package io.github.medsecforms.model.linesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structure of 別紙2-1 as the briefing shows it (seed 002): the line sheet's 回線名 and 回線の種類, the header
 * 回線と紐付くグローバルIPアドレス, the two (接続状況, IPアドレス, ポート番号) sets under 機器のポート情報, the block
 * ■申込内容の確認 holding 確認者名, and the real words where the seed's text has OCR noise.
 */
class LineSurveyStructureTest {
    private static final FormDescriptor FORM = FormRegistry.get("line-device-survey");

    private static TableDescriptor table(String path) {
        return FORM.sheets().stream().flatMap(s -> s.tables().stream()).filter(t -> t.path().equals(path))
                .findFirst().orElseThrow();
    }

    @Test
    void the_line_table_has_the_line_name_and_kind_among_the_line_information() {
        List<String> info = table("lines").columns().stream()
                .filter(c -> !c.groups().isEmpty() && c.groups().get(0).label().equals("回線情報"))
                .map(FieldDescriptor::label).toList();

        assertThat(info).contains("回線の種類", "回線サービス名", "回線ID", "回線事業者", "回線名");
    }

    @Test
    void the_global_address_columns_stand_under_the_header_of_the_line_s_global_ip_address() {
        List<String> under = table("lines").columns().stream()
                .filter(c -> !c.groups().isEmpty() && c.groups().get(0).label().equals("回線と紐付くグローバルIPアドレス"))
                .map(FieldDescriptor::qualifiedLabel).toList();

        assertThat(under).containsExactly(
                "回線と紐付くグローバルIPアドレス/通信形態",
                "回線と紐付くグローバルIPアドレス/グローバルIP利用",
                "回線と紐付くグローバルIPアドレス/固定IP/動的IP",
                "回線と紐付くグローバルIPアドレス/グローバルIPアドレス",
                "回線と紐付くグローバルIPアドレス/脆弱性診断当日記入欄/グローバルIP確認",
                "回線と紐付くグローバルIPアドレス/脆弱性診断当日記入欄/グローバルIPアドレス",
                "回線と紐付くグローバルIPアドレス/FQDN");
    }

    @Test
    void the_port_information_has_two_sets_of_status_address_and_port() {
        List<String> ports = table("ports").columns().stream()
                .filter(c -> !c.groups().isEmpty() && c.groups().get(0).label().equals("機器のポート情報"))
                .map(FieldDescriptor::label).toList();

        assertThat(ports).containsExactly("接続状況", "IPアドレス", "ポート番号", "接続状況", "IPアドレス", "ポート番号");
    }

    @Test
    void the_confirmer_s_name_is_in_the_block_of_the_application_check_after_the_contacts() {
        SheetDescriptor basic = FORM.sheet("基本情報記入シート").orElseThrow();
        List<String> blocks = new ArrayList<>();
        for (SheetDescriptor.Block b : basic.blocks()) {
            blocks.add(b instanceof FieldBlock fb ? fb.title() : ((TableBlock) b).table().label());
        }
        FieldBlock check = basic.blocks().stream().filter(FieldBlock.class::isInstance).map(FieldBlock.class::cast)
                .filter(b -> b.title().equals("■申込内容の確認")).findFirst().orElseThrow();
        FieldBlock customer = (FieldBlock) basic.blocks().get(0);

        assertThat(blocks).containsExactly("■お客様情報(医療機関情報)", "担当者", "■申込内容の確認");
        assertThat(check.fields()).extracting(FieldDescriptor::label).containsExactly("確認者名(医療機関のご担当者名)");
        assertThat(customer.fields()).extracting(FieldDescriptor::label).doesNotContain("確認者名(医療機関のご担当者名)");
    }

    @Test
    void labels_use_the_real_words_and_keep_the_ocr_noise_only_as_reading_synonyms() {
        List<String> shown = new ArrayList<>();
        List<String> synonyms = new ArrayList<>();
        for (FormDescriptor form : FormRegistry.forms()) {
            for (SheetDescriptor sheet : form.sheets()) {
                for (SheetDescriptor.Block b : sheet.blocks()) {
                    List<FieldDescriptor> fields = b instanceof FieldBlock fb ? fb.fields()
                            : ((TableBlock) b).table().columns();
                    if (b instanceof FieldBlock fb) {
                        shown.add(fb.title());
                        synonyms.addAll(fb.titleAliases());
                    }
                    for (FieldDescriptor f : fields) {
                        shown.add(f.qualifiedLabel());
                        synonyms.addAll(f.aliases());
                        f.groups().forEach(g -> synonyms.addAll(g.aliases()));
                    }
                }
            }
        }

        assertThat(shown).noneMatch(t -> t.contains("ご客様") || t.contains("シンクル") || t.contains("シングル"));
        assertThat(shown).contains("■お客様情報(医療機関情報)", "シンクラ利用", "シンクラ端末/FAT端末/端末ホスト名");
        assertThat(synonyms).contains("■ご客様情報(医療機関情報)", "シンクル端末/FAT端末", "シングル利用");
    }
}
