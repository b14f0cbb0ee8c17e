package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;

/**
 * ■申込内容の確認, the last block of 基本情報記入シート: 「最後に記入内容に不備がないかご確認いただき、担当者の署名をフル
 * ネームでご記入ください」 (seed 002).
 */
public record Confirmation(
        @Label(value = "確認者名(医療機関のご担当者名)", en = "Confirmed by (full name of the person in charge)",
                required = true, marked = false, text = TextKind.NAME, aliases = {"確認者名"},
                hint = "記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください", example = "岡山 花子")
        String confirmerName) {

    public static final Confirmation EMPTY = new Confirmation("");

    public Confirmation {
        confirmerName = Defaults.text(confirmerName);
    }
}
