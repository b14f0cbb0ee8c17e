package io.github.medsecforms.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words people use for a form's fields and choices besides the official ones: label synonyms
 * ({@code 病院名} for {@code 医療機関名}, {@code 〒} for {@code 郵便番号}), the official question numbers of a
 * questionnaire, questions asked the other way round, and choice synonyms ({@code 有}, {@code ○}, {@code Yes} for
 * {@code はい}). It is data next to the form's metadata — {@code vocabulary/<form-id>.properties} and
 * {@code vocabulary/choices.properties} in this package — not code per layout: a new wording is a new line there.
 *
 * <p>Keys of a form's file are model paths as the form's descriptors name them: {@code hospitalCode},
 * {@code contact1.name}, a group {@code contact1}, a table column {@code lines[].versionCheck}, a table
 * {@code lines}. A value is a list separated by {@code |}. {@code path#number} gives a question's official number;
 * {@code path#inverse} lists wordings that ask the opposite question (an answer to them is read reversed, and the
 * reader says so). Keys of {@code choices.properties} are {@code SimpleEnumName.CONSTANT}.</p>
 *
 * <p>Public API. Thread-safe.</p>
 */
public final class Vocabulary {
    private static final Map<String, Vocabulary> FORMS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> CHOICES = load("vocabulary/choices.properties");
    private static final Vocabulary NONE = new Vocabulary(Map.of());

    private final Map<String, List<String>> entries;

    private Vocabulary(Map<String, List<String>> entries) {
        this.entries = entries;
    }

    /** The vocabulary of a form (empty when the form has none). */
    public static Vocabulary of(String formId) {
        return FORMS.computeIfAbsent(formId, id -> {
            Map<String, List<String>> e = load("vocabulary/" + id + ".properties");
            return e.isEmpty() ? NONE : new Vocabulary(e);
        });
    }

    /**
     * The model paths this vocabulary gives wordings for (keys without their {@code #number} or {@code #inverse}
     * suffix, {@code @title} left out), sorted.
     */
    public java.util.SortedSet<String> paths() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (String key : entries.keySet()) {
            if (!key.startsWith("@")) {
                int hash = key.indexOf('#');
                out.add(hash < 0 ? key : key.substring(0, hash));
            }
        }
        return out;
    }

    /** Other wordings of the label of {@code path} (a field, a group, a table column or a table). */
    public List<String> synonyms(String path) {
        return entries.getOrDefault(path, List.of());
    }

    /** The official number of the question at {@code path} ({@code 3}, {@code 14-2}), if the form numbers it. */
    public Optional<String> number(String path) {
        List<String> n = entries.get(path + "#number");
        return n == null || n.isEmpty() ? Optional.empty() : Optional.of(n.get(0));
    }

    /** Phrases of the form's title and statement lines, by which a workbook is recognised (key {@code @title}). */
    public List<String> titlePhrases() {
        return entries.getOrDefault("@title", List.of());
    }

    /** Wordings of the opposite question of {@code path}: an answer to one of them is read reversed. */
    public List<String> inverse(String path) {
        return entries.getOrDefault(path + "#inverse", List.of());
    }

    private static final Map<String, List<String>> ABBREVIATIONS = load("vocabulary/abbreviations.properties");

    /**
     * Abbreviations and what they stand for ({@code gip} → {@code グローバルip}, {@code 電カル} → {@code 電子カルテ}),
     * keys NFKC and lower case, longest first: the reader expands them in a label before comparing it.
     */
    public static List<Map.Entry<String, String>> abbreviations() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        ABBREVIATIONS.forEach((k, v) -> out.add(Map.entry(k, v.isEmpty() ? "" : v.get(0))));
        out.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return out;
    }

    /** Other wordings of a choice ({@code 有}, {@code ○} for {@code はい}), in the order of the file. */
    public static List<String> choiceSynonyms(Choice choice) {
        String key = choice instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() + "." + e.name() : "";
        return CHOICES.getOrDefault(key, List.of());
    }

    private static Map<String, List<String>> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            List<String> values = new ArrayList<>();
            for (String v : p.getProperty(key).split("\\|")) {
                String t = v.strip();
                if (!t.isEmpty()) {
                    values.add(t);
                }
            }
            out.put(key.strip(), Collections.unmodifiableList(values));
        }
        return Map.copyOf(out);
    }
}
