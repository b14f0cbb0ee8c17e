package io.github.medsecforms.xlsx.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The quick pass-over of cells that cannot name a password or an account must never skip one that can, and the
 * hand-written password scanner agrees with the regex that specifies it.
 */
class CredentialSheetsPrefilterTest {

    /** The literal words of an alternation like {@code a|b|(^|[^a-z])(c|d)([^a-z]|$)}. */
    private static List<String> words(Pattern p) {
        String s = p.pattern().replace("(^|[^a-z])", "").replace("([^a-z]|$)", "").replace("(", "").replace(")", "");
        return Arrays.stream(s.split("\\|")).filter(w -> !w.isEmpty()).toList();
    }

    /** Pieces of password words and abbreviations, letters, digits, marks and line terminators. */
    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.of("p", "w", "d", "a", "s", "pass", "word", "pw", "pwd", "passwd", "code", "phrase", "パスワード",
                "ぱすわーど", "暗証番号", "パスコード", "パス", "ワード", "x", "z", "1", "-", "(", "\n", "\r\n", "\u2028", "id", "ログイン")
                .list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void the_password_scanner_is_the_password_regex(@ForAll("headers") String t) {
        assertThat(CredentialSheets.namesPassword(t)).as(t).isEqualTo(CredentialSheets.PASSWORD.matcher(t).find());
    }

    @Test
    void every_password_word_starts_with_a_character_the_prefilter_looks_for() {
        assertThat(words(CredentialSheets.PASSWORD)).hasSizeGreaterThan(8)
                .allSatisfy(w -> assertThat(CredentialSheets.PASSWORD_FIRST).contains(w.substring(0, 1)));
    }

    @Test
    void every_account_or_device_word_starts_with_a_character_the_prefilter_looks_for() {
        assertThat(words(CredentialSheets.ACCOUNT_OR_DEVICE)).hasSizeGreaterThan(20)
                .allSatisfy(w -> assertThat(CredentialSheets.ACCOUNT_FIRST).contains(w.substring(0, 1)));
    }

    @Test
    void a_password_column_beside_an_account_column_is_still_found_after_the_prefilter() {
        List<CredentialSheets.Entry> cells = List.of(
                new CredentialSheets.Entry(0, 0, "ログインID"), new CredentialSheets.Entry(0, 1, "ＰＷ"),
                new CredentialSheets.Entry(1, 0, "admin"), new CredentialSheets.Entry(1, 1, "Qv7#x-PASS"));
        assertThat(CredentialSheets.passwordCells(cells)).extracting(CredentialSheets.Entry::text).containsExactly("Qv7#x-PASS");
    }

    @Test
    void cells_of_addresses_and_numbers_are_no_credentials() {
        List<CredentialSheets.Entry> cells = List.of(
                new CredentialSheets.Entry(0, 0, "192.168.1.1"), new CredentialSheets.Entry(0, 1, "10"),
                new CredentialSheets.Entry(1, 0, "203.0.113.5"), new CredentialSheets.Entry(1, 1, "20"));
        assertThat(CredentialSheets.passwordCells(cells)).isEmpty();
    }

    @Test
    void a_password_header_in_half_width_kana_or_capitals_is_found_before_normalising() {
        for (String header : List.of("ﾊﾟｽﾜｰﾄﾞ", "PASSWORD", "ＰＷ", "暗証番号")) {
            List<CredentialSheets.Entry> cells = List.of(
                    new CredentialSheets.Entry(0, 0, "ユーザー名"), new CredentialSheets.Entry(0, 1, header),
                    new CredentialSheets.Entry(1, 0, "admin"), new CredentialSheets.Entry(1, 1, "abc"));
            assertThat(CredentialSheets.passwordCells(cells)).as(header).extracting(CredentialSheets.Entry::text)
                    .containsExactly("abc");
        }
    }

    /** {@link CredentialSheets#headerText} as it was written with the regex it now matches by hand. */
    private static String headerTextByRegex(String text) {
        return CredentialSheets.SPACES.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    /** Header pieces with every kind of white space, full-width forms and letters that lower-case. */
    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.of("パスワード", "ＰＷ", "PASS", "Word", " ", "\t", "\n", "\r\n", "\u000B", "\f", "\u001C",
                "\u0085", "\u00A0", "\u3000", "\u2028", "ﾊﾟｽﾜｰﾄﾞ", "İ", "ID", "(初期)", "（初期）", "x", "").list()
                .ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void the_header_text_is_the_regex_header_text(@ForAll("spaced") String t) {
        assertThat(CredentialSheets.headerText(t)).as(t).isEqualTo(headerTextByRegex(t));
    }

    @Test
    void the_header_text_of_every_cell_of_the_blind_corpus_and_the_fixtures_is_the_regex_header_text() throws Exception {
        List<java.nio.file.Path> workbooks = new java.util.ArrayList<>();
        for (String dir : List.of("../blind-corpus/corpus", "src/test/resources/fixtures")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(dir))) {
                files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
            }
        }
        assertThat(workbooks).hasSizeGreaterThan(800);
        int texts = 0;
        for (java.nio.file.Path f : workbooks) {
            io.github.medsecforms.xlsx.internal.grid.Grid grid;
            try {
                grid = io.github.medsecforms.xlsx.internal.grid.GridReader.read(java.nio.file.Files.readAllBytes(f),
                        io.github.medsecforms.xlsx.ReadLimits.DEFAULT);
            } catch (io.github.medsecforms.xlsx.internal.grid.GridException e) {
                continue; // a fixture that is no readable workbook (encrypted, hostile) has no cells to compare
            }
            for (io.github.medsecforms.xlsx.internal.grid.GridSheet sheet : grid.sheets()) {
                assertThat(CredentialSheets.headerText(sheet.name())).isEqualTo(headerTextByRegex(sheet.name()));
                for (io.github.medsecforms.xlsx.internal.grid.Cell cell : sheet.cells()) {
                    String t = cell.text();
                    assertThat(CredentialSheets.headerText(t)).as(f + " " + t).isEqualTo(headerTextByRegex(t));
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(50_000);
    }
}
