package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.value.FiscalYear;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rules of the three checklists ({@code checklist-hospital} CLH, {@code checklist-vendor} CLV, {@code checklist-minimum}
 * CLM), written once and registered under each prefix with the same numbers (CATALOGUE.md §6, seeds 001 and 004). The
 * items of a version come from {@link ChecklistCatalogue}; a rule about data that no version of a form has (the 前提
 * item, unverified wording) is registered only for the forms whose item resources have it.
 */
final class ChecklistRules {
    /** Seed 001's note on the 最低限の措置編: a target date for every いいえ. */
    private static final String TARGET_001 = "1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください";
    /** Seed 004 on the MHLW checklists: a target date for every shortcoming. */
    private static final String TARGET_004 = "不備がある場合には「いつまでに完了するのか」の目標日を設定し";

    private ChecklistRules() {
    }

    static List<Rule<?>> rules() {
        List<Rule<?>> rules = new ArrayList<>();
        rules.addAll(of(HospitalChecklist.class, "CLH", HospitalChecklist::entries, HospitalChecklist::checkedOn));
        rules.addAll(of(VendorChecklist.class, "CLV", VendorChecklist::entries, VendorChecklist::checkedOn));
        rules.addAll(of(MinimumChecklist.class, "CLM", MinimumChecklist::entries, f -> Optional.empty()));
        return rules;
    }

    /**
     * The rules of one checklist form; {@code checkedOn} is the header 確認日 (R7), empty where the form has none. The
     * 最低限の措置編 is quoted from its own text (seed 001); the MHLW checklists, whose forms are not among the seeds,
     * from what seed 004 reports of them.
     */
    static <F extends Form> List<Rule<?>> of(Class<F> type, String prefix, Function<F, List<ChecklistEntry>> entries,
                                             Function<F, Optional<LocalDate>> checkedOn) {
        boolean minimum = type.equals(MinimumChecklist.class);
        // the vendor form's items other than 1-(1) and 2-(3) are our reconstruction (seed 004: 「これらの裏返しの対応」):
        // whether the form has them at all is unconfirmed, so a missing row is a warning, never an error (D-78)
        boolean vendor = type.equals(VendorChecklist.class);
        String formId = FormRegistry.describe(type).id();
        List<FiscalYear> versions = FormRegistry.describe(type).versions();
        boolean anyPremise = versions.stream()
                .anyMatch(v -> ChecklistCatalogue.items(formId, v).stream().anyMatch(ChecklistItem::premise));
        boolean anyUnverified = versions.stream()
                .anyMatch(v -> ChecklistCatalogue.items(formId, v).stream().anyMatch(ChecklistItem::unverified));
        Function<F, View> view = f -> View.of(formId, f.version(), entries.apply(f));

        List<Rule<?>> rules = new ArrayList<>();
        rules.add(RequiredRule.of(type, prefix + "-001", Set.of("entries.firstAnswer", "entries.firstDate"),
                Basis.ourDesign("チェックリストの様式に必須の印はなく、ヘッダー（医療機関名など）と項番に印を付けている")));
        rules.add(Rule.of(type, prefix + "-002", ERROR, Stage.STRUCTURE,
                "版の全項目について確認結果を記入する様式",
                minimum ? Basis.seed("001", "本チェックリストの項目について直ちに確認を行い")
                        : Basis.seed("004", "これらの事項について、各医療機関においてチェックを実施"),
                "項番2-(3)の行がない", (f, c) -> {
                    View v = view.apply(f);
                    for (ChecklistItem item : missing(v)) {
                        if (!(vendor && item.unverified())) {
                            c.report("entries", item.id(), item.text(), f.version().label(), f.version().code());
                        }
                    }
                }));
        rules.add(Rule.of(type, prefix + "-003", ERROR, Stage.STRUCTURE,
                "項目は版ごとに定められている（令和7年度版で追加された項目は令和6年度版にない）",
                Basis.ourDesign("項目は版ごとのデータ（docs/decisions.md D-05）で、版にない項番は版か項番の誤り"),
                "令和6年度版の様式に項番2-(20)の行がある", (f, c) -> {
                    View v = view.apply(f);
                    if (v.items().isEmpty()) {
                        return; // a version without an item resource: nothing to compare against
                    }
                    for (int i = 0; i < v.entries().size(); i++) {
                        String id = v.entries().get(i).itemId();
                        if (!id.isBlank() && v.item(id).isEmpty()) {
                            c.reportValue("entries[" + i + "].itemId", id, f.version().label(), f.version().code());
                        }
                    }
                }));
        rules.add(Rule.of(type, prefix + "-004", ERROR, Stage.STRUCTURE,
                "各項目の確認結果は1行に記入する",
                Basis.ourDesign("同じ項番の2行は、どちらの確認結果が正しいか決められない"),
                "項番1-(1)の行が2行ある", (f, c) -> {
                    List<ChecklistEntry> rows = entries.apply(f);
                    Map<String, Integer> seen = new HashMap<>();
                    for (int i = 0; i < rows.size(); i++) {
                        String k = key(rows.get(i).itemId());
                        Integer first = k.isEmpty() ? null : seen.putIfAbsent(k, i);
                        if (first != null) {
                            c.reportValue("entries[" + i + "].itemId", rows.get(i).itemId(), first + 1);
                        }
                    }
                }));
        rules.add(Rule.of(type, prefix + "-005", ERROR, Stage.REQUIRED,
                "各項目の1回目の確認結果（はい・いいえ）を記入する。立入検査時に確認される",
                minimum ? Basis.seed("001", "はい・いいえ (/)", "立入検査時、本チェックリストを確認します")
                        : Basis.seed("004", "(2)の立ち入り検査の際に、チェックリストの確認がなされます"),
                "項番2-(1)の1回目の回答が空欄", (f, c) -> eachAnswerable(view.apply(f), (i, e) -> {
                    if (e.firstAnswer().isEmpty()) {
                        c.report("entries[" + i + "].firstAnswer", name(e));
                    }
                })));
        rules.add(Rule.of(type, prefix + "-006", ERROR, Stage.REQUIRED,
                "各項目の1回目の確認日を記入する。立入検査時に確認される",
                minimum ? Basis.seed("001", "確認結果 (日付)", "立入検査時、本チェックリストを確認します")
                        : Basis.ourDesign("厚生労働省の様式は資料にないが、確認日は立入検査で確認される（CATALOGUE.md §6）")
                                .and("004", "(2)の立ち入り検査の際に、チェックリストの確認がなされます"),
                "項番2-(1)の1回目の確認日が空欄", (f, c) -> eachAnswerable(view.apply(f), (i, e) -> {
                    if (e.firstDate().isEmpty()) {
                        c.report("entries[" + i + "].firstDate", name(e));
                    }
                })));
        rules.add(Rule.of(type, prefix + "-007", ERROR, Stage.CROSS_FIELD,
                "1回目の確認で「いいえ」の場合、目標日を記入する",
                minimum ? Basis.seed("001", TARGET_001) : Basis.seed("004", TARGET_004),
                "1回目「いいえ」で目標日が空欄", (f, c) -> eachMeasure(view.apply(f), (i, e) -> {
                    if (e.firstAnswer().orElse(null) == YesNo.NO && e.targetDate().isEmpty()) {
                        c.report("entries[" + i + "].targetDate", name(e));
                    }
                })));
        rules.add(Rule.of(type, prefix + "-008", ERROR, Stage.CROSS_FIELD,
                "目標日は1回目の確認で「いいえ」だった対応の目標で、確認日より前にはならない（同じ日は可）",
                Basis.ourDesign("不備を見つけた確認より前の目標日は年や月の書き間違い"),
                "1回目の確認日 2024-10-01、目標日 2024-09-30", (f, c) -> each(entries.apply(f), (i, e) -> {
                    if (e.targetDate().isPresent() && e.firstDate().isPresent()
                            && e.targetDate().get().isBefore(e.firstDate().get())) {
                        c.reportValue("entries[" + i + "].targetDate", e.targetDate().get(), name(e),
                                e.firstDate().get());
                    }
                })));
        if (!type.equals(MinimumChecklist.class)) {
            // the MHLW checklists only: seed 001 asks for 「実施可能な直近の対応目標日」, which may fall after 3/31, and
            // nothing makes a later date wrong; seed 004 reports the 令和6年度版 as what is to be done this fiscal year
            rules.add(Rule.of(type, prefix + "-009", WARNING, Stage.CROSS_FIELD,
                    "令和6年度版チェックリストは本年度中になすべき事項を整理したもの。年度を過ぎる目標日は誤りではないが確認を促す",
                    Basis.seed("004", "本年度中(2024年度中)になすべき事項を整理"),
                    "令和6年度版で目標日が 2025-04-30", (f, c) -> each(entries.apply(f), (i, e) -> {
                        if (e.targetDate().isPresent() && e.targetDate().get().isAfter(f.version().end())) {
                            c.reportValue("entries[" + i + "].targetDate", e.targetDate().get(), name(e),
                                    f.version().label(), f.version().code(), f.version().start(), f.version().end());
                        }
                    })));
        }
        rules.add(Rule.of(type, prefix + "-010", ERROR, Stage.CROSS_FIELD,
                "2回目は1回目の後に行う確認",
                Basis.ourDesign("1回目より前の2回目の確認日は日付の書き間違い"),
                "1回目の確認日 2024-10-01、2回目の確認日 2024-09-01", (f, c) -> each(entries.apply(f), (i, e) -> {
                    if (e.secondDate().isPresent() && e.firstDate().isPresent()
                            && e.secondDate().get().isBefore(e.firstDate().get())) {
                        c.reportValue("entries[" + i + "].secondDate", e.secondDate().get(), name(e),
                                e.firstDate().get());
                    }
                })));
        rules.add(Rule.of(type, prefix + "-011", ERROR, Stage.FIELDS,
                "確認日は確認を行った日で、基準日より後にはならない（目標日は除く）",
                Basis.ourDesign("まだ来ていない日に確認は行えないため、基準日（既定は今日）より後の確認日は書き間違い"),
                "基準日 2025-03-31 で1回目の確認日が 2025-04-01", (f, c) -> {
                    LocalDate asOf = c.asOf();
                    checkedOn.apply(f).filter(d -> d.isAfter(asOf))
                            .ifPresent(d -> c.reportValue("checkedOn", d, 0, "", asOf));
                    each(entries.apply(f), (i, e) -> {
                        e.firstDate().filter(d -> d.isAfter(asOf))
                                .ifPresent(d -> c.reportValue("entries[" + i + "].firstDate", d, 1, name(e), asOf));
                        e.secondDate().filter(d -> d.isAfter(asOf))
                                .ifPresent(d -> c.reportValue("entries[" + i + "].secondDate", d, 1, name(e), asOf));
                    });
                }));
        rules.add(Rule.of(type, prefix + "-012", WARNING, Stage.CROSS_FIELD,
                "確認結果は「はい・いいえ」と確認日の組で記入する",
                Basis.ourDesign("回答だけ、日付だけの2回目は記入途中のことが多いため警告する"),
                "2回目の確認日があるのに2回目の回答が空欄", (f, c) -> each(entries.apply(f), (i, e) -> {
                    if (e.secondAnswer().isPresent() && e.secondDate().isEmpty()) {
                        c.report("entries[" + i + "].secondDate", name(e));
                    } else if (e.secondAnswer().isEmpty() && e.secondDate().isPresent()) {
                        c.report("entries[" + i + "].secondAnswer", name(e));
                    }
                })));
        rules.add(Rule.of(type, prefix + "-013", INFO, Stage.CROSS_FIELD,
                "目標日は1回目の確認で「いいえ」の場合に記入する",
                minimum ? Basis.seed("001", TARGET_001) : Basis.seed("004", TARGET_004),
                "1回目「はい」で目標日が記入されている", (f, c) -> each(entries.apply(f), (i, e) -> {
                    if (e.firstAnswer().orElse(null) == YesNo.YES && e.targetDate().isPresent()) {
                        c.reportValue("entries[" + i + "].targetDate", e.targetDate().get(), name(e));
                    }
                })));
        rules.add(Rule.of(type, prefix + "-014", WARNING, Stage.CROSS_FIELD,
                "「いいえ」の項目は目標日までに対応し2回目の確認を行う",
                Basis.ourDesign("目標日を過ぎても2回目の確認がない項目は、対応状況の記入漏れか対応の遅れのため警告する")
                        .and(minimum ? "001" : "004", minimum ? "「いいえ」の項目については速やかに取り組むよう対応をお願いします"
                                : "急ぎ対応を図ることが求められます"),
                "基準日 2025-03-31 で、1回目「いいえ」・目標日 2025-01-01 の項目に2回目の確認がない",
                (f, c) -> eachMeasure(view.apply(f), (i, e) -> {
                    if (e.firstAnswer().orElse(null) == YesNo.NO && e.targetDate().isPresent()
                            && e.targetDate().get().isBefore(c.asOf())
                            && e.secondAnswer().isEmpty() && e.secondDate().isEmpty()) {
                        c.report("entries[" + i + "].secondAnswer", name(e), e.targetDate().get(), c.asOf());
                    }
                })));
        if (anyUnverified) {
            rules.add(Rule.of(type, prefix + "-015", INFO, Stage.STRUCTURE,
                    "原資料で確認できていない項目の文言・番号は暫定（項目リソースの unverified）",
                    Basis.ourDesign("文言・番号を一次資料で確認できていない項目を使う様式に、照合を促す情報を一度だけ出す"),
                    "令和6年度版の様式に、文言が未確認の項番2-(4)の行がある", (f, c) -> {
                        View v = view.apply(f);
                        Set<String> present = new HashSet<>();
                        v.entries().forEach(e -> present.add(key(e.itemId())));
                        List<String> ids = v.items().stream()
                                .filter(it -> it.unverified() && present.contains(key(it.id())))
                                .map(ChecklistItem::id).toList();
                        if (!ids.isEmpty()) {
                            c.report("entries", f.version().label(), ids.size(), String.join(", ", ids),
                                    f.version().code());
                        }
                    }));
        }
        if (vendor) {
            rules.add(Rule.of(type, prefix + "-017", WARNING, Stage.STRUCTURE,
                    "再構成した項目（様式にあるかを原資料で確認できていない項目）の行がない",
                    Basis.ourDesign("1-(1)・2-(3) 以外の事業者確認用の項目は医療機関確認用の裏返しとして再構成したもので、様式が"
                            + "その項目を持つかは確認できない。行がないことを誤りとはせず、様式との照合を促す（docs/decisions.md D-78）")
                            .and("004", "これらの裏返しの対応を行っているか"),
                    "再構成した項番3-(2)の行がない", (f, c) -> {
                        View v = view.apply(f);
                        for (ChecklistItem item : missing(v)) {
                            if (item.unverified()) {
                                c.report("entries", item.id(), item.text(), f.version().label(), f.version().code());
                            }
                        }
                    }));
        }
        if (anyPremise) {
            rules.add(Rule.of(type, prefix + "-016", INFO, Stage.CROSS_FIELD,
                    "前提「医療情報システムを導入、運用している」が「いいえ」なら他の項目の回答は不要",
                    Basis.ourDesign("前提の項目は CATALOGUE.md §6 によるもので資料では未確認。いいえの場合に他の項目を求めない"),
                    "前提の1回目が「いいえ」", (f, c) -> {
                        View v = view.apply(f);
                        for (int i = 0; i < v.entries().size(); i++) {
                            ChecklistEntry e = v.entries().get(i);
                            Optional<ChecklistItem> item = v.item(e.itemId());
                            if (item.isPresent() && item.get().premise() && e.firstAnswer().orElse(null) == YesNo.NO) {
                                c.report("entries[" + i + "].firstAnswer", name(e), item.get().text());
                            }
                        }
                    }));
        }
        return rules;
    }

    /**
     * The items of the version with no row that need one: an optional item (one the sources do not confirm the form
     * has) is never asked for, and a group asks one requirement in wordings the sources cannot tell apart (R7's
     * password item beside R6's), so an answer to any of its items answers the group (docs/decisions.md D-51, D-54).
     */
    private static List<ChecklistItem> missing(View v) {
        Set<String> present = new HashSet<>();
        v.entries().forEach(e -> present.add(key(e.itemId())));
        Set<String> groupsAnswered = new HashSet<>();
        for (ChecklistItem item : v.items()) {
            if (!item.group().isEmpty() && present.contains(key(item.id()))) {
                groupsAnswered.add(item.group());
            }
        }
        List<ChecklistItem> out = new ArrayList<>();
        for (ChecklistItem item : v.items()) {
            if (!present.contains(key(item.id())) && v.needsAnswer(item) && !item.optional()
                    && !groupsAnswered.contains(item.group())) {
                out.add(item);
            }
        }
        return out;
    }

    /** The item id as a message shows it; {@code ?} when the row has none (reported by the required rule). */
    private static String name(ChecklistEntry e) {
        return e.itemId().isBlank() ? "?" : e.itemId();
    }

    /** An item id for comparison: NFKC (full-width digits and brackets) without spaces. */
    static String key(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static void each(List<ChecklistEntry> entries, RowAction action) {
        for (int i = 0; i < entries.size(); i++) {
            action.accept(i, entries.get(i));
        }
    }

    /** The rows that need answers: all, unless the 前提 item is answered いいえ (then only the 前提 row). */
    private static void eachAnswerable(View v, RowAction action) {
        for (int i = 0; i < v.entries().size(); i++) {
            ChecklistEntry e = v.entries().get(i);
            if (!v.premiseDeclined() || v.item(e.itemId()).map(ChecklistItem::premise).orElse(false)) {
                action.accept(i, e);
            }
        }
    }

    /**
     * The rows of measures that need answers: not the 前提 row (its いいえ is an answer, not a shortcoming), and none
     * when the 前提 is answered いいえ.
     */
    private static void eachMeasure(View v, RowAction action) {
        if (v.premiseDeclined()) {
            return;
        }
        for (int i = 0; i < v.entries().size(); i++) {
            ChecklistEntry e = v.entries().get(i);
            if (!v.item(e.itemId()).map(ChecklistItem::premise).orElse(false)) {
                action.accept(i, e);
            }
        }
    }

    @FunctionalInterface
    private interface RowAction {
        void accept(int index, ChecklistEntry entry);
    }

    /** A checklist with the items of its version. */
    private record View(List<ChecklistItem> items, Map<String, ChecklistItem> byKey, List<ChecklistEntry> entries,
                        boolean premiseDeclined) {
        static View of(String formId, FiscalYear version, List<ChecklistEntry> entries) {
            List<ChecklistItem> items = ChecklistCatalogue.items(formId, version);
            Map<String, ChecklistItem> byKey = new HashMap<>();
            items.forEach(it -> byKey.putIfAbsent(key(it.id()), it));
            Set<String> premises = items.stream().filter(ChecklistItem::premise).map(it -> key(it.id()))
                    .collect(Collectors.toSet());
            boolean declined = entries.stream().anyMatch(e -> premises.contains(key(e.itemId()))
                    && e.firstAnswer().orElse(null) == YesNo.NO);
            return new View(items, byKey, entries, declined);
        }

        Optional<ChecklistItem> item(String id) {
            return Optional.ofNullable(byKey.get(key(id)));
        }

        /** Whether the item's row is needed: every item, unless the 前提 is answered いいえ (then only the 前提). */
        boolean needsAnswer(ChecklistItem item) {
            return !premiseDeclined || item.premise();
        }
    }
}
