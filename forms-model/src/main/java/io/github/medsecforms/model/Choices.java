package io.github.medsecforms.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Looks up choice values by their Japanese wording, tolerant of full-width/half-width and spacing variants. */
public final class Choices {
    private Choices() {
    }

    /** The official wordings of every constant of a choice enum, in declaration order. */
    public static <E extends Enum<E> & Choice> List<String> labels(Class<E> type) {
        List<String> labels = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            labels.add(constant.label());
        }
        return Collections.unmodifiableList(labels);
    }

    /**
     * The constant whose label matches {@code text} after normalisation (NFKC, white space removed, case folded),
     * or whose English constant name matches; empty if none does.
     */
    public static <E extends Enum<E> & Choice> Optional<E> fromLabel(Class<E> type, CharSequence text) {
        String wanted = key(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (key(constant.label()).equals(wanted) || constant.name().equalsIgnoreCase(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static String key(CharSequence text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(normalized.length());
        normalized.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .map(Character::toLowerCase)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
