package io.github.medsecforms.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.PhoneNumber;
import java.lang.reflect.Method;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a value the reader produced is compared with the value a drawer meant: both brought to a canonical text
 * (NFKC, no white space, ASCII lower case); choices by their wording or their code; phone numbers by their digits;
 * bed bands by their bounds; a picture as {@code true}. Scorer's side only: nothing here is the reader's logic.
 */
final class Values {
    private Values() {
    }

    /** An expected object flattened to dotted paths; arrays (tables) are kept whole under their path. */
    static Map<String, JsonNode> flatten(JsonNode object) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flatten("", object, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(path, v, out);
            } else if (!v.isNull()) {
                out.put(path, v);
            }
        }
    }

    /**
     * The value at {@code path} of a model object: a record component, or failing that a derived value (a no-argument
     * method such as {@code supportPolicy()}), {@code Optional}s unwrapped.
     */
    /**
     * Paths the drawers were given (briefs/keys) that the model has since renamed: the value is looked up where the
     * model keeps it now (the expected files stay as drawn).
     */
    static final Map<String, String> RENAMED = Map.of("basicInfo.confirmerName", "confirmation.confirmerName");

    static Optional<Object> at(Object root, String path) {
        path = RENAMED.getOrDefault(path, path);
        Optional<Object> v = FormPaths.value(root, path);
        if (v.isPresent() || root == null || path.contains(".") || path.contains("[")) {
            return v;
        }
        try {
            Method m = root.getClass().getMethod(path);
            Object r = m.invoke(root);
            if (r instanceof Optional<?> o) {
                return Optional.ofNullable(o.orElse(null));
            }
            return Optional.ofNullable(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the model's value equals what the drawer meant. */
    static boolean same(Optional<Object> model, JsonNode expected) {
        if (model.isEmpty()) {
            return false;
        }
        Object m = model.get();
        String e = expected.isTextual() ? expected.asText() : expected.toString();
        if (m instanceof ImageData) {
            return expected.asBoolean(false) || "true".equalsIgnoreCase(e);
        }
        if (m instanceof Boolean b) {
            return b == expected.asBoolean(!b) || key(e).equals(b ? "はい" : "いいえ");
        }
        if (m instanceof Choice c) {
            String k = key(e);
            return k.equals(key(c.label())) || (m instanceof Enum<?> en && k.equals(key(en.name())));
        }
        if (m instanceof PhoneNumber p) {
            // the number itself: an extension or a note written after it (（内線512）) is not part of a phone number
            return digits(p.toString()).equals(digits(e.replaceAll("[(（].*$", "").replaceAll("(内線|ext).*$", "")));
        }
        if (m instanceof BedBand band) {
            try {
                BedBand b = BedBand.parse(e);
                return b.minBeds() == band.minBeds() && b.maxBeds() == band.maxBeds();
            } catch (RuntimeException ex) {
                // a band written by its name only (小規模), which the quota table of the same form defines: by its name
                String label = key(band.label());
                String name = key(e);
                return label.equals(name) || label.startsWith(name) && label.length() > name.length()
                        && "(（".indexOf(label.charAt(name.length())) >= 0;
            }
        }
        if (m instanceof List<?> list) {
            return key(String.join("", list.stream().map(String::valueOf).toList())).equals(key(e));
        }
        return key(String.valueOf(m)).equals(key(e));
    }

    /** Canonical text: NFKC, without white space, ASCII letters lower-cased. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    private static String digits(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }

    /** A model value as the report shows it. */
    static String show(Optional<Object> model) {
        if (model.isEmpty()) {
            return "(none)";
        }
        Object m = model.get();
        if (m instanceof Choice c) {
            return c.label();
        }
        if (m instanceof ImageData) {
            return "(picture)";
        }
        return String.valueOf(m);
    }

    /** The rows of an expected table, each flattened. */
    static List<Map<String, JsonNode>> rows(JsonNode array) {
        List<Map<String, JsonNode>> rows = new ArrayList<>();
        for (JsonNode row : array) {
            rows.add(row.isObject() ? flatten(row) : Map.of());
        }
        return rows;
    }
}
