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
        @Label(value = "項番", en = "Item", required = true, example = "1-(1)",
                basis = "our design: 最低限の措置編の様式に項番の列はなく、項目を番号で特定するために設けた（様式の項目は文言で特定する）")
        String itemId,
        @Label(value = "回答", en = "Answer", group = {"1回目"}, groupEn = {"First check"}, required = true, example = "いいえ",
                basis = ChecklistEntry.ANSWER)
        Optional<YesNo> firstAnswer,
        @Label(value = "確認日", en = "Date", group = {"1回目"}, groupEn = {"First check"}, required = true, example = "2024/10/1",
                basis = ChecklistEntry.DATE)
        Optional<LocalDate> firstDate,
        @Label(value = "目標日", en = "Target date", example = "2025/3/31",
                hint = "1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください")
        Optional<LocalDate> targetDate,
        @Label(value = "回答", en = "Answer", group = {"2回目"}, groupEn = {"Second check"}, example = "はい",
                basis = ChecklistEntry.ANSWER)
        Optional<YesNo> secondAnswer,
        @Label(value = "確認日", en = "Date", group = {"2回目"}, groupEn = {"Second check"}, example = "2025/2/1",
                basis = ChecklistEntry.DATE)
        Optional<LocalDate> secondDate,
        @Label(value = "備考", en = "Remarks", text = TextKind.MULTILINE)
        String remarks) {

    /** The seed's 1回目/2回目 cell holds 「はい・いいえ (/)」: the answer and the date, split into two columns here. */
    static final String ANSWER = "our design: 最低限の措置編の「1回目」「2回目」の欄は「はい・いいえ (/)」の1マスで、回答と確認日の2列に分けた";
    /** The date half of that cell. */
    static final String DATE = "001「確認結果 (日付)」";

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
