package io.github.medsecforms.xlsx.internal.grid;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The relationships of one part ({@code _rels/*.rels}). Targets are resolved to part names only when used: an
 * internal target that climbs above the package root or is an absolute URI (a scheme such as {@code file:}) is
 * refused with {@link GridError#RELATIONSHIP_ESCAPE}; external targets ({@code TargetMode="External"}, e.g.
 * hyperlinks, linked pictures) are never followed. Unused relationships are not checked.
 */
final class Relationships {
    /** One relationship; {@code target} as written. */
    record Rel(String id, String type, String target, boolean external) {
        boolean isType(String suffix) {
            return type != null && type.endsWith(suffix);
        }
    }

    static final Relationships NONE = new Relationships("", List.of());

    private final String source;
    private final List<Rel> all;
    private final Map<String, Rel> byId = new HashMap<>();

    private Relationships(String source, List<Rel> all) {
        this.source = source;
        this.all = all;
        for (Rel rel : all) {
            byId.putIfAbsent(rel.id(), rel);
        }
    }

    /** The name of the relationships part of {@code part} ({@code ""} is the package itself). */
    static String partOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Parses a relationships part whose root element is current. */
    static Relationships parse(XMLStreamReader2 r, String source) throws XMLStreamException, GridException {
        List<Rel> rels = new ArrayList<>();
        int count = 0;
        while (Xml.nextChild(r)) {
            Xml.countStructure(r, ++count, partOf(source));
            if ("Relationship".equals(r.getLocalName())) {
                String id = Xml.attr(r, "Id");
                String type = Xml.attr(r, "Type");
                if (id != null && isFollowed(type)) {
                    rels.add(new Rel(id, type, Xml.attr(r, "Target"),
                            "External".equalsIgnoreCase(Xml.attr(r, "TargetMode"))));
                }
            }
            r.skipElement();
        }
        return new Relationships(source, rels);
    }

    /** Only the relationship types the grid follows are kept (hyperlinks, printer settings … are not). */
    private static boolean isFollowed(String type) {
        if (type == null) {
            return false;
        }
        int slash = type.lastIndexOf('/');
        return switch (type.substring(slash + 1)) {
            case "officeDocument", "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet", "styles", "sharedStrings",
                    "drawing", "image" -> true;
            default -> false;
        };
    }

    Rel byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The first internal relationship whose type ends with {@code suffix}, or null. */
    Rel firstOfType(String suffix) {
        for (Rel rel : all) {
            if (!rel.external() && rel.isType(suffix)) {
                return rel;
            }
        }
        return null;
    }

    List<Rel> all() {
        return all;
    }

    /** The part name {@code rel} targets, resolved against this part's folder. */
    String resolve(Rel rel) throws GridException {
        return resolve(source, rel.target());
    }

    /** Resolves {@code target} against the folder of {@code source}; refuses escapes and absolute URIs. */
    static String resolve(String source, String target) throws GridException {
        if (target == null || target.isEmpty()) {
            throw new GridException(GridError.RELATIONSHIP_ESCAPE, source, String.valueOf(target));
        }
        String t = target.replace('\\', '/');
        if (hasScheme(t) || t.startsWith("//")) {
            throw new GridException(GridError.RELATIONSHIP_ESCAPE, source, target);
        }
        if (t.indexOf('%') >= 0) {
            try {
                t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                throw new GridException(GridError.RELATIONSHIP_ESCAPE, source, target);
            }
        }
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        List<String> segments = new ArrayList<>();
        if (!t.startsWith("/")) {
            int slash = source.lastIndexOf('/');
            if (slash > 0) {
                for (String s : source.substring(0, slash).split("/")) {
                    if (!s.isEmpty()) {
                        segments.add(s);
                    }
                }
            }
        }
        for (String s : t.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    throw new GridException(GridError.RELATIONSHIP_ESCAPE, source, target);
                }
                segments.remove(segments.size() - 1);
            } else {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            throw new GridException(GridError.RELATIONSHIP_ESCAPE, source, target);
        }
        return String.join("/", segments);
    }

    private static boolean hasScheme(String t) {
        int colon = t.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        int slash = t.indexOf('/');
        return slash < 0 || colon < slash;
    }
}
