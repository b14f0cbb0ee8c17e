package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTest {

    @Test
    void each_table_is_a_sheet_with_a_frozen_filtered_header_and_typed_cells() throws IOException {
        TableWorkbook.Table list = new TableWorkbook.Table("一覧", List.of("医療機関コード", "病院名", "病床数", "提出日", "有効"),
                List.of(Arrays.asList("0110113719", "北海道サンプル病院", 150, LocalDate.of(2025, 3, 31), true),
                        Arrays.asList("3710112347", "=HYPERLINK(\"http://x\")", null, null, false)));
        TableWorkbook.Table errors = new TableWorkbook.Table("読み込めなかったファイル", List.of("ファイル", "コード"), List.of());

        try (XSSFWorkbook wb = read(TableWorkbook.write(List.of(list, errors)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = wb.getSheet("一覧");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("医療機関コード");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");

            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("0110113719");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(150);
            assertThat(new DataFormatter().formatCellValue(first.getCell(3))).isEqualTo("2025/3/31");
            assertThat(first.getCell(4).getBooleanCellValue()).isTrue();
            var second = sheet.getRow(2);
            assertThat(second.getCell(1).getCellType()).as("text that looks like a formula stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(second.getCell(2)).isNull();

            assertThat(sheet.getColumnWidth(0)).as("fitted to the header 医療機関コード (7 wide characters + filter button)")
                    .isEqualTo(17 * 256);
            assertThat(sheet.getColumnWidth(1)).as("fitted to the longest value").isEqualTo(23 * 256);
            assertThat(wb.getSheet("読み込めなかったファイル").getRow(0).getCell(1).getStringCellValue()).isEqualTo("コード");
        }
    }

    @Test
    void sheet_names_excel_refuses_are_made_valid_and_unique() throws IOException {
        var a = new TableWorkbook.Table("支援枠/集計:[2025]", List.of("a"), List.of());
        var b = new TableWorkbook.Table("支援枠/集計:[2025]", List.of("a"), List.of());
        var c = new TableWorkbook.Table("とても長いシート名とても長いシート名とても長いシート名とても長い", List.of("a"), List.of());

        try (XSSFWorkbook wb = read(TableWorkbook.write(List.of(a, b, c)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("支援枠_集計__2025_");
            assertThat(wb.getSheetName(1)).isEqualTo("支援枠_集計__2025_ (2)");
            assertThat(wb.getSheetName(2)).hasSize(31);
        }
    }

    @Test
    void thousands_of_rows_are_streamed() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("病院" + i, i));
        }

        try (XSSFWorkbook wb = read(TableWorkbook.write(List.of(new TableWorkbook.Table("t", List.of("名", "番号"), rows))))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5000);
            assertThat(wb.getSheetAt(0).getRow(5000).getCell(0).getStringCellValue()).isEqualTo("病院4999");
        }
    }

    @Test
    void text_longer_than_an_excel_cell_is_cut() throws IOException {
        String huge = "あ".repeat(40_000);
        try (XSSFWorkbook wb = read(TableWorkbook.write(List.of(new TableWorkbook.Table("t", List.of("x"),
                List.of(List.of(huge))))))) {
            String v = wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(v).hasSize(TableWorkbook.MAX_CELL_TEXT).endsWith("…");
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
