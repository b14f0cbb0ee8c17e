package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.internal.io.DisplayText;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Secret;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;

/**
 * Turns a {@link Layout} into an xlsx file: cells, merges, styles, dropdowns and input messages, the floor-plan
 * picture and callouts, sheet protection without a password, A4 print setup, and the form's identity as hidden
 * defined names ({@value #FORM_ID_NAME}, {@value #FORM_VERSION_NAME}) and document properties.
 */
public final class WorkbookRenderer {
    /** Hidden defined name holding the form id, e.g. {@code "line-device-survey"}. */
    public static final String FORM_ID_NAME = "MSF_FORM_ID";
    /** Hidden defined name holding the version code, e.g. {@code "R6"}. */
    public static final String FORM_VERSION_NAME = "MSF_FORM_VERSION";
    /** Name prefix of the drawing shapes we write: {@code MSF_CALLOUT 回線1}, {@code MSF_IMAGE floorPlan.image}. */
    public static final String CALLOUT_SHAPE_PREFIX = "MSF_CALLOUT ";
    public static final String IMAGE_SHAPE_PREFIX = "MSF_IMAGE ";

    private static final int PROMPT_TITLE_MAX = 32;
    private static final int PROMPT_TEXT_MAX = 255;
    private static final int ERROR_TEXT_MAX = 225;

    private final Layout layout;
    private final boolean revealSecrets;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles = new Styles(wb);
    private final ChoiceLists lists = new ChoiceLists(wb);

    private WorkbookRenderer(Layout layout, boolean revealSecrets) {
        this.layout = layout;
        this.revealSecrets = revealSecrets;
    }

    /**
     * Writes the workbook of {@code layout}.
     *
     * @param revealSecrets whether {@link Secret}s are written as their text: only for the hospital's own password
     *                      list; everywhere else secret cells stay empty
     */
    public static byte[] render(Layout layout, boolean revealSecrets) {
        WorkbookRenderer renderer = new WorkbookRenderer(layout, revealSecrets);
        try (XSSFWorkbook wb = renderer.wb) {
            renderer.renderAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void renderAll() {
        List<SheetPlan> plans = layout.sheets();
        List<XSSFSheet> sheets = new ArrayList<>();
        for (SheetPlan plan : plans) {
            sheets.add(wb.createSheet(plan.name()));
        }
        for (int i = 0; i < plans.size(); i++) {
            renderSheet(sheets.get(i), i, plans.get(i));
        }
        identity();
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    private void renderSheet(XSSFSheet sheet, int index, SheetPlan plan) {
        sheet.setDisplayGridlines(false);
        for (int c = 0; c <= plan.lastCol(); c++) {
            sheet.setColumnWidth(c, (int) Math.round(Math.min(plan.columnWidths()[c], 254) * 256));
        }
        plan.rowHeights().forEach((r, h) -> row(sheet, r).setHeightInPoints((float) (double) h));
        for (Placed p : plan.cells()) {
            place(sheet, p);
        }
        validations(sheet, plan);
        drawings(sheet, plan);
        plan.inputs().stream().findFirst()
                .ifPresent(p -> sheet.setActiveCell(new CellAddress(p.region().firstRow(), p.region().firstCol())));
        protect(sheet);
        print(sheet, index, plan);
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private void place(XSSFSheet sheet, Placed p) {
        XSSFCellStyle style = styles.of(p);
        Region region = p.region();
        for (int r = region.firstRow(); r <= region.lastRow(); r++) {
            XSSFRow row = row(sheet, r);
            for (int c = region.firstCol(); c <= region.lastCol(); c++) {
                XSSFCell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
                cell.setCellStyle(style);
            }
        }
        XSSFCell cell = sheet.getRow(region.firstRow()).getCell(region.firstCol());
        if (p.role() == Role.INPUT) {
            writeValue(cell, p.field(), p.value());
        } else if (p.note() != null) {
            String text = p.text() == null || p.text().isEmpty() ? p.note() : p.text() + "　" + p.note();
            XSSFRichTextString rich = new XSSFRichTextString(clean(text));
            rich.applyFont(rich.length() - p.note().length(), rich.length(), styles.noteFont());
            cell.setCellValue(rich);
        } else if (p.text() != null && !p.text().isEmpty()) {
            cell.setCellValue(clean(p.text()));
        }
        if (!region.isSingleCell()) {
            sheet.addMergedRegion(region.toRange());
        }
    }

    /** Writes a model value as Excel shows it: numbers, real dates, text for everything else. */
    private void writeValue(XSSFCell cell, FieldDescriptor field, Object value) {
        if (value == null || value instanceof ImageData) {
            return;
        }
        if (value instanceof Secret secret) {
            if (revealSecrets && !secret.reveal().isEmpty()) {
                cell.setCellValue(clean(secret.reveal()));
            }
            return;
        }
        if (value instanceof Number number && field.kind() == ValueKind.INTEGER) {
            cell.setCellValue(number.doubleValue());
            return;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            return;
        }
        String text = DisplayText.of(value);
        if (!text.isEmpty()) {
            cell.setCellValue(clean(text));
        }
    }

    /** Drops characters XML 1.0 cannot carry (control characters, lone surrogates). */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                    && !(Character.isSurrogate(c) && !pairedSurrogate(s, i)));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    // ------------------------------------------------------------------------------------------- validations

    private void validations(XSSFSheet sheet, SheetPlan plan) {
        Map<FieldDescriptor, List<Region>> byField = new LinkedHashMap<>();
        for (Placed p : plan.inputs()) {
            byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.region());
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        byField.forEach((field, regions) -> {
            DataValidationConstraint constraint = constraint(helper, field);
            if (constraint == null) {
                return;
            }
            DataValidation dv = helper.createValidation(constraint, ranges(regions));
            dv.setEmptyCellAllowed(true);
            if (!field.choices().isEmpty()) {
                dv.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell dropdown
                if (field.strict()) {
                    dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
                    dv.setShowErrorBox(true);
                    dv.createErrorBox("入力エラー", truncate("一覧から選択してください: " + String.join("、", field.choices()),
                            ERROR_TEXT_MAX));
                } else {
                    dv.setErrorStyle(DataValidation.ErrorStyle.INFO);
                    dv.setShowErrorBox(false);
                }
            } else if (field.kind() == ValueKind.DATE) {
                dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                dv.setShowErrorBox(true);
                dv.createErrorBox("日付", "日付を入力してください（例: 2024/5/13）");
            } else if (field.kind() == ValueKind.INTEGER) {
                dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                dv.setShowErrorBox(true);
                dv.createErrorBox("数値", "0以上の整数を入力してください");
            } else {
                dv.setShowErrorBox(false);
            }
            if (!field.hint().isEmpty()) {
                dv.createPromptBox(truncate(field.label(), PROMPT_TITLE_MAX), truncate(field.hint(), PROMPT_TEXT_MAX));
                dv.setShowPromptBox(true);
            }
            sheet.addValidationData(dv);
        });
    }

    private DataValidationConstraint constraint(XSSFDataValidationHelper helper, FieldDescriptor field) {
        if (!field.choices().isEmpty()) {
            return ChoiceLists.inline(field.choices())
                    ? helper.createExplicitListConstraint(field.choices().toArray(String[]::new))
                    : helper.createFormulaListConstraint(lists.nameFor(field));
        }
        if (field.kind() == ValueKind.DATE) {
            return helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1989,1,8)", "DATE(2099,12,31)", null);
        }
        if (field.kind() == ValueKind.INTEGER) {
            return helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        }
        if (!field.hint().isEmpty()) {
            return new XSSFDataValidationConstraint(ValidationType.ANY, OperatorType.IGNORED, null, null);
        }
        return null;
    }

    /** The regions as few ranges as possible: cells stacked in one column become one range. */
    private static CellRangeAddressList ranges(List<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingInt(Region::firstCol).thenComparingInt(Region::firstRow));
        CellRangeAddressList list = new CellRangeAddressList();
        Region run = null;
        for (Region r : sorted) {
            if (run != null && run.firstCol() == r.firstCol() && run.lastCol() == r.lastCol()
                    && r.firstRow() == run.lastRow() + 1) {
                run = new Region(run.firstRow(), r.lastRow(), run.firstCol(), run.lastCol());
            } else {
                if (run != null) {
                    list.addCellRangeAddress(run.toRange());
                }
                run = r;
            }
        }
        if (run != null) {
            list.addCellRangeAddress(run.toRange());
        }
        return list;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ---------------------------------------------------------------------------------------------- drawings

    private void drawings(XSSFSheet sheet, SheetPlan plan) {
        if (plan.pictures().isEmpty() && plan.textBoxes().isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int helperCol = plan.lastCol() + 2;
        int helperRow = 0;
        for (SheetPlan.Picture picture : plan.pictures()) {
            ImageData image = picture.image();
            int index = wb.addPicture(image.bytes(), pictureType(image.mediaType()));
            XSSFClientAnchor anchor = fit(sheet, picture.area(), image);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            XSSFPicture pic = drawing.createPicture(anchor, index);
            pic.getCTPicture().getNvPicPr().getCNvPr().setName(IMAGE_SHAPE_PREFIX + picture.path());
        }
        for (SheetPlan.TextBox box : plan.textBoxes()) {
            Region r = box.region();
            XSSFRow anchorRow = row(sheet, r.firstRow());
            if (anchorRow.getCell(r.firstCol()) == null) {
                anchorRow.createCell(r.firstCol()); // the origin of a callout is a real (blank) cell
            }
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, r.firstCol(), r.firstRow(), r.lastCol() + 1,
                    r.lastRow() + 1);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFTextBox textBox = drawing.createTextbox(anchor);
            textBox.setShapeType(ShapeTypes.WEDGE_RECT_CALLOUT);
            // the tail points down and to the left, into the gap below the box
            var geometry = textBox.getCTShape().getSpPr().getPrstGeom();
            var adjust = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
            var adj1 = adjust.addNewGd();
            adj1.setName("adj1");
            adj1.setFmla("val -35000");
            var adj2 = adjust.addNewGd();
            adj2.setName("adj2");
            adj2.setFmla("val 90000");
            XSSFRichTextString text = new XSSFRichTextString(clean(box.text()));
            text.applyFont(styles.calloutFont());
            textBox.setText(text);
            textBox.setLineStyleColor(0x40, 0x40, 0x40);
            textBox.setLineWidth(1.0);
            textBox.setFillColor(0xFF, 0xFF, 0xFF);
            textBox.setWordWrap(true);
            textBox.setVerticalAlignment(VerticalAlignment.TOP);
            textBox.getCTShape().getNvSpPr().getCNvPr().setName(CALLOUT_SHAPE_PREFIX + box.target());
            textBox.getCTShape().getNvSpPr().getCNvPr().setDescr(box.target());
            if (box.formula().isPresent()) {
                // linked to a hidden cell that computes the text from the table row, as the official workbook does
                XSSFCell helper = row(sheet, helperRow).createCell(helperCol);
                helper.setCellFormula(box.formula().get());
                helper.setCellValue(clean(box.text()));
                textBox.getCTShape().setTextlink(
                        new CellReference(helperRow, helperCol, true, true).formatAsString(false));
                helperRow++;
            }
        }
        if (helperRow > 0) {
            sheet.setColumnHidden(helperCol, true);
            wb.setForceFormulaRecalculation(true);
        }
    }

    private static int pictureType(String mediaType) {
        return switch (mediaType.toLowerCase(java.util.Locale.ROOT)) {
            case "image/jpeg", "image/jpg" -> Workbook.PICTURE_TYPE_JPEG;
            case "image/gif" -> XSSFWorkbook.PICTURE_TYPE_GIF;
            case "image/bmp" -> XSSFWorkbook.PICTURE_TYPE_BMP;
            default -> Workbook.PICTURE_TYPE_PNG;
        };
    }

    /** An anchor that fits the image into the area keeping its aspect ratio; the whole area if it has no size. */
    private static XSSFClientAnchor fit(XSSFSheet sheet, Region area, ImageData image) {
        double[] colPx = new double[area.cols()];
        double[] rowPx = new double[area.rows()];
        double width = 0;
        double height = 0;
        for (int c = 0; c < colPx.length; c++) {
            colPx[c] = sheet.getColumnWidthInPixels(area.firstCol() + c);
            width += colPx[c];
        }
        for (int r = 0; r < rowPx.length; r++) {
            XSSFRow row = sheet.getRow(area.firstRow() + r);
            float points = row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
            rowPx[r] = Units.pointsToPixel(points);
            height += rowPx[r];
        }
        int[] size = imageSize(image);
        if (size == null) {
            return new XSSFClientAnchor(0, 0, 0, 0, area.firstCol(), area.firstRow(), area.lastCol() + 1,
                    area.lastRow() + 1);
        }
        double scale = Math.min(width / size[0], height / size[1]);
        double w = size[0] * scale;
        double h = size[1] * scale;
        int[] col = locate(colPx, w);
        int[] row = locate(rowPx, h);
        return new XSSFClientAnchor(0, 0, col[1], row[1], area.firstCol(), area.firstRow(), area.firstCol() + col[0],
                area.firstRow() + row[0]);
    }

    /** The cell index and EMU offset at {@code px} pixels into the cells of {@code sizes}. */
    private static int[] locate(double[] sizes, double px) {
        double rest = px;
        for (int i = 0; i < sizes.length; i++) {
            if (rest < sizes[i]) {
                return new int[] {i, (int) Math.round(rest * Units.EMU_PER_PIXEL)};
            }
            rest -= sizes[i];
        }
        return new int[] {sizes.length, 0};
    }

    private static int[] imageSize(ImageData image) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(image.bytes()));
            return img == null || img.getWidth() <= 0 || img.getHeight() <= 0
                    ? null : new int[] {img.getWidth(), img.getHeight()};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------- protection, print

    /** Protected without a password: users may unprotect, format, insert rows and edit drawings. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockObjects(false);
    }

    private void print(XSSFSheet sheet, int index, SheetPlan plan) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(plan.landscape());
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        // the floor plan and its callouts belong on one sheet of paper; everything else runs on to more pages
        boolean image = plan.cells().stream().anyMatch(p -> p.role() == Role.IMAGE_AREA);
        setup.setFitHeight((short) (image ? 1 : 0));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.2);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.setHorizontallyCenter(true);
        wb.setPrintArea(index, 0, plan.lastCol(), 0, plan.lastRow());
        plan.repeatRows().ifPresent(r -> sheet.setRepeatingRows(CellRangeAddress.valueOf((r[0] + 1) + ":" + (r[1] + 1))));
        sheet.getFooter().setCenter("&P / &N");
        sheet.getFooter().setRight(layout.form().id() + " " + layout.version().code());
    }

    // -------------------------------------------------------------------------------------------- identity

    /** Hidden names and document properties by which our own files are recognised. */
    private void identity() {
        FormDescriptor form = layout.form();
        String code = layout.version().code();
        name(FORM_ID_NAME, form.id());
        name(FORM_VERSION_NAME, code);
        for (Name name : wb.getAllNames()) {
            if (name.getNameName().startsWith("MSF_")) {
                hide((XSSFName) name);
            }
        }
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(form.title());
        core.setSubjectProperty(form.id());
        core.setKeywords("medsec-forms " + form.id() + " " + code);
        core.setCategory("medsec-forms");
        core.setCreator("medsec-forms");
        core.setDescription(form.title() + " " + layout.version().label() + "版 (" + form.id() + " " + code + ")");
        props.getCustomProperties().addProperty(FORM_ID_NAME, form.id());
        props.getCustomProperties().addProperty(FORM_VERSION_NAME, code);
    }

    /** POI has no setter for a name's {@code hidden} flag; its {@code CTDefinedName} carries it. */
    private static void hide(XSSFName name) {
        try {
            Method ct = XSSFName.class.getDeclaredMethod("getCTName");
            ct.setAccessible(true);
            ((CTDefinedName) ct.invoke(name)).setHidden(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a visible name is harmless: the values are still there and still recognised
        }
    }

    private void name(String name, String value) {
        Name defined = wb.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("\"" + value.replace("\"", "\"\"") + "\"");
    }
}
