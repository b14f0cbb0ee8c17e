package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A callout (吹き出し) placed over the floor plan on 設置場所記入シート. Its text is generated from the line and
 * terminal sheets and starts with what it points at ({@code 回線1 …}, {@code No.2 …}); {@link #target()} is derived
 * from the text, so the two can never disagree.
 *
 * @param text the text shown in the callout
 */
public record Callout(String text) {
    private static final Pattern TARGET = Pattern.compile("^(回線[0-9]+|No\\.[0-9]+)");

    public Callout {
        text = Defaults.text(text).strip();
    }

    /** A callout for {@code target} ({@code 回線1}, {@code No.2}) whose text starts with the target. */
    public Callout(String target, String text) {
        this(text == null || text.startsWith(target) ? text : target + " " + text);
    }

    /** What the callout points at: {@code 回線n} or {@code No.n} from the start of its text, or empty. */
    public String target() {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(" ", "");
        Matcher m = TARGET.matcher(s);
        return m.find() ? m.group(1) : "";
    }
}
