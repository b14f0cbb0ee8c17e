package io.github.medsecforms.benchmarks;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The physical floor of reading a workbook: a plain unzip ({@link ZipInputStream} over the bytes, every entry
 * inflated to its end, the picture included) and a plain StAX pass over every worksheet and the shared strings,
 * touching every event — each element's local name, every attribute value, every text event's length (which makes
 * the parser decode its characters, without a String). Nothing is kept: the result is a checksum, so the JIT cannot drop the work.
 */
public final class Floor {
    private final XMLInputFactory factory;
    private final boolean everyXmlPart;
    private final byte[] buffer = new byte[8192];

    private Floor(XMLInputFactory factory, boolean everyXmlPart) {
        this.factory = factory;
        this.everyXmlPart = everyXmlPart;
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** The JDK's own StAX implementation (not the one the service loader would find: Woodstox is on the class path). */
    public static Floor jdk() {
        return new Floor(XMLInputFactory.newDefaultFactory(), false);
    }

    /** Woodstox, the parser the grid uses, configured for speed as the grid configures it. */
    public static Floor woodstox() {
        return new Floor(fastWoodstox(), false);
    }

    /**
     * Woodstox over every XML part ({@code .xml}, {@code .rels}), not only sheets and shared strings: the same
     * parsing work as the grid's, which also reads the content types, relationships, workbook, styles and drawings.
     */
    public static Floor woodstoxEveryXmlPart() {
        return new Floor(fastWoodstox(), true);
    }

    private static XMLInputFactory fastWoodstox() {
        WstxInputFactory f = new WstxInputFactory();
        f.configureForSpeed();
        return f;
    }

    /** The implementation's class name, to check which parser runs. */
    public String parser() {
        return factory.getClass().getName();
    }

    /** Unzips {@code workbook} and parses its sheets and shared strings; a checksum of what was seen. */
    public long pass(byte[] workbook) {
        long sum = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (everyXmlPart ? name.endsWith(".xml") || name.endsWith(".rels") : isSheetOrSharedStrings(name)) {
                    sum += parse(zip);
                }
                int n;
                while ((n = zip.read(buffer)) > 0) { // inflate the rest (all of it for parts not parsed)
                    sum += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    static boolean isSheetOrSharedStrings(String name) {
        return name.equals("xl/sharedStrings.xml") || (name.startsWith("xl/worksheets/") && name.endsWith(".xml")
                && name.indexOf('/', "xl/worksheets/".length()) < 0);
    }

    private long parse(InputStream part) throws IOException {
        long elements = 0;
        long attributeChars = 0;
        long textChars = 0;
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new FilterInputStream(part) {
                @Override
                public void close() {
                    // the zip stream stays open for the next entry
                }
            });
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    elements += r.getLocalName().length();
                    int n = r.getAttributeCount();
                    for (int i = 0; i < n; i++) {
                        attributeChars += r.getAttributeValue(i).length();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    textChars += r.getTextLength(); // parses the text (Woodstox defers it until asked)
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        return elements * 31 + attributeChars * 17 + textChars;
    }
}
