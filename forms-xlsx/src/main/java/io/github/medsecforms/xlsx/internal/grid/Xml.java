package io.github.medsecforms.xlsx.internal.grid;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import io.github.medsecforms.xlsx.ReadLimits;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The hardened StAX (Woodstox) factory and small cursor helpers shared by the part parsers. The factory is
 * configured once and never changed, so it is safe to share between threads (Woodstox's factories are
 * thread-safe for creating readers).
 *
 * <p>Hardening: no DTD support, no external entities, no entity replacement, a resolver that refuses everything,
 * and any DOCTYPE refused outright ({@link GridError#XML_DTD}) before its internal subset could be used; structural
 * limits (element depth {@value #MAX_DEPTH}, {@value #MAX_ATTRIBUTES} attributes per element, attribute values of
 * {@value #MAX_ATTRIBUTE_CHARS} characters, text events of {@value #MAX_TEXT_CHARS} characters,
 * {@value GuardedReader#MAX_NAMES} distinct names per part) bound the parser's own memory independently of
 * {@link ReadLimits}. Names are not interned.
 */
final class Xml {
    /** The deepest element nesting a part may have (the root is at depth 1). */
    static final int MAX_DEPTH = 128;
    /** The most attributes one element may have. */
    static final int MAX_ATTRIBUTES = 64;
    /** The longest attribute value, in characters. */
    static final int MAX_ATTRIBUTE_CHARS = 256 * 1024;
    /** The longest text event, in characters (as Woodstox counts them). */
    static final int MAX_TEXT_CHARS = 4 << 20;

    private static final XMLInputFactory2 FACTORY = createFactory();

    private Xml() {
    }

    private static XMLInputFactory2 createFactory() {
        // Woodstox by name, not by service lookup (another StAX provider on the class path must not be picked);
        // reflectively, because its class carries an OSGi annotation javac would warn about
        XMLInputFactory2 f;
        try {
            f = (XMLInputFactory2) Class.forName("com.ctc.wstx.stax.WstxInputFactory", true, Xml.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Woodstox (com.fasterxml.woodstox:woodstox-core) is missing", e);
        }
        f.configureForSpeed();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // names from hostile files must not go to the JVM's string pool
        f.setProperty(XMLInputFactory2.P_INTERN_NAMES, false);
        f.setProperty(XMLInputFactory2.P_INTERN_NS_URIS, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not resolved");
        });
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        f.setProperty(WstxInputProperties.P_INPUT_BUFFER_LENGTH, 8000);
        return f;
    }

    /** A body that parses one part. */
    @FunctionalInterface
    interface PartBody<T> {
        T parse(XMLStreamReader2 r) throws XMLStreamException, GridException;
    }

    /**
     * Parses part {@code partName} from {@code in}: positions the reader on the root element (refusing a DOCTYPE)
     * and runs {@code body}; maps parser failures to {@link GridError#XML_MALFORMED} and unwraps {@link GridAbort}.
     */
    static <T> T parse(InputStream in, String partName, PartBody<T> body) throws GridException {
        XMLStreamReader2 r = null;
        try {
            r = new GuardedReader((XMLStreamReader2) FACTORY.createXMLStreamReader(in), partName);
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    break;
                }
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new GridException(GridError.XML_DTD, partName);
                }
                if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw new GridException(GridError.XML_MALFORMED, partName, 1);
                }
            }
            return body.parse(r);
        } catch (GridAbort abort) {
            throw abort.exception();
        } catch (XMLStreamException | WstxLazyException e) {
            GridAbort abort = findAbort(e);
            if (abort != null) {
                throw abort.exception();
            }
            int line = 0;
            if (e instanceof XMLStreamException x && x.getLocation() != null) {
                line = x.getLocation().getLineNumber();
            } else if (r != null && r.getLocation() != null) {
                line = r.getLocation().getLineNumber();
            }
            throw new GridException(GridError.XML_MALFORMED, e, partName, Math.max(line, 1));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond buffers
                }
            }
        }
    }

    private static GridAbort findAbort(Throwable t) {
        for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
            if (t instanceof GridAbort a) {
                return a;
            }
        }
        return null;
    }

    /** The value of the un-namespaced attribute {@code localName}, or null. */
    static String attr(XMLStreamReader r, String localName) {
        int n = r.getAttributeCount();
        for (int i = 0; i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /**
     * The value of attribute {@code localName} in the relationships namespace (transitional or strict OOXML,
     * e.g. {@code r:id}, {@code r:embed}), or null.
     */
    static String relAttr(XMLStreamReader r, String localName) {
        int n = r.getAttributeCount();
        for (int i = 0; i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns != null && ns.endsWith("relationships")) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /**
     * Advances to the next child element of the current element, or returns false at its end tag. Call when
     * positioned on a start tag (first child) or on a child's end tag (next sibling).
     */
    static boolean nextChild(XMLStreamReader2 r) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** Entries of a list part (relationships, content types) beyond which it is refused as structurally abnormal. */
    static final int MAX_LIST_ENTRIES = 100_000;

    /** Refuses a list part with more than {@link #MAX_LIST_ENTRIES} entries; {@code count} is the current one. */
    static void countStructure(XMLStreamReader r, int count, String part) throws GridException {
        if (count > MAX_LIST_ENTRIES) {
            throw new GridException(GridError.XML_MALFORMED, part,
                    r.getLocation() == null ? 1 : Math.max(1, r.getLocation().getLineNumber()));
        }
    }

    /** Whether {@code value} is an OOXML boolean true ({@code 1} or {@code true}). */
    static boolean isTrue(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    /** Parses a non-negative int attribute, or {@code fallback} when absent or malformed. */
    static int intValue(String value, int fallback) {
        if (value == null || value.isEmpty() || value.length() > 9) {
            return fallback;
        }
        int v = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return fallback;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
