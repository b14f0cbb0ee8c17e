package io.github.medsecforms.xlsx.internal.grid;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

/**
 * Bounds the distinct names of one part. The parser keeps every distinct element, attribute, prefix and namespace
 * name in a per-reader symbol table with no cap, so a part made of millions of different names (compressing only
 * ~5:1, hence within the size and ratio limits) would exhaust the heap: about 18 MB of such a zip takes more than
 * 256 MB. Real parts use a few hundred names. Every start tag passes through {@link #next()} — also those of
 * skipped subtrees, as {@link #skipElement()} is re-implemented on top of it — and the part is refused
 * ({@link GridError#XML_MALFORMED}) past {@value #MAX_NAMES} distinct names.
 */
final class GuardedReader extends StreamReader2Delegate {
    static final int MAX_NAMES = 4096;

    private final String part;
    /**
     * The distinct names, open addressing by {@link String#hashCode()}; at most half full, grown by doubling up to
     * {@code MAX_NAMES * 2} slots (a part's few hundred names need a small table, and every part gets a guard).
     */
    private String[] table = new String[256];
    /** The names seen last, compared by identity: the parser hands out one instance per name. */
    private final String[] recent = new String[16];
    private int recentNext;
    private int names;

    GuardedReader(XMLStreamReader2 reader, String part) {
        super(reader);
        this.part = part;
    }

    @Override
    public int next() throws XMLStreamException {
        int ev = _delegate2.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
            check();
        }
        return ev;
    }

    @Override
    public void skipElement() throws XMLStreamException {
        if (_delegate2.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new IllegalStateException("not at a start tag");
        }
        int depth = 1;
        while (depth > 0) {
            int ev = next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private void check() {
        XMLStreamReader2 r = _delegate2;
        name(r.getLocalName());
        name(r.getPrefix());
        int attributes = r.getAttributeCount();
        for (int i = 0; i < attributes; i++) {
            name(r.getAttributeLocalName(i));
            name(r.getAttributePrefix(i));
        }
        int namespaces = r.getNamespaceCount();
        for (int i = 0; i < namespaces; i++) {
            name(r.getNamespacePrefix(i));
            name(r.getNamespaceURI(i));
        }
    }

    private void name(String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        int mask = table.length - 1;
        if (table[s.hashCode() & mask] == s) {
            return; // the usual case: seen before, at its first probe (the hash is cached in the string)
        }
        String[] rec = recent;
        for (String r : rec) {
            if (r == s) {
                return;
            }
        }
        rec[recentNext] = s;
        recentNext = (recentNext + 1) & (rec.length - 1);
        for (int i = s.hashCode() & mask; ; i = (i + 1) & mask) {
            String t = table[i];
            if (t == null) {
                if (++names > MAX_NAMES) {
                    int line = _delegate2.getLocation() == null ? 1 : _delegate2.getLocation().getLineNumber();
                    throw new GridAbort(new GridException(GridError.XML_MALFORMED, part, Math.max(1, line)));
                }
                table[i] = s;
                if (names * 2 > table.length) {
                    grow();
                }
                return;
            }
            if (t == s || t.equals(s)) {
                return;
            }
        }
    }

    private void grow() {
        String[] old = table;
        String[] grown = new String[old.length * 2];
        int mask = grown.length - 1;
        for (String t : old) {
            if (t != null) {
                int i = t.hashCode() & mask;
                while (grown[i] != null) {
                    i = (i + 1) & mask;
                }
                grown[i] = t;
            }
        }
        table = grown;
    }
}
