package io.github.medsecforms.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text a PDF reader extracts (copy, search) must be the text drawn. PDFBox 3.0 builds the ToUnicode map of a
 * subset font by looking each glyph's characters up in the font and taking the lowest code point; Japanese fonts
 * share one glyph between an ideograph and its Kangxi radical (支 U+652F and ⽀ U+2F40 in IPAex Gothic), so 支援
 * would be extracted as ⽀援. This class records which character each glyph was drawn for and, after saving,
 * replaces the font's ToUnicode map with exactly that mapping (content codes are the font's glyph ids, Identity-H).
 */
final class ToUnicode {
    private ToUnicode() {
    }

    /** Records that {@code cp} is drawn with its glyph; a unified ideograph wins over a radical sharing the glyph. */
    static void record(Map<Integer, Integer> used, TrueTypeFont ttf, int cp) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            int gid = cmap == null ? 0 : cmap.getGlyphId(cp);
            if (gid <= 0) {
                return;
            }
            Integer previous = used.get(gid);
            if (previous == null || isRadical(previous) && !isRadical(cp)) {
                used.put(gid, cp);
            }
        } catch (IOException e) {
            // no cmap: PDFBox's own map stays
        }
    }

    private static boolean isRadical(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF;
    }

    /** The PDF with the ToUnicode map of every Type 0 font replaced by the characters recorded. */
    static byte[] replace(byte[] pdf, Map<Integer, Integer> used) throws IOException {
        if (used.isEmpty()) {
            return pdf;
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font && font.getCOSObject().getItem(COSName.TO_UNICODE) != null) {
                        COSStream stream = doc.getDocument().createCOSStream();
                        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                            out.write(cmap(used));
                        }
                        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] cmap(Map<Integer, Integer> used) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Map<Integer, Integer> sorted = new TreeMap<>(used);
        int inBlock = 0;
        int remaining = sorted.size();
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            if (inBlock == 0) {
                sb.append(Math.min(100, remaining)).append(" beginbfchar\n");
            }
            sb.append(String.format("<%04X> <", e.getKey()));
            for (char ch : Character.toChars(e.getValue())) {
                sb.append(String.format("%04X", (int) ch));
            }
            sb.append(">\n");
            remaining--;
            if (++inBlock == 100 || remaining == 0) {
                sb.append("endbfchar\n");
                inBlock = 0;
            }
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
