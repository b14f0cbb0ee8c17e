package io.github.medsecforms.xlsx.internal.write;

/**
 * Estimates how wide text is in Excel column units (the width of one half-width digit): full-width characters
 * (kanji, kana, full-width forms, CJK symbols such as ①, ※, ■) count two, everything else one.
 */
final class TextWidth {
    private TextWidth() {
    }

    /** Width of the widest line of {@code text}. */
    static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line(line));
        }
        return widest;
    }

    /** Number of lines {@code text} needs in a column {@code width} units wide when wrapped. */
    static int lines(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(2, width - 1.5);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line(line) / usable));
        }
        return lines;
    }

    private static int line(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2010 && cp <= 0x2BFF)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE6F)
                || (cp >= 0xFF01 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || cp >= 0x20000;
    }
}
