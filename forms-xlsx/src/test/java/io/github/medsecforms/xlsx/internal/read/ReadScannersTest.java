package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The speed helpers of the reader give what they replace: the hand-written scanners agree with the regexes that
 * specify them, and the memoised normalisation ({@link SheetView.Keys}) with {@link LabelText#key} and
 * {@link Wording#core}.
 */
class ReadScannersTest {
    /** Line terminators, numbering characters, brackets, marks and a few plain characters. */
    private static final String[] PIECES = {"\r\n", "\r", "\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "0", "9",
        "12", "_", "-", ".", "a", "記入例", "リスト", " ", "　", "(", ")", "【", "】", "Q3", "問", "※", ":", "：", "/",
        "ー", "か", "?", "。", "／", "(*)", "*", "【必須】", "■", "・", "〒", "739", "0025", "\t", "\u3000"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(7).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void lines_is_the_split_at_line_terminators(@ForAll("texts") String s) {
        assertThat(TableReader.lines(s)).containsExactly(s.split("\\R"));
    }

    @Provide
    Arbitrary<String> rowNumbers() {
        return Arbitraries.of("0", "1", "12", "123", "7", "-", "‐", "－", "−", "–", "—", "ー", "ｰ", "―", "a", " ", "１", "(", ".")
                .list().ofMaxSize(7).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void a_row_number_is_the_dash_and_sub_row_number_regexes(@ForAll("rowNumbers") String t) {
        String dashed = TableReader.DASHES.matcher(t).replaceAll("-");
        assertThat(TableReader.subRowNumber(t)).isEqualTo(TableReader.SUB_ROW_NO.matcher(dashed).matches() ? dashed : "");
        assertThat(TableReader.isRowNo(t)).isEqualTo(TableReader.ROW_NO.matcher(t).matches());
    }

    @Property(tries = 5000)
    void without_numbering_is_the_numbering_characters_regex(@ForAll("texts") String s) {
        assertThat(Locator.withoutNumbering(s)).isEqualTo(Locator.NUMBERING_CHARS.matcher(s).replaceAll(""));
    }

    @Property(tries = 2000)
    void memoised_keys_and_cores_are_the_plain_ones(@ForAll("texts") String a, @ForAll("texts") String b) {
        SheetView.Keys keys = new SheetView.Keys();
        for (String s : new String[] {a, b, a}) { // asked again: the same answer
            String key = LabelText.key(s);
            assertThat(keys.key(s)).isEqualTo(key);
            assertThat(keys.core(key)).isEqualTo(Wording.core(key));
            assertThat(keys.coreOf(s)).isEqualTo(Wording.core(key));
            assertThat(keys.number(key)).isEqualTo(Wording.leadingNumber(key));
            String[] lv = Wording.labelAndValue(s);
            if (lv == null) {
                assertThat(keys.labelAndValue(s)).isNull();
            } else {
                assertThat(keys.labelAndValue(s)).containsExactly(lv);
            }
        }
    }

    /** Option wordings, marks, brackets and spaces, for {@link SheetView.Keys#choice}. */
    @Provide
    Arbitrary<String> optionTexts() {
        return Arbitraries.of("はい", "いいえ", "有", "無", "あり", "なし", "予定", "未定", "済", "可", "不可", "□", "■", "○",
                "(", ")", "【", "】", " ", "　", "1.", "Q3", "か", "?", "*", "※", "YES", "no", "提出", "する", "しない",
                "支援は不要", "電子カルテベンダ等と検討中")
                .list().ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void a_memoised_choice_is_the_plain_one(@ForAll("optionTexts") String a, @ForAll("optionTexts") String b) {
        SheetView.Keys keys = new SheetView.Keys();
        for (Class<?> type : java.util.List.<Class<?>>of(io.github.medsecforms.model.common.YesNo.class,
                io.github.medsecforms.model.common.Presence.class, io.github.medsecforms.model.offlinebackup.SupportIntent.class)) {
            for (String s : new String[] {a, b, a}) {
                assertThat(keys.choice(type, s)).as(s).isEqualTo(ChoiceText.exact(type, s));
            }
        }
    }

    @Test
    void a_workbooks_texts_are_numbered_once_and_remembered_per_text_of_that_workbook_only() {
        SheetView.Keys keys = new SheetView.Keys();
        SheetView.Text a = keys.text("医療機関名：サンプル病院");
        SheetView.Text b = keys.text("Q3. 病院名（正式名称）");
        assertThat(keys.text("医療機関名：サンプル病院")).isSameAs(a);
        assertThat(a.id).isNotEqualTo(b.id);
        assertThat(keys.size()).isEqualTo(2);
        assertThat(b.core()).isEqualTo("病院名");
        assertThat(b.number()).isEqualTo(Wording.leadingNumber(b.key));
        assertThat(a.labelAndValue()).containsExactly("医療機関名", "サンプル病院");
        assertThat(b.labelAndValue()).isNull();
        SheetView.PerText<String> seen = new SheetView.PerText<>(keys);
        seen.put(a, "first");
        assertThat(seen.get(a)).isEqualTo("first");
        assertThat(seen.get(b)).isNull();
        for (int i = 0; i < 100; i++) { // texts first seen after the memo was made
            seen.put(keys.text("text " + i), "later " + i);
        }
        assertThat(seen.get(keys.text("text 99"))).isEqualTo("later 99");
        SheetView.Text elsewhere = new SheetView.Keys().text("医療機関名：サンプル病院");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> seen.get(elsewhere))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Pieces of edition and version marks, with full-width and compatibility forms NFKC maps onto them. */
    private static final String[] VERSION_PIECES = {"令和", "R", "Ｒ", "r", "6", "１２", "元", "2024", "年", "度", "版",
        "\uF98E", "年度", "年度版", " ", "　", "(*)", "※", "*", "【必須】", "：", ":", "■", "-", "・", "(", ")", "月", "/", "a", "."};

    @Provide
    Arbitrary<String> versionTexts() {
        return Arbitraries.of(VERSION_PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void a_text_whose_key_cannot_name_an_edition_or_version_has_none(@ForAll("versionTexts") String s) {
        // WorkbookFormReader.version runs its patterns only on texts whose key may name a version
        if (!WorkbookFormReader.mayNameEdition(LabelText.key(s))) {
            assertThat(WorkbookFormReader.EDITION.matcher(LabelText.nfkc(s)).find()).as(s).isFalse();
        }
        if (!WorkbookFormReader.mayNameVersion(LabelText.key(s))) {
            assertThat(WorkbookFormReader.versionIn(s)).as(s).isNull();
        }
    }

    @Test
    void a_key_holding_an_edition_or_version_lets_the_patterns_run() {
        assertThat(WorkbookFormReader.mayNameEdition(LabelText.key("令和６年度版 調査票"))).isTrue();
        assertThat(WorkbookFormReader.mayNameEdition(LabelText.key("医療機関名"))).isFalse();
        assertThat(WorkbookFormReader.mayNameVersion(LabelText.key("Ｒ7"))).isTrue();
        assertThat(WorkbookFormReader.mayNameVersion(LabelText.key("2024 年度"))).isTrue();
        assertThat(WorkbookFormReader.mayNameVersion(LabelText.key("医療機関名"))).isFalse();
    }

    @Test
    void a_sheet_tells_which_wanted_keys_its_text_cells_hold_as_is_or_without_a_question_number() throws Exception {
        java.util.List<java.nio.file.Path> workbooks = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/fixtures/libreoffice"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
        }
        int found = 0;
        for (java.nio.file.Path f : workbooks) {
            WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(
                    io.github.medsecforms.xlsx.internal.grid.GridReader.read(java.nio.file.Files.readAllBytes(f),
                            io.github.medsecforms.xlsx.ReadLimits.DEFAULT));
            for (SheetView v : prepared.views()) {
                java.util.Set<String> wanted = new java.util.HashSet<>();
                wanted.add("どのセルにもない見出し");
                for (int i = 0; i < v.textCount(); i++) {
                    String key = LabelText.key(v.textCell(i).text());
                    wanted.add(key);
                    wanted.add(LabelText.stripNumber(key));
                }
                java.util.Set<String> present = v.present(wanted);
                assertThat(present).doesNotContain("どのセルにもない見出し");
                assertThat(v.present(wanted)).isSameAs(present); // once per view and wanted set
                for (int i = 0; i < v.textCount(); i++) {
                    io.github.medsecforms.xlsx.internal.grid.Cell cell = v.textCell(i);
                    String key = LabelText.key(cell.text());
                    assertThat(v.text(i).key).isEqualTo(key);
                    if (!key.isEmpty() && cell.text().length() <= 400) {
                        assertThat(present).contains(key, LabelText.stripNumber(key));
                        found++;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Property(tries = 5000)
    void a_key_keeps_every_slash_of_its_text(@ForAll("texts") String s) {
        // Placement.addCompound looks for a slash in the key instead of normalising the text again
        assertThat(LabelText.key(s).indexOf('/') >= 0).isEqualTo(LabelText.nfkc(s).strip().indexOf('/') >= 0);
    }

    @Property(tries = 5000)
    void a_marked_postal_code_has_a_key_starting_with_the_mark(@ForAll("texts") String s) {
        // Placement runs the postal-code matcher only for keys starting with 〒
        if (Placement.MARKED_POSTAL_CODE.matcher(LabelText.nfkc(s).strip()).matches()) {
            assertThat(LabelText.key(s)).startsWith("〒");
        }
    }

    @Property(tries = 2000)
    void the_bigram_index_counts_as_the_pairwise_merge(@ForAll("texts") String q, @ForAll("texts") String a,
                                                        @ForAll("texts") String b, @ForAll("texts") String c) {
        java.util.List<String> wordings = java.util.List.of(a, b, c, q + a, "の" + c + "の");
        Bigrams.Index index = new Bigrams.Index(wordings);
        Bigrams.Scratch scratch = index.scratch();
        for (String query : new String[] {q, a, q + b}) {
            int shared = index.common(query, scratch);
            java.util.Set<Integer> touched = new java.util.HashSet<>();
            for (int k = 0; k < shared; k++) {
                touched.add(scratch.touched[k]);
            }
            for (int w = 0; w < wordings.size(); w++) {
                int expected = Bigrams.common(Bigrams.of(query), Bigrams.of(wordings.get(w)));
                assertThat(scratch.count(w)).isEqualTo(expected);
                assertThat(touched.contains(w)).isEqualTo(expected > 0);
            }
        }
    }

    @Test
    void no_form_has_two_equal_sheets() {
        // Locator keys the form's sheets by identity: the same as by equality while no two are equal
        for (io.github.medsecforms.model.FormDescriptor form : io.github.medsecforms.model.FormRegistry.forms()) {
            assertThat(new java.util.HashSet<>(form.sheets())).as(form.id()).hasSize(form.sheets().size());
        }
    }

    @Test
    void only_a_recorder_records() {
        // table rows skip building an entry when nobody records it
        assertThat(Explain.NONE.records()).isFalse();
        Explain recording = Explain.recording();
        assertThat(recording.records()).isTrue();
        recording.record("a", "s", "A1", "v", "how");
        Explain.NONE.record("a", "s", "A1", "v", "how");
        assertThat(recording.entries()).hasSize(1);
        assertThat(Explain.NONE.entries()).isEmpty();
    }

    @Test
    void placements_replaying_each_texts_reading_are_those_reading_every_cell() throws Exception {
        // Placement reads each distinct text once per read (Placement.Reading) and replays it for every cell holding
        // it: the same hits, kana, answer labels, compound parts and unmatched cells as reading each cell afresh
        java.util.List<java.nio.file.Path> workbooks = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/fixtures/libreoffice"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
        }
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../blind-corpus/corpus/wave8"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
        }
        assertThat(workbooks).hasSizeGreaterThan(20);
        for (java.nio.file.Path f : workbooks) {
            WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(
                    io.github.medsecforms.xlsx.internal.grid.GridReader.read(java.nio.file.Files.readAllBytes(f),
                            io.github.medsecforms.xlsx.ReadLimits.DEFAULT));
            SheetView.Keys keys = prepared.views().get(0).keys();
            SheetView.PerText<Placement.Reading> never = new SheetView.PerText<>(keys) {
                @Override
                void put(SheetView.Text text, Placement.Reading value) {
                    // remembers nothing: every cell read afresh
                }
            };
            for (io.github.medsecforms.model.FormDescriptor form : io.github.medsecforms.model.FormRegistry.forms()) {
                Lexicon lexicon = Lexicon.of(form);
                SheetView.PerText<Placement.Reading> shared = new SheetView.PerText<>(keys);
                for (SheetView v : prepared.views()) {
                    Placement replayed = new Placement(v, lexicon, 0, shared);
                    Placement fresh = new Placement(v, lexicon, 0, never);
                    String where = f.getFileName() + " " + v.name() + " " + form.id();
                    assertThat(replayed.hits).as(where).isEqualTo(fresh.hits);
                    assertThat(replayed.kana).as(where).isEqualTo(fresh.kana);
                    assertThat(replayed.kanaInline).as(where).isEqualTo(fresh.kanaInline);
                    assertThat(replayed.answerLabels).as(where).isEqualTo(fresh.answerLabels);
                    assertThat(replayed.unmatched).as(where).isEqualTo(fresh.unmatched);
                    assertThat(parts(replayed.columnCompound)).as(where).isEqualTo(parts(fresh.columnCompound));
                    assertThat(new java.util.HashSet<>(parts(replayed.compound))).as(where)
                            .isEqualTo(new java.util.HashSet<>(parts(fresh.compound)));
                    for (Placement.Hit h : replayed.hits) {
                        assertThat(replayed.at(h.cell().row(), h.cell().col()))
                                .isEqualTo(fresh.at(h.cell().row(), h.cell().col()));
                    }
                    // Placement.columnHits: the hits naming each table's columns, in the order of all hits
                    java.util.Map<String, java.util.List<Placement.Hit>> byTable = new java.util.HashMap<>();
                    for (Placement.Hit h : replayed.hits) {
                        if (h.term().kind() == Lexicon.Kind.COLUMN) {
                            byTable.computeIfAbsent(h.term().table().path(), k -> new java.util.ArrayList<>()).add(h);
                        }
                    }
                    for (java.util.Map.Entry<String, java.util.List<Placement.Hit>> e : byTable.entrySet()) {
                        assertThat(replayed.columnHits(e.getKey())).as(where + " " + e.getKey()).isEqualTo(e.getValue());
                    }
                    assertThat(replayed.columnHits("no such table")).as(where).isEmpty();
                }
            }
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("", "a", "b", ".", "a.", "ab", "contact", "lines", "x").list().ofMaxSize(4)
                .map(parts -> String.join(".", parts));
    }

    @Property(tries = 5000)
    void under_one_is_equal_or_below_a_dotted_path(@ForAll("paths") String top,
                                                     @ForAll("paths") String a, @ForAll("paths") String b) {
        // Locator.matchSheet counts a hit whose path is a block's or under it, without building path + "."
        java.util.Set<String> paths = new java.util.HashSet<>(java.util.List.of(a, b, a + "." + b));
        boolean plain = false;
        for (String path : paths) {
            plain |= path.isEmpty() || top.equals(path) || top.startsWith(path + ".");
        }
        assertThat(paths.contains("") || Locator.underOne(top, paths)).as("%s in %s", top, paths).isEqualTo(plain);
    }

    @Property(tries = 3000)
    void no_core_is_found_where_the_lexicon_says_none_may_be(@ForAll("texts") String s) {
        // Placement skips the look-up of a prefix when no term's core has its length and first character
        String core = Wording.core(LabelText.key(s));
        for (io.github.medsecforms.model.FormDescriptor form : io.github.medsecforms.model.FormRegistry.forms()) {
            Lexicon lexicon = Lexicon.of(form);
            for (int len = 1; len <= core.length(); len++) {
                if (!lexicon.mayBeCore(core.charAt(0), len)) {
                    assertThat(lexicon.core(core.substring(0, len))).isEmpty();
                }
            }
            for (Lexicon.Term t : lexicon.allTerms()) { // and every core of the lexicon may be
                if (!lexicon.core(t.core()).isEmpty()) {
                    assertThat(lexicon.mayBeCore(t.core().charAt(0), t.core().length())).isTrue();
                }
            }
        }
    }

    @Test
    void the_prefecture_named_is_counted_as_cell_by_cell() throws Exception {
        // Locator.prefectureNamed looks at each distinct text once; counting every cell gives the same prefecture
        java.util.List<java.nio.file.Path> workbooks = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../blind-corpus/corpus"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
        }
        Lexicon lexicon = Lexicon.of(io.github.medsecforms.model.FormRegistry.forms().get(0));
        int named = 0;
        for (java.nio.file.Path f : workbooks) {
            WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(
                    io.github.medsecforms.xlsx.internal.grid.GridReader.read(java.nio.file.Files.readAllBytes(f),
                            io.github.medsecforms.xlsx.ReadLimits.DEFAULT));
            java.util.List<Placement> sheets = new java.util.ArrayList<>();
            for (SheetView v : prepared.views()) {
                sheets.add(new Placement(v, lexicon, sheets.size()));
            }
            java.util.Map<io.github.medsecforms.model.value.Prefecture, Integer> counts = new java.util.HashMap<>();
            for (Placement p : sheets) {
                for (io.github.medsecforms.xlsx.internal.grid.Cell cell : p.view.sheet().cells()) {
                    if (cell.type() == io.github.medsecforms.xlsx.internal.grid.CellType.STRING
                            && cell.text().length() <= 80 && Locator.prefectureStarting(cell.text()) != null) {
                        counts.merge(Locator.prefectureStarting(cell.text()), 1, Integer::sum);
                    }
                }
            }
            var expected = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey).orElse(null);
            assertThat(Locator.prefectureNamed(sheets)).as(f.toString()).isEqualTo(expected);
            named += expected == null ? 0 : 1;
        }
        assertThat(named).isGreaterThan(20);
        assertThat(Locator.prefectureStarting("〒 739-0025 広島県東広島市")).isEqualTo(io.github.medsecforms.model.value.Prefecture.HIROSHIMA);
        assertThat(Locator.mayNamePrefecture(LabelText.key("〒 739-0025 広島県東広島市"))).isTrue();
        assertThat(Locator.mayNamePrefecture(LabelText.key("192.168.1.1"))).isFalse();
    }

    /** Pieces of addresses: prefectures, postal codes, labels, white space, marks and full-width forms. */
    private static final String[] ADDRESS_PIECES = {"広島県", "香川県", "東京都", "北海道", "京都府", "〒", "739-0025",
        "７６０－００１７", " ", "　", "住所", ":", "：", "(*)", "※", "■", "・", "-", "高松市", "A", "1", "県", "都"};

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.of(ADDRESS_PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void a_text_whose_key_holds_no_first_character_of_a_prefecture_names_none(@ForAll("addresses") String s) {
        // Locator.prefectureNamed asks prefectureStarting only of texts whose key may name a prefecture
        if (!Locator.mayNamePrefecture(LabelText.key(s))) {
            assertThat(Locator.prefectureStarting(s)).as(s).isNull();
        }
    }

    @Test
    void tables_read_with_remembered_group_fits_as_without() throws Exception {
        // TableReader remembers each header region's group fit while it locates a table's header lines
        java.util.List<java.nio.file.Path> workbooks = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../blind-corpus/corpus"))) {
            files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
        }
        assertThat(workbooks).hasSizeGreaterThan(150);
        for (java.nio.file.Path f : workbooks) {
            WorkbookFormReader.Prepared prepared = WorkbookFormReader.prepare(
                    io.github.medsecforms.xlsx.internal.grid.GridReader.read(java.nio.file.Files.readAllBytes(f),
                            io.github.medsecforms.xlsx.ReadLimits.DEFAULT));
            io.github.medsecforms.model.FormDescriptor form = WorkbookFormReader.recognise(prepared).orElseThrow();
            Explain remembered = Explain.recording();
            Explain plain = Explain.recording();
            java.util.List<WorkbookFormReader.Result> with = WorkbookFormReader.readAll(prepared, form, remembered);
            java.util.List<WorkbookFormReader.Result> without;
            TableReader.rememberFits = false;
            try {
                without = WorkbookFormReader.readAll(prepared, form, plain);
            } finally {
                TableReader.rememberFits = true;
            }
            assertThat(with).as(f.toString()).isEqualTo(without);
            assertThat(remembered.entries()).as(f.toString()).isEqualTo(plain.entries());
        }
    }

    private static java.util.List<String> parts(java.util.Map<Placement.Hit, int[]> parts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        parts.forEach((h, p) -> out.add(h + " " + java.util.Arrays.toString(p)));
        return out;
    }

    @Test
    void examples() {
        assertThat(TableReader.lines("")).containsExactly("");
        assertThat(TableReader.lines("診断当日")).containsExactly("診断当日");
        assertThat(TableReader.lines("【診断当日】\nGIP確認")).containsExactly("【診断当日】", "GIP確認");
        assertThat(TableReader.lines("\n")).isEmpty();
        assertThat(Locator.withoutNumbering("リスト_1-2.")).isEqualTo("リスト");
        assertThat(Locator.withoutNumbering("記入例")).isSameAs("記入例");
        SheetView.Keys keys = new SheetView.Keys();
        assertThat(keys.coreOf("Q3. 病院名（正式名称）")).isEqualTo("病院名");
        assertThat(LabelText.key(" 〒 739-0025")).startsWith("〒");
        assertThat(keys.labelAndValue("医療機関名：サンプル病院")).containsExactly("医療機関名", "サンプル病院");
        assertThat(keys.labelAndValue("12:00")).isNull();
        assertThat(keys.labelAndValue("12:00")).isNull(); // remembered as no pair
        assertThat(keys.number("q14-2回線")).isEqualTo("14-2");
    }

    /**
     * A subtotal's line is looked for only in texts holding 計 ({@code TableReader.isTotal}): no other code point
     * normalises (NFKC) to a text holding it, and 計 has no decomposition, so no sequence composes to it either.
     */
    @Test
    void no_other_code_point_normalises_to_a_text_holding_the_kanji_of_a_total() {
        java.util.List<String> holding = new java.util.ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp != '計' && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                    && LabelText.nfkc(new String(Character.toChars(cp))).indexOf('計') >= 0) {
                holding.add(String.format("U+%04X", cp));
            }
        }
        assertThat(holding).isEmpty();
        assertThat(java.text.Normalizer.normalize("計", java.text.Normalizer.Form.NFKD)).isEqualTo("計");
    }

    /**
     * A text is tested for "the same as above" ({@code TableReader.isDitto} and the like: 〃 ″ 同上 " 々 in its NFKC
     * form) only when it holds one of {@code TableReader.DITTO_CHARS}, and keyed for an example's wording (記入例, 例)
     * only when it holds 例 or U+F9B5: no other code point has one of those characters in its decomposition (NFKD),
     * and none of them is a composite (NFD), so no sequence normalises to a text holding one.
     */
    @Test
    void only_the_listed_code_points_normalise_to_a_ditto_mark_or_the_kanji_of_an_example() {
        String sought = "〃″同\"々例";
        String listed = TableReader.DITTO_CHARS + "例\uF9B5";
        java.util.List<String> unlisted = new java.util.ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE || listed.indexOf(cp) >= 0) {
                continue;
            }
            String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKD);
            for (int i = 0; i < sought.length(); i++) {
                if (d.indexOf(sought.charAt(i)) >= 0) {
                    unlisted.add(String.format("U+%04X", cp));
                }
            }
        }
        assertThat(unlisted).isEmpty();
        for (int i = 0; i < sought.length(); i++) {
            String c = String.valueOf(sought.charAt(i));
            assertThat(java.text.Normalizer.normalize(c, java.text.Normalizer.Form.NFD)).isEqualTo(c);
        }
    }

    @Test
    void a_text_without_a_ditto_character_is_no_ditto_and_one_with_it_still_is_tested() {
        for (char c : TableReader.DITTO_CHARS.toCharArray()) {
            assertThat(TableReader.mayBeDitto("回線" + c)).as("%s", c).isTrue();
        }
        assertThat(TableReader.mayBeDitto("サーバ室 2階")).isFalse();
        assertThat(TableReader.isDitto("サーバ室 2階")).isFalse();
        assertThat(TableReader.isDitto("＂")).isTrue(); // full-width, NFKC "
        assertThat(TableReader.isDitto(" 同上 ")).isTrue();
        assertThat(TableReader.isDitto("同じ")).isFalse(); // holds 同, tested, no ditto
        assertThat(TableReader.dittoWithQualifier("上 PACS")).isFalse();
        assertThat(TableReader.dittoReplacingBracket("（予備）", io.github.medsecforms.xlsx.internal.grid.Cell.ofText(0, 0, "チェックリスト（医療機関確認用）"))).isNull();
    }
}
