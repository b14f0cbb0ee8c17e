package io.github.medsecforms.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.inspection.DocumentEntry;
import io.github.medsecforms.model.value.FiscalYear;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores what the reader and the rules made of one blind workbook against its expected file: values read right out
 * of values present, planted problems found (by a finding of error or warning severity on one of the planted cells or
 * paths), and false errors (error findings that match no planted problem). The definitions are those of issue 16 and
 * briefs/BRIEF.md; README.md says how rows and checklist items are paired.
 */
final class Scorer {
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z0-9]+)\\[(\\d+)](.*)$");
    private static final Set<String> DEVICE_CLASSES = Set.of("サーバ", "端末", "ネットワーク");

    /** One form the checker got from a workbook: its id, the form record and every finding (read and rules). */
    record Checked(String formId, Object form, List<Finding> findings) {
    }

    /** Reads and validates a workbook; a workbook may hold several submissions (one per row of an export). */
    interface Checker {
        List<Checked> check(Path workbook) throws Exception;
    }

    /** The score of one workbook. */
    static final class WorkbookScore {
        final String file;
        final String form;
        boolean recognised = true;
        String refusal = "";
        int valuesPresent;
        int valuesRight;
        int plantedTotal;
        int plantedFound;
        /** Values read where the expected file has none: a value nobody wrote, or one the drawer left out. */
        final List<String> unexpected = new ArrayList<>();
        final List<String> mismatches = new ArrayList<>();
        final List<String> missedPlanted = new ArrayList<>();
        final List<String> falseErrors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> infos = new ArrayList<>();

        WorkbookScore(String file, String form) {
            this.file = file;
            this.form = form;
        }
    }

    private Scorer() {
    }

    static WorkbookScore score(Path workbook, Expected expected, Checker checker) {
        WorkbookScore score = new WorkbookScore(workbook.getFileName().toString(), expected.form());
        score.plantedTotal = expected.planted().size();
        List<Checked> results;
        try {
            results = checker.check(workbook);
        } catch (Exception e) {
            score.recognised = false;
            score.refusal = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            score.falseErrors.add("(refused) " + score.refusal);
            for (JsonNode s : expected.submissions()) {
                for (Map.Entry<String, JsonNode> e2 : Values.flatten(s).entrySet()) {
                    score.valuesPresent += count(e2.getValue());
                }
            }
            expected.planted().forEach(p -> score.missedPlanted.add(describe(p)));
            return score;
        }
        for (Checked c : results) {
            if (!c.formId().equals(expected.form())) {
                score.recognised = false;
                score.refusal = "read as " + c.formId();
            }
        }
        // pair each expected submission with the read result that agrees with it most
        List<Map<String, Map<Integer, Integer>>> alignments = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (JsonNode submission : expected.submissions()) {
            SubmissionScore best = null;
            int bestIndex = -1;
            for (int i = 0; i < results.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                SubmissionScore s = scoreSubmission(submission, results.get(i).form(), expected);
                if (best == null || s.right > best.right) {
                    best = s;
                    bestIndex = i;
                }
            }
            if (best == null) {
                best = scoreSubmission(submission, null, expected);
            } else {
                used.add(bestIndex);
            }
            score.valuesPresent += best.present;
            score.valuesRight += best.right;
            score.mismatches.addAll(best.mismatches);
            if (bestIndex >= 0) {
                score.unexpected.addAll(unexpected(submission, results.get(bestIndex), expected));
            }
            score.unexpected.addAll(best.unexpected);
            alignments.add(best.alignment);
        }
        // planted problems and false errors over every finding of the workbook
        List<Finding> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.findings()));
        List<Target> targets = new ArrayList<>();
        for (Expected.Planted p : expected.planted()) {
            Target t = new Target(p, alignments);
            targets.add(t);
        }
        for (Target t : targets) {
            boolean found = all.stream()
                    .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                    .anyMatch(t::matches);
            if (found) {
                score.plantedFound++;
            } else {
                score.missedPlanted.add(describe(t.planted));
            }
        }
        for (Finding f : all) {
            String line = f.ruleId() + " " + f.origin().map(o -> o.sheet() + "!" + o.cell()).orElse("-") + " "
                    + (f.path().isEmpty() ? "" : "[" + f.path() + "] ") + f.message(Locale.JAPANESE);
            if (f.severity() == Severity.ERROR) {
                if (targets.stream().noneMatch(t -> t.matches(f))) {
                    score.falseErrors.add(line);
                }
            } else if (f.severity() == Severity.WARNING) {
                score.warnings.add(line);
            } else {
                score.infos.add(line);
            }
        }
        return score;
    }

    /**
     * The single fields (not tables, not pictures) the reader filled where the expected submission has no value. The
     * brief has drawers omit what they left blank, so each is either a value nobody wrote (the worst reading mistake
     * after a false error: obi-w7-a's unmarked options read as the first) or a value the drawer left out of the file.
     */
    private static List<String> unexpected(JsonNode submission, Checked read, Expected expected) {
        Set<String> given = new HashSet<>();
        for (String path : Values.flatten(submission).keySet()) {
            given.add(Values.RENAMED.getOrDefault(path, path));
        }
        List<String> out = new ArrayList<>();
        io.github.medsecforms.model.FormDescriptor form = io.github.medsecforms.model.FormRegistry.find(read.formId())
                .orElse(null);
        if (form == null) {
            return out;
        }
        for (io.github.medsecforms.model.SheetDescriptor sd : form.sheets()) {
            for (io.github.medsecforms.model.SheetDescriptor.Block b : sd.blocks()) {
                if (!(b instanceof io.github.medsecforms.model.SheetDescriptor.FieldBlock fb)) {
                    continue;
                }
                String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                for (io.github.medsecforms.model.FieldDescriptor f : fb.fields()) {
                    String path = prefix + f.path();
                    if (f.kind() == io.github.medsecforms.model.ValueKind.IMAGE || given.contains(path)) {
                        continue;
                    }
                    Optional<Object> v = FormPaths.value(read.form(), path);
                    if (v.isPresent() && !String.valueOf(v.get()).isBlank()
                            && !(v.get() instanceof java.util.Collection<?> c && c.isEmpty())) {
                        out.add(path + ": expected none, read " + Values.show(v));
                    }
                }
            }
        }
        return out;
    }

    /** The columns of a form's table, by the table's path (none for a path no table has). */
    private static List<io.github.medsecforms.model.FieldDescriptor> columns(String formId, String path) {
        for (io.github.medsecforms.model.SheetDescriptor sd : io.github.medsecforms.model.FormRegistry.find(formId)
                .map(io.github.medsecforms.model.FormDescriptor::sheets).orElse(List.of())) {
            for (io.github.medsecforms.model.SheetDescriptor.Block b : sd.blocks()) {
                if (b instanceof io.github.medsecforms.model.SheetDescriptor.TableBlock tb && tb.table().path().equals(path)) {
                    return tb.table().columns();
                }
            }
        }
        return List.of();
    }

    private static int count(JsonNode v) {
        if (!v.isArray()) {
            return 1;
        }
        int n = 0;
        for (Map<String, JsonNode> row : Values.rows(v)) {
            for (String k : row.keySet()) {
                if (!k.equals("section") && !k.equals("item") && !k.equals("itemNo")) {
                    n++; // as scoreSubmission counts a checklist row: its answers, not the wording that names it
                }
            }
        }
        return n;
    }

    private static String describe(Expected.Planted p) {
        return String.join(",", p.cells()) + " " + p.paths() + " — " + p.why();
    }

    // ------------------------------------------------------------------ values

    private static final class SubmissionScore {
        int present;
        int right;
        final List<String> mismatches = new ArrayList<>();
        final List<String> unexpected = new ArrayList<>();
        /** table path → expected row index → model row index */
        final Map<String, Map<Integer, Integer>> alignment = new HashMap<>();
    }

    private static SubmissionScore scoreSubmission(JsonNode values, Object form, Expected expected) {
        SubmissionScore s = new SubmissionScore();
        for (Map.Entry<String, JsonNode> e : Values.flatten(values).entrySet()) {
            String path = e.getKey();
            JsonNode v = e.getValue();
            if (v.isArray()) {
                if (path.equals("entries")) {
                    checklist(path, v, form, expected, s);
                } else if (path.equals("documents")) {
                    documents(path, v, form, s);
                } else {
                    table(path, v, form, expected, s);
                }
                continue;
            }
            s.present++;
            Optional<Object> actual = form == null ? Optional.empty() : Values.at(form, path);
            if (Values.same(actual, v)) {
                s.right++;
            } else {
                s.mismatches.add(path + ": expected " + text(v) + ", read " + Values.show(actual));
            }
        }
        return s;
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** A table: expected rows paired with model rows in order, maximising the values that agree. */
    private static void table(String path, JsonNode array, Object form, Expected expectedFile, SubmissionScore s) {
        List<Map<String, JsonNode>> expected = Values.rows(array);
        List<?> model = form == null ? List.of()
                : FormPaths.value(form, path).filter(List.class::isInstance).map(List.class::cast).orElse(List.of());
        int n = expected.size();
        int m = model.size();
        int[][] agree = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                for (Map.Entry<String, JsonNode> e : expected.get(i).entrySet()) {
                    if (Values.same(Values.at(model.get(j), e.getKey()), e.getValue())) {
                        agree[i][j]++;
                    }
                }
            }
        }
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), agree[i][j] + best[i + 1][j + 1]);
            }
        }
        Map<Integer, Integer> pairs = new HashMap<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (agree[i][j] > 0 && best[i][j] == agree[i][j] + best[i + 1][j + 1]) {
                pairs.put(i, j);
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        s.alignment.put(path, pairs);
        for (int r = 0; r < n; r++) {
            Integer to = pairs.get(r);
            for (Map.Entry<String, JsonNode> e : expected.get(r).entrySet()) {
                s.present++;
                Optional<Object> actual = to == null ? Optional.empty() : Values.at(model.get(to), e.getKey());
                if (Values.same(actual, e.getValue())) {
                    s.right++;
                } else {
                    s.mismatches.add(path + "[" + r + "]." + e.getKey() + ": expected " + text(e.getValue()) + ", read "
                            + (to == null ? "(no row)" : Values.show(actual)));
                }
            }
        }
        if (m > n) {
            s.mismatches.add(path + ": " + (m - n) + " more row(s) read than expected");
        }
        // a paired row's columns the reader filled where the drawer wrote nothing (as unexpected() for single fields)
        List<io.github.medsecforms.model.FieldDescriptor> columns = columns(expectedFile.form(), path);
        for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
            Map<String, JsonNode> row = expected.get(pair.getKey());
            for (io.github.medsecforms.model.FieldDescriptor c : columns) {
                if (c.kind() == io.github.medsecforms.model.ValueKind.IMAGE || row.containsKey(c.path())) {
                    continue;
                }
                Optional<Object> v = FormPaths.value(model.get(pair.getValue()), c.path());
                if (v.isPresent() && !String.valueOf(v.get()).isBlank()
                        && !(v.get() instanceof java.util.Collection<?> col && col.isEmpty())) {
                    s.unexpected.add(path + "[" + pair.getKey() + "]." + c.path() + ": expected none, read " + Values.show(v));
                }
            }
        }
    }

    /** Checklist entries: each expected item paired with the catalogue item of its wording, then the entry of that id. */
    private static void checklist(String path, JsonNode array, Object form, Expected expected, SubmissionScore s) {
        List<Map<String, JsonNode>> rows = Values.rows(array);
        FiscalYear version = FiscalYear.reiwa(Integer.parseInt(expected.version().replaceAll("[^0-9]", "")));
        List<ChecklistItem> items;
        try {
            items = ChecklistCatalogue.items(expected.form(), version);
        } catch (RuntimeException e) {
            items = List.of();
        }
        List<?> entries = form == null ? List.of()
                : FormPaths.value(form, path).filter(List.class::isInstance).map(List.class::cast).orElse(List.of());
        Map<String, Integer> byId = new HashMap<>();
        for (int j = 0; j < entries.size(); j++) {
            if (entries.get(j) instanceof ChecklistEntry e) {
                byId.putIfAbsent(e.itemId(), j);
            }
        }
        Set<String> taken = new HashSet<>();
        Map<Integer, Integer> pairs = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, JsonNode> row = rows.get(r);
            Optional<ChecklistItem> item = item(items, row, taken);
            item.ifPresent(it -> taken.add(it.id()));
            Integer to = item.map(it -> byId.get(it.id())).orElse(null);
            if (to != null) {
                pairs.put(r, to);
            }
            for (Map.Entry<String, JsonNode> e : row.entrySet()) {
                String field = e.getKey();
                if (field.equals("section") || field.equals("item") || field.equals("itemNo")) {
                    continue;
                }
                s.present++;
                Optional<Object> actual = to == null ? Optional.empty() : Values.at(entries.get(to), field);
                if (Values.same(actual, e.getValue())) {
                    s.right++;
                } else {
                    String name = item.map(ChecklistItem::id).orElse("?" + shortText(row));
                    s.mismatches.add(path + "[" + r + "] (" + name + ")." + field + ": expected " + text(e.getValue())
                            + ", read " + (to == null ? (item.isEmpty() ? "(item not in catalogue)" : "(no entry)")
                            : Values.show(actual)));
                }
            }
        }
        s.alignment.put(path, pairs);
    }

    private static String shortText(Map<String, JsonNode> row) {
        String t = row.getOrDefault("item", com.fasterxml.jackson.databind.node.TextNode.valueOf("")).asText();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }

    /**
     * The catalogue item an expected row names: the same wording (normalised), or failing that the most similar
     * wording (character bigrams, at least 0.55); between items of one wording (サーバ / 端末PC / ネットワーク機器),
     * the one whose section names the row's device class, else the first not yet taken.
     */
    private static Optional<ChecklistItem> item(List<ChecklistItem> items, Map<String, JsonNode> row, Set<String> taken) {
        String text = Values.key(row.getOrDefault("item", com.fasterxml.jackson.databind.node.TextNode.valueOf("")).asText());
        String section = Values.key(row.getOrDefault("section", com.fasterxml.jackson.databind.node.TextNode.valueOf("")).asText());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<ChecklistItem> same = new ArrayList<>();
        for (ChecklistItem it : items) {
            if (Values.key(it.text()).equals(text)) {
                same.add(it);
            }
        }
        if (same.isEmpty()) {
            double bestScore = 0.55;
            for (ChecklistItem it : items) {
                String itemKey = Values.key(it.text());
                // the same item worded shorter or longer (the drawers reconstructed wordings the notices do not print)
                double d = Math.max(dice(itemKey, text), 0.85 * Math.max(held(text, itemKey), held(itemKey, text)));
                if (d > bestScore + 1e-9) {
                    bestScore = d;
                    same.clear();
                    same.add(it);
                } else if (Math.abs(d - bestScore) < 1e-9) {
                    same.add(it);
                }
            }
        }
        if (same.isEmpty()) {
            // a wording that matches none of ours, on a row the drawer numbered like one of our provisional items and
            // worded on its topic: the number names the item (our wording of it is a reconstruction, marked
            // unverified; D-51); a number alone is not enough, the drawers number their own way
            String no = Values.key(row.getOrDefault("itemNo", com.fasterxml.jackson.databind.node.TextNode.valueOf("")).asText());
            for (ChecklistItem it : items) {
                if (!no.isEmpty() && it.unverified() && Values.key(it.id()).equals(no)
                        && dice(Values.key(it.text()), text) >= 0.3) {
                    same.add(it);
                }
            }
        }
        for (ChecklistItem it : same) {
            for (String cls : DEVICE_CLASSES) {
                if (section.contains(cls) && Values.key(it.section()).contains(cls) && !taken.contains(it.id())) {
                    return Optional.of(it);
                }
            }
        }
        return same.stream().filter(it -> !taken.contains(it.id())).findFirst()
                .or(() -> same.stream().findFirst());
    }

    /** The share of {@code part}'s bigrams found in {@code whole} (0 when part is much shorter than a phrase). */
    private static double held(String part, String whole) {
        if (part.length() < 6 || part.length() >= whole.length()) {
            return 0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= whole.length(); i++) {
            grams.merge(whole.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 2 <= part.length(); i++) {
            String g = part.substring(i, i + 2);
            Integer c = grams.get(g);
            if (c != null && c > 0) {
                common++;
                grams.put(g, c - 1);
            }
        }
        return (double) common / (part.length() - 1);
    }

    private static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            String g = b.substring(i, i + 2);
            Integer c = grams.get(g);
            if (c != null && c > 0) {
                common++;
                grams.put(g, c - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }

    /** Inspection documents: each expected row paired with the model row of the same document (1–7). */
    private static void documents(String path, JsonNode array, Object form, SubmissionScore s) {
        List<Map<String, JsonNode>> rows = Values.rows(array);
        List<?> docs = form == null ? List.of()
                : FormPaths.value(form, path).filter(List.class::isInstance).map(List.class::cast).orElse(List.of());
        Map<Integer, Integer> pairs = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, JsonNode> row = rows.get(r);
            int kind = row.containsKey("kind") ? row.get("kind").asInt(Integer.parseInt(
                    "0" + row.get("kind").asText().replaceAll("[^0-9]", ""))) : -1;
            Integer to = null; // the n-th row of a document in the workbook pairs with its n-th expected row
            for (int j = 0; j < docs.size(); j++) {
                if (docs.get(j) instanceof DocumentEntry d && d.kind().map(k -> k.number() == kind).orElse(false)
                        && !pairs.containsValue(j)) {
                    to = j;
                    break;
                }
            }
            if (to != null) {
                pairs.put(r, to);
            }
            for (Map.Entry<String, JsonNode> e : row.entrySet()) {
                s.present++;
                boolean right;
                Optional<Object> actual = Optional.empty();
                if (e.getKey().equals("kind")) {
                    right = to != null;
                } else {
                    actual = to == null ? Optional.empty() : Values.at(docs.get(to), e.getKey());
                    right = Values.same(actual, e.getValue());
                }
                if (right) {
                    s.right++;
                } else {
                    s.mismatches.add(path + "[" + r + "] (document " + kind + ")." + e.getKey() + ": expected "
                            + text(e.getValue()) + ", read " + (to == null ? "(no row)" : Values.show(actual)));
                }
            }
        }
        s.alignment.put(path, pairs);
    }

    // ------------------------------------------------------------------ planted problems

    /** A planted problem with its paths translated to the model's row indexes. */
    private static final class Target {
        final Expected.Planted planted;
        final List<String> cells = new ArrayList<>();
        final List<String> paths = new ArrayList<>();

        Target(Expected.Planted planted, List<Map<String, Map<Integer, Integer>>> alignments) {
            this.planted = planted;
            planted.cells().forEach(c -> cells.add(cell(c)));
            for (String p : planted.paths()) {
                paths.add(p);
                Matcher m = INDEXED.matcher(p);
                if (m.matches()) {
                    for (Map<String, Map<Integer, Integer>> a : alignments) {
                        Integer to = a.getOrDefault(m.group(1), Map.of()).get(Integer.parseInt(m.group(2)));
                        if (to != null) {
                            paths.add(m.group(1) + "[" + to + "]" + m.group(3));
                        }
                    }
                }
            }
        }

        boolean matches(Finding f) {
            if (f.origin().isPresent() && cells.contains(cell(f.origin().get().sheet() + "!" + f.origin().get().cell()))) {
                return true;
            }
            String fp = f.path();
            if (fp.isEmpty()) {
                return false;
            }
            for (String p : paths) {
                if (related(p, fp)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether one path is the other or contains it (a row and one of its cells, a table and one of its rows). */
    private static boolean related(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || prefix(a, b) || prefix(b, a);
    }

    private static boolean prefix(String shorter, String longer) {
        return longer.startsWith(shorter) && longer.length() > shorter.length()
                && (longer.charAt(shorter.length()) == '.' || longer.charAt(shorter.length()) == '[');
    }

    /** {@code Sheet!A1} normalised: NFKC sheet name trimmed and without quotes, the cell upper-case without $. */
    static String cell(String ref) {
        String s = Normalizer.normalize(ref, Normalizer.Form.NFKC).strip();
        int bang = s.lastIndexOf('!');
        if (bang < 0) {
            return s.toUpperCase(Locale.ROOT);
        }
        String sheet = s.substring(0, bang).strip();
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            sheet = sheet.substring(1, sheet.length() - 1);
        }
        return sheet + "!" + s.substring(bang + 1).replace("$", "").strip().toUpperCase(Locale.ROOT);
    }
}
