package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.selection.BandQuota;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.Prefecture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Rules of {@code hospital-selection} (支援対象病院の選定 別紙様式), from the MHLW notice of 2024-02-15 (seed 000) and
 * CATALOGUE.md §2. Bands come from the quota table (our design); two bands are the same when they cover the same bed
 * counts, whatever their wording ({@code 20～199床} and {@code 20床以上200床未満}).
 */
final class HospitalSelectionRules {
    private static final Class<HospitalSelection> T = HospitalSelection.class;
    /** 別記2 of the notice: the quota per band, to be filled exactly. */
    private static final Basis QUOTA = Basis.seed("000", "各都道府県別病床規模別に示す数（支援枠）の病院を過不足なく選定してください");
    /** The bands of the quota table, the context of our design of the band checks. */
    private static final String BANDS = "病床規模別に示す数（支援枠）";

    private HospitalSelectionRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "SEL-001", Set.of(),
                        Basis.ourDesign("別紙様式そのものは資料にないため、CATALOGUE.md §2 の項目に様式の印を付けている")),
                Rule.of(T, "SEL-002", ERROR, Stage.REQUIRED, "選定数は病床規模別の支援枠で決まるため、支援枠の表が必要", QUOTA,
                        "支援枠の表に1行もない", (f, c) -> {
                            if (f.quotas().isEmpty()) {
                                c.report("quotas");
                            }
                        }),
                Rule.of(T, "SEL-003", ERROR, Stage.CROSS_FIELD, "病床規模ごとに支援枠は1つ",
                        Basis.ourDesign("同じ病床規模に支援枠が2つあると、選定数を照らし合わせる枠が決まらない").and("000", BANDS),
                        "支援枠の表に「200床以上」が2行ある", (f, c) -> {
                            Map<Range, Integer> first = new HashMap<>();
                            eachBand(f, (i, band) -> {
                                Integer j = first.putIfAbsent(Range.of(band), i);
                                if (j != null) {
                                    c.reportValue("quotas[" + i + "].band", band, j + 1);
                                }
                            });
                        }),
                Rule.of(T, "SEL-004", ERROR, Stage.CROSS_FIELD,
                        "病院は病床数により1つの病床規模に属し、その支援枠で数える",
                        Basis.ourDesign("重なる病床規模があると、病院をどの支援枠で数えるかが決まらない").and("000", BANDS),
                        "支援枠の表に「20～199床」と「100床以上」がある（100～199床が重なる）", (f, c) -> {
                            List<BandQuota> q = f.quotas();
                            for (int i = 0; i < q.size(); i++) {
                                for (int j = 0; j < i; j++) {
                                    BedBand a = q.get(i).band().orElse(null);
                                    BedBand b = q.get(j).band().orElse(null);
                                    if (a != null && b != null && !Range.of(a).equals(Range.of(b))
                                            && a.minBeds() <= b.maxBeds() && b.minBeds() <= a.maxBeds()) {
                                        c.reportValue("quotas[" + i + "].band", a, j + 1, b);
                                    }
                                }
                            }
                        }),
                Rule.of(T, "SEL-005", ERROR, Stage.CROSS_FIELD, "支援枠を超えて選定しない", QUOTA,
                        "「200床以上」の支援枠1に対し2病院を選定", (f, c) -> eachQuota(f, (i, band, quota, count) -> {
                            if (count > quota) {
                                c.report("quotas[" + i + "].quota", band, quota, count, count - quota);
                            }
                        })),
                Rule.of(T, "SEL-006", ERROR, Stage.CROSS_FIELD, "支援枠を余さず選定する", QUOTA,
                        "「20～199床」の支援枠2に対し1病院のみ選定", (f, c) -> eachQuota(f, (i, band, quota, count) -> {
                            if (count < quota) {
                                c.report("quotas[" + i + "].quota", band, quota, count, quota - count);
                            }
                        })),
                Rule.of(T, "SEL-007", ERROR, Stage.CROSS_FIELD, "選定は支援枠の示された病床規模ごとに行う",
                        Basis.ourDesign("支援枠の表にない病床規模の病院は、どの支援枠でも数えられない").and("000", BANDS),
                        "病院の病床規模区分「100～199床」が支援枠の表にない", (f, c) -> {
                            if (f.quotas().isEmpty()) {
                                return; // SEL-002
                            }
                            Set<Range> known = f.quotas().stream().flatMap(q -> q.band().stream()).map(Range::of)
                                    .collect(Collectors.toSet());
                            String list = f.quotas().stream().flatMap(q -> q.band().stream()).map(BedBand::label)
                                    .distinct().collect(Collectors.joining("、"));
                            eachHospital(f, (i, h) -> h.band().ifPresent(band -> {
                                if (!known.contains(Range.of(band))) {
                                    c.reportValue("hospitals[" + i + "].band", band, list);
                                }
                            }));
                        }),
                Rule.of(T, "SEL-008", ERROR, Stage.CROSS_FIELD, "病床規模区分は病床数で決まる",
                        Basis.ourDesign("病床数と病床規模区分が食い違うと、病院を数える支援枠が決まらない").and("000", BANDS),
                        "病床数250で病床規模区分「20～199床」", (f, c) -> eachHospital(f, (i, h) -> {
                            if (h.beds().isPresent() && h.band().isPresent() && !h.band().get().contains(h.beds().get())) {
                                c.reportValue("hospitals[" + i + "].beds", h.beds().get(), h.band().get());
                            }
                        })),
                Rule.of(T, "SEL-009", ERROR, Stage.FIELDS, "電子カルテシステムを導入していない病院は支援の対象外",
                        Basis.seed("000", "当該事業における支援の対象は、電子カルテシステムを導入している病院"),
                        "電子カルテ導入「なし」の病院", (f, c) -> eachHospital(f, (i, h) -> {
                            if (h.ehr().orElse(null) == Presence.ABSENT) {
                                c.report("hospitals[" + i + "].ehr");
                            }
                        })),
                Rule.of(T, "SEL-010", ERROR, Stage.CROSS_FIELD, "同じ病院を2度選定すると支援枠を過不足なく満たせない",
                        Basis.ourDesign("同じ医療機関コードの2行は同じ病院を2度数えることになる").and("000", "過不足なく選定"),
                        "3行目の医療機関コードが1行目と同じ", (f, c) -> {
                            Map<String, Integer> first = new HashMap<>();
                            eachHospital(f, (i, h) -> h.hospitalCode().ifPresent(code -> {
                                Integer j = first.putIfAbsent(code.value(), i);
                                if (j != null) {
                                    c.reportValue("hospitals[" + i + "].hospitalCode", code, j + 1,
                                            f.hospitals().get(j).hospitalName());
                                }
                            }));
                        }),
                Rule.of(T, "SEL-011", ERROR, Stage.CROSS_FIELD, "各都道府県は自県の病院を選定する",
                        Basis.ourDesign("医療機関コードの都道府県番号は病院の所在県を表し、選定は都道府県ごとに行われる")
                                .and("000", "各都道府県において支援対象病院を選定"),
                        "都道府県名「岡山県」で医療機関コードの都道府県番号が34（広島県）", (f, c) -> {
                            Prefecture pref = f.prefecture().orElse(null);
                            if (pref == null) {
                                return;
                            }
                            eachHospital(f, (i, h) -> h.hospitalCode().ifPresent(code -> {
                                if (code.prefecture() != pref) {
                                    c.reportValue("hospitals[" + i + "].hospitalCode", code,
                                            String.format(Locale.ROOT, "%02d", code.prefectureNumber()), code.prefecture().label(),
                                            pref.label());
                                }
                            }));
                        }));
    }

    /** The bed counts a band covers: bands are compared by these, not by their wording. */
    private record Range(int min, int max) {
        static Range of(BedBand band) {
            return new Range(band.minBeds(), band.maxBeds());
        }
    }

    @FunctionalInterface
    private interface QuotaCheck {
        void accept(int row, String band, int quota, int count);
    }

    /**
     * Calls {@code check} for every quota row with a band and a number, except rows repeating an earlier band
     * (SEL-003), with the number of hospitals selected in that band. A hospital counts in the band it declares; one
     * without a declared band (SEL-001) counts in the only quota band holding its bed count, if there is one.
     */
    private static void eachQuota(HospitalSelection f, QuotaCheck check) {
        Map<Range, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < f.quotas().size(); i++) {
            BandQuota q = f.quotas().get(i);
            if (q.band().isPresent()) {
                rows.putIfAbsent(Range.of(q.band().get()), i);
            }
        }
        Map<Range, Integer> counts = new HashMap<>();
        for (SelectedHospital h : f.hospitals()) {
            bandOf(h, rows.keySet()).ifPresent(r -> counts.merge(r, 1, Integer::sum));
        }
        rows.forEach((range, i) -> {
            BandQuota q = f.quotas().get(i);
            if (q.quota().isPresent()) {
                check.accept(i, q.band().get().label(), q.quota().get(), counts.getOrDefault(range, 0));
            }
        });
    }

    private static Optional<Range> bandOf(SelectedHospital h, Set<Range> quotaBands) {
        if (h.band().isPresent()) {
            return Optional.of(Range.of(h.band().get()));
        }
        if (h.beds().isEmpty()) {
            return Optional.empty();
        }
        int beds = h.beds().get();
        List<Range> holding = new ArrayList<>();
        for (Range r : quotaBands) {
            if (beds >= r.min() && beds <= r.max()) {
                holding.add(r);
            }
        }
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    private static void eachBand(HospitalSelection f, BiConsumer<Integer, BedBand> action) {
        for (int i = 0; i < f.quotas().size(); i++) {
            int row = i;
            f.quotas().get(i).band().ifPresent(b -> action.accept(row, b));
        }
    }

    private static void eachHospital(HospitalSelection f, BiConsumer<Integer, SelectedHospital> action) {
        for (int i = 0; i < f.hospitals().size(); i++) {
            action.accept(i, f.hospitals().get(i));
        }
    }
}
