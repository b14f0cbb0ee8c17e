package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * An A4 drawing surface over one PDF document with one Japanese font. Every text is cleaned (tabs and control
 * characters become spaces, line ends become {@code \n}) and checked character by character against the font
 * before it is measured or drawn: a character without a glyph fails with {@link IoError#GLYPH_MISSING} naming it,
 * instead of PDFBox's exception or a blank box. Coordinates are PDF points from the page's top-left corner
 * ({@code y} grows downwards), the way layouts are written.
 */
final class Canvas implements Closeable {
    static final PDRectangle A4 = PDRectangle.A4;

    /** Characters that must not start a line (Japanese line-breaking rules, 行頭禁則). */
    private static final String NO_LINE_START = "、。，．,.)）]］}｝」』】〕〉》〗ー－-ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・：；:;!！?？％%";

    private final PDDocument doc;
    private final FontFiles.Loaded font;
    private final Map<Integer, Float> widths = new HashMap<>();
    /** Glyph id → the character drawn with it, for the ToUnicode map (see {@link ToUnicode}). */
    private final Map<Integer, Integer> used = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;

    private Canvas(PDDocument doc, FontFiles.Loaded font) {
        this.doc = doc;
        this.font = font;
    }

    static Canvas open(Path fontFile, String title) {
        PDDocument doc = new PDDocument();
        try {
            FontFiles.Loaded loaded = FontFiles.load(doc, fontFile);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("medsec-forms (Apache PDFBox)");
            return new Canvas(doc, loaded);
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw e;
        }
    }

    String fontName() {
        return font.name();
    }

    float pageWidth() {
        return A4.getWidth();
    }

    float pageHeight() {
        return A4.getHeight();
    }

    int pageCount() {
        return pages.size();
    }

    /** Starts a new page; later drawing goes there. */
    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- text

    /** The text as it will be drawn: no tabs or control characters, {@code \n} line ends. */
    static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Fails with {@link IoError#GLYPH_MISSING} on the first character of {@code text} the font does not have. */
    void check(String text) {
        String s = clean(text);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp != '\n') {
                advance(cp, s);
            }
            i += Character.charCount(cp);
        }
    }

    /** The width of one character in thousandths of the font size, checking that the font has it. */
    private float advance(int cp, String context) {
        Float w = widths.get(cp);
        if (w != null) {
            return w;
        }
        try {
            w = font.font().getStringWidth(new String(Character.toChars(cp)));
        } catch (IllegalArgumentException | IOException e) {
            throw missingGlyph(cp, context);
        }
        widths.put(cp, w);
        ToUnicode.record(used, font.ttf(), cp);
        return w;
    }

    private IoFailure missingGlyph(int cp, String context) {
        String excerpt = context.length() > 40 ? context.substring(0, 40) + "…" : context;
        return IoFailure.of(IoError.GLYPH_MISSING, new String(Character.toChars(cp)),
                String.format(Locale.ROOT, "U+%04X", cp), font.name(), excerpt.replace('\n', ' '));
    }

    /** The width of a single line of text at {@code size} points. */
    float width(String text, float size) {
        String s = clean(text);
        float total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            total += advance(cp, s);
            i += Character.charCount(cp);
        }
        return total / 1000f * size;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}: at line ends, between any two Japanese
     * characters, at spaces between words of Latin text (a word longer than the line is broken anywhere), and never
     * before a closing bracket or punctuation mark (the previous character moves down with it).
     */
    List<String> wrap(String text, float size, float maxWidth) {
        String s = clean(text);
        check(s);
        List<String> lines = new ArrayList<>();
        float max = maxWidth * 1000f / size;
        for (String paragraph : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float w = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                i += Character.charCount(cp);
                float a = advance(cp, s);
                if (w + a > max && line.length() > 0) {
                    String carry = "";
                    if (NO_LINE_START.indexOf(cp) >= 0 && line.length() > 1) {
                        int last = line.offsetByCodePoints(line.length(), -1);
                        carry = line.substring(last);
                        line.setLength(last);
                    } else if (isWordChar(cp) && isWordChar(line.codePointBefore(line.length()))) {
                        int space = line.lastIndexOf(" ");
                        if (space > 0) {
                            carry = line.substring(space + 1);
                            line.setLength(space);
                        }
                    }
                    lines.add(stripEnd(line.toString()));
                    line.setLength(0);
                    line.append(carry);
                    w = rawWidth(carry, s);
                    if (cp == ' ' && line.length() == 0) {
                        continue; // no leading space on a continued line
                    }
                }
                line.appendCodePoint(cp);
                w += a;
            }
            lines.add(stripEnd(line.toString()));
        }
        return lines;
    }

    private float rawWidth(String text, String context) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += advance(cp, context);
            i += Character.charCount(cp);
        }
        return total;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x3000 && cp != ' ' && !Character.isWhitespace(cp);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Draws one line of text with its baseline at {@code y} (from the top). */
    void text(String text, float x, float y, float size) {
        text(text, x, y, size, false);
    }

    /**
     * Draws one line of text; {@code bold} strokes the outlines as well (the font has no bold face), which keeps
     * titles dark on a FAX.
     */
    void text(String text, float x, float y, float size, boolean bold) {
        String s = clean(text).replace('\n', ' ');
        if (s.isEmpty()) {
            return;
        }
        check(s);
        try {
            cs.beginText();
            cs.setFont(font.font(), size);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size / 28f);
            }
            cs.newLineAtOffset(x, pageHeight() - y);
            cs.showText(s);
            cs.endText();
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw missingGlyph(s.codePointAt(0), s); // not expected after check()
        }
    }

    /** Draws text centred on {@code centreX}. */
    void centred(String text, float centreX, float y, float size, boolean bold) {
        text(text, centreX - width(text, size) / 2, y, size, bold);
    }

    // ---------------------------------------------------------------- shapes

    void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, pageHeight() - y1);
            cs.lineTo(x2, pageHeight() - y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle from its top-left corner, stroked. */
    void rect(float x, float y, float w, float h, float lineWidth) {
        try {
            cs.setLineWidth(lineWidth);
            cs.addRect(x, pageHeight() - y - h, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle from its top-left corner, filled with a grey level (0 black, 1 white). */
    void fill(float x, float y, float w, float h, float grey) {
        try {
            cs.setNonStrokingColor(grey);
            cs.addRect(x, pageHeight() - y - h, w, h);
            cs.fill();
            cs.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A QR code's dark modules as black filled rectangles, one per horizontal run of a row, with the code's
     * top-left corner at x, y (the quiet zone is the caller's white space).
     */
    void modules(com.google.zxing.common.BitMatrix m, float x, float y, float module) {
        try {
            cs.setNonStrokingColor(0f);
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    cs.addRect(x + start * module, pageHeight() - y - (row + 1) * module, (col - start) * module,
                            module);
                }
            }
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ellipse around a centre, stroked: the circle that marks a chosen answer. */
    void ellipse(float cx, float cy, float rx, float ry, float lineWidth) {
        float k = 0.5522848f;
        float y = pageHeight() - cy;
        try {
            cs.setLineWidth(lineWidth);
            cs.moveTo(cx - rx, y);
            cs.curveTo(cx - rx, y + k * ry, cx - k * rx, y + ry, cx, y + ry);
            cs.curveTo(cx + k * rx, y + ry, cx + rx, y + k * ry, cx + rx, y);
            cs.curveTo(cx + rx, y - k * ry, cx + k * rx, y - ry, cx, y - ry);
            cs.curveTo(cx - k * rx, y - ry, cx - rx, y - k * ry, cx - rx, y);
            cs.closePath();
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws more on an earlier page (0-based): {@code drawing} runs with that page as the surface, then drawing goes
     * on where it was. Used for what is known only when every page is laid out (the FAX codes of each page).
     */
    void appendTo(int pageIndex, Runnable drawing) {
        PDPageContentStream current = cs;
        try (PDPageContentStream more = new PDPageContentStream(doc, pages.get(pageIndex),
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            if (current != null) {
                current.close();
            }
            cs = more;
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cs = null;
        }
        if (current != null) {
            try { // the page that was current goes on in a stream of its own
                cs = new PDPageContentStream(doc, pages.get(pages.size() - 1),
                        PDPageContentStream.AppendMode.APPEND, true, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------- output

    /**
     * Writes {@code n / N} centred at the foot of every page and {@code footer} at its left, then saves the
     * document (the font embedded as a subset of the characters used).
     */
    byte[] finish(String footer, boolean pageNumbers) {
        try {
            if (cs != null) {
                cs.close();
                cs = null;
            }
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = foot;
                    float y = pageHeight() - 24;
                    if (pageNumbers) {
                        centred((i + 1) + " / " + total, pageWidth() / 2, y, 9, false);
                    }
                    if (footer != null && !footer.isEmpty()) {
                        text(footer, 40, y, 7.5f, false);
                    }
                } finally {
                    cs = null;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return ToUnicode.replace(out.toByteArray(), used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
            }
        } catch (IOException ignored) {
            // closing after a failure
        }
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        try {
            font.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
