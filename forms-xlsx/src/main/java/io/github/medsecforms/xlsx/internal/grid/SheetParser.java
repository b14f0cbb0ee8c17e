package io.github.medsecforms.xlsx.internal.grid;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams one worksheet part ({@code xl/worksheets/sheetN.xml}) into a {@link SheetBuilder}: {@code <dimension>}
 * (an early row-limit check), {@code <sheetData>} cells and {@code <mergeCells>}; everything else is skipped.
 * Cells without an {@code r} attribute take the next column (and rows without one the next row), as LibreOffice
 * and other writers expect.
 */
final class SheetParser {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final LocalDate LEAP_BUG = LocalDate.of(1900, 3, 1);

    private final GridReader.Reading reading;
    private final SheetBuilder sheet;
    private final XMLStreamReader2 r;
    private final int maxRows;
    private final String name;
    private final Decoders.Ref refDecoder = new Decoders.Ref();
    private final Decoders.Int intDecoder = new Decoders.Int();
    private final Decoders.Number numberDecoder = new Decoders.Number();
    private final Decoders.Type typeDecoder = new Decoders.Type();

    SheetParser(GridReader.Reading reading, SheetBuilder sheet, XMLStreamReader2 r) {
        this.reading = reading;
        this.sheet = sheet;
        this.r = r;
        this.maxRows = reading.limits().maxRowsPerSheet();
        this.name = sheet.name();
    }

    Void parse() throws XMLStreamException, GridException {
        while (Xml.nextChild(r)) {
            String ln = r.getLocalName();
            if ("sheetData".equals(ln)) {
                sheetData();
            } else if ("dimension".equals(ln)) {
                dimension(Xml.attr(r, "ref"));
                r.skipElement();
            } else if ("mergeCells".equals(ln)) {
                mergeCells();
            } else {
                r.skipElement();
            }
        }
        return null;
    }

    private void dimension(String ref) throws GridException {
        if (ref == null) {
            return;
        }
        long last = CellRef.parse(ref.substring(ref.indexOf(':') + 1));
        if (last >= 0 && CellRef.row(last) >= maxRows) {
            throw new GridException(GridError.TOO_MANY_ROWS, maxRows, CellRef.row(last) + 1, name);
        }
    }

    private void mergeCells() throws XMLStreamException, GridException {
        while (Xml.nextChild(r)) {
            if ("mergeCell".equals(r.getLocalName())) {
                String ref = Xml.attr(r, "ref");
                CellRange range;
                try {
                    range = CellRange.parse(ref == null ? "" : ref);
                } catch (IllegalArgumentException e) {
                    throw new GridException(GridError.CELL_REFERENCE, name, ref == null ? "" : ref);
                }
                reading.countMergedRegion();
                sheet.merged.add(range);
            }
            r.skipElement();
        }
    }

    private void sheetData() throws XMLStreamException, GridException {
        int row = -1;
        while (Xml.nextChild(r)) {
            if (!"row".equals(r.getLocalName())) {
                r.skipElement();
                continue;
            }
            int n = rowNumber();
            row = n > 0 ? n - 1 : row + 1;
            int col = -1;
            while (Xml.nextChild(r)) {
                if ("c".equals(r.getLocalName())) {
                    col = cell(row, col);
                } else {
                    r.skipElement();
                }
            }
        }
    }

    /** The {@code r} attribute of the current {@code <row>} (1-based), or 0 when absent. */
    private int rowNumber() throws XMLStreamException, GridException {
        int attrs = r.getAttributeCount();
        for (int i = 0; i < attrs; i++) {
            if ("r".equals(r.getAttributeLocalName(i))) {
                r.getAttributeAs(i, intDecoder);
                int n = intDecoder.value;
                if (n < 1 || n > CellRef.MAX_ROWS) {
                    throw new GridException(GridError.CELL_REFERENCE, name, r.getAttributeValue(i));
                }
                return n;
            }
        }
        return 0;
    }

    /** Parses one {@code <c>}; returns its column. */
    private int cell(int rowIndex, int prevCol) throws XMLStreamException, GridException {
        int refIndex = -1;
        long packed = -1;
        int t = Decoders.Type.NUMBER;
        int style = 0;
        int attrs = r.getAttributeCount();
        for (int i = 0; i < attrs; i++) {
            String an = r.getAttributeLocalName(i);
            if (an.length() == 1) {
                switch (an.charAt(0)) {
                    case 'r' -> {
                        r.getAttributeAs(i, refDecoder);
                        packed = refDecoder.value;
                        refIndex = i;
                    }
                    case 't' -> {
                        r.getAttributeAs(i, typeDecoder);
                        t = typeDecoder.value;
                    }
                    case 's' -> {
                        r.getAttributeAs(i, intDecoder);
                        style = Math.max(0, intDecoder.value);
                    }
                    default -> {
                    }
                }
            }
        }
        int row;
        int col;
        if (refIndex >= 0) {
            if (packed < 0) {
                throw new GridException(GridError.CELL_REFERENCE, name, r.getAttributeValue(refIndex));
            }
            row = CellRef.row(packed);
            col = CellRef.col(packed);
        } else {
            row = Math.max(rowIndex, 0);
            col = prevCol + 1;
            if (col >= CellRef.MAX_COLUMNS) {
                throw new GridException(GridError.CELL_REFERENCE, name, "R" + (row + 1) + "C" + (col + 1));
            }
        }
        if (row >= maxRows) {
            throw new GridException(GridError.TOO_MANY_ROWS, maxRows, row + 1, name);
        }
        if (t == Decoders.Type.UNKNOWN) {
            throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(row, col));
        }

        boolean hasValue = false;
        String v = null;
        String inline = null;
        boolean formula = false;
        while (Xml.nextChild(r)) {
            String ln = r.getLocalName();
            if ("v".equals(ln)) {
                hasValue = true;
                switch (t) {
                    case Decoders.Type.NUMBER -> r.getElementAs(numberDecoder);
                    case Decoders.Type.SHARED -> r.getElementAs(intDecoder);
                    default -> v = r.getElementText();
                }
            } else if ("f".equals(ln)) {
                formula = true;
                r.skipElement();
            } else if ("is".equals(ln)) {
                inline = GridReader.Reading.richText(r, reading.limits().maxCellChars(), name + "!" + CellRef.a1(row, col));
            } else {
                r.skipElement();
            }
        }
        int flags = formula ? GridSheet.FORMULA : 0;
        if (hasValue && t == Decoders.Type.NUMBER && numberDecoder.empty
                || hasValue && v != null && v.isBlank() && t != Decoders.Type.INLINE && t != Decoders.Type.FORMULA_STRING) {
            hasValue = false; // <v/>: nothing was cached (scripts such as openpyxl write formulas so)
            v = null;
        }
        if (formula && !hasValue && inline == null) {
            sheet.uncachedFormula(row, col); // read as blank; the reader says so
            return col;
        }
        switch (t) {
            case Decoders.Type.NUMBER -> {
                if (hasValue) {
                    double d = numberDecoder.value;
                    if (Double.isNaN(d)) {
                        throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(row, col));
                    }
                    add(row, col, CellType.NUMBER.ordinal() | flags | (reading.isDateStyle(style) ? GridSheet.DATE : 0),
                            Double.doubleToRawLongBits(d));
                }
            }
            case Decoders.Type.SHARED -> {
                if (hasValue) {
                    int index = intDecoder.value;
                    if (index < 0) {
                        throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(row, col));
                    }
                    if (index >= reading.sharedCount()) {
                        throw new GridException(GridError.SHARED_STRING_INDEX, name, CellRef.a1(row, col), index,
                                reading.sharedCount());
                    }
                    add(row, col, CellType.STRING.ordinal() | flags, index);
                }
            }
            case Decoders.Type.INLINE -> {
                String s = inline != null ? inline : v != null ? GridReader.Reading.decodeEscapes(v) : null;
                if (s != null) {
                    addLocal(row, col, CellType.STRING, flags, s);
                }
            }
            case Decoders.Type.FORMULA_STRING -> {
                if (v != null) {
                    addLocal(row, col, CellType.STRING, flags, GridReader.Reading.decodeEscapes(v));
                }
            }
            case Decoders.Type.BOOLEAN -> {
                if (v != null) {
                    String b = v.trim();
                    long value;
                    if (b.equals("1") || b.equalsIgnoreCase("true")) {
                        value = 1;
                    } else if (b.equals("0") || b.equalsIgnoreCase("false")) {
                        value = 0;
                    } else {
                        throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(row, col));
                    }
                    add(row, col, CellType.BOOLEAN.ordinal() | flags, value);
                }
            }
            case Decoders.Type.ERROR -> {
                if (v != null) {
                    addLocal(row, col, CellType.ERROR, flags, v.trim());
                }
            }
            default -> { // DATE
                if (v != null) {
                    double serial = isoSerial(v.trim());
                    if (Double.isNaN(serial)) {
                        throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(row, col));
                    }
                    add(row, col, CellType.NUMBER.ordinal() | flags | GridSheet.DATE, Double.doubleToRawLongBits(serial));
                }
            }
        }
        return col;
    }

    private void add(int row, int col, int kind, long value) throws GridException {
        reading.countCell();
        sheet.add(row, col, kind, value);
    }

    private void addLocal(int row, int col, CellType type, int flags, String s) throws GridException {
        reading.text(s, name + "!" + CellRef.a1(row, col));
        add(row, col, type.ordinal() | flags | GridSheet.LOCAL, sheet.local(s));
    }

    /** An ISO 8601 date, date-time or time ({@code t="d"}) as an Excel serial number; NaN if unreadable. */
    private double isoSerial(String iso) {
        try {
            LocalDateTime dt;
            if (iso.indexOf('T') > 0) {
                dt = LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso);
            } else if (iso.indexOf(':') > 0) {
                LocalTime time = LocalTime.parse(iso);
                return time.toNanoOfDay() / 86_400e9;
            } else {
                dt = LocalDate.parse(iso).atStartOfDay();
            }
            LocalDate date = dt.toLocalDate();
            long days;
            if (reading.date1904()) {
                days = ChronoUnit.DAYS.between(EPOCH_1904, date);
            } else {
                // Excel counts the non-existent 1900-02-29, so dates before March 1900 are one less
                days = ChronoUnit.DAYS.between(EPOCH_1900, date) - (date.isBefore(LEAP_BUG) ? 1 : 0);
            }
            return days + dt.toLocalTime().toNanoOfDay() / 86_400e9;
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
