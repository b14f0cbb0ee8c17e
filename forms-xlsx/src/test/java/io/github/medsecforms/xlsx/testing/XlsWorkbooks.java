package io.github.medsecforms.xlsx.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFTextbox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns an xlsx into a legacy Excel 97–2003 workbook (.xls, POI HSSF) with the same content as far as a reader is
 * concerned: sheet names and visibility, cell values (formulas as their cached values), number formats (dates stay
 * dates), merged regions, pictures and text boxes with their anchors. What a reader ignores (styles beyond the
 * number format, data validations, print setup) is left behind. Works on any workbook, so every variant layout of
 * {@link VariantWorkbooks} and every filled template can be turned into its .xls twin.
 */
public final class XlsWorkbooks {
    private XlsWorkbooks() {
    }

    public static byte[] fromXlsx(byte[] xlsx) {
        try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook out = new HSSFWorkbook()) {
            Map<String, HSSFCellStyle> styles = new HashMap<>();
            for (int i = 0; i < in.getNumberOfSheets(); i++) {
                XSSFSheet from = in.getSheetAt(i);
                HSSFSheet to = out.createSheet(from.getSheetName());
                if (in.isSheetVeryHidden(i)) {
                    out.setSheetVisibility(i, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
                } else if (in.isSheetHidden(i)) {
                    out.setSheetVisibility(i, org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN);
                }
                for (Row row : from) {
                    HSSFRow r = to.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        copy(cell, r.createCell(cell.getColumnIndex()), out, styles);
                    }
                }
                for (CellRangeAddress merged : from.getMergedRegions()) {
                    to.addMergedRegion(merged);
                }
                XSSFDrawing drawing = from.getDrawingPatriarch();
                if (drawing != null) {
                    HSSFPatriarch patriarch = to.createDrawingPatriarch();
                    for (XSSFShape shape : drawing.getShapes()) {
                        shape(shape, patriarch, out);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Cell from, HSSFCell to, HSSFWorkbook out, Map<String, HSSFCellStyle> styles) {
        CellType type = from.getCellType();
        if (type == CellType.FORMULA) {
            type = from.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> to.setCellValue(new HSSFRichTextString(from.getStringCellValue()));
            case NUMERIC -> {
                to.setCellValue(from.getNumericCellValue());
                String format = from.getCellStyle().getDataFormatString();
                if (format != null && !format.equals("General")) {
                    to.setCellStyle(styles.computeIfAbsent(format, f -> {
                        HSSFCellStyle style = out.createCellStyle();
                        style.setDataFormat(out.createDataFormat().getFormat(f));
                        return style;
                    }));
                }
            }
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case ERROR -> to.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.forInt(from.getErrorCellValue()));
            default -> {
            }
        }
    }

    private static void shape(XSSFShape shape, HSSFPatriarch patriarch, HSSFWorkbook out) {
        if (shape instanceof XSSFShapeGroup group) {
            for (XSSFShape child : group) {
                shape(child, patriarch, out);
            }
            return;
        }
        if (!(shape.getAnchor() instanceof XSSFClientAnchor a)) {
            return;
        }
        HSSFClientAnchor anchor = new HSSFClientAnchor(0, 0, 0, 0, (short) a.getCol1(), a.getRow1(),
                (short) Math.max(a.getCol2(), a.getCol1()), Math.max(a.getRow2(), a.getRow1()));
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        if (shape instanceof XSSFPicture picture) {
            var data = picture.getPictureData();
            int type = "image/jpeg".equals(data.getMimeType()) ? Workbook.PICTURE_TYPE_JPEG : Workbook.PICTURE_TYPE_PNG;
            patriarch.createPicture(anchor, out.addPicture(data.getData(), type));
        } else if (shape instanceof XSSFSimpleShape simple && simple.getText() != null && !simple.getText().isEmpty()) {
            HSSFTextbox box = patriarch.createTextbox(anchor);
            box.setString(new HSSFRichTextString(simple.getText()));
        }
    }
}
