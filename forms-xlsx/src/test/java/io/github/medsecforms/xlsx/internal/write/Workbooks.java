package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.CellOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads written workbooks back with POI's usermodel, as a user's Excel would see them. */
final class Workbooks {
    static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.JAPAN);

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the sheets a user sees (neither hidden nor very hidden), in order. */
    static List<String> visibleSheets(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                out.add(wb.getSheetName(i));
            }
        }
        return out;
    }

    /** The cell at an origin, if the row and cell exist. */
    static Optional<XSSFCell> cell(XSSFWorkbook wb, CellOrigin origin) {
        XSSFSheet sheet = wb.getSheet(origin.sheet());
        if (sheet == null) {
            return Optional.empty();
        }
        CellReference ref = new CellReference(origin.cell());
        Row row = sheet.getRow(ref.getRow());
        return row == null ? Optional.empty() : Optional.ofNullable((XSSFCell) row.getCell(ref.getCol()));
    }

    static XSSFCell cell(XSSFSheet sheet, Region region) {
        return sheet.getRow(region.firstRow()).getCell(region.firstCol());
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    /** The data validation covering a cell, if any. */
    static Optional<XSSFDataValidation> validationAt(XSSFSheet sheet, int row, int col) {
        for (XSSFDataValidation dv : sheet.getDataValidations()) {
            for (CellRangeAddress range : dv.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, col)) {
                    return Optional.of(dv);
                }
            }
        }
        return Optional.empty();
    }

    /** The values of a list validation: its explicit list, or the cells its defined name refers to. */
    static List<String> listValues(XSSFWorkbook wb, DataValidation dv) {
        if (dv.getValidationConstraint().getValidationType() != ValidationType.LIST) {
            return List.of();
        }
        String[] explicit = dv.getValidationConstraint().getExplicitListValues();
        if (explicit != null) {
            return Arrays.asList(explicit);
        }
        String formula = dv.getValidationConstraint().getFormula1();
        Name name = wb.getName(formula);
        String refersTo = name != null ? name.getRefersToFormula() : formula;
        AreaReference area = new AreaReference(refersTo, SpreadsheetVersion.EXCEL2007);
        XSSFSheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
        List<String> out = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            out.add(text(sheet.getRow(ref.getRow()).getCell(ref.getCol())));
        }
        return out;
    }

    /** The shapes of a sheet's drawing, or none. */
    static List<XSSFShape> shapes(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getShapes();
    }

    static List<XSSFSimpleShape> textBoxes(XSSFSheet sheet) {
        return shapes(sheet).stream().filter(XSSFSimpleShape.class::isInstance).map(XSSFSimpleShape.class::cast)
                .toList();
    }

    static List<XSSFPicture> pictures(XSSFSheet sheet) {
        return shapes(sheet).stream().filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
    }

    /** The top-left cell of a shape's anchor in A1 notation. */
    static String anchorCell(XSSFShape shape) {
        XSSFClientAnchor anchor = (XSSFClientAnchor) shape.getAnchor();
        return new CellReference(anchor.getRow1(), anchor.getCol1()).formatAsString(false);
    }

    /**
     * Every piece of text a user or a program could find in the workbook: cell values, sheet names, defined names
     * and their formulas, text boxes, shape names, validation lists, prompts and error messages, comments, and the
     * document properties.
     */
    static String everyText(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            sb.append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    sb.append(text(cell)).append('\n');
                    if (cell.getCellComment() != null) {
                        sb.append(cell.getCellComment().getString().getString()).append('\n');
                    }
                }
            }
            for (XSSFShape shape : shapes(sheet)) {
                sb.append(shape.getShapeName()).append('\n');
                if (shape instanceof XSSFSimpleShape simple) {
                    sb.append(simple.getText()).append('\n');
                }
            }
            for (XSSFDataValidation dv : sheet.getDataValidations()) {
                sb.append(String.join(",", listValues(wb, dv))).append('\n')
                        .append(dv.getPromptBoxTitle()).append(dv.getPromptBoxText())
                        .append(dv.getErrorBoxTitle()).append(dv.getErrorBoxText()).append('\n');
            }
            sb.append(sheet.getHeader().getCenter()).append(sheet.getFooter().getCenter())
                    .append(sheet.getFooter().getRight()).append('\n');
        }
        for (Name name : wb.getAllNames()) {
            sb.append(name.getNameName()).append('=').append(name.getRefersToFormula()).append('\n');
        }
        var core = wb.getProperties().getCoreProperties();
        sb.append(core.getTitle()).append(core.getSubject()).append(core.getKeywords()).append(core.getDescription())
                .append('\n');
        wb.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()
                .forEach(p -> sb.append(p.getName()).append('=').append(p.getLpwstr()).append('\n'));
        return sb.toString();
    }
}
