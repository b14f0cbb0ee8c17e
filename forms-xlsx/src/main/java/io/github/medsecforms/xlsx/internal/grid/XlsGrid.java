package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFAnchor;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFPicture;
import org.apache.poi.hssf.usermodel.HSSFPictureData;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFShape;
import org.apache.poi.hssf.usermodel.HSSFShapeContainer;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFSimpleShape;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a legacy Excel 97–2003 workbook (.xls, BIFF8) into the same {@link Grid} as an xlsx: cell values (formulas
 * as their cached results), dates by number format (the grid's own {@link DateFormats}, as for xlsx), hidden sheets,
 * the 1904 date system, merged regions, pictures and text shapes.
 *
 * <p>Bounded: before POI builds its object model, the workbook stream's records are scanned (type and length only,
 * no POI) and the {@link ReadLimits} on the stream size, sheets, cells, shared strings and merged regions are
 * checked, so a hostile file is refused before it can fill memory; the rest (rows, text, pictures) is checked while
 * the grid is built. POI's HSSF model takes about 150 bytes a cell where the grid takes about 11, so for .xls the
 * cell and shared-string limits are an eighth of {@link ReadLimits#maxCells()} and
 * {@link ReadLimits#maxSharedStrings()} (250,000 and 125,000 by default, far above any form), blank cells count
 * (HSSF keeps them), and the records of the stream are limited to a quarter of {@link ReadLimits#maxCells()}: a
 * 30 MB .xls within these bounds is read in a 256 MiB heap. Excel 5.0/95 workbooks are refused as
 * {@link GridError#LEGACY_XLS}.
 */
final class XlsGrid {
    private static final int FILEPASS = 0x002F;
    private static final int BOUNDSHEET = 0x0085;
    private static final int SST = 0x00FC;
    private static final int MULRK = 0x00BD;
    private static final int MERGECELLS = 0x00E5;
    private static final int MULBLANK = 0x00BE;

    private XlsGrid() {
    }

    /** Cells (blank ones included) an .xls may hold: an eighth of the grid's limit. */
    static long cellLimit(ReadLimits limits) {
        return Math.max(1, limits.maxCells() / 8);
    }

    /** Shared strings an .xls may hold: an eighth of the grid's limit. */
    static long stringLimit(ReadLimits limits) {
        return Math.max(1, limits.maxSharedStrings() / 8);
    }

    /** Records of an .xls workbook stream (each is a Java object or more in POI's model). */
    static long recordLimit(ReadLimits limits) {
        return Math.max(16, limits.maxCells() / 4);
    }

    static Grid read(POIFSFileSystem fs, ReadLimits limits, char[] password) throws GridException {
        DirectoryNode root = fs.getRoot();
        String stream = root.hasEntry("Workbook") ? "Workbook" : root.hasEntry("WORKBOOK") ? "WORKBOOK" : null;
        if (stream == null) {
            throw new GridException(GridError.LEGACY_XLS); // "Book": Excel 5.0/95
        }
        prescan(bytes(root, stream, limits), limits);
        HSSFWorkbook wb;
        Biff8EncryptionKey.setCurrentUserPassword(OleWorkbook.text(password));
        try {
            wb = new HSSFWorkbook(root, false);
        } catch (EncryptedDocumentException e) {
            throw new GridException(password == null ? GridError.ENCRYPTED : GridError.WRONG_PASSWORD);
        } catch (OldExcelFormatException e) {
            throw new GridException(GridError.LEGACY_XLS);
        } catch (IOException | RuntimeException e) {
            throw new GridException(GridError.CORRUPT_XLS, e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        try (wb) {
            return new Conversion(wb, limits).grid();
        } catch (IOException | RuntimeException e) {
            // POI builds parts of its model lazily (drawings, rich text): damage found then is damage all the same
            throw new GridException(GridError.CORRUPT_XLS, e);
        }
    }

    private static byte[] bytes(DirectoryNode root, String stream, ReadLimits limits) throws GridException {
        try (InputStream in = root.createDocumentInputStream(stream)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
            if (b.length > limits.maxEntryBytes()) {
                throw new GridException(GridError.ENTRY_TOO_LARGE, limits.maxEntryBytes(), (long) b.length, stream);
            }
            return b;
        } catch (IOException | RuntimeException e) {
            throw new GridException(GridError.CORRUPT_XLS, e);
        }
    }

    /**
     * Counts records, sheets, cells, shared strings and merged regions from the record headers alone (bodies are
     * encrypted in a password-protected .xls, so after a FILEPASS record only lengths are used). Every count is an
     * upper bound of what POI's model will hold.
     */
    static void prescan(byte[] s, ReadLimits limits) throws GridException {
        long maxCells = cellLimit(limits);
        long maxStrings = stringLimit(limits);
        long maxRecords = recordLimit(limits);
        int pos = 0;
        int sheets = 0;
        long records = 0;
        long cells = 0;
        long merged = 0;
        boolean encrypted = false;
        while (pos + 4 <= s.length) {
            int sid = ZipArchive.le16(s, pos);
            int len = ZipArchive.le16(s, pos + 2);
            pos += 4;
            if (pos + len > s.length) {
                break; // truncated: POI reports it
            }
            if (++records > maxRecords) {
                throw new GridException(GridError.TOO_MANY_RECORDS, maxRecords, records);
            }
            switch (sid) {
                case FILEPASS -> encrypted = true;
                case BOUNDSHEET -> {
                    if (++sheets > limits.maxSheets()) {
                        throw new GridException(GridError.TOO_MANY_SHEETS, limits.maxSheets(), sheets);
                    }
                }
                // NUMBER, LABELSST, LABEL, RK, FORMULA, BOOLERR, RSTRING, BLANK
                case 0x0203, 0x00FD, 0x0204, 0x027E, 0x0006, 0x0205, 0x00D6, 0x0201 -> cells++;
                case MULRK -> cells += Math.max(0, (len - 6) / 6);
                case MULBLANK -> cells += Math.max(0, (len - 6) / 2);
                case MERGECELLS -> {
                    merged += Math.max(0, (len - 2) / 8);
                    if (merged > limits.maxMergedRegions()) {
                        throw new GridException(GridError.TOO_MANY_MERGED_REGIONS, limits.maxMergedRegions(), merged);
                    }
                }
                case SST -> {
                    if (!encrypted && len >= 8) {
                        long unique = ZipArchive.le32u(s, pos + 4);
                        if (unique > maxStrings) {
                            throw new GridException(GridError.TOO_MANY_SHARED_STRINGS, maxStrings, unique);
                        }
                    }
                }
                default -> {
                }
            }
            if (cells > maxCells) {
                throw new GridException(GridError.TOO_MANY_CELLS, maxCells, cells);
            }
            pos += len;
        }
    }

    /** Builds the grid from POI's model, checking the remaining limits through a {@link GridReader.Reading}. */
    private static final class Conversion {
        private final HSSFWorkbook wb;
        private final ReadLimits limits;
        private final GridReader.Reading counts;
        private final Map<Integer, Boolean> customDates = new HashMap<>();
        private final java.util.Set<Integer> countedPictures = new java.util.HashSet<>();
        private long pictureBytes;

        Conversion(HSSFWorkbook wb, ReadLimits limits) {
            this.wb = wb;
            this.limits = limits;
            this.counts = new GridReader.Reading(new byte[0], 0, limits);
            for (FormatRecord f : wb.getInternalWorkbook().getFormats()) {
                customDates.put(f.getIndexCode(), DateFormats.isDateCode(f.getFormatString()));
            }
        }

        Grid grid() throws GridException {
            int n = wb.getNumberOfSheets();
            if (n == 0) {
                throw new GridException(GridError.NO_SHEETS);
            }
            if (n > limits.maxSheets()) {
                throw new GridException(GridError.TOO_MANY_SHEETS, limits.maxSheets(), n);
            }
            boolean[] dateStyles = dateStyles();
            List<GridSheet> sheets = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                SheetState state = wb.isSheetVeryHidden(i) ? SheetState.VERY_HIDDEN
                        : wb.isSheetHidden(i) ? SheetState.HIDDEN : SheetState.VISIBLE;
                HSSFSheet sheet = wb.getSheetAt(i);
                SheetBuilder sb = new SheetBuilder(sheet.getSheetName(), state);
                cells(sheet, sb, dateStyles);
                merged(sheet, sb);
                drawings(sheet, sb);
                sheets.add(sb.build(new String[0]));
            }
            return new Grid(sheets, wb.getInternalWorkbook().isUsing1904DateWindowing(), "xls");
        }

        private boolean[] dateStyles() {
            int n = wb.getNumCellStyles();
            boolean[] dates = new boolean[n];
            for (int i = 0; i < n; i++) {
                int format = wb.getCellStyleAt(i).getDataFormat() & 0xFFFF;
                Boolean custom = customDates.get(format);
                dates[i] = custom != null ? custom : DateFormats.isBuiltinDate(format);
            }
            return dates;
        }

        private void cells(HSSFSheet sheet, SheetBuilder sb, boolean[] dateStyles) throws GridException {
            String name = sheet.getSheetName();
            int maxRows = limits.maxRowsPerSheet();
            for (var rowIt = sheet.rowIterator(); rowIt.hasNext(); ) {
                HSSFRow row = (HSSFRow) rowIt.next();
                int r = row.getRowNum();
                if (r < 0 || r >= CellRef.MAX_ROWS) {
                    throw new GridException(GridError.CELL_REFERENCE, name, "R" + (r + 1));
                }
                for (var cellIt = row.cellIterator(); cellIt.hasNext(); ) {
                    HSSFCell cell = (HSSFCell) cellIt.next();
                    int c = cell.getColumnIndex();
                    if (c < 0 || c >= CellRef.MAX_COLUMNS) {
                        throw new GridException(GridError.CELL_REFERENCE, name, "R" + (r + 1) + "C" + (c + 1));
                    }
                    CellType type = cell.getCellType();
                    int flags = 0;
                    if (type == CellType.FORMULA) {
                        flags = GridSheet.FORMULA;
                        type = cell.getCachedFormulaResultType();
                    }
                    if (type == CellType.BLANK || type == CellType._NONE) {
                        continue;
                    }
                    if (r >= maxRows) {
                        throw new GridException(GridError.TOO_MANY_ROWS, maxRows, r + 1, name);
                    }
                    switch (type) {
                        case NUMERIC -> {
                            double d = cell.getNumericCellValue();
                            if (Double.isNaN(d) || Double.isInfinite(d)) {
                                throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(r, c));
                            }
                            int style = cell.getCellStyle().getIndex() & 0xFFFF;
                            boolean date = style >= 0 && style < dateStyles.length && dateStyles[style];
                            add(sb, r, c, CellType.NUMERIC, flags | (date ? GridSheet.DATE : 0),
                                    Double.doubleToRawLongBits(d));
                        }
                        case STRING -> {
                            HSSFRichTextString s = cell.getRichStringCellValue();
                            local(sb, r, c, io.github.medsecforms.xlsx.internal.grid.CellType.STRING, flags,
                                    s == null ? "" : s.getString());
                        }
                        case BOOLEAN -> add(sb, r, c, CellType.BOOLEAN, flags, cell.getBooleanCellValue() ? 1 : 0);
                        case ERROR -> {
                            String text;
                            try {
                                text = FormulaError.forInt(cell.getErrorCellValue()).getString();
                            } catch (IllegalArgumentException unknown) {
                                throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(r, c));
                            }
                            local(sb, r, c, io.github.medsecforms.xlsx.internal.grid.CellType.ERROR, flags, text);
                        }
                        default -> throw new GridException(GridError.CELL_VALUE, name, CellRef.a1(r, c));
                    }
                }
            }
        }

        private void add(SheetBuilder sb, int r, int c, CellType poiType, int flags, long value) throws GridException {
            var type = poiType == CellType.BOOLEAN ? io.github.medsecforms.xlsx.internal.grid.CellType.BOOLEAN
                    : io.github.medsecforms.xlsx.internal.grid.CellType.NUMBER;
            counts.countCell();
            sb.add(r, c, type.ordinal() | flags, value);
        }

        private void local(SheetBuilder sb, int r, int c, io.github.medsecforms.xlsx.internal.grid.CellType type,
                int flags, String s) throws GridException {
            counts.text(s, sb.name() + "!" + CellRef.a1(r, c));
            counts.countCell();
            sb.add(r, c, type.ordinal() | flags | GridSheet.LOCAL, sb.local(s));
        }

        private void merged(HSSFSheet sheet, SheetBuilder sb) throws GridException {
            int n = sheet.getNumMergedRegions();
            for (int i = 0; i < n; i++) {
                CellRangeAddress a = sheet.getMergedRegion(i);
                counts.countMergedRegion();
                try {
                    sb.merged.add(new CellRange(a.getFirstRow(), a.getFirstColumn(), a.getLastRow(), a.getLastColumn()));
                } catch (IllegalArgumentException e) {
                    throw new GridException(GridError.CELL_REFERENCE, sheet.getSheetName(), a.formatAsString());
                }
            }
        }

        private void drawings(HSSFSheet sheet, SheetBuilder sb) throws GridException {
            HSSFPatriarch patriarch = sheet.getDrawingPatriarch();
            if (patriarch != null) {
                shapes(patriarch, sb, sheet.getSheetName(), 0);
            }
        }

        private void shapes(HSSFShapeContainer container, SheetBuilder sb, String sheet, int depth)
                throws GridException {
            if (depth > 32) {
                return;
            }
            for (HSSFShape shape : container.getChildren()) {
                int row = -1;
                int col = -1;
                HSSFAnchor anchor = shape.getAnchor();
                if (anchor instanceof HSSFClientAnchor ca && ca.getRow1() >= 0 && ca.getRow1() < CellRef.MAX_ROWS
                        && ca.getCol1() >= 0 && ca.getCol1() < CellRef.MAX_COLUMNS) {
                    row = ca.getRow1(); // else −1/−1, like an absolute anchor (as DrawingParser does for xlsx)
                    col = ca.getCol1();
                }
                if (shape instanceof HSSFPicture picture) {
                    counts.countDrawingObject();
                    HSSFPictureData data = picture.getPictureData();
                    if (data == null) {
                        continue;
                    }
                    byte[] bytes = data.getData();
                    if (bytes.length > limits.maxPictureBytes()) {
                        throw new GridException(GridError.PICTURE_TOO_LARGE, limits.maxPictureBytes(),
                                (long) bytes.length, sheet + " picture");
                    }
                    if (countedPictures.add(picture.getPictureIndex())) { // each stored picture once, as for xlsx
                        pictureBytes += bytes.length;
                        if (pictureBytes > limits.maxTotalPictureBytes()) {
                            throw new GridException(GridError.TOO_MANY_PICTURE_BYTES, limits.maxTotalPictureBytes(),
                                    pictureBytes);
                        }
                    }
                    sb.pictures.add(new Picture(data.getMimeType(), bytes, row, col));
                } else if (shape instanceof HSSFShapeContainer group) {
                    shapes(group, sb, sheet, depth + 1);
                } else if (shape instanceof HSSFSimpleShape simple) {
                    HSSFRichTextString text = simple.getString();
                    if (text != null && text.getString() != null && !text.getString().isEmpty()) {
                        counts.countDrawingObject();
                        String t = text.getString().replace("\r\n", "\n").replace('\r', '\n');
                        counts.text(t, sheet + " shape");
                        sb.shapes.add(new Shape(t, row, col));
                    }
                }
            }
        }
    }
}
