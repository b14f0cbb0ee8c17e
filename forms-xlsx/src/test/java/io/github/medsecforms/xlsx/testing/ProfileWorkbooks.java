package io.github.medsecforms.xlsx.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks of a prefecture's own layout, for the tests of layout profiles (docs/profiles.md): cells given by
 * address, written with POI. {@link #example()} is the workbook the worked example
 * ({@code docs/profiles/support-request-example.yaml}) is written for.
 */
public final class ProfileWorkbooks {
    /** The hospital code the workbooks carry (valid). */
    public static final String CODE = "3710112347";
    /** The phone number of {@link #example()}, in D12 without a label. */
    public static final String PHONE = "087-832-3319";
    /** The title row of the support request. */
    public static final String TITLE = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式";

    private ProfileWorkbooks() {
    }

    /** The support request laid out by label in A and value in B, the hospital code under {@code codeLabel}. */
    public static Map<String, String> supportRequest(String codeLabel) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("A1", TITLE);
        cells.put("A3", codeLabel);
        cells.put("B3", CODE);
        cells.put("A4", "病院名（正式名称）");
        cells.put("B4", "香川県立サンプル中央病院");
        cells.put("A5", "郵便番号");
        cells.put("B5", "760-8570");
        cells.put("A6", "住所");
        cells.put("B6", "香川県高松市番町4-1-10");
        cells.put("A7", "電話番号");
        cells.put("B7", PHONE);
        cells.put("A8", "サイバーセキュリティ調査における回答データの活用の可否");
        cells.put("B8", "可");
        return cells;
    }

    /**
     * The workbook of the worked example: sheet 回答, the hospital code under 当院コード, the consent to reuse answers
     * under its own wording and answered 差し支えない, the phone number alone in D12.
     */
    public static byte[] example() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("A1", TITLE);
        cells.put("A3", "当院コード");
        cells.put("B3", CODE);
        cells.put("A4", "病院名（正式名称）");
        cells.put("B4", "香川県立サンプル中央病院");
        cells.put("A5", "郵便番号");
        cells.put("B5", "760-8570");
        cells.put("A6", "住所");
        cells.put("B6", "香川県高松市番町4-1-10");
        cells.put("A8", "回答データの県・国での利用");
        cells.put("B8", "差し支えない");
        cells.put("D12", PHONE);
        return book(Map.of("回答", cells));
    }

    /** A workbook of one or more sheets, each given as A1 cell → text, in order; {@code merged} regions on the first. */
    public static byte[] book(Map<String, Map<String, String>> sheets, String... merged) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            boolean first = true;
            for (Map.Entry<String, Map<String, String>> s : sheets.entrySet()) {
                XSSFSheet sheet = wb.createSheet(s.getKey());
                for (Map.Entry<String, String> c : s.getValue().entrySet()) {
                    CellReference ref = new CellReference(c.getKey());
                    XSSFRow row = Optional.ofNullable(sheet.getRow(ref.getRow())).orElseGet(() -> sheet.createRow(ref.getRow()));
                    row.createCell(ref.getCol()).setCellValue(c.getValue());
                }
                if (first) {
                    for (String m : merged) {
                        sheet.addMergedRegion(CellRangeAddress.valueOf(m));
                    }
                }
                first = false;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
