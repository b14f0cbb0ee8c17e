package io.github.medsecforms.json.internal.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.internal.io.Localized;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a layout profile from YAML or JSON text into a {@link LayoutProfile}. The text is walked token by token (no
 * data binding), so that every scalar keeps the text written — {@code yes} stays {@code yes}, {@code 001} stays
 * {@code 001} — and every entry keeps its line: an unknown key, a wrong shape or an entry the form does not have is
 * refused with a coded error at the line it was written on. Bounded: {@link #MAX_BYTES} of text, {@link #MAX_DEPTH}
 * levels of nesting, few YAML aliases, duplicate keys refused.
 */
public final class ProfileReader {
    /** The largest profile read, in bytes. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Mappings and lists nested at most this deep (a profile needs three). */
    static final int MAX_DEPTH = 8;
    /** The keys a profile may have at its top level, in the order the documentation lists them. */
    public static final List<String> KEYS = List.of("name", "description", "form", "sheets", "labels", "choices", "cells");

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final YAMLFactory YAML = yaml();

    private ProfileReader() {
    }

    private static YAMLFactory yaml() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(10);
        loader.setNestingDepthLimit(MAX_DEPTH * 2);
        loader.setCodePointLimit(MAX_BYTES);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** A value as written: text, a list of nodes, or a mapping of nodes (in order); where it was written. */
    private record Node(Object value, int line, int column) {
        boolean isText() {
            return value instanceof String;
        }

        boolean isNull() {
            return value == null;
        }
    }

    /**
     * Reads a profile.
     *
     * @param bytes the file's bytes: UTF-8 (with or without a byte order mark), else Shift_JIS (Windows-31J)
     * @throws IoFailure         for the file itself ({@code MSF-IO-5001} to {@code MSF-IO-5008})
     * @throws FormIoException   for an entry its form does not have ({@code MSF-IO-5010} to {@code MSF-IO-5016}),
     *                           with the entry's line
     */
    public static LayoutProfile read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw IoFailure.of(IoError.PROFILE_TOO_LARGE, MAX_BYTES, bytes.length);
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw IoFailure.of(IoError.PROFILE_EMPTY);
        }
        Node root = parse(text);
        if (root.isNull()) {
            throw IoFailure.of(IoError.PROFILE_EMPTY);
        }
        return profile(root);
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            // saved by Notepad or Excel in Shift_JIS: read it as Windows-31J (MS932), what those write
            return new String(bytes, Charset.forName("windows-31j"));
        }
    }

    private static Node parse(String text) {
        boolean json = text.stripLeading().startsWith("{");
        try (JsonParser p = json ? JSON.createParser(text) : YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Node(null, 1, 1);
            }
            Node root = node(p, 0);
            if (p.nextToken() != null) {
                throw located(IoError.PROFILE_SYNTAX, p.currentLocation(),
                        Localized.message("syntax.trailing"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw located(IoError.PROFILE_SYNTAX, e.getLocation(), firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IoFailure f) {
                throw f;
            }
            // SnakeYAML's own limits (aliases, nesting, size) surface as its exceptions
            throw IoFailure.of(IoError.PROFILE_SYNTAX, firstLine(e.getMessage()));
        }
    }

    /** The node at the parser's current token (a scalar, or the start of a mapping or list). */
    private static Node node(JsonParser p, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        if (depth > MAX_DEPTH) {
            throw located(IoError.PROFILE_SHAPE, at, Localized.message("profile.whole"),
                    Localized.message("profile.shape.mapping"));
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    Node value = node(p, depth + 1);
                    // the entry's position is its key's: that is the line to look at
                    map.put(key, new Node(value.value(), line(keyAt), column(keyAt)));
                }
                return new Node(map, line(at), column(at));
            }
            case START_ARRAY: {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(p, depth + 1));
                }
                return new Node(list, line(at), column(at));
            }
            case VALUE_NULL:
                return new Node(null, line(at), column(at));
            default:
                return new Node(p.getText(), line(at), column(at));
        }
    }

    private static LayoutProfile profile(Node root) {
        Map<String, Node> top = mapping("", root);
        for (Map.Entry<String, Node> e : top.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw located(IoError.PROFILE_UNKNOWN_KEY, e.getValue(), e.getKey(), e.getKey(), String.join(", ", KEYS));
            }
        }
        Map<String, Node> where = new LinkedHashMap<>();
        String name = text("name", top.get("name"));
        String description = text("description", top.get("description"));
        String form = text("form", top.get("form"));
        if (top.get("form") != null) {
            where.put("form", top.get("form"));
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : mapping("sheets", top.get("sheets")).entrySet()) {
            String entry = "sheets." + e.getKey().strip();
            where.put(entry, e.getValue());
            sheets.put(e.getKey(), text(entry, e.getValue()));
        }
        Map<String, List<String>> labels = words("labels", top.get("labels"), where);
        Map<String, List<String>> choices = words("choices", top.get("choices"), where);
        Map<String, LayoutProfile.CellAddress> cells = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : mapping("cells", top.get("cells")).entrySet()) {
            String path = e.getKey().strip();
            String entry = "cells." + path;
            where.put(entry, e.getValue());
            try {
                cells.put(path, LayoutProfile.address(path, text(entry, e.getValue())));
            } catch (FormIoException ex) {
                throw ex.at(e.getValue().line(), e.getValue().column());
            }
        }
        try {
            return new LayoutProfile(name, description, form, sheets, labels, choices, cells);
        } catch (FormIoException e) {
            Node at = e.path().map(where::get).orElse(null);
            throw at == null ? e : e.at(at.line(), at.column());
        }
    }

    private static Map<String, List<String>> words(String section, Node node, Map<String, Node> where) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : mapping(section, node).entrySet()) {
            String entry = section + "." + e.getKey().strip();
            where.put(entry, e.getValue());
            Node value = e.getValue();
            List<String> words = new ArrayList<>();
            if (value.isText() || value.isNull()) {
                words.add(text(entry, value));
            } else if (value.value() instanceof List<?> list) {
                for (Object item : list) {
                    Node n = (Node) item;
                    if (!n.isText()) {
                        throw located(IoError.PROFILE_SHAPE, n, entry, entry, Localized.message("profile.shape.words"));
                    }
                    words.add((String) n.value());
                }
            } else {
                throw located(IoError.PROFILE_SHAPE, value, entry, entry, Localized.message("profile.shape.words"));
            }
            out.put(e.getKey(), words);
        }
        return out;
    }

    /** A mapping, or none for an absent or empty entry. */
    @SuppressWarnings("unchecked")
    private static Map<String, Node> mapping(String entry, Node node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!(node.value() instanceof Map<?, ?> map)) {
            Object name = entry.isEmpty() ? Localized.message("profile.whole") : entry;
            throw located(IoError.PROFILE_SHAPE, node, entry.isEmpty() ? null : entry, name,
                    Localized.message("profile.shape.mapping"));
        }
        return (Map<String, Node>) map;
    }

    /** A text entry; an absent one is empty, an empty one (null) too — the profile says whether that is allowed. */
    private static String text(String entry, Node node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isText()) {
            throw located(IoError.PROFILE_SHAPE, node, entry, entry, Localized.message("profile.shape.text"));
        }
        return (String) node.value();
    }

    private static IoFailure located(IoError error, Node at, String path, Object... args) {
        return new IoFailure(error, path, at.line(), at.column(), null, args);
    }

    private static IoFailure located(IoError error, JsonLocation at, Object... args) {
        return new IoFailure(error, null, line(at), column(at), null, args);
    }

    private static int line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? -1 : at.getLineNr();
    }

    private static int column(JsonLocation at) {
        return at == null || at.getColumnNr() < 1 ? -1 : at.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
