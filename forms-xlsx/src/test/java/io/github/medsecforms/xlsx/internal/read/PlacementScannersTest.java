package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of {@link Placement} and {@link Wording} give what the regexes and scans they replace
 * give: on generated texts and on every text of the blind corpus.
 */
class PlacementScannersTest {
    /** White space of every kind (in {@code \s} or not), brackets and a few plain characters. */
    private static final String[] PIECES = {" ", "  ", "　", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "\u2003",
        "\u0085", "\u2028", "a", "12", "医療機関名", "→", "(", ")", "【", "】", "[", "]", "〔", "〕", "《", "》", "：", ":"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void splitting_at_spaces_is_the_regex_split(@ForAll("texts") String s) {
        assertThat(Placement.splitAtSpaces(s)).containsExactly(Placement.SPACES.split(s));
    }

    @Property(tries = 5000)
    void stripping_brackets_is_the_scan_for_each_kind_of_bracket(@ForAll("texts") String s) {
        assertThat(Wording.stripBrackets(s)).isEqualTo(stripBracketsAsBefore(s));
    }

    @Test
    void every_text_of_the_blind_corpus_splits_and_strips_as_before() throws Exception {
        java.util.List<java.nio.file.Path> workbooks = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../blind-corpus/corpus"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
        }
        assertThat(workbooks).hasSizeGreaterThan(100);
        int texts = 0;
        for (java.nio.file.Path f : workbooks) {
            io.github.medsecforms.xlsx.internal.grid.Grid grid;
            try {
                grid = io.github.medsecforms.xlsx.internal.grid.GridReader.read(java.nio.file.Files.readAllBytes(f),
                        io.github.medsecforms.xlsx.ReadLimits.DEFAULT);
            } catch (io.github.medsecforms.xlsx.internal.grid.GridException e) {
                continue; // a workbook the reader refuses (encrypted, hostile): no texts
            }
            for (SheetView v : WorkbookFormReader.prepare(grid).views()) {
                for (int i = 0; i < v.textCount(); i++) {
                    SheetView.Text t = v.text(i);
                    for (String s : new String[] {t.text, t.nfkc, t.nfkc.strip()}) {
                        assertThat(Placement.splitAtSpaces(s)).as(s).containsExactly(Placement.SPACES.split(s));
                    }
                    for (String s : new String[] {t.key, t.text}) {
                        assertThat(Wording.stripBrackets(s)).as(s).isEqualTo(stripBracketsAsBefore(s));
                    }
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(10_000);
    }

    /** {@link Wording#stripBrackets} as it was written before its one-pass scan (five scans, one per bracket). */
    private static String stripBracketsAsBefore(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('【') < 0 && s.indexOf('[') < 0 && s.indexOf('〔') < 0 && s.indexOf('《') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        char open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (depth == 0 && (c == '(' || c == '【' || c == '[' || c == '〔' || c == '《')) {
                int close = s.indexOf(closing(c), i + 1);
                if (close < 0) {
                    sb.append(c);
                    continue;
                }
                open = c;
                depth = 1;
                continue;
            }
            if (depth > 0) {
                if (c == closing(open)) {
                    depth = 0;
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '【' -> '】';
            case '[' -> ']';
            case '〔' -> '〕';
            default -> '》';
        };
    }
}
