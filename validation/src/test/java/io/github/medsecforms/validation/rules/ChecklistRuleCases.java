package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.FormValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cases of the checklist rules, the same for the three forms (CLH, CLV, CLM), each a small change to the valid full
 * sample. In the samples row 1 is answered はい and row 2 いいえ (目標日 2025-01-01, 2回目 はい on 2024-12-01), all 1回目
 * on 2024-10-01; in {@code checklist-hospital} row 0 is the 前提 item.
 */
final class ChecklistRuleCases implements RuleCaseSource {
    private static final FiscalYear R7 = FiscalYear.reiwa(7);
    private static final LocalDate FIRST = LocalDate.of(2024, 10, 1);

    @Override
    public List<RuleCase> cases() {
        List<RuleCase> cases = new ArrayList<>();
        cases.addAll(common("CLH", SampleForms.hospitalChecklist(), "facilityName"));
        cases.addAll(common("CLV", SampleForms.vendorChecklist(), "vendorName"));
        cases.addAll(common("CLM", SampleForms.minimumChecklist(), "facilityName"));
        cases.addAll(versioned("CLH", SampleForms.hospitalChecklist(), "2-(20)"));
        cases.addAll(versioned("CLV", SampleForms.vendorChecklist(), "2-(17)"));
        cases.addAll(targetAfterTheYear("CLH", SampleForms.hospitalChecklist()));
        cases.addAll(targetAfterTheYear("CLV", SampleForms.vendorChecklist()));
        cases.addAll(unverified("CLH", SampleForms.hospitalChecklist()));
        cases.addAll(unverified("CLV", SampleForms.vendorChecklist()));
        cases.addAll(premise());
        cases.addAll(passwordGroup());
        cases.addAll(optionalItems());
        cases.addAll(reconstructedVendorItems());
        return cases;
    }

    /**
     * An optional item (one the sources do not confirm the form has: the vendor's per-device password item) is read
     * when a workbook has it and never asked for when it has not (docs/decisions.md D-54), nor the hospital's
     * network-device password item (D-84).
     */
    private static List<RuleCase> optionalItems() {
        VendorChecklist ok = SampleForms.vendorChecklist();
        Set<String> optional = ChecklistCatalogue.items("checklist-vendor", SampleForms.R6).stream()
                .filter(ChecklistItem::optional).map(ChecklistItem::id).collect(Collectors.toSet());
        List<ChecklistEntry> without = ok.entries().stream().filter(e -> !optional.contains(e.itemId())).toList();
        List<ChecklistEntry> withoutRequired = without.stream().filter(e -> !e.itemId().equals("2-(3)")).toList();
        HospitalChecklist hospital = SampleForms.hospitalChecklist();
        Set<String> hospitalOptional = new java.util.TreeSet<>(ChecklistCatalogue.items("checklist-hospital",
                SampleForms.R6).stream().filter(ChecklistItem::optional).map(ChecklistItem::id).toList());
        List<ChecklistEntry> hospitalWithout = hospital.entries().stream()
                .filter(e -> !hospitalOptional.contains(e.itemId())).toList();
        return List.of(
                passes("CLV-002", "任意の項目（機器別のパスワード " + String.join(", ", new java.util.TreeSet<>(optional))
                        + "）の行がない", set(ok, "entries", without)),
                triggers("CLV-002", "任意の項目がなく、必須の項目2-(3)の行もない", set(ok, "entries", withoutRequired)),
                passes("CLV-017", "任意の項目の行がないだけ", set(ok, "entries", without)),
                passes("CLH-002", "任意の項目（ネットワーク機器のパスワード " + String.join(", ", hospitalOptional)
                        + "）の行がない", set(hospital, "entries", hospitalWithout)),
                triggers("CLH-002", "任意の項目がなく、必須の項目2-(1)の行もない", set(hospital, "entries",
                        hospitalWithout.stream().filter(e -> !e.itemId().equals("2-(1)")).toList())));
    }

    /**
     * The vendor form's reconstructed items (all but 1-(1) and 2-(3), seed 004: 「これらの裏返しの対応」): a missing row is a
     * warning asking to compare with the form, never an error (docs/decisions.md D-78); a confirmed item's is an error.
     */
    private static List<RuleCase> reconstructedVendorItems() {
        VendorChecklist ok = SampleForms.vendorChecklist();
        List<ChecklistEntry> noBackup = ok.entries().stream().filter(e -> !e.itemId().equals("3-(2)")).toList();
        List<ChecklistEntry> noDisclosure = ok.entries().stream().filter(e -> !e.itemId().equals("2-(3)")).toList();
        return List.of(
                triggers("CLV-017", "再構成した項目3-(2)の行がない", set(ok, "entries", noBackup)),
                passes("CLV-002", "再構成した項目3-(2)の行がないのは誤りではない", set(ok, "entries", noBackup)),
                passes("CLV-017", "全項目の行がある", ok),
                passes("CLV-017", "資料で確認できる項目2-(3)の行がない（こちらは CLV-002）", set(ok, "entries", noDisclosure)),
                triggers("CLV-002", "資料で確認できる項目2-(3)の行がない", set(ok, "entries", noDisclosure)));
    }

    private static <F extends Form> List<RuleCase> common(String p, F ok, String header) {
        String yesId = entry(ok, 1).itemId();
        FormValidator december = FormValidator.builder().asOf(LocalDate.of(2024, 12, 15)).build();
        F overdue = set(set(ok, "entries[2].secondAnswer", null), "entries[2].secondDate", null);
        // a row the form is known to have (the vendor form's reconstructed items are CLV-017's, D-78)
        Set<String> unverified = ChecklistCatalogue.items(FormRegistry.describe(ok).id(), SampleForms.R6).stream()
                .filter(ChecklistItem::unverified).map(ChecklistItem::id).collect(Collectors.toSet());
        ChecklistEntry confirmed = p.equals("CLV")
                ? entries(ok).stream().skip(1).filter(e -> !unverified.contains(e.itemId())).findFirst().orElseThrow()
                : entry(ok, 2);
        return List.of(
                triggers(p + "-001", "ヘッダーの必須項目が空欄", set(ok, header, "")),
                passes(p + "-001", "ヘッダーあり（令和6年度版は確認日なしでよい）", ok),
                triggers(p + "-001", "項番が空欄", set(ok, "entries[1].itemId", "")),

                triggers(p + "-002", "項番" + confirmed.itemId() + "の行がない",
                        set(ok, "entries[-" + entries(ok).indexOf(confirmed) + "]", null)),
                passes(p + "-002", "全項目の行がある（順序違い）", set(set(ok, "entries[1]", entry(ok, 2)), "entries[2]", entry(ok, 1))),

                triggers(p + "-003", "版にない項番9-(9)", set(ok, "entries[1].itemId", "9-(9)")),
                passes(p + "-003", "全角で書いた項番 " + fullWidth(yesId), set(ok, "entries[1].itemId", fullWidth(yesId))),

                triggers(p + "-004", "項番" + yesId + "の行が2行", set(ok, "entries[+]", entry(ok, 1))),
                passes(p + "-004", "項番はすべて異なる", ok),

                triggers(p + "-005", "1回目の回答が空欄", set(ok, "entries[1].firstAnswer", null)),
                passes(p + "-005", "1回目の回答あり・2回目は空欄", overdue),

                triggers(p + "-006", "1回目の確認日が空欄", set(ok, "entries[1].firstDate", null)),
                passes(p + "-006", "1回目の確認日あり・2回目の確認日は空欄", overdue),

                triggers(p + "-007", "1回目「いいえ」で目標日が空欄", set(ok, "entries[2].targetDate", null)),
                passes(p + "-007", "1回目「はい」で目標日が空欄",
                        set(set(ok, "entries[2].targetDate", null), "entries[2].firstAnswer", YesNo.YES)),

                triggers(p + "-008", "目標日が1回目の確認日の前日", set(ok, "entries[2].targetDate", FIRST.minusDays(1))),
                passes(p + "-008", "目標日が1回目の確認日と同じ日（実施可能な直近の日）", set(ok, "entries[2].targetDate", FIRST)),
                passes(p + "-008", "目標日が1回目の確認日の翌日", set(ok, "entries[2].targetDate", FIRST.plusDays(1))),

                triggers(p + "-010", "2回目の確認日が1回目の前日", set(ok, "entries[2].secondDate", FIRST.minusDays(1))),
                passes(p + "-010", "2回目の確認日が1回目と同じ日", set(ok, "entries[2].secondDate", FIRST)),

                triggers(p + "-011", "1回目の確認日が基準日の翌日", set(ok, "entries[1].firstDate", RuleCase.AS_OF.plusDays(1))),
                triggers(p + "-011", "2回目の確認日が基準日の翌日", set(ok, "entries[2].secondDate", RuleCase.AS_OF.plusDays(1))),
                passes(p + "-011", "1回目の確認日が基準日当日", set(ok, "entries[1].firstDate", RuleCase.AS_OF)),
                passes(p + "-011", "目標日は基準日より後でよい", ok).with(december),

                triggers(p + "-012", "2回目の回答だけで確認日がない", set(ok, "entries[2].secondDate", null)),
                triggers(p + "-012", "2回目の確認日だけで回答がない", set(ok, "entries[2].secondAnswer", null)),
                passes(p + "-012", "2回目の回答も確認日もない", overdue),

                triggers(p + "-013", "1回目「はい」で目標日あり", set(ok, "entries[1].targetDate", LocalDate.of(2025, 1, 1))),
                passes(p + "-013", "1回目「いいえ」で目標日あり", ok),

                triggers(p + "-014", "目標日を過ぎて2回目の確認がない", overdue),
                passes(p + "-014", "目標日前で2回目の確認がない", overdue).with(december),
                passes(p + "-014", "目標日を過ぎて2回目の確認済み", ok));
    }

    /**
     * A target date after the fiscal year: a warning on the MHLW checklists (seed 004: the 令和6年度版 lists what is to
     * be done this year), nothing at all on the 最低限の措置編 (seed 001 asks for the earliest feasible date).
     */
    private static <F extends Form> List<RuleCase> targetAfterTheYear(String p, F ok) {
        return List.of(
                triggers(p + "-009", "目標日が翌年度の4月1日", set(ok, "entries[2].targetDate", LocalDate.of(2025, 4, 1))),
                passes(p + "-009", "目標日が年度末の3月31日", set(ok, "entries[2].targetDate", LocalDate.of(2025, 3, 31))));
    }

    /** Items that exist only in 令和7年度版, and the header 確認日 of 令和7年度版. */
    private static <F extends Form> List<RuleCase> versioned(String p, F r6, String r7Only) {
        String formId = FormRegistry.describe(r6).id();
        FormValidator r7Year = FormValidator.builder().asOf(LocalDate.of(2026, 3, 31)).build();
        F r7 = set(set(set(r6, "version", R7), "entries", SampleForms.entries(formId, R7)), "checkedOn",
                LocalDate.of(2025, 6, 1));
        return List.of(
                triggers(p + "-001", "令和7年度版で確認日が空欄", set(r7, "checkedOn", null)).with(r7Year),
                passes(p + "-001", "令和7年度版で確認日あり", r7).with(r7Year),
                triggers(p + "-003", "令和6年度版に令和7年度版の項番" + r7Only, set(r6, "entries[1].itemId", r7Only)),
                passes(p + "-003", "令和7年度版に項番" + r7Only, r7).with(r7Year),
                triggers(p + (p.equals("CLV") ? "-017" : "-002"), "令和7年度版で追加項目" + r7Only + "の行がない",
                        set(r7, "entries[-" + indexOf(SampleForms.entries(formId, R7), r7Only) + "]", null)).with(r7Year),
                triggers(p + "-011", "ヘッダーの確認日が基準日の翌日", set(r7, "checkedOn", LocalDate.of(2026, 4, 1))).with(r7Year),
                passes(p + "-011", "ヘッダーの確認日が基準日当日", set(r7, "checkedOn", LocalDate.of(2026, 3, 31))).with(r7Year));
    }

    private static int indexOf(List<ChecklistEntry> entries, String itemId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).itemId().equals(itemId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no entry " + itemId);
    }

    /** The one information about provisional wording: triggered by a row of an unverified item. */
    private static <F extends Form> List<RuleCase> unverified(String p, F ok) {
        String formId = FormRegistry.describe(ok).id();
        Set<String> unverified = ChecklistCatalogue.items(formId, SampleForms.R6).stream()
                .filter(ChecklistItem::unverified).map(ChecklistItem::id).collect(Collectors.toSet());
        List<ChecklistEntry> verifiedOnly = entries(ok).stream().filter(e -> !unverified.contains(e.itemId())).toList();
        return List.of(
                triggers(p + "-015", "文言が未確認の項目の行がある", ok),
                passes(p + "-015", "文言が確認済みの項目の行だけ", set(ok, "entries", verifiedOnly)));
    }

    /**
     * R7's password items (group {@code password}): the R7 wording beside R6's, which the sources cannot tell apart;
     * an answer to one answers the group, none is still missing.
     */
    private static List<RuleCase> passwordGroup() {
        FormValidator r7Year = FormValidator.builder().asOf(LocalDate.of(2026, 3, 31)).build();
        List<ChecklistEntry> all = SampleForms.entries("checklist-hospital", R7);
        Set<String> group = ChecklistCatalogue.items("checklist-hospital", R7).stream()
                .filter(i -> i.group().equals("password")).map(ChecklistItem::id).collect(Collectors.toSet());
        HospitalChecklist r7 = set(set(set(SampleForms.hospitalChecklist(), "version", R7), "checkedOn",
                LocalDate.of(2025, 6, 1)), "entries", all);
        List<ChecklistEntry> r7WordingOnly = all.stream()
                .filter(e -> !group.contains(e.itemId()) || e.itemId().equals("2-(17)")).toList();
        List<ChecklistEntry> none = all.stream().filter(e -> !group.contains(e.itemId())).toList();
        return List.of(
                passes("CLH-002", "令和7年度版でパスワードの項目を新しい文言（2-(17)）だけで回答",
                        set(r7, "entries", r7WordingOnly)).with(r7Year),
                triggers("CLH-002", "令和7年度版でパスワードの項目の行がどれもない", set(r7, "entries", none)).with(r7Year));
    }

    /** checklist-hospital's 前提 item: いいえ ⇒ nothing else needs answering. */
    private static List<RuleCase> premise() {
        HospitalChecklist ok = SampleForms.hospitalChecklist();
        HospitalChecklist declined = set(ok, "entries[0].firstAnswer", YesNo.NO);
        List<ChecklistEntry> blank = new ArrayList<>();
        blank.add(ok.entries().get(0));
        ok.entries().stream().skip(1).forEach(e -> blank.add(ChecklistEntry.blank(e.itemId())));
        HospitalChecklist declinedBlank = set(set(ok, "entries", blank), "entries[0].firstAnswer", YesNo.NO);
        HospitalChecklist declinedOnly = set(set(ok, "entries", List.of(ok.entries().get(0))), "entries[0].firstAnswer",
                YesNo.NO);
        HospitalChecklist blankRows = set(ok, "entries", blank);
        return List.of(
                triggers("CLH-016", "前提が「いいえ」", declined),
                passes("CLH-016", "前提が「はい」", ok),
                passes("CLH-001", "前提「いいえ」なら他の項目は空欄でよい", declinedBlank),
                passes("CLH-002", "前提「いいえ」なら他の項目の行がなくてよい", declinedOnly),
                triggers("CLH-002", "前提の行がない", set(ok, "entries[-0]", null)),
                passes("CLH-005", "前提「いいえ」なら他の項目の回答は空欄でよい", declinedBlank),
                triggers("CLH-005", "前提「はい」で他の項目の回答が空欄", blankRows),
                triggers("CLH-005", "前提の回答が空欄", set(ok, "entries[0].firstAnswer", null)),
                passes("CLH-006", "前提「いいえ」なら他の項目の確認日は空欄でよい", declinedBlank),
                triggers("CLH-006", "前提「いいえ」でも前提の確認日は必要", set(declinedBlank, "entries[0].firstDate", null)),
                passes("CLH-007", "前提「いいえ」なら「いいえ」の項目に目標日がなくてよい", set(declined, "entries[2].targetDate", null)),
                passes("CLH-007", "前提の「いいえ」に目標日は不要", declined),
                passes("CLH-014", "前提「いいえ」なら目標日を過ぎた項目の2回目はなくてよい",
                        set(set(declined, "entries[2].secondAnswer", null), "entries[2].secondDate", null)));
    }

    private static ChecklistEntry entry(Form form, int i) {
        return entries(form).get(i);
    }

    private static List<ChecklistEntry> entries(Form form) {
        if (form instanceof HospitalChecklist h) {
            return h.entries();
        }
        if (form instanceof VendorChecklist v) {
            return v.entries();
        }
        return ((MinimumChecklist) form).entries();
    }

    private static <F> F set(F form, String path, Object value) {
        return Mutate.set(form, path, value);
    }

    /** {@code 1-(1)} written with full-width digits and brackets, as some hand-filled forms do. */
    private static String fullWidth(String id) {
        StringBuilder sb = new StringBuilder();
        id.chars().forEach(ch -> sb.append(ch >= '!' && ch <= '~' ? (char) (ch - '!' + '！') : (char) ch));
        return sb.toString();
    }
}
