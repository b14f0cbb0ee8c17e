package io.github.medsecforms.xlsx.internal.grid;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams a drawing part ({@code xl/drawings/drawingN.xml}): for each anchor (two-cell, one-cell, absolute) its
 * top-left cell ({@code xdr:from}) and the pictures ({@code xdr:pic}, by their blip's {@code r:embed}) and shapes
 * with a text body ({@code xdr:sp}) in it, also inside groups. Markup-compatibility blocks
 * ({@code mc:AlternateContent}) contribute their first {@code mc:Choice} only, so that nothing is listed twice.
 * Pictures are collected as pending references: their media are read after this part (one inflater per zip).
 */
final class DrawingParser {
    /** A picture whose media part is still to be read. */
    record PendingPicture(String embed, int row, int col) {
    }

    private final GridReader.Reading reading;
    private final SheetBuilder sheet;
    private final List<PendingPicture> pictures = new ArrayList<>();
    private XMLStreamReader2 r;

    DrawingParser(GridReader.Reading reading, SheetBuilder sheet) {
        this.reading = reading;
        this.sheet = sheet;
    }

    List<PendingPicture> pictures() {
        return pictures;
    }

    void parse(XMLStreamReader2 reader) throws XMLStreamException, GridException {
        this.r = reader;
        anchors();
    }

    /** Children of the root (or of an mc:Choice at that level): anchors. */
    private void anchors() throws XMLStreamException, GridException {
        while (Xml.nextChild(r)) {
            String ln = r.getLocalName();
            if ("twoCellAnchor".equals(ln) || "oneCellAnchor".equals(ln) || "absoluteAnchor".equals(ln)) {
                anchor();
            } else if ("AlternateContent".equals(ln)) {
                alternate(true, -1, -1);
            } else {
                r.skipElement();
            }
        }
    }

    private void alternate(boolean topLevel, int row, int col) throws XMLStreamException, GridException {
        boolean chosen = false;
        while (Xml.nextChild(r)) {
            if (!chosen && "Choice".equals(r.getLocalName())) {
                chosen = true;
                if (topLevel) {
                    anchors();
                } else {
                    objects(row, col);
                }
            } else {
                r.skipElement();
            }
        }
    }

    private void anchor() throws XMLStreamException, GridException {
        int row = -1;
        int col = -1;
        while (Xml.nextChild(r)) {
            String ln = r.getLocalName();
            if ("from".equals(ln)) {
                while (Xml.nextChild(r)) {
                    String pn = r.getLocalName();
                    if ("row".equals(pn)) {
                        row = Xml.intValue(r.getElementText().trim(), -1);
                    } else if ("col".equals(pn)) {
                        col = Xml.intValue(r.getElementText().trim(), -1);
                    } else {
                        r.skipElement();
                    }
                }
                if (row >= CellRef.MAX_ROWS || col >= CellRef.MAX_COLUMNS || row < 0 || col < 0) {
                    row = -1;
                    col = -1;
                }
            } else {
                object(ln, row, col);
            }
        }
    }

    /** Children of a group or an mc:Choice inside an anchor: drawing objects. */
    private void objects(int row, int col) throws XMLStreamException, GridException {
        while (Xml.nextChild(r)) {
            object(r.getLocalName(), row, col);
        }
    }

    private void object(String ln, int row, int col) throws XMLStreamException, GridException {
        switch (ln) {
            case "pic" -> picture(row, col);
            case "sp" -> shape(row, col);
            case "grpSp" -> objects(row, col);
            case "AlternateContent" -> alternate(false, row, col);
            default -> r.skipElement();
        }
    }

    private void picture(int row, int col) throws XMLStreamException, GridException {
        String embed = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (embed == null && "blip".equals(r.getLocalName())) {
                    embed = Xml.relAttr(r, "embed");
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
        if (embed != null) {
            reading.countDrawingObject();
            pictures.add(new PendingPicture(embed, row, col));
        }
    }

    private void shape(int row, int col) throws XMLStreamException, GridException {
        String text = null;
        while (Xml.nextChild(r)) {
            if ("txBody".equals(r.getLocalName())) {
                text = textBody();
            } else {
                r.skipElement();
            }
        }
        if (text != null) {
            reading.countDrawingObject();
            reading.text(text, sheet.name() + " shape");
            sheet.shapes.add(new Shape(text, row, col));
        }
    }

    /** Paragraphs ({@code a:p}) joined by newlines; runs, fields and line breaks inside a paragraph. */
    private String textBody() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        int limit = reading.limits().maxCellChars() + 1;
        while (Xml.nextChild(r)) {
            if (!"p".equals(r.getLocalName())) {
                r.skipElement();
                continue;
            }
            if (!first) {
                sb.append('\n');
            }
            first = false;
            while (Xml.nextChild(r)) {
                String ln = r.getLocalName();
                if ("r".equals(ln) || "fld".equals(ln)) {
                    while (Xml.nextChild(r)) {
                        if ("t".equals(r.getLocalName())) {
                            String t = r.getElementText();
                            if (sb.length() < limit) {
                                sb.append(t, 0, Math.min(t.length(), limit));
                            }
                        } else {
                            r.skipElement();
                        }
                    }
                } else if ("br".equals(ln)) {
                    sb.append('\n');
                    r.skipElement();
                } else {
                    r.skipElement();
                }
            }
        }
        return sb.toString();
    }
}
