package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.ByteArrayInputStream;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The grid reports what POI's usermodel reports, cell by cell, on a varied workbook. */
class GridAgreesWithPoiTest {

    @Test
    void agrees_with_poi_on_every_cell_of_a_varied_workbook() throws Exception {
        byte[] bytes = variedWorkbook();
        Grid grid = GridReader.read(bytes, ReadLimits.DEFAULT);
        int compared = 0;
        int eraDates = 0;
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(grid.sheets()).hasSize(poi.getNumberOfSheets());
            for (int s = 0; s < poi.getNumberOfSheets(); s++) {
                Sheet ps = poi.getSheetAt(s);
                GridSheet gs = grid.sheets().get(s);
                assertThat(gs.name()).isEqualTo(ps.getSheetName());
                assertThat(gs.mergedRegions()).extracting(CellRange::a1).containsExactlyElementsOf(
                        ps.getMergedRegions().stream().map(r -> new CellRange(r.getFirstRow(), r.getFirstColumn(),
                                r.getLastRow(), r.getLastColumn()).a1()).toList());
                int poiNonBlank = 0;
                for (Row row : ps) {
                    for (org.apache.poi.ss.usermodel.Cell pc : row) {
                        Cell gc = gs.cell(pc.getRowIndex(), pc.getColumnIndex());
                        String where = ps.getSheetName() + "!" + pc.getAddress();
                        org.apache.poi.ss.usermodel.CellType type = pc.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                                ? pc.getCachedFormulaResultType() : pc.getCellType();
                        assertThat(gc.isFormula()).as(where + " formula")
                                .isEqualTo(pc.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
                        switch (type) {
                            case STRING -> {
                                assertThat(gc.type()).as(where).isEqualTo(CellType.STRING);
                                assertThat(gc.text()).as(where).isEqualTo(pc.getStringCellValue());
                            }
                            case NUMERIC -> {
                                assertThat(gc.type()).as(where).isEqualTo(CellType.NUMBER);
                                assertThat(gc.number()).as(where).isEqualTo(pc.getNumericCellValue());
                                assertThat(Double.parseDouble(gc.text())).as(where).isEqualTo(pc.getNumericCellValue());
                                // the one known difference: POI's date detection does not know Japanese era
                                // codes (g, e), which do show dates
                                String format = pc.getCellStyle().getDataFormatString();
                                boolean era = format.contains("ggge");
                                assertThat(gc.isDateFormatted()).as(where + " date, " + format)
                                        .isEqualTo(era || DateUtil.isCellDateFormatted(pc));
                                if (era) {
                                    eraDates++;
                                }
                            }
                            case BOOLEAN -> {
                                assertThat(gc.type()).as(where).isEqualTo(CellType.BOOLEAN);
                                assertThat(gc.text()).as(where).isEqualTo(pc.getBooleanCellValue() ? "TRUE" : "FALSE");
                            }
                            case ERROR -> {
                                assertThat(gc.type()).as(where).isEqualTo(CellType.ERROR);
                                assertThat(gc.text()).as(where)
                                        .isEqualTo(FormulaError.forInt(pc.getErrorCellValue()).getString());
                            }
                            case BLANK -> assertThat(gc).as(where).isSameAs(Cell.BLANK);
                            default -> throw new AssertionError(where + " " + type);
                        }
                        if (type != org.apache.poi.ss.usermodel.CellType.BLANK) {
                            poiNonBlank++;
                        }
                        compared++;
                    }
                }
                assertThat(gs.cellCount()).as(ps.getSheetName() + " has no cells POI lacks").isEqualTo(poiNonBlank);
            }
        }
        assertThat(compared).isGreaterThan(1500);
        assertThat(eraDates).isPositive();
    }

    /** Five sheets, ~2,000 cells of every kind; also the workbook of the rough timing in docs/design-grid.md. */
    static byte[] variedWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Random random = new Random(2024);
        var h = wb.getCreationHelper();
        CellStyle[] styles = new CellStyle[5];
        String[] formats = {"yyyy/m/d", "[$-411]ggge\"年\"m\"月\"d\"日\"", "#,##0", "0.00%", "m/d/yy"};
        for (int i = 0; i < styles.length; i++) {
            styles[i] = wb.createCellStyle();
            styles[i].setDataFormat(h.createDataFormat().getFormat(formats[i]));
        }
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        String[] words = {"医療機関名", "所在地", "病床数", "電子カルテ", "VPN装置", "バックアップ", "ＩＰアドレス", "担当者",
            "令和6年度", "〒100-0001", "東京都千代田区", "192.168.1.10", "ｶﾀｶﾅ", "a_b", "  spaced  ", "line\nbreak"};
        for (int s = 0; s < 5; s++) {
            Sheet sheet = wb.createSheet("様式" + (s + 1));
            for (int r = 0; r < 80; r++) {
                Row row = sheet.createRow(r + (r > 40 ? 3 : 0));
                for (int c = 0; c < 6; c++) {
                    var cell = row.createCell(c * (c % 2 == 0 ? 1 : 2));
                    switch (random.nextInt(10)) {
                        case 0, 1, 2 -> cell.setCellValue(words[random.nextInt(words.length)] + (r % 3 == 0 ? "" : r));
                        case 3 -> cell.setCellValue(random.nextInt(100_000));
                        case 4 -> cell.setCellValue(random.nextDouble() * 1000);
                        case 5 -> {
                            cell.setCellValue(45_000 + random.nextInt(2000) + (random.nextBoolean() ? 0.5 : 0));
                            cell.setCellStyle(styles[random.nextInt(styles.length)]);
                        }
                        case 6 -> cell.setCellValue(random.nextBoolean());
                        case 7 -> {
                            XSSFRichTextString rich = new XSSFRichTextString("強調と通常" + c);
                            rich.applyFont(0, 2, bold);
                            cell.setCellValue(rich);
                        }
                        case 8 -> cell.setCellStyle(styles[0]); // styled blank
                        default -> cell.setCellFormula(switch (random.nextInt(5)) {
                            case 0 -> "1+" + r;
                            case 1 -> "\"計\"&" + c;
                            case 2 -> r + ">" + c;
                            case 3 -> "1/0";
                            default -> "#REF!";
                        });
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(100, 101, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(105, 105, 2, 5));
        }
        wb.setSheetHidden(3, true);
        h.createFormulaEvaluator().evaluateAll();
        return Fixtures.bytes(wb);
    }
}
