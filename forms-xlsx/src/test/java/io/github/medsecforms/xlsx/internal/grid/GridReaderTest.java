package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

class GridReaderTest {

    private static Grid read(byte[] bytes) throws GridException {
        return GridReader.read(bytes, ReadLimits.DEFAULT);
    }

    @Test
    void reads_strings_numbers_booleans_and_japanese_text() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("基本情報");
        XSSFRow r0 = s.createRow(0);
        r0.createCell(0).setCellValue("医療機関名");
        r0.createCell(1).setCellValue("〇〇総合病院");
        XSSFRow r4 = s.createRow(4);
        r4.createCell(2).setCellValue(45425);
        r4.createCell(3).setCellValue(3.5);
        r4.createCell(4).setCellValue(-0.1);
        r4.createCell(5).setCellValue(true);
        r4.createCell(6).setCellValue(false);
        r4.createCell(7).setCellValue("");
        s.createRow(9).createCell(26).setCellValue(1e20);

        Grid grid = read(Fixtures.bytes(wb));

        assertThat(grid.format()).isEqualTo("xlsx");
        assertThat(grid.date1904()).isFalse();
        GridSheet sheet = grid.sheet("基本情報").orElseThrow();
        assertThat(sheet.cell(0, 0).text()).isEqualTo("医療機関名");
        assertThat(sheet.cell(0, 1).type()).isEqualTo(CellType.STRING);
        assertThat(sheet.cell(0, 1).text()).isEqualTo("〇〇総合病院");
        Cell c5 = sheet.cell("C5");
        assertThat(c5.type()).isEqualTo(CellType.NUMBER);
        assertThat(c5.text()).isEqualTo("45425");
        assertThat(c5.number()).isEqualTo(45425.0);
        assertThat(c5.a1()).isEqualTo("C5");
        assertThat(c5.row()).isEqualTo(4);
        assertThat(c5.col()).isEqualTo(2);
        assertThat(c5.isDateFormatted()).isFalse();
        assertThat(c5.isFormula()).isFalse();
        assertThat(sheet.cell(4, 3).text()).isEqualTo("3.5");
        assertThat(sheet.cell(4, 4).text()).isEqualTo("-0.1");
        assertThat(sheet.cell(4, 5).type()).isEqualTo(CellType.BOOLEAN);
        assertThat(sheet.cell(4, 5).text()).isEqualTo("TRUE");
        assertThat(sheet.cell(4, 6).text()).isEqualTo("FALSE");
        assertThat(sheet.cell(4, 5).number()).isNaN();
        assertThat(sheet.cell(4, 7).type()).isEqualTo(CellType.STRING);
        assertThat(sheet.cell(4, 7).text()).isEmpty();
        assertThat(sheet.cell("AA10").text()).isEqualTo("100000000000000000000");
        assertThat(sheet.lastRow()).isEqualTo(9);
        assertThat(sheet.lastColumn()).isEqualTo(26);
        assertThat(sheet.cellCount()).isEqualTo(9);
    }

    @Test
    void answers_the_shared_blank_for_empty_positions() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("a");
        s.createRow(1).createCell(1).setCellValue("x");
        s.createRow(3).createCell(0).setCellStyle(wb.createCellStyle()); // styled, no value
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        assertThat(sheet.cell(0, 0)).isSameAs(Cell.BLANK);
        assertThat(sheet.cell(1, 0)).isSameAs(Cell.BLANK);
        assertThat(sheet.cell(3, 0)).isSameAs(Cell.BLANK);
        assertThat(sheet.cell(-1, -1)).isSameAs(Cell.BLANK);
        assertThat(sheet.cell(2_000_000, 20_000)).isSameAs(Cell.BLANK);
        assertThat(Cell.BLANK.type()).isEqualTo(CellType.BLANK);
        assertThat(Cell.BLANK.text()).isEmpty();
        assertThat(Cell.BLANK.number()).isNaN();
        assertThat(sheet.lastRow()).isEqualTo(1);
        assertThat(sheet.cellCount()).isEqualTo(1);
    }

    @Test
    void iterates_non_blank_cells_in_row_major_order_and_by_row() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("a");
        s.createRow(2).createCell(5).setCellValue("c");
        s.getRow(2).createCell(1).setCellValue("b");
        s.createRow(0).createCell(3).setCellValue("a");
        s.createRow(7).createCell(0).setCellValue(7);
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        List<String> all = new ArrayList<>();
        sheet.cells().forEach(c -> all.add(c.a1() + "=" + c.text()));
        assertThat(all).containsExactly("D1=a", "B3=b", "F3=c", "A8=7");
        List<String> row = new ArrayList<>();
        sheet.row(2).forEach(c -> row.add(c.a1()));
        assertThat(row).containsExactly("B3", "F3");
        assertThat(sheet.row(1)).isEmpty();
    }

    @Test
    void concatenates_rich_text_runs() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("a");
        XSSFRichTextString rich = new XSSFRichTextString("太字と普通");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        s.createRow(0).createCell(0).setCellValue(rich);
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        assertThat(sheet.cell(0, 0).text()).isEqualTo("太字と普通");
    }

    @Test
    void leaves_phonetic_guides_out_of_shared_strings() throws Exception {
        byte[] bytes = new Fixtures.Hand()
                .sheet("a", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>")
                .sharedStrings(Fixtures.sst(
                        "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                        + "<si><r><rPr><b/></rPr><t>山田</t></r><r><t xml:space=\"preserve\"> 太郎</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh></si>"))
                .build();
        GridSheet sheet = read(bytes).sheets().get(0);

        assertThat(sheet.cell(0, 0).text()).isEqualTo("東京");
        assertThat(sheet.cell(0, 1).text()).isEqualTo("山田 太郎");
    }

    @Test
    void reads_formula_cached_values_including_errors() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("a");
        XSSFRow r = s.createRow(0);
        r.createCell(0).setCellValue(2);
        r.createCell(1).setCellValue(3);
        r.createCell(2).setCellFormula("A1*B1");
        r.createCell(3).setCellFormula("\"病院\"&A1");
        r.createCell(4).setCellFormula("A1>B1");
        r.createCell(5).setCellFormula("#REF!");
        r.createCell(6).setCellFormula("A1/0");
        r.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        assertThat(sheet.cell(0, 2)).satisfies(c -> {
            assertThat(c.type()).isEqualTo(CellType.NUMBER);
            assertThat(c.text()).isEqualTo("6");
            assertThat(c.isFormula()).isTrue();
        });
        assertThat(sheet.cell(0, 3).type()).isEqualTo(CellType.STRING);
        assertThat(sheet.cell(0, 3).text()).isEqualTo("病院2");
        assertThat(sheet.cell(0, 3).isFormula()).isTrue();
        assertThat(sheet.cell(0, 4).type()).isEqualTo(CellType.BOOLEAN);
        assertThat(sheet.cell(0, 4).text()).isEqualTo("FALSE");
        assertThat(sheet.cell(0, 5).type()).isEqualTo(CellType.ERROR);
        assertThat(sheet.cell(0, 5).text()).isEqualTo("#REF!");
        assertThat(sheet.cell(0, 5).isFormula()).isTrue();
        assertThat(sheet.cell(0, 6).text()).isEqualTo("#DIV/0!");
        assertThat(sheet.cell(0, 7).type()).isEqualTo(CellType.ERROR);
        assertThat(sheet.cell(0, 7).text()).isEqualTo("#N/A");
        assertThat(sheet.cell(0, 7).isFormula()).isFalse();
        assertThat(sheet.cell(0, 0).isFormula()).isFalse();
    }

    @Test
    void flags_dates_by_built_in_and_japanese_custom_formats_but_not_durations() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        CreationHelper h = wb.getCreationHelper();
        XSSFSheet s = wb.createSheet("a");
        String[] formats = {"m/d/yy", "yyyy/m/d", "[$-411]ggge\"年\"m\"月\"d\"日\"", "[h]:mm", "#,##0", "0.00E+00",
            "General", "yyyy\"年\"m\"月\"d\"日\"", "h:mm"};
        XSSFRow r = s.createRow(0);
        for (int i = 0; i < formats.length; i++) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(h.createDataFormat().getFormat(formats[i]));
            var cell = r.createCell(i);
            cell.setCellValue(45425);
            cell.setCellStyle(style);
        }
        // a styled string is no date
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(h.createDataFormat().getFormat("yyyy/m/d"));
        var text = s.createRow(1).createCell(0);
        text.setCellValue("令和6年5月13日");
        text.setCellStyle(dateStyle);
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        assertThat(sheet.cell(0, 0).isDateFormatted()).as("built-in 14").isTrue();
        assertThat(sheet.cell(0, 1).isDateFormatted()).as("yyyy/m/d").isTrue();
        assertThat(sheet.cell(0, 2).isDateFormatted()).as("Japanese era").isTrue();
        assertThat(sheet.cell(0, 3).isDateFormatted()).as("[h]:mm").isFalse();
        assertThat(sheet.cell(0, 4).isDateFormatted()).as("#,##0").isFalse();
        assertThat(sheet.cell(0, 5).isDateFormatted()).as("scientific").isFalse();
        assertThat(sheet.cell(0, 6).isDateFormatted()).as("General").isFalse();
        assertThat(sheet.cell(0, 7).isDateFormatted()).as("yyyy年m月d日").isTrue();
        assertThat(sheet.cell(0, 8).isDateFormatted()).as("h:mm").isTrue();
        assertThat(sheet.cell(0, 1).text()).isEqualTo("45425");
        assertThat(sheet.cell(1, 0).isDateFormatted()).isFalse();
    }

    @Test
    void reports_the1904_date_system() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("a").createRow(0).createCell(0).setCellValue(1);
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);

        assertThat(read(Fixtures.bytes(wb)).date1904()).isTrue();
        assertThat(read(new Fixtures.Hand().sheet("a", "").date1904().build()).date1904()).isTrue();
    }

    @Test
    void reads_iso_date_cells_as_date_serials() throws Exception {
        byte[] bytes = new Fixtures.Hand().sheet("a",
                "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-05-13</v></c><c r=\"B1\" t=\"d\"><v>2024-05-13T12:00:00</v></c></row>")
                .build();
        GridSheet sheet = read(bytes).sheets().get(0);

        assertThat(sheet.cell(0, 0).number()).isEqualTo(45425.0);
        assertThat(sheet.cell(0, 0).isDateFormatted()).isTrue();
        assertThat(sheet.cell(0, 1).number()).isCloseTo(45425.5, within(1e-9));
    }

    @Test
    void reads_merged_regions() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("a");
        s.createRow(1).createCell(1).setCellValue("見出し");
        s.addMergedRegion(new CellRangeAddress(1, 2, 1, 3));
        s.addMergedRegion(new CellRangeAddress(5, 5, 0, 1));
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        assertThat(sheet.mergedRegions()).extracting(CellRange::a1).containsExactly("B2:D3", "A6:B6");
        assertThat(sheet.mergedRegionAt(2, 3)).hasValueSatisfying(m -> assertThat(m.a1()).isEqualTo("B2:D3"));
        assertThat(sheet.mergedRegionAt(1, 1)).isPresent();
        assertThat(sheet.mergedRegionAt(1, 4)).isEmpty();
        assertThat(sheet.mergedRegionAt(5, 1)).hasValue(new CellRange(5, 0, 5, 1));
    }

    @Test
    void keeps_sheet_order_names_and_visibility() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("表紙");
        wb.createSheet("hidden");
        wb.createSheet("very");
        wb.createSheet("最後");
        wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
        wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        wb.setSheetOrder("最後", 0);
        Grid grid = read(Fixtures.bytes(wb));

        assertThat(grid.sheets()).extracting(GridSheet::name).containsExactly("最後", "表紙", "hidden", "very");
        assertThat(grid.sheet("hidden").orElseThrow().state()).isEqualTo(SheetState.HIDDEN);
        assertThat(grid.sheet("very").orElseThrow().state()).isEqualTo(SheetState.VERY_HIDDEN);
        assertThat(grid.sheet("表紙").orElseThrow().state()).isEqualTo(SheetState.VISIBLE);
        assertThat(grid.sheet("HIDDEN")).isPresent();
        assertThat(grid.sheet("none")).isEmpty();
        assertThat(grid.sheet("表紙").orElseThrow().lastRow()).isEqualTo(-1);
        assertThat(grid.sheet("表紙").orElseThrow().lastColumn()).isEqualTo(-1);
        assertThat(grid.sheet("表紙").orElseThrow().cells()).isEmpty();
    }

    @Test
    void reads_pictures_and_text_boxes_with_their_anchors() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("構成図");
        byte[] png = Fixtures.png();
        int pictureIndex = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = s.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setRow1(2);
        anchor.setCol1(3);
        anchor.setRow2(8);
        anchor.setCol2(6);
        drawing.createPicture(anchor, pictureIndex);
        XSSFTextBox box = drawing.createTextbox(new XSSFClientAnchor(0, 0, 0, 0, 1, 10, 4, 12));
        box.setText(new XSSFRichTextString("ネットワーク構成図\n2階"));
        s.createRow(0).createCell(0).setCellValue("x");
        GridSheet sheet = read(Fixtures.bytes(wb)).sheets().get(0);

        assertThat(sheet.pictures()).singleElement().satisfies(p -> {
            assertThat(p.mediaType()).isEqualTo("image/png");
            assertThat(p.bytes()).isEqualTo(png);
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.col()).isEqualTo(3);
        });
        assertThat(sheet.shapes()).singleElement().satisfies(sh -> {
            assertThat(sh.text()).isEqualTo("ネットワーク構成図\n2階");
            assertThat(sh.row()).isEqualTo(10);
            assertThat(sh.col()).isEqualTo(1);
        });
    }

    @Test
    void reads_inline_strings() throws Exception {
        byte[] bytes = new Fixtures.Hand().sheet("a",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>インライン</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row>").build();
        GridSheet sheet = read(bytes).sheets().get(0);

        assertThat(sheet.cell(0, 0).type()).isEqualTo(CellType.STRING);
        assertThat(sheet.cell(0, 0).text()).isEqualTo("インライン");
        assertThat(sheet.cell(0, 1).text()).isEqualTo("rich");
        assertThat(sheet.cell(0, 2).text()).isEqualTo("a\rb");
    }

    @Test
    void places_cells_without_references_at_implicit_positions() throws Exception {
        byte[] bytes = new Fixtures.Hand().sheet("a",
                "<row><c><v>1</v></c><c><v>2</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c/><c><v>4</v></c></row>"
                + "<row r=\"5\"><c r=\"C5\"><v>5</v></c><c><v>6</v></c></row>"
                + "<row><c><v>7</v></c></row>").build();
        GridSheet sheet = read(bytes).sheets().get(0);

        assertThat(sheet.cell("A1").text()).isEqualTo("1");
        assertThat(sheet.cell("B1").text()).isEqualTo("2");
        assertThat(sheet.cell("A2").text()).isEqualTo("x");
        assertThat(sheet.cell("B2")).isSameAs(Cell.BLANK);
        assertThat(sheet.cell("C2").text()).isEqualTo("4");
        assertThat(sheet.cell("C5").text()).isEqualTo("5");
        assertThat(sheet.cell("D5").text()).isEqualTo("6");
        assertThat(sheet.cell("A6").text()).isEqualTo("7");
    }

    @Test
    void sorts_cells_written_out_of_order_and_keeps_the_last_of_duplicates() throws Exception {
        byte[] bytes = new Fixtures.Hand().sheet("a",
                "<row r=\"3\"><c r=\"B3\"><v>3</v></c><c r=\"A3\"><v>2</v></c></row>"
                + "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>9</v></c></row>").build();
        GridSheet sheet = read(bytes).sheets().get(0);

        List<String> all = new ArrayList<>();
        sheet.cells().forEach(c -> all.add(c.a1() + "=" + c.text()));
        assertThat(all).containsExactly("A1=9", "A3=2", "B3=3");
    }

    @Test
    void reads_prefixed_and_strict_ooxml_markup() throws Exception {
        String strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        String strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        Fixtures.Hand hand = new Fixtures.Hand().sheetPart("a", "<x:worksheet xmlns:x=\"" + strictMain + "\">"
                + "<x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>接頭辞</x:t></x:is></x:c>"
                + "<x:c r=\"C2\"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>");
        hand.parts.put("xl/workbook.xml", "<x:workbook xmlns:x=\"" + strictMain + "\" xmlns:rel=\"" + strictRel + "\">"
                + "<x:sheets><x:sheet name=\"a\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets></x:workbook>");
        hand.parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + strictRel + "/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        GridSheet sheet = read(hand.build()).sheets().get(0);

        assertThat(sheet.cell("B2").text()).isEqualTo("接頭辞");
        assertThat(sheet.cell("C2").number()).isEqualTo(7.0);
    }

    @Test
    void is_safe_to_use_from_many_threads() throws Exception {
        byte[] bytes = GridAgreesWithPoiTest.variedWorkbook();
        Grid expected = read(bytes);
        List<String> reference = new ArrayList<>();
        expected.sheets().forEach(sh -> sh.cells().forEach(c -> reference.add(sh.name() + c)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    read(bytes).sheets().forEach(sh -> sh.cells().forEach(c -> seen.add(sh.name() + c)));
                    return seen;
                }));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(reference);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reads_macro_enabled_workbooks_the_same_way() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        wb.createSheet("a").createRow(0).createCell(0).setCellValue("マクロ");
        Grid grid = read(Fixtures.bytes(wb));

        assertThat(grid.format()).isEqualTo("xlsm");
        assertThat(grid.sheets().get(0).cell(0, 0).text()).isEqualTo("マクロ");
    }

    @Test
    void reads_from_a_stream() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("a").createRow(0).createCell(0).setCellValue("s");
        Grid grid = GridReader.read(new ByteArrayInputStream(Fixtures.bytes(wb)), ReadLimits.DEFAULT);

        assertThat(grid.sheets().get(0).cell(0, 0).text()).isEqualTo("s");
    }

    @Test
    void reads_a_workbook_written_by_the_streaming_writer() throws Exception {
        try (var sx = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10)) {
            var s = sx.createSheet("大量");
            for (int i = 0; i < 100; i++) {
                var row = s.createRow(i);
                row.createCell(0).setCellValue("行" + i);
                row.createCell(1).setCellValue(i);
            }
            byte[] bytes;
            try (var out = new java.io.ByteArrayOutputStream()) {
                sx.write(out);
                bytes = out.toByteArray();
            }
            GridSheet sheet = read(bytes).sheets().get(0);
            assertThat(sheet.cell(99, 0).text()).isEqualTo("行99");
            assertThat(sheet.cell(99, 1).text()).isEqualTo("99");
            assertThat(sheet.cellCount()).isEqualTo(200);
        }
    }

    @Test
    void is_usable_with_excels_full_sheet_size() {
        assertThat(SpreadsheetVersion.EXCEL2007.getMaxRows()).isEqualTo(CellRef.MAX_ROWS);
        assertThat(SpreadsheetVersion.EXCEL2007.getMaxColumns()).isEqualTo(CellRef.MAX_COLUMNS);
    }
}
