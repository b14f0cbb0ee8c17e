package io.github.medsecforms.model.checklist;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The answers to one checklist item: 1回目 (はい/いいえ + 確認日), 目標日, 2回目 (はい/いいえ + 確認日), 備考. The item's
 * wording comes from {@link ChecklistCatalogue} by {@code itemId}.
 */
public record ChecklistEntry(
        @Label(value = "項番", en = "Item", required = true, example = "1-(1)")
        String itemId,
        @Label(value = "回答", en = "Answer", group = {"1回目"}, groupEn = {"First check"}, required = true, example = "いいえ")
        Optional<YesNo> firstAnswer,
        @Label(value = "確認日", en = "Date", group = {"1回目"}, groupEn = {"First check"}, required = true, example = "2024/10/1")
        Optional<LocalDate> firstDate,
        @Label(value = "目標日", en = "Target date", example = "2025/3/31",
                hint = "1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください")
        Optional<LocalDate> targetDate,
        @Label(value = "回答", en = "Answer", group = {"2回目"}, groupEn = {"Second check"}, example = "はい")
        Optional<YesNo> secondAnswer,
        @Label(value = "確認日", en = "Date", group = {"2回目"}, groupEn = {"Second check"}, example = "2025/2/1")
        Optional<LocalDate> secondDate,
        @Label(value = "備考", en = "Remarks", text = TextKind.MULTILINE)
        String remarks) {

    public ChecklistEntry {
        itemId = Defaults.text(itemId);
        firstAnswer = Defaults.optional(firstAnswer);
        firstDate = Defaults.optional(firstDate);
        targetDate = Defaults.optional(targetDate);
        secondAnswer = Defaults.optional(secondAnswer);
        secondDate = Defaults.optional(secondDate);
        remarks = Defaults.text(remarks);
    }

    /** An entry for {@code itemId} with nothing answered yet. */
    public static ChecklistEntry blank(String itemId) {
        return new ChecklistEntry(itemId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "");
    }
}
