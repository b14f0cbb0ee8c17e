package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.xlsx.internal.grid.SheetState;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which form a workbook holds by what its cells say: every wording of every form's labels (its
 * {@link Lexicon}), checklist items and sheet names, each weighted by how many forms share it (医療機関名 says little,
 * 技術バージョン確認 a lot). A form's score is the weight of its distinct labels found, over the square root of how
 * many it has (a long form is not favoured for its length), plus its official sheet names. Questions and long labels
 * count when written a little differently (similarity), within a budget of cells so that a huge sheet costs no more
 * than its first few thousand texts. Below {@value #MIN_SCORE} (or fewer than {@value #MIN_PATHS} labels) nothing is
 * recognised.
 */
final class Recognizer {
    static final double MIN_SCORE = 0.9;
    static final int MIN_PATHS = 3;
    private static final int SIMILARITY_BUDGET = 3000;

    /** One wording of a form's label: the form, the label (path id), its core and number, and its weight. */
    private static final class Posting {
        private final int form;
        private final int path;
        private final String core;
        private final String number;
        /** {@link Index#weight}, set once every wording is known. */
        private double weight;

        Posting(int form, int path, String core, String number) {
            this.form = form;
            this.path = path;
            this.core = core;
            this.number = number;
        }

        int form() {
            return form;
        }

        int path() {
            return path;
        }

        String core() {
            return core;
        }

        String number() {
            return number;
        }
    }

    private static final class Index {
        final List<FormDescriptor> forms = FormRegistry.forms();
        /**
         * The wordings by key and by core in one table, so that a text whose core is its key (most) is looked up once
         * for both.
         */
        final Map<String, Wordings> wordings = new HashMap<>();
        final List<Posting> longs = new ArrayList<>();
        /** The cores of {@link #longs} by bigram, built after them. */
        final Bigrams.Index longIndex;
        /** Of each of {@link #longs}: its core's bigram count (length − 1) and its weight, side by side for the scan. */
        final int[] longBigrams;
        final double[] longWeights;
        final int[] paths;
        final Map<String, Double> weight = new HashMap<>();
        final List<Set<String>> sheetNames = new ArrayList<>();
        /** Title phrases (cores): phrase → the forms whose title or statement says it. */
        final Map<String, Set<Integer>> titles = new HashMap<>();
        /** The phrases of {@link #titles} in its iteration order, and their forms: the order scores add them in. */
        final String[] titlePhrases;
        final int[][] titleForms;
        /** Of each of {@link #titlePhrases}: its {@link #characterMask}, which a key holding it covers. */
        final long[] titleMasks;

        Index() {
            paths = new int[forms.size()];
            Map<String, Set<Integer>> formsOf = new HashMap<>();
            List<Map<String, Integer>> pathIds = new ArrayList<>();
            for (int f = 0; f < forms.size(); f++) {
                FormDescriptor form = forms.get(f);
                Map<String, Integer> ids = new HashMap<>();
                pathIds.add(ids);
                Set<String> names = new HashSet<>();
                for (SheetDescriptor sd : form.sheets()) {
                    names.add(LabelText.key(sd.name()));
                }
                sheetNames.add(names);
                for (String phrase : io.github.medsecforms.model.Vocabulary.of(form.id()).titlePhrases()) {
                    String c = Wording.core(LabelText.key(phrase));
                    if (!c.isEmpty()) {
                        titles.computeIfAbsent(c, k -> new HashSet<>()).add(f);
                    }
                }
                Lexicon lexicon = Lexicon.of(form);
                for (Lexicon.Term t : lexicon.allTerms()) {
                    String pathKey = t.kind() + ":" + (t.kind() == Lexicon.Kind.COLUMN ? t.table().path() + "." : "") + t.path();
                    int id = ids.computeIfAbsent(pathKey, k -> ids.size());
                    add(f, id, t.key(), t.core(), t.number(), formsOf);
                }
                if (form.id().startsWith("checklist-")) {
                    for (FiscalYear v : form.versions()) {
                        for (ChecklistItem item : ChecklistCatalogue.items(form.id(), v)) {
                            int id = ids.computeIfAbsent("item:" + item.text(), k -> ids.size());
                            String key = LabelText.key(item.text());
                            add(f, id, key, Wording.core(key), "", formsOf);
                        }
                    }
                }
                paths[f] = ids.size();
            }
            formsOf.forEach((k, fs) -> weight.put(k, 1.0 / fs.size()));
            titlePhrases = new String[titles.size()];
            titleForms = new int[titles.size()][];
            int t = 0;
            for (Map.Entry<String, Set<Integer>> e : titles.entrySet()) {
                titlePhrases[t] = e.getKey();
                titleForms[t++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            }
            titleMasks = new long[titlePhrases.length];
            for (int i = 0; i < titlePhrases.length; i++) {
                titleMasks[i] = characterMask(titlePhrases[i]);
            }
            longIndex = new Bigrams.Index(longs.stream().map(Posting::core).toList());
            longBigrams = longs.stream().mapToInt(p -> p.core().length() - 1).toArray();
            longWeights = longs.stream().mapToDouble(this::weight).toArray();
            for (Wordings ws : wordings.values()) { // every posting is listed by its key
                for (Posting p : ws.byKey) {
                    p.weight = weight(p);
                }
            }
        }

        private void add(int f, int id, String key, String core, String number, Map<String, Set<Integer>> formsOf) {
            Posting p = new Posting(f, id, core, number);
            wordings.computeIfAbsent(key, k -> new Wordings()).byKey.add(p);
            if (!core.isEmpty()) {
                wordings.computeIfAbsent(core, k -> new Wordings()).byCore.add(p);
                formsOf.computeIfAbsent(core, k -> new HashSet<>()).add(f);
                if (core.length() >= 7) {
                    longs.add(p);
                }
            }
        }

        double weight(Posting p) {
            return weight.getOrDefault(p.core(), 1.0);
        }
    }

    private static final class Holder {
        static final Index INDEX = new Index();
    }

    private Recognizer() {
    }

    /** The form a workbook holds, if its cells say so clearly enough. */
    static Optional<FormDescriptor> recognise(List<SheetView> views) {
        Map<String, Double> scores = scores(views);
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return best != null && bestScore >= MIN_SCORE ? FormRegistry.find(best) : Optional.empty();
    }

    /** Each form's score for a workbook (forms with fewer than {@value #MIN_PATHS} labels found are left out). */
    static Map<String, Double> scores(List<SheetView> views) {
        Index index = Holder.INDEX;
        int n = index.forms.size();
        Hits hit = new Hits(index.paths);
        double[] names = new double[n];
        double[] titled = new double[n];
        boolean[] titleSeen = new boolean[index.titlePhrases.length];
        // a text seen before adds nothing (every hit is merged by max) but its turn of the similarity budget: for each
        // distinct text, whether it spends one (the views of one workbook share their texts)
        SheetView.PerText<Boolean> spends = views.isEmpty() ? null : new SheetView.PerText<>(views.get(0).keys());
        int budget = SIMILARITY_BUDGET;
        Bigrams.Scratch scratch = index.longIndex.scratch();
        for (SheetView v : views) {
            if (v.sheet().state() != SheetState.VISIBLE || Locator.isAside(v.name())) {
                continue;
            }
            String sheetKey = LabelText.key(v.name());
            for (int f = 0; f < n; f++) {
                if (index.sheetNames.get(f).contains(sheetKey)) {
                    names[f] += 1;
                }
            }
            for (int i = 0; i < v.textCount(); i++) {
                SheetView.Text text = v.text(i);
                if (text.text.length() > 300) {
                    continue;
                }
                Boolean spent = spends.get(text);
                if (spent != null) {
                    if (spent && budget > 0) {
                        budget--;
                    }
                    continue;
                }
                String key = text.key;
                if (key.isEmpty()) {
                    spends.put(text, Boolean.FALSE);
                    continue;
                }
                String core = text.core();
                if (key.length() <= 120) {
                    long mask = characterMask(key);
                    for (int t = 0; t < titleSeen.length; t++) {
                        if (!titleSeen[t] && (index.titleMasks[t] & ~mask) == 0 && key.contains(index.titlePhrases[t])) {
                            titleSeen[t] = true;
                            int[] fs = index.titleForms[t];
                            for (int f : fs) {
                                titled[f] += 1.0 / fs.length;
                            }
                        }
                    }
                }
                Wordings ofKey = index.wordings.get(key);
                boolean found = ofKey != null && note(index, hit, ofKey.byKey);
                Wordings ofCore = core.equals(key) ? ofKey : index.wordings.get(core);
                found |= ofCore != null && note(index, hit, ofCore.byCore);
                String[] lv = text.labelAndValue();
                if (lv != null) {
                    Wordings ofLabel = index.wordings.get(lv[0]);
                    found |= ofLabel != null && note(index, hit, ofLabel.byKey);
                    String labelCore = v.core(lv[0]);
                    Wordings ofLabelCore = labelCore.equals(lv[0]) ? ofLabel : index.wordings.get(labelCore);
                    found |= ofLabelCore != null && note(index, hit, ofLabelCore.byCore);
                }
                boolean similar = !found && core.length() >= 7;
                spends.put(text, similar);
                if (similar && budget > 0) {
                    budget--;
                    String number = text.number();
                    // only the wordings sharing a bigram can be similar or held (Bigrams.Index)
                    int shared = index.longIndex.common(core, scratch);
                    int bigrams = core.length() - 1;
                    for (int k = 0; k < shared; k++) {
                        int w = scratch.touched[k];
                        int common = scratch.count(w);
                        int theirs = index.longBigrams[w];
                        // equal cores share all their bigrams: compare the texts only then (and read the posting only
                        // when it may count: most share a bigram or two)
                        boolean equal = common == bigrams && theirs == bigrams && core.equals(index.longs.get(w).core());
                        double d = equal ? 1 : 2.0 * common / (bigrams + theirs);
                        if (d >= 0.7 || (!number.isEmpty() && d >= 0.35 && number.equals(index.longs.get(w).number()))) {
                            Posting p = index.longs.get(w);
                            hit.merge(p.form(), p.path(), index.longWeights[w] * Math.min(1, d));
                        } else if (theirs >= 5 && common == theirs && core.contains(index.longs.get(w).core())) {
                            Posting p = index.longs.get(w);
                            hit.merge(p.form(), p.path(), index.longWeights[w] * 0.8);
                        }
                    }
                }
            }
        }
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        for (int f = 0; f < n; f++) {
            if (hit.count(f) < MIN_PATHS) {
                continue;
            }
            scores.put(index.forms.get(f).id(),
                    hit.sum(f) / Math.sqrt(index.paths[f]) + names[f] + Math.min(1.5, titled[f]));
        }
        return scores;
    }

    /**
     * The characters of {@code s} as a set of 64 classes (bit {@code c & 63} for character {@code c}): a text that
     * holds a phrase holds each of its characters, so its mask covers the phrase's, and a phrase whose mask it does not
     * cover needs no {@link String#contains}.
     */
    static long characterMask(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << s.charAt(i);
        }
        return mask;
    }

    /** The postings of one text: the wordings whose key it is, and those whose core it is (either list may be empty). */
    private static final class Wordings {
        final List<Posting> byKey = new ArrayList<>();
        final List<Posting> byCore = new ArrayList<>();
    }

    private static boolean note(Index index, Hits hit, List<Posting> postings) {
        for (Posting p : postings) {
            hit.merge(p.form(), p.path(), p.weight);
        }
        return !postings.isEmpty();
    }

    /**
     * The labels (path ids) of each form found in one workbook, each with the best weight it was found with: an array
     * per form by path id, and the path ids in the order they were first found. Every weight is positive, so 0 marks
     * a label not found. Replaces a {@code HashMap<Integer, Double>} per form merged with {@code Math::max} (boxing a
     * key and a value per hit); {@link #sum} adds the weights in the order that map iterated them, so that every
     * score is the same double as before.
     */
    private static final class Hits {
        private final double[][] best;
        private final int[][] order;
        private final int[] found;

        Hits(int[] paths) {
            best = new double[paths.length][];
            order = new int[paths.length][];
            found = new int[paths.length];
            for (int f = 0; f < paths.length; f++) {
                best[f] = new double[paths[f]];
                order[f] = new int[paths[f]];
            }
        }

        /** Label {@code path} of form {@code f} found with {@code weight} (> 0): the best weight is kept. */
        void merge(int f, int path, double weight) {
            double[] b = best[f];
            double old = b[path];
            if (old == 0) {
                order[f][found[f]++] = path;
                b[path] = weight;
            } else if (weight > old) {
                b[path] = weight;
            }
        }

        /** How many labels of form {@code f} were found. */
        int count(int f) {
            return found[f];
        }

        /**
         * The weights of the labels of form {@code f} found, added in the iteration order of a {@code HashMap} into
         * which they were merged in the order first found (the map is built again in that order: its iteration order
         * depends only on which keys came in which order).
         */
        double sum(int f) {
            Map<Integer, Double> h = new HashMap<>();
            for (int i = 0; i < found[f]; i++) {
                h.merge(order[f][i], best[f][order[f][i]], Math::max);
            }
            double sum = 0;
            for (double w : h.values()) {
                sum += w;
            }
            return sum;
        }
    }
}
