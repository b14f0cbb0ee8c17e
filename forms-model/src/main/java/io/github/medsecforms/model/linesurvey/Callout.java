package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;

/**
 * A callout (吹き出し) placed over the floor plan on 設置場所記入シート. Its text is generated from the line and
 * terminal sheets; {@code target} names what it points at ({@code 回線1}, {@code No.2}).
 *
 * @param target the row it belongs to, e.g. {@code 回線1} or {@code No.2}
 * @param text   the text shown in the callout
 */
public record Callout(String target, String text) {
    public Callout {
        target = Defaults.text(target);
        text = Defaults.text(text);
    }
}
