package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * <b>Internal.</b> Reads a workbook (xlsx/xlsm; legacy .xls and password-protected workbooks through
 * {@link OleWorkbook}) into a {@link Grid}. Thread-safe and without global state: each
 * call works on its own objects.
 *
 * <p>How: the zip is read in place through its central directory ({@link ZipArchive}); parts are inflated on demand
 * and streamed into a hardened Woodstox StAX parser ({@link Xml}), in dependency order — content types, package
 * relationships, {@code xl/workbook.xml} and its relationships, styles (which cell formats are dates), shared
 * strings, then each sheet and its drawings. Parts the grid does not need (themes, document properties, VBA,
 * printer settings, calculation chain, unreferenced parts) are never inflated. Every {@link ReadLimits} bound is
 * checked while streaming, so a hostile file is refused with a {@link GridException} after reading at most about
 * the limit.
 */
public final class GridReader {
    private GridReader() {
    }

    /** Reads a workbook from its bytes. */
    public static Grid read(byte[] workbook, ReadLimits limits) throws GridException {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(limits, "limits");
        return new Reading(workbook, workbook.length, limits).read();
    }

    /**
     * Reads a workbook that may be password-protected: an encrypted xlsx (agile or standard encryption) or an
     * encrypted .xls is decrypted with {@code password}; an unprotected workbook is read as by
     * {@link #read(byte[], ReadLimits)}. The password is neither kept nor cleared here (the caller owns the array)
     * and appears in no message.
     *
     * @throws GridException {@link GridError#WRONG_PASSWORD} if the password does not open the workbook
     */
    public static Grid read(byte[] workbook, ReadLimits limits, char[] password) throws GridException {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(limits, "limits");
        Reading reading = new Reading(workbook, workbook.length, limits);
        reading.password = password;
        return reading.read();
    }

    /**
     * Reads a workbook from a stream (not closed), buffering at most {@link ReadLimits#maxInputBytes()} + 1 bytes.
     *
     * @throws IOException when the stream fails
     */
    public static Grid read(InputStream in, ReadLimits limits) throws IOException, GridException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        long max = limits.maxInputBytes();
        byte[] buf = new byte[(int) Math.min(max + 1, 64 * 1024)];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (len > max) {
                    throw new GridException(GridError.INPUT_TOO_LARGE, max, len);
                }
                buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        if (len > max) {
            throw new GridException(GridError.INPUT_TOO_LARGE, max, len);
        }
        return new Reading(buf, len, limits).read();
    }

    /** The state of one read; the sheet and drawing parsers report to it. */
    static final class Reading {
        private static final String[] NO_STRINGS = new String[0];

        private final byte[] data;
        private final int length;
        private final ReadLimits limits;
        private char[] password;
        private ZipArchive zip;
        private final Map<String, String> defaultTypes = new HashMap<>();
        private final Map<String, String> overrideTypes = new HashMap<>();
        private final Map<String, byte[]> media = new HashMap<>();
        private boolean date1904;
        private boolean[] dateStyles = new boolean[0];
        private String[] shared = NO_STRINGS;
        private long cells;
        private long textChars;
        private int mergedRegions;
        private int drawingObjects;
        private long pictureBytes;

        Reading(byte[] data, int length, ReadLimits limits) {
            this.data = data;
            this.length = length;
            this.limits = limits;
        }

        Grid read() throws GridException {
            if (length == 0) {
                throw new GridException(GridError.EMPTY_INPUT);
            }
            if (length > limits.maxInputBytes()) {
                throw new GridException(GridError.INPUT_TOO_LARGE, limits.maxInputBytes(), (long) length);
            }
            if (OleWorkbook.isOle2(data, length)) {
                return OleWorkbook.read(data, length, limits, password);
            }
            if (!ZipArchive.looksLikeZip(data, length)) {
                throw new GridException(GridError.NOT_A_ZIP);
            }
            try (ZipArchive z = ZipArchive.open(data, length, limits)) {
                zip = z;
                return readPackage();
            } catch (GridAbort abort) {
                throw abort.exception();
            }
        }

        private Grid readPackage() throws GridException {
            ZipArchive.Entry types = zip.find("[Content_Types].xml");
            if (types != null) {
                parse(types, "[Content_Types].xml", this::contentTypes);
            }
            Relationships packageRels = relationshipsOf("");
            String main = "xl/workbook.xml";
            Relationships.Rel office = packageRels.firstOfType("/officeDocument");
            if (office != null) {
                main = packageRels.resolve(office);
            }
            if (!zip.has(main)) {
                if (zip.has("xl/workbook.bin") || main.toLowerCase(Locale.ROOT).endsWith(".bin")) {
                    throw new GridException(GridError.BINARY_WORKBOOK);
                }
                if (!zip.has("xl/workbook.xml")) {
                    throw new GridException(GridError.NOT_A_WORKBOOK);
                }
                main = "xl/workbook.xml";
            }
            String mainType = overrideTypes.getOrDefault(main.toLowerCase(Locale.ROOT), "");
            if (mainType.contains("binary")) {
                throw new GridException(GridError.BINARY_WORKBOOK);
            }
            if (!mainType.isEmpty() && !mainType.contains("spreadsheetml") && !mainType.contains("ms-excel")) {
                throw new GridException(GridError.NOT_A_WORKBOOK);
            }
            String format = mainType.contains("macroEnabled") ? "xlsm" : "xlsx";

            final String workbookPart = main;
            List<String[]> sheetRefs = parse(zip.find(main), main, r -> workbook(r, workbookPart));
            if (sheetRefs.isEmpty()) {
                throw new GridException(GridError.NO_SHEETS);
            }
            Relationships rels = relationshipsOf(main);
            String stylesPart = partOf(rels, "/styles", "xl/styles.xml");
            if (stylesPart != null) {
                dateStyles = parse(zip.find(stylesPart), stylesPart, this::styles);
            }
            String sstPart = partOf(rels, "/sharedStrings", "xl/sharedStrings.xml");
            if (sstPart != null) {
                shared = parse(zip.find(sstPart), sstPart, r -> sharedStrings(r, sstPart));
            }
            List<GridSheet> sheets = new ArrayList<>(sheetRefs.size());
            for (String[] ref : sheetRefs) {
                sheets.add(sheet(ref[0], SheetState.valueOf(ref[1]), ref[2], main, rels));
            }
            return new Grid(sheets, date1904, format);
        }

        /** The part of the first relationship of that type, else {@code fallback} if present; null if neither. */
        private String partOf(Relationships rels, String type, String fallback) throws GridException {
            Relationships.Rel rel = rels.firstOfType(type);
            if (rel != null) {
                String part = rels.resolve(rel);
                if (zip.has(part)) {
                    return part;
                }
                throw new GridException(GridError.MISSING_PART, part);
            }
            return zip.has(fallback) ? fallback : null;
        }

        private Relationships relationshipsOf(String part) throws GridException {
            String relsPart = Relationships.partOf(part);
            ZipArchive.Entry e = zip.find(relsPart);
            if (e == null) {
                return Relationships.NONE;
            }
            return parse(e, relsPart, r -> Relationships.parse(r, part));
        }

        private <T> T parse(ZipArchive.Entry entry, String partName, Xml.PartBody<T> body) throws GridException {
            try (InputStream in = zip.open(entry, limits.maxEntryBytes(), GridError.ENTRY_TOO_LARGE)) {
                return Xml.parse(in, partName, body);
            } catch (IOException impossible) {
                throw new GridException(GridError.CORRUPT_ZIP, impossible, partName);
            }
        }

        // ---------------------------------------------------------------- package parts

        private Void contentTypes(XMLStreamReader2 r) throws XMLStreamException, GridException {
            int count = 0;
            while (Xml.nextChild(r)) {
                Xml.countStructure(r, ++count, "[Content_Types].xml");
                String ln = r.getLocalName();
                String type = Xml.attr(r, "ContentType");
                if (type != null) {
                    if ("Default".equals(ln)) {
                        String ext = Xml.attr(r, "Extension");
                        if (ext != null) {
                            defaultTypes.put(ext.toLowerCase(Locale.ROOT), type);
                        }
                    } else if ("Override".equals(ln)) {
                        String part = Xml.attr(r, "PartName");
                        if (part != null) {
                            String p = part.startsWith("/") ? part.substring(1) : part;
                            overrideTypes.put(p.toLowerCase(Locale.ROOT), type);
                        }
                    }
                }
                r.skipElement();
            }
            return null;
        }

        /** Sheets as {name, state, r:id}; sets {@link #date1904}. */
        private List<String[]> workbook(XMLStreamReader2 r, String part) throws XMLStreamException, GridException {
            List<String[]> sheets = new ArrayList<>();
            while (Xml.nextChild(r)) {
                String ln = r.getLocalName();
                if ("workbookPr".equals(ln)) {
                    date1904 = Xml.isTrue(Xml.attr(r, "date1904"));
                    r.skipElement();
                } else if ("sheets".equals(ln)) {
                    while (Xml.nextChild(r)) {
                        if ("sheet".equals(r.getLocalName())) {
                            if (sheets.size() >= limits.maxSheets()) {
                                throw new GridException(GridError.TOO_MANY_SHEETS, limits.maxSheets(),
                                        sheets.size() + 1);
                            }
                            String name = Xml.attr(r, "name");
                            String state = Xml.attr(r, "state");
                            String id = Xml.relAttr(r, "id");
                            if (name == null || id == null) {
                                throw new GridException(GridError.MISSING_PART, part + " sheet r:id");
                            }
                            sheets.add(new String[] {name, stateOf(state).name(), id});
                        }
                        r.skipElement();
                    }
                } else {
                    r.skipElement();
                }
            }
            return sheets;
        }

        private static SheetState stateOf(String state) {
            if ("hidden".equals(state)) {
                return SheetState.HIDDEN;
            }
            if ("veryHidden".equals(state)) {
                return SheetState.VERY_HIDDEN;
            }
            return SheetState.VISIBLE;
        }

        /** For each cell format (cellXfs index), whether it shows dates. */
        private boolean[] styles(XMLStreamReader2 r) throws XMLStreamException {
            Map<Integer, Boolean> custom = new HashMap<>();
            boolean[] xfs = new boolean[16];
            int count = 0;
            while (Xml.nextChild(r)) {
                String ln = r.getLocalName();
                if ("numFmts".equals(ln)) {
                    while (Xml.nextChild(r)) {
                        if ("numFmt".equals(r.getLocalName())) {
                            int id = Xml.intValue(Xml.attr(r, "numFmtId"), -1);
                            if (id >= 0 && custom.size() < 65_536) {
                                custom.put(id, DateFormats.isDateCode(Xml.attr(r, "formatCode")));
                            }
                        }
                        r.skipElement();
                    }
                } else if ("cellXfs".equals(ln)) {
                    while (Xml.nextChild(r)) {
                        if ("xf".equals(r.getLocalName()) && count < 65_536) {
                            int id = Xml.intValue(Xml.attr(r, "numFmtId"), 0);
                            Boolean c = custom.get(id);
                            if (count == xfs.length) {
                                xfs = Arrays.copyOf(xfs, count * 2);
                            }
                            xfs[count++] = c != null ? c : DateFormats.isBuiltinDate(id);
                        }
                        r.skipElement();
                    }
                } else {
                    r.skipElement();
                }
            }
            return Arrays.copyOf(xfs, count);
        }

        private String[] sharedStrings(XMLStreamReader2 r, String part) throws XMLStreamException, GridException {
            int unique = Xml.intValue(Xml.attr(r, "uniqueCount"), 0);
            if (unique > limits.maxSharedStrings()) {
                throw new GridException(GridError.TOO_MANY_SHARED_STRINGS, limits.maxSharedStrings(), unique);
            }
            String[] table = new String[Math.max(16, Math.min(unique, 1 << 16))];
            int n = 0;
            while (Xml.nextChild(r)) {
                if ("si".equals(r.getLocalName())) {
                    if (n >= limits.maxSharedStrings()) {
                        throw new GridException(GridError.TOO_MANY_SHARED_STRINGS, limits.maxSharedStrings(), n + 1);
                    }
                    int index = n;
                    Supplier<String> where = () -> part + " #" + index; // built only for a message
                    String s = richText(r, limits.maxCellChars(), where);
                    text(s, where);
                    if (n == table.length) {
                        table = Arrays.copyOf(table, n * 2);
                    }
                    table[n++] = s;
                } else {
                    r.skipElement();
                }
            }
            return Arrays.copyOf(table, n);
        }

        /**
         * The text of a string item ({@code <si>}, {@code <is>}): its {@code <t>}, or its rich-text runs' {@code <t>}
         * concatenated; phonetic runs ({@code <rPh>}) and properties are left out; {@code _xHHHH_} decoded. Stops
         * with {@link GridError#CELL_TOO_LONG} as soon as the runs exceed {@code maxChars}, so that many runs
         * cannot pile up.
         */
        static String richText(XMLStreamReader2 r, int maxChars, String where) throws XMLStreamException, GridException {
            return richText(r, maxChars, () -> where);
        }

        /** {@link #richText(XMLStreamReader2, int, String)}, the place named only when a limit is exceeded. */
        static String richText(XMLStreamReader2 r, int maxChars, Supplier<String> where)
                throws XMLStreamException, GridException {
            Runs runs = new Runs(maxChars, where);
            while (Xml.nextChild(r)) {
                String ln = r.getLocalName();
                if ("t".equals(ln)) {
                    runs.add(r.getElementText());
                } else if ("r".equals(ln)) {
                    while (Xml.nextChild(r)) {
                        if ("t".equals(r.getLocalName())) {
                            runs.add(r.getElementText());
                        } else {
                            r.skipElement();
                        }
                    }
                } else {
                    r.skipElement();
                }
            }
            return decodeEscapes(runs.text());
        }

        /** Concatenates text runs, refusing more than {@code maxChars}. */
        private static final class Runs {
            private final int maxChars;
            private final Supplier<String> where;
            private String single;
            private StringBuilder sb;

            Runs(int maxChars, Supplier<String> where) {
                this.maxChars = maxChars;
                this.where = where;
            }

            void add(String t) throws GridException {
                int length;
                if (single == null && sb == null) {
                    single = t;
                    length = t.length();
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(single);
                    }
                    sb.append(t);
                    length = sb.length();
                }
                if (length > maxChars) {
                    throw new GridException(GridError.CELL_TOO_LONG, maxChars, length, where.get());
                }
            }

            String text() {
                return sb != null ? sb.toString() : single != null ? single : "";
            }
        }

        /** Decodes OOXML's {@code _xHHHH_} character escapes, left to right as Excel does. */
        static String decodeEscapes(String s) {
            int at = s.indexOf("_x");
            if (at < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            int from = 0;
            while (at >= 0) {
                if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                    sb.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                    from = at + 7;
                    at = s.indexOf("_x", from);
                } else {
                    at = s.indexOf("_x", at + 1);
                }
            }
            return sb.append(s, from, s.length()).toString();
        }

        private static boolean isHex(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.digit(s.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** Checks one string value against the per-value and total text limits. */
        void text(String s, String where) throws GridException {
            text(s, () -> where);
        }

        /** {@link #text(String, String)}, the place named only when a limit is exceeded. */
        void text(String s, Supplier<String> where) throws GridException {
            int len = s.length();
            if (len > limits.maxCellChars()) {
                throw new GridException(GridError.CELL_TOO_LONG, limits.maxCellChars(), len, where.get());
            }
            textChars += len;
            if (textChars > limits.maxTextChars()) {
                throw new GridException(GridError.TOO_MUCH_TEXT, limits.maxTextChars(), textChars);
            }
        }

        // ---------------------------------------------------------------- sheets

        private GridSheet sheet(String name, SheetState state, String relId, String main, Relationships rels)
                throws GridException {
            Relationships.Rel rel = rels.byId(relId);
            if (rel == null || rel.external()) {
                throw new GridException(GridError.MISSING_PART, main + " → " + relId);
            }
            String part = rels.resolve(rel);
            ZipArchive.Entry entry = zip.find(part);
            if (entry == null) {
                throw new GridException(GridError.MISSING_PART, part);
            }
            SheetBuilder sb = new SheetBuilder(name, state);
            if (rel.isType("/worksheet")) {
                parse(entry, part, r -> new SheetParser(this, sb, r).parse());
            }
            Relationships sheetRels = relationshipsOf(part);
            for (Relationships.Rel d : sheetRels.all()) {
                if (!d.external() && d.isType("/drawing")) {
                    String drawing = sheetRels.resolve(d);
                    ZipArchive.Entry de = zip.find(drawing);
                    if (de != null) {
                        drawing(de, drawing, sb);
                    }
                }
            }
            return sb.build(shared);
        }

        /** Counts a stored cell against the limit. */
        void countCell() throws GridException {
            if (++cells > limits.maxCells()) {
                throw new GridException(GridError.TOO_MANY_CELLS, limits.maxCells(), cells);
            }
        }

        void countMergedRegion() throws GridException {
            if (++mergedRegions > limits.maxMergedRegions()) {
                throw new GridException(GridError.TOO_MANY_MERGED_REGIONS, limits.maxMergedRegions(), mergedRegions);
            }
        }

        void countDrawingObject() throws GridException {
            if (++drawingObjects > limits.maxDrawingObjects()) {
                throw new GridException(GridError.TOO_MANY_DRAWING_OBJECTS, limits.maxDrawingObjects(), drawingObjects);
            }
        }

        ReadLimits limits() {
            return limits;
        }

        boolean isDateStyle(int xf) {
            return xf >= 0 && xf < dateStyles.length && dateStyles[xf];
        }

        int sharedCount() {
            return shared.length;
        }

        boolean date1904() {
            return date1904;
        }

        // ---------------------------------------------------------------- drawings

        private void drawing(ZipArchive.Entry entry, String part, SheetBuilder sb) throws GridException {
            Relationships rels = relationshipsOf(part);
            DrawingParser parser = new DrawingParser(this, sb);
            parse(entry, part, r -> {
                parser.parse(r);
                return null;
            });
            // media are read after the drawing's XML: the zip has one inflater
            for (DrawingParser.PendingPicture p : parser.pictures()) {
                Relationships.Rel rel = rels.byId(p.embed());
                if (rel == null || rel.external()) {
                    continue;
                }
                String mediaPart = rels.resolve(rel);
                ZipArchive.Entry me = zip.find(mediaPart);
                if (me == null) {
                    continue;
                }
                byte[] bytes = media.get(mediaPart);
                if (bytes == null) {
                    bytes = zip.readAll(me, limits.maxPictureBytes(), GridError.PICTURE_TOO_LARGE);
                    pictureBytes += bytes.length;
                    if (pictureBytes > limits.maxTotalPictureBytes()) {
                        throw new GridException(GridError.TOO_MANY_PICTURE_BYTES, limits.maxTotalPictureBytes(),
                                pictureBytes);
                    }
                    media.put(mediaPart, bytes);
                }
                sb.pictures.add(new Picture(mediaType(mediaPart), bytes, p.row(), p.col()));
            }
        }

        private String mediaType(String part) {
            String lower = part.toLowerCase(Locale.ROOT);
            String type = overrideTypes.get(lower);
            if (type != null) {
                return type;
            }
            int dot = lower.lastIndexOf('.');
            String ext = dot < 0 ? "" : lower.substring(dot + 1);
            type = defaultTypes.get(ext);
            if (type != null) {
                return type;
            }
            return switch (ext) {
                case "png" -> "image/png";
                case "jpg", "jpeg", "jpe" -> "image/jpeg";
                case "gif" -> "image/gif";
                case "bmp" -> "image/bmp";
                case "tif", "tiff" -> "image/tiff";
                case "emf" -> "image/x-emf";
                case "wmf" -> "image/x-wmf";
                case "svg" -> "image/svg+xml";
                case "webp" -> "image/webp";
                default -> "application/octet-stream";
            };
        }
    }
}
