package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every wording a form's labels may take on a sheet, built once per form from its metadata (labels, aliases) and its
 * {@link Vocabulary} (synonyms, question numbers, questions asked the other way round): single fields, the groups
 * they belong to ({@code 担当者①}), table columns, tables and block titles. A cell's text is looked up by its key and
 * its core ({@link Wording}); long wordings (questions, long labels) also by similarity. Immutable; shared by reads.
 * A {@link LayoutProfile}'s label wordings make a lexicon of their own ({@link #of(FormDescriptor, LayoutProfile)}):
 * the form's shared lexicon is never changed.
 */
final class Lexicon {
    /** What a term names. */
    enum Kind { FIELD, GROUP, COLUMN, TABLE, TITLE }

    /**
     * One wording of one thing.
     *
     * @param kind    what it names
     * @param path    the model path: a field ({@code contact1.name}), a group ({@code contact1}), a table
     *                ({@code lines}) or a column relative to its table ({@code versionCheck})
     * @param field   the field or column, or null for groups, tables and titles
     * @param table   the table of a column or a table term, else null
     * @param key     the wording's key ({@link LabelText#key})
     * @param core    its core ({@link Wording#core})
     * @param number  the official question number, or empty
     * @param inverse whether the wording asks the opposite question
     * @param kanaOf  for a kana reading, the path of the field it reads, else null
     */
    record Term(Kind kind, String path, FieldDescriptor field, TableDescriptor table, String key, String core,
                String number, boolean inverse, String kanaOf) {
        /**
         * Terms are made once per lexicon and compared by identity: a record's component-wise hash would hash the
         * field and table descriptors each time (a third of a read's time in a set of terms, docs/performance.md).
         */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The group path of a grouped field ({@code contact1} for {@code contact1.name}), or empty. */
        String groupPath() {
            int dot = path.lastIndexOf('.');
            return kind == Kind.FIELD && field != null && !field.groups().isEmpty() && dot > 0 ? path.substring(0, dot) : "";
        }
    }

    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();
    /** Lexicons with a profile's wordings, by form and wordings; the few most recent (a batch uses one profile). */
    private static final Map<List<Object>, Lexicon> WITH_PROFILE = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Lexicon> eldest) {
                    return size() > 8;
                }
            });

    final FormDescriptor form;
    /** Terms by key and by core. */
    private final Map<String, List<Term>> byKey = new HashMap<>();
    private final Map<String, List<Term>> byCore = new HashMap<>();
    /** The lengths of the cores in {@link #byCore} by their first character: {@link #coreLengths}. */
    private final Map<Character, java.util.BitSet> coreLengthsByFirst = new HashMap<>();
    private static final java.util.BitSet NO_LENGTHS = new java.util.BitSet();
    /** Terms long enough to be matched by similarity (questions, long labels), and terms with a number. */
    final List<Term> long_ = new ArrayList<>();
    final List<Term> numbered = new ArrayList<>();
    /** Every term of a field, group, column or table path (fields by their full path, columns by table + path). */
    private final Map<String, List<Term>> byPath = new LinkedHashMap<>();
    /** Kana fields (paths) and the field each one reads. */
    final Map<String, String> kanaBases = new LinkedHashMap<>();
    private final java.util.Set<String> groups = new java.util.HashSet<>();
    /** The profile's wordings by path (empty without a profile) and their keys, to say a hit came from it. */
    private final Map<String, List<String>> extra;
    private final java.util.Set<String> profileKeys = new java.util.HashSet<>();
    /** The keys of the input messages our templates print beside fields ({@link #hints}). */
    private final java.util.Set<String> hints = new java.util.HashSet<>();

    private Lexicon(FormDescriptor form) {
        this(form, Map.of());
    }

    private Lexicon(FormDescriptor form, Map<String, List<String>> extra) {
        this.form = form;
        this.extra = extra;
        for (List<String> words : extra.values()) {
            for (String w : words) {
                profileKeys.add(LabelText.key(w));
            }
        }
        Vocabulary vocabulary = Vocabulary.of(form.id());
        for (SheetDescriptor sheet : form.sheets()) {
            for (FieldDescriptor f : sheet.fields()) {
                addHint(f);
            }
            for (TableDescriptor t : sheet.tables()) {
                t.columns().forEach(this::addHint);
            }
        }
        for (SheetDescriptor sheet : form.sheets()) {
            for (Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    if (!fb.title().isEmpty()) {
                        add(new Term(Kind.TITLE, fb.path(), null, null, "", "", "", false, null), fb.title());
                    }
                    for (FieldDescriptor f : fb.fields()) {
                        String path = prefix + f.path();
                        addField(Kind.FIELD, path, path, f, null, vocabulary);
                        if (!f.groups().isEmpty()) {
                            String group = path.substring(0, path.lastIndexOf('.'));
                            if (groups.add(group)) {
                                FieldDescriptor.Group g = f.groups().get(f.groups().size() - 1);
                                List<String> words = new ArrayList<>(List.of(g.label()));
                                words.addAll(synonyms(vocabulary, group));
                                for (String w : words) {
                                    add(new Term(Kind.GROUP, group, null, null, "", "", "", false, null), w);
                                }
                            }
                        }
                    }
                } else if (block instanceof TableBlock tb) {
                    TableDescriptor t = tb.table();
                    List<String> words = new ArrayList<>(List.of(t.label()));
                    words.addAll(synonyms(vocabulary, t.path()));
                    String number = vocabulary.number(t.path()).orElse("");
                    for (String w : words) {
                        add(new Term(Kind.TABLE, t.path(), null, t, "", "", number, false, null), w);
                    }
                    for (FieldDescriptor c : t.columns()) {
                        addField(Kind.COLUMN, t.path() + "[]." + c.path(), c.path(), c, t, vocabulary);
                    }
                }
            }
        }
    }

    /** In how many labels (paths) of the form each bigram appears: a word most labels share tells them apart less. */
    private final Map<Integer, Integer> bigramPaths = new HashMap<>();
    private volatile int pathCount;

    private void countBigrams() {
        Map<String, java.util.Set<Integer>> byPathGrams = new HashMap<>();
        for (List<Term> ts : byKey.values()) {
            for (Term t : ts) {
                if (t.kind() != Kind.FIELD && t.kind() != Kind.COLUMN) {
                    continue;
                }
                java.util.Set<Integer> grams = byPathGrams.computeIfAbsent(t.kind() + ":" + t.path(), k -> new java.util.HashSet<>());
                String c = t.core();
                for (int i = 0; i + 1 < c.length(); i++) {
                    grams.add(c.charAt(i) << 16 | c.charAt(i + 1));
                }
            }
        }
        pathCount = byPathGrams.size();
        for (java.util.Set<Integer> grams : byPathGrams.values()) {
            for (int g : grams) {
                bigramPaths.merge(g, 1, Integer::sum);
            }
        }
    }

    private double weight(int gram) {
        if (pathCount == 0) {
            synchronized (this) {
                if (pathCount == 0) {
                    countBigrams();
                }
            }
        }
        return Math.log(1.0 + (double) pathCount / (1 + bigramPaths.getOrDefault(gram, 0)));
    }

    /**
     * A wording's bigrams ({@link Bigrams#of}) with their weights ({@link #weight}) and the weights' sum: what
     * {@link #dice} and {@link #containment} compare. Those of the form's own wordings are kept ({@link #gramsOf});
     * those of a workbook's cells are kept by the read that asks (never here, so no cell text outlives its read).
     */
    record Grams(int[] codes, double[] weights, double total) {
    }

    private final Map<String, Grams> termGrams = new ConcurrentHashMap<>();

    /** The weighed bigrams of any text. */
    Grams grams(String s) {
        int[] codes = Bigrams.of(s);
        double[] weights = new double[codes.length];
        double total = 0;
        for (int i = 0; i < codes.length; i++) {
            weights[i] = weight(codes[i]);
            total += weights[i];
        }
        return new Grams(codes, weights, total);
    }

    /** The weighed bigrams of a term's core, computed once. */
    Grams gramsOf(Term t) {
        return termGrams.computeIfAbsent(t.core(), this::grams);
    }

    /** The weight of the bigrams two wordings share (each as often as both hold it). */
    private static double commonWeight(Grams a, Grams b) {
        int[] x = a.codes();
        int[] y = b.codes();
        int i = 0;
        int j = 0;
        double common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common += a.weights()[i];
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * The share of {@code part}'s bigrams found in {@code whole}, each weighed by how rarely the form's labels use it:
     * 「オフラインバックアップの保存先」 holds 保存先 of one label and オフラインバックアップ of many, and says 保存先.
     */
    double containment(String part, String whole) {
        return containment(part, grams(part), whole, grams(whole));
    }

    /** {@link #containment(String, String)} on bigrams already counted. */
    double containment(String part, Grams partGrams, String whole, Grams wholeGrams) {
        if (part.length() < 2 || whole.length() < 2) {
            return part.equals(whole) ? 1 : 0;
        }
        return partGrams.total() == 0 ? 0 : commonWeight(partGrams, wholeGrams) / partGrams.total();
    }

    /** Bigram Dice similarity with each bigram weighed as in {@link #containment}. */
    double dice(String a, String b) {
        return dice(a, grams(a), b, grams(b));
    }

    /** {@link #dice(String, String)} on bigrams already counted. */
    double dice(String a, Grams ga, String b, Grams gb) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2 || ga.total() + gb.total() == 0) {
            return 0;
        }
        return 2 * commonWeight(ga, gb) / (ga.total() + gb.total());
    }

    /** The long and the numbered terms ({@link #long_} then {@link #numbered}) and their cores by bigram. */
    record Similar(List<Term> terms, int longCount, Bigrams.Index index) {
    }

    private volatile Similar similar;

    /** The terms a wording may match by similarity, indexed by bigram (built on first use). */
    Similar similar() {
        Similar s = similar;
        if (s == null) {
            List<Term> terms = new ArrayList<>(long_);
            terms.addAll(numbered);
            s = new Similar(List.copyOf(terms), long_.size(),
                    new Bigrams.Index(terms.stream().map(Term::core).toList()));
            similar = s;
        }
        return s;
    }

    /** The lexicon of a form, built on first use. */
    static Lexicon of(FormDescriptor form) {
        return CACHE.computeIfAbsent(form.id(), id -> new Lexicon(form));
    }

    /**
     * The lexicon of a form with a layout profile's label wordings added (as if they were lines of the form's
     * vocabulary), or the form's own lexicon when there is no profile or it names no labels.
     */
    static Lexicon of(FormDescriptor form, LayoutProfile profile) {
        if (profile == null || profile.labels().isEmpty() || !profile.formId().equals(form.id())) {
            return of(form);
        }
        List<Object> key = List.of(form.id(), profile.labels());
        Lexicon found = WITH_PROFILE.get(key);
        if (found == null) {
            found = new Lexicon(form, profile.labels());
            WITH_PROFILE.put(key, found);
        }
        return found;
    }

    private void addHint(FieldDescriptor f) {
        if (!f.hint().isBlank()) {
            hints.add(LabelText.key(f.hint()));
        }
    }

    /**
     * The keys of the input messages our templates print beside fields (a field's {@code hint}): never a value.
     * Read only.
     */
    java.util.Set<String> hints() {
        return hints;
    }

    /** Whether a wording's key is one a layout profile added. */
    boolean fromProfile(String key) {
        return !profileKeys.isEmpty() && profileKeys.contains(key);
    }

    /** The form's vocabulary for {@code path}, then the profile's wordings. */
    private List<String> synonyms(Vocabulary vocabulary, String path) {
        List<String> own = vocabulary.synonyms(path);
        List<String> more = extra.get(path);
        if (more == null) {
            return own;
        }
        List<String> all = new ArrayList<>(own);
        all.addAll(more);
        return all;
    }

    private void addField(Kind kind, String vocabularyPath, String path, FieldDescriptor f, TableDescriptor t,
                          Vocabulary vocabulary) {
        String number = vocabulary.number(vocabularyPath).orElse("");
        List<String> words = new ArrayList<>();
        words.add(f.label());
        words.addAll(f.aliases());
        words.addAll(synonyms(vocabulary, vocabularyPath));
        String kanaOf = null;
        String labelKey = LabelText.key(f.label());
        String base = Wording.kanaBase(labelKey);
        if (base != null) {
            int k = path.lastIndexOf("Kana");
            kanaOf = k > 0 ? path.substring(0, k) : "";
            kanaBases.put(path, kanaOf);
        }
        for (String w : words) {
            add(new Term(kind, path, f, t, "", "", number, false, kanaOf), w);
        }
        if (!f.groups().isEmpty()) {
            // the group and the label written in one cell: 調査希望 技術バージョン確認, 1回目確認日, 担当者①氏名
            List<String> groupWords = new ArrayList<>();
            FieldDescriptor.Group g = f.groups().get(f.groups().size() - 1);
            groupWords.add(g.label());
            if (kind == Kind.FIELD) {
                groupWords.addAll(synonyms(vocabulary, path.substring(0, path.lastIndexOf('.'))));
            }
            for (String gw : groupWords) {
                for (String w : words) {
                    add(new Term(kind, path, f, t, "", "", number, false, kanaOf), gw + w);
                    add(new Term(kind, path, f, t, "", "", number, false, kanaOf), gw + "：" + w); // 調査希望：脆弱性診断
                    add(new Term(kind, path, f, t, "", "", number, false, kanaOf), w + "(" + gw + ")");
                }
            }
        }
        for (String w : vocabulary.inverse(vocabularyPath)) {
            add(new Term(kind, path, f, t, "", "", number, true, kanaOf), w);
        }
    }

    private void add(Term template, String wording) {
        String key = LabelText.key(wording);
        if (key.isEmpty()) {
            return;
        }
        String core = Wording.core(key);
        Term t = new Term(template.kind(), template.path(), template.field(), template.table(), key, core,
                template.number(), template.inverse(), template.kanaOf());
        byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(t);
        // a group is told apart by what its brackets say (担当者(1), 担当者(2)): its core alone would name them all
        boolean groupLosesWords = t.kind() == Kind.GROUP && !Wording.stripBrackets(key).equals(key);
        // nor is a kana reading whose core lost its (かな): 住所(かな) would otherwise be named by 住所 itself
        boolean kanaLosesWords = t.kanaOf() != null && Wording.kanaBase(core) == null;
        if (!core.isEmpty() && !groupLosesWords && !kanaLosesWords) {
            byCore.computeIfAbsent(core, k -> new ArrayList<>(2)).add(t);
            coreLengthsByFirst.computeIfAbsent(core.charAt(0), c -> new java.util.BitSet()).set(core.length());
            if (core.length() >= 7 && t.kind() != Kind.TITLE) {
                long_.add(t);
            }
        }
        if (!t.number().isEmpty()) {
            numbered.add(t);
        }
        String pathKey = switch (t.kind()) {
            case GROUP -> "#group:" + t.path();
            case COLUMN -> t.table().path() + "[]." + t.path();
            case TABLE -> "#table:" + t.path();
            case TITLE -> "#title:" + t.path();
            default -> t.path();
        };
        byPath.computeIfAbsent(pathKey, k -> new ArrayList<>()).add(t);
    }

    /** Every term, in no particular order. */
    List<Term> allTerms() {
        List<Term> all = new ArrayList<>();
        for (List<Term> ts : byKey.values()) {
            all.addAll(ts);
        }
        return all;
    }

    List<Term> exact(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * Whether some term's core is {@code length} characters long and starts with {@code first}; when not,
     * {@link #core} of any such text is empty (a pre-check that spares building the text).
     */
    boolean mayBeCore(char first, int length) {
        return coreLengths(first).get(length);
    }

    /**
     * The lengths of the terms' cores that start with {@code first} (read it only; empty when none does): a text's
     * prefixes of other lengths have no term ({@link #mayBeCore}, asked once per text instead of once per prefix).
     */
    java.util.BitSet coreLengths(char first) {
        return coreLengthsByFirst.getOrDefault(first, NO_LENGTHS);
    }

    List<Term> core(String core) {
        return core.isEmpty() ? List.of() : byCore.getOrDefault(core, List.of());
    }

    /** The terms of a single field ({@code contact1.name}). */
    List<Term> field(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    /** The terms of a group ({@code contact1}). */
    List<Term> group(String path) {
        return byPath.getOrDefault("#group:" + path, List.of());
    }

    /** The terms of a table column. */
    List<Term> column(TableDescriptor table, FieldDescriptor column) {
        return byPath.getOrDefault(table.path() + "[]." + column.path(), List.of());
    }

    /** The terms of a table's own name. */
    List<Term> table(TableDescriptor table) {
        return byPath.getOrDefault("#table:" + table.path(), List.of());
    }
}
