package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Broken and hostile files: each is refused with its code and a Japanese and an English message. */
class GridReaderRefusalTest {

    private static GridException refusal(byte[] bytes) {
        return refusal(bytes, ReadLimits.DEFAULT);
    }

    private static GridException refusal(byte[] bytes, ReadLimits limits) {
        GridException e = catchThrowableOfType(GridException.class, () -> GridReader.read(bytes, limits));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).startsWith(e.code() + ": ").doesNotContain("{").containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        String english = e.getMessage(Locale.ENGLISH);
        assertThat(english).startsWith(e.code() + ": ").doesNotContain("{").isNotEqualTo(e.getMessage());
        assertThat(english.substring(e.code().length())).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
        return e;
    }

    private static byte[] workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("a").createRow(0).createCell(0).setCellValue("value");
        return Fixtures.bytes(wb);
    }

    @Test
    void refuses_an_empty_file() {
        assertThat(refusal(new byte[0]).error()).isEqualTo(GridError.EMPTY_INPUT);
    }

    @Test
    void refuses_a_csv_renamed_to_xlsx() {
        byte[] csv = "医療機関コード,名称\n1310000000,〇〇病院\n".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(csv).error()).isEqualTo(GridError.NOT_A_ZIP);
    }

    @Test
    void refuses_random_bytes() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 'x';
        assertThat(refusal(random).error()).isEqualTo(GridError.NOT_A_ZIP);
    }

    @Test
    void refuses_a_truncated_zip() {
        byte[] full = workbook();
        GridException e = refusal(Arrays.copyOf(full, full.length / 2));
        assertThat(e.error()).isEqualTo(GridError.TRUNCATED);
        // cut inside the central directory too
        assertThat(refusal(Arrays.copyOf(full, full.length - 30)).error()).isEqualTo(GridError.TRUNCATED);
    }

    @Test
    void reads_a_legacy_xls_instead_of_refusing_it() throws GridException {
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("a").createRow(0).createCell(0).setCellValue("旧形式");
        Grid grid = GridReader.read(Fixtures.bytes(xls), ReadLimits.DEFAULT);
        assertThat(grid.format()).isEqualTo("xls");
        assertThat(grid.sheets()).singleElement().satisfies(s -> assertThat(s.cell("A1").text()).isEqualTo("旧形式"));
    }

    @Test
    void refuses_an_xls_over_the_limits_before_poi_builds_it() {
        HSSFWorkbook xls = new HSSFWorkbook();
        var sheet = xls.createSheet("a");
        for (int r = 0; r < 10; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < 10; c++) {
                row.createCell(c).setCellValue(r * 10 + c);
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 20, 21));
        }
        xls.createSheet("b");
        byte[] bytes = Fixtures.bytes(xls);
        assertThat(refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxSheets(1).build()).error())
                .isEqualTo(GridError.TOO_MANY_SHEETS);
        assertThat(refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxMergedRegions(3).build()).error())
                .isEqualTo(GridError.TOO_MANY_MERGED_REGIONS);
        assertThat(refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxRowsPerSheet(5).build()).error())
                .isEqualTo(GridError.TOO_MANY_ROWS);
        assertThat(refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxEntryBytes(100).build()).error())
                .isEqualTo(GridError.ENTRY_TOO_LARGE);
        // POI's model takes ~150 bytes a cell: .xls gets an eighth of the cell limit, and a quarter of it in records
        GridException records = refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxCells(64).build());
        assertThat(records.error()).isEqualTo(GridError.TOO_MANY_RECORDS);
        assertThat(records.args()[0]).isEqualTo(16L);
    }

    @Test
    void counts_blank_xls_cells_because_poi_keeps_them() {
        HSSFWorkbook xls = new HSSFWorkbook();
        var row = xls.createSheet("a").createRow(0);
        for (int c = 0; c < 200; c++) {
            row.createCell(c);
        }
        GridException e = refusal(Fixtures.bytes(xls), ReadLimits.DEFAULT.toBuilder().maxCells(800).build());
        assertThat(e.error()).isEqualTo(GridError.TOO_MANY_CELLS);
        assertThat(e.args()[0]).isEqualTo(100L);
        assertThat((Long) e.args()[1]).isEqualTo(200L); // one MULBLANK record of 200 cells
    }

    @Test
    void never_throws_anything_but_grid_exception_on_mangled_xls() {
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("a").createRow(0).createCell(0).setCellValue("旧形式");
        byte[] wb = Fixtures.bytes(xls);
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            byte[] mangled = wb.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                mangled[8 + random.nextInt(mangled.length - 8)] = (byte) random.nextInt(256);
            }
            try {
                GridReader.read(mangled, ReadLimits.DEFAULT);
            } catch (GridException expected) {
                assertThat(expected.getMessage()).startsWith("MSF-IO-1");
            }
        }
    }

    @Test
    void refuses_an_encrypted_workbook() throws Exception {
        byte[] plain = workbook();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        GridException e = refusal(encrypted);
        assertThat(e.error()).isEqualTo(GridError.ENCRYPTED);
        assertThat(e.getMessage()).contains("パスワード");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Password-protected");
    }

    @Test
    void refuses_a_zip_without_a_workbook() {
        byte[] zip = Fixtures.zip(Map.of("readme.txt", "hello", "word/document.xml", "<w/>"));
        assertThat(refusal(zip).error()).isEqualTo(GridError.NOT_A_WORKBOOK);
    }

    @Test
    void refuses_a_binary_workbook() {
        byte[] zip = Fixtures.zip(Map.of("xl/workbook.bin", "binary"));
        assertThat(refusal(zip).error()).isEqualTo(GridError.BINARY_WORKBOOK);
    }

    @Test
    void refuses_a_workbook_without_sheets() {
        assertThat(refusal(new Fixtures.Hand().build()).error()).isEqualTo(GridError.NO_SHEETS);
    }

    @Test
    void refuses_a_missing_sheet_part() {
        GridException e = refusal(new Fixtures.Hand().sheetRel("a", "worksheets/nowhere.xml").build());
        assertThat(e.error()).isEqualTo(GridError.MISSING_PART);
        assertThat(e.args()).containsExactly("xl/worksheets/nowhere.xml");
    }

    @Test
    void refuses_a_zip_bomb_quickly_by_its_compression_ratio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Fixtures.Hand hand = new Fixtures.Hand().sheet("a", "");
            byte[] small = hand.build();
            // copy the small workbook's parts, but replace the sheet with 64 MiB of whitespace
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(small))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        zip.write(("<worksheet xmlns=\"" + Fixtures.MAIN_NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1 << 16];
                        Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 1024; i++) {
                            zip.write(blanks);
                        }
                        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);

        GridException e = refusal(bomb);
        assertThat(e.error()).isEqualTo(GridError.COMPRESSION_RATIO);
        assertThat(e.args()[0]).isEqualTo(100);
        assertThat((Long) e.args()[1]).isGreaterThan(100L);
        assertThat(e.args()[2]).isEqualTo("xl/worksheets/sheet1.xml");

    }

    @Test
    void refuses_entries_and_packages_inflating_beyond_their_limits() {
        byte[] wb = workbook();
        GridException entry = refusal(wb, ReadLimits.DEFAULT.toBuilder().maxEntryBytes(200).build());
        assertThat(entry.error()).isEqualTo(GridError.ENTRY_TOO_LARGE);
        assertThat(entry.args()[0]).isEqualTo(200L);
        assertThat((Long) entry.args()[1]).isGreaterThan(200L);
        GridException total = refusal(wb, ReadLimits.DEFAULT.toBuilder().maxTotalBytes(2000).build());
        assertThat(total.error()).isEqualTo(GridError.TOTAL_TOO_LARGE);
        assertThat(total.args()[0]).isEqualTo(2000L);
    }

    @Test
    void refuses_external_entities_in_a_sheet() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + Fixtures.MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        GridException e = refusal(new Fixtures.Hand().sheetPart("a", xxe).build());
        assertThat(e.error()).isEqualTo(GridError.XML_DTD);
        assertThat(e.args()).containsExactly("xl/worksheets/sheet1.xml");
    }

    @Test
    void refuses_external_entities_in_shared_strings() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"" + Fixtures.MAIN_NS + "\"><si><t>&xxe;</t></si></sst>";
        byte[] bytes = new Fixtures.Hand().sheet("a", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings(xxe).build();
        GridException e = refusal(bytes);
        assertThat(e.error()).isEqualTo(GridError.XML_DTD);
        assertThat(e.args()).containsExactly("xl/sharedStrings.xml");
    }

    @Test
    void refuses_billion_laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>" + dtd + "<worksheet xmlns=\"" + Fixtures.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
        assertThat(refusal(new Fixtures.Hand().sheetPart("a", xml).build()).error()).isEqualTo(GridError.XML_DTD);
    }

    @Test
    void refuses_a_doctype_in_the_workbook_part() {
        Fixtures.Hand hand = new Fixtures.Hand().sheet("a", "");
        hand.parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE workbook SYSTEM \"http://example.invalid/x.dtd\">"
                + "<workbook xmlns=\"" + Fixtures.MAIN_NS + "\" xmlns:r=\"" + Fixtures.REL_NS + "\"><sheets>"
                + "<sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        assertThat(refusal(hand.build()).error()).isEqualTo(GridError.XML_DTD);
    }

    @Test
    void refuses_xml_that_is_not_well_formed() {
        GridException e = refusal(new Fixtures.Hand()
                .sheetPart("a", Fixtures.worksheet("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>"))
                .build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
        assertThat(e.args()[0]).isEqualTo("xl/worksheets/sheet1.xml");
    }

    @Test
    void refuses_a_shared_string_index_out_of_range() {
        byte[] bytes = new Fixtures.Hand().sheet("様式1", "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>")
                .sharedStrings(Fixtures.sst("<si><t>only</t></si>")).build();
        GridException e = refusal(bytes);
        assertThat(e.error()).isEqualTo(GridError.SHARED_STRING_INDEX);
        assertThat(e.args()).containsExactly("様式1", "B3", 5, 1);
        assertThat(e.getMessage()).contains("様式1", "B3").doesNotContain("only");
    }

    @Test
    void refuses_cell_references_beyond_excels_sheet() {
        GridException column = refusal(new Fixtures.Hand().sheet("a", "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>").build());
        assertThat(column.error()).isEqualTo(GridError.CELL_REFERENCE);
        assertThat(column.args()).containsExactly("a", "XFE1");

        GridException row = refusal(new Fixtures.Hand().sheet("a", "<row><c r=\"A1048577\"><v>1</v></c></row>").build());
        assertThat(row.error()).isEqualTo(GridError.CELL_REFERENCE);
        assertThat(row.args()).containsExactly("a", "A1048577");

        GridException rowAttr = refusal(new Fixtures.Hand().sheet("a", "<row r=\"1048577\"><c><v>1</v></c></row>").build());
        assertThat(rowAttr.error()).isEqualTo(GridError.CELL_REFERENCE);

        GridException merged = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<sheetData/><mergeCells count=\"1\"><mergeCell ref=\"A1:XFE2\"/></mergeCells>")).build());
        assertThat(merged.error()).isEqualTo(GridError.CELL_REFERENCE);
    }

    @Test
    void refuses_unreadable_cell_values() {
        for (String cell : new String[] {"<c r=\"A1\"><v>NaN</v></c>", "<c r=\"A1\"><v>1e999</v></c>",
            "<c r=\"A1\"><v>0x10</v></c>", "<c r=\"A1\" t=\"b\"><v>yes</v></c>", "<c r=\"A1\" t=\"zz\"><v>1</v></c>"}) {
            GridException e = refusal(new Fixtures.Hand().sheet("a", "<row r=\"1\">" + cell + "</row>").build());
            assertThat(e.error()).as(cell).isEqualTo(GridError.CELL_VALUE);
            assertThat(e.args()).containsExactly("a", "A1");
        }
    }

    @Test
    void refuses_a_relationship_target_escaping_the_package() {
        GridException e = refusal(new Fixtures.Hand().sheetRel("a", "../../etc/passwd").build());
        assertThat(e.error()).isEqualTo(GridError.RELATIONSHIP_ESCAPE);
        assertThat(e.args()).containsExactly("xl/workbook.xml", "../../etc/passwd");

        assertThat(refusal(new Fixtures.Hand().sheetRel("a", "file:///etc/passwd").build()).error())
                .isEqualTo(GridError.RELATIONSHIP_ESCAPE);
        assertThat(refusal(new Fixtures.Hand().sheetRel("a", "http://example.invalid/s.xml").build()).error())
                .isEqualTo(GridError.RELATIONSHIP_ESCAPE);
    }

    @Test
    void refuses_too_many_rows_without_reading_them_all() throws Exception {
        byte[] bytes;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet s = wb.createSheet("大量");
            for (int i = 0; i < 100_001; i++) {
                s.createRow(i).createCell(0).setCellValue(i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        GridException e = refusal(bytes);
        assertThat(e.error()).isEqualTo(GridError.TOO_MANY_ROWS);
        // POI's streaming writer records the used range, so the refusal comes from <dimension> before any row
        assertThat(e.args()).containsExactly(65_536, 100_001, "大量");
    }

    @Test
    void refuses_too_many_rows_while_streaming_when_there_is_no_dimension() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 70_000; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>1</v></c></row>");
        }
        GridException e = refusal(new Fixtures.Hand().sheet("a", rows.toString()).build());
        assertThat(e.error()).isEqualTo(GridError.TOO_MANY_ROWS);
        assertThat(e.args()).containsExactly(65_536, 65_537, "a");
    }

    @Test
    void refuses_too_many_rows_from_the_dimension_alone() {
        GridException e = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<dimension ref=\"A1:C100000\"/><sheetData/>")).build());
        assertThat(e.error()).isEqualTo(GridError.TOO_MANY_ROWS);
        assertThat(e.args()).containsExactly(65_536, 100_000, "a");
    }

    @Test
    void refuses_too_many_sheets() {
        Fixtures.Hand hand = new Fixtures.Hand();
        for (int i = 0; i < 256; i++) {
            hand.sheetRel("s" + i, "worksheets/sheet1.xml");
        }
        GridException e = refusal(hand.build());
        assertThat(e.error()).isEqualTo(GridError.TOO_MANY_SHEETS);
        assertThat(e.args()).containsExactly(255, 256);
    }

    @Test
    void refuses_a_cell_longer_than_excel_allows() {
        String longText = "あ".repeat(40_000);
        GridException inline = refusal(new Fixtures.Hand().sheet("a",
                "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>" + longText + "</t></is></c></row>").build());
        assertThat(inline.error()).isEqualTo(GridError.CELL_TOO_LONG);
        assertThat(inline.args()).containsExactly(32_767, 40_000, "a!C2");
        assertThat(inline.getMessage()).doesNotContain("ああ");

        GridException shared = refusal(new Fixtures.Hand().sheet("a", "")
                .sharedStrings(Fixtures.sst("<si><t>ok</t></si><si><t>" + longText + "</t></si>")).build());
        assertThat(shared.error()).isEqualTo(GridError.CELL_TOO_LONG);
        assertThat(shared.args()).containsExactly(32_767, 40_000, "xl/sharedStrings.xml #1");

        String run = "<r><t>" + "x".repeat(15_000) + "</t></r>";
        GridException runs = refusal(new Fixtures.Hand().sheet("a", "")
                .sharedStrings(Fixtures.sst("<si>" + run.repeat(3) + "</si>")).build());
        assertThat(runs.error()).isEqualTo(GridError.CELL_TOO_LONG);
        assertThat(runs.args()).containsExactly(32_767, 45_000, "xl/sharedStrings.xml #0");
    }

    @Test
    void refuses_inputs_over_the_size_and_count_limits() throws Exception {
        byte[] wb = workbook();
        GridException size = refusal(wb, ReadLimits.DEFAULT.toBuilder().maxInputBytes(1000).build());
        assertThat(size.error()).isEqualTo(GridError.INPUT_TOO_LARGE);
        assertThat(size.args()).containsExactly(1000L, (long) wb.length);
        GridException stream = catchThrowableOfType(GridException.class, () -> GridReader.read(
                new java.io.ByteArrayInputStream(wb), ReadLimits.DEFAULT.toBuilder().maxInputBytes(1000).build()));
        assertThat(stream.error()).isEqualTo(GridError.INPUT_TOO_LARGE);

        assertThat(refusal(wb, ReadLimits.DEFAULT.toBuilder().maxEntries(3).build()).error())
                .isEqualTo(GridError.TOO_MANY_ENTRIES);
    }

    @Test
    void refuses_too_many_cells_strings_merges_and_drawing_objects() {
        byte[] cells = new Fixtures.Hand().sheet("a", "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c>"
                + "<c r=\"C1\"><v>3</v></c></row>").build();
        GridException c = refusal(cells, ReadLimits.DEFAULT.toBuilder().maxCells(2).build());
        assertThat(c.error()).isEqualTo(GridError.TOO_MANY_CELLS);
        assertThat(c.args()).containsExactly(2, 3L);

        byte[] strings = new Fixtures.Hand().sheet("a", "")
                .sharedStrings(Fixtures.sst("<si><t>a</t></si><si><t>b</t></si>")).build();
        assertThat(refusal(strings, ReadLimits.DEFAULT.toBuilder().maxSharedStrings(1).build()).error())
                .isEqualTo(GridError.TOO_MANY_SHARED_STRINGS);
        assertThat(refusal(strings, ReadLimits.DEFAULT.toBuilder().maxTextChars(1).build()).error())
                .isEqualTo(GridError.TOO_MUCH_TEXT);

        byte[] merges = new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<sheetData/><mergeCells><mergeCell ref=\"A1:B1\"/><mergeCell ref=\"A2:B2\"/></mergeCells>")).build();
        assertThat(refusal(merges, ReadLimits.DEFAULT.toBuilder().maxMergedRegions(1).build()).error())
                .isEqualTo(GridError.TOO_MANY_MERGED_REGIONS);
    }

    @Test
    void refuses_too_many_or_too_large_pictures() {
        XSSFWorkbook wb = new XSSFWorkbook();
        var s = wb.createSheet("a");
        int idx = wb.addPicture(Fixtures.png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
        var d = s.createDrawingPatriarch();
        d.createPicture(wb.getCreationHelper().createClientAnchor(), idx);
        d.createPicture(wb.getCreationHelper().createClientAnchor(), idx);
        byte[] bytes = Fixtures.bytes(wb);

        assertThat(refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxDrawingObjects(1).build()).error())
                .isEqualTo(GridError.TOO_MANY_DRAWING_OBJECTS);
        GridException big = refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxPictureBytes(10).build());
        assertThat(big.error()).isEqualTo(GridError.PICTURE_TOO_LARGE);
        assertThat(big.args()[2]).isEqualTo("xl/media/image1.png");
        GridException total = refusal(bytes, ReadLimits.DEFAULT.toBuilder().maxTotalPictureBytes(10).build());
        assertThat(total.error()).isEqualTo(GridError.TOO_MANY_PICTURE_BYTES);
    }

    @Test
    void refuses_relationship_parts_with_an_abnormal_number_of_entries() {
        Fixtures.Hand hand = new Fixtures.Hand().sheet("a", "");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + Fixtures.REL_TYPE + "worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        for (int i = 0; i < 100_001; i++) {
            rels.append("<Relationship Id=\"h").append(i).append("\" Type=\"").append(Fixtures.REL_TYPE)
                    .append("hyperlink\" Target=\"http://example.invalid/\" TargetMode=\"External\"/>");
        }
        hand.parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        GridException e = refusal(hand.build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
        assertThat(e.args()[0]).isEqualTo("xl/_rels/workbook.xml.rels");
    }

    @Test
    void refuses_an_encrypted_zip_entry_and_an_unknown_compression_method() {
        byte[] wb = workbook();
        byte[] encrypted = wb.clone();
        byte[] method = wb.clone();
        // flip the flags of every central-directory header
        for (int i = 0; i + 46 < wb.length; i++) {
            if (ZipArchive.le32(wb, i) == 0x02014b50) {
                encrypted[i + 8] |= 1;
                method[i + 10] = 99;
            }
        }
        assertThat(refusal(encrypted).error()).isEqualTo(GridError.ENCRYPTED);
        assertThat(refusal(method).error()).isEqualTo(GridError.CORRUPT_ZIP);
    }

    @Test
    void refuses_corrupt_compressed_data() {
        byte[] wb = workbook();
        byte[] corrupt = wb.clone();
        // garble the deflated data of the first entry (after its local header)
        int nameLen = ZipArchive.le16(wb, 26);
        int extraLen = ZipArchive.le16(wb, 28);
        for (int i = 30 + nameLen + extraLen; i < 30 + nameLen + extraLen + 40; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        GridException e = refusal(corrupt);
        assertThat(e.error()).isIn(GridError.CORRUPT_ZIP, GridError.XML_MALFORMED, GridError.TRUNCATED);
    }

    @Test
    void refuses_xml_nested_beyond_the_parsers_depth_limit() {
        String deep = "<x>".repeat(500) + "</x>".repeat(500);
        GridException e = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(deep)).build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
    }

    // The parser's structural limits at their boundaries (Woodstox's own, configured in Xml): a parser put in its
    // place (Aalto, which has none of these limits of its own, was evaluated) must keep them where they are.

    @Test
    void reads_xml_nested_up_to_the_depth_limit_and_refuses_one_level_more() throws GridException {
        // the worksheet is at depth 1: its children at 2, so 127 nested elements reach the limit of 128
        String deepest = "<x>".repeat(Xml.MAX_DEPTH - 1) + "</x>".repeat(Xml.MAX_DEPTH - 1);
        Grid grid = GridReader.read(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(deepest
                + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>")).build(), ReadLimits.DEFAULT);
        assertThat(grid.sheets().get(0).cell(0, 0).number()).isEqualTo(1.0);

        String tooDeep = "<x>".repeat(Xml.MAX_DEPTH) + "</x>".repeat(Xml.MAX_DEPTH);
        GridException e = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(tooDeep)).build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
    }

    @Test
    void refuses_an_element_with_more_attributes_than_the_parser_allows() throws GridException {
        StringBuilder most = new StringBuilder("<x");
        for (int i = 0; i < Xml.MAX_ATTRIBUTES; i++) {
            most.append(" a").append(i).append("=\"1\"");
        }
        GridReader.read(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(most + "/><sheetData/>")).build(),
                ReadLimits.DEFAULT);

        GridException e = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                most + " one-more=\"1\"/><sheetData/>")).build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
    }

    @Test
    void refuses_an_attribute_value_longer_than_the_parser_allows() throws GridException {
        // random letters: a run of one letter would be refused by the compression ratio first
        String longest = random("abcdefghijklmnopqrstuvwxyz", Xml.MAX_ATTRIBUTE_CHARS, 7);
        GridReader.read(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<x a=\"" + longest + "\"/><sheetData/>")).build(), ReadLimits.DEFAULT);
        // multi-byte characters: the value's bytes are far beyond the limit, its characters only just
        String japanese = "あ".repeat(Xml.MAX_ATTRIBUTE_CHARS);
        GridReader.read(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<x a=\"" + japanese + "\"/><sheetData/>")).build(), ReadLimits.DEFAULT);

        GridException e = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<x a=\"" + longest + "z\"/><sheetData/>")).build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
    }

    /** {@code length} characters drawn from {@code alphabet}: incompressible enough to pass the ratio limit. */
    private static String random(String alphabet, int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void refuses_a_part_flooded_with_distinct_names() {
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            flood.append("<n").append(i).append("/>");
        }
        GridException e = refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<sheetData><row r=\"1\">" + flood + "</row></sheetData>")).build());
        assertThat(e.error()).isEqualTo(GridError.XML_MALFORMED);
        assertThat(e.args()[0]).isEqualTo("xl/worksheets/sheet1.xml");

        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            attributes.append("<x a").append(i).append("=\"1\"/>");
        }
        assertThat(refusal(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(attributes.toString())).build())
                .error()).isEqualTo(GridError.XML_MALFORMED);
    }

    @Test
    void accepts_a_part_with_many_distinct_names_below_the_limit() throws GridException {
        // the guard's table grows as names come (256 slots first): nothing may be lost or refused on the way
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            names.append("<n").append(i).append("/>");
        }
        names.append("<c r=\"A1\" t=\"inlineStr\"><is><t>ok</t></is></c>");
        for (int i = 0; i < 4000; i++) { // the same names again: all known
            names.append("<n").append(i).append("/>");
        }
        Grid grid = GridReader.read(new Fixtures.Hand().sheetPart("a", Fixtures.worksheet(
                "<sheetData><row r=\"1\">" + names + "</row></sheetData>")).build(), ReadLimits.DEFAULT);
        assertThat(grid.sheets().get(0).cell(0, 0).text()).isEqualTo("ok");
    }

    @Test
    void has_a_japanese_and_an_english_message_for_every_code() {
        Map<String, GridError> codes = new LinkedHashMap<>();
        for (GridError error : GridError.values()) {
            assertThat(codes.put(error.code(), error)).as("unique " + error.code()).isNull();
            assertThat(error.code()).matches("MSF-IO-1\\d{3}");
            Object[] args = {1, 2, 3, 4};
            GridException e = new GridException(error, args);
            assertThat(e.getMessage()).doesNotContain("{");
            assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("{").isNotEqualTo(e.getMessage());
        }
    }

    @Test
    void never_throws_anything_but_grid_exception_on_mangled_workbooks() throws IOException {
        byte[] wb = workbook();
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            byte[] mangled = wb.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                mangled[random.nextInt(mangled.length)] = (byte) random.nextInt(256);
            }
            try {
                GridReader.read(mangled, ReadLimits.DEFAULT);
            } catch (GridException expected) {
                assertThat(expected.getMessage()).startsWith("MSF-IO-1");
            }
        }
        for (int length = 0; length < wb.length; length += 37) {
            try {
                GridReader.read(Arrays.copyOf(wb, length), ReadLimits.DEFAULT);
            } catch (GridException expected) {
                assertThat(expected.getMessage()).startsWith("MSF-IO-1");
            }
        }
    }
}
