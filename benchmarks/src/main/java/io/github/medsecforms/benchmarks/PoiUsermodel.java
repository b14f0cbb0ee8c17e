package io.github.medsecforms.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The common way to read a workbook in Java: POI's usermodel ({@code new XSSFWorkbook(stream)}), then every cell of
 * every sheet with its value (text, number, boolean, a formula's cached value). A checksum of what was read.
 */
public final class PoiUsermodel {
    private PoiUsermodel() {
    }

    public static long readEveryCell(byte[] workbook) {
        long sum = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                        sum += switch (type) {
                            case STRING -> cell.getStringCellValue().length();
                            case NUMERIC -> (long) cell.getNumericCellValue();
                            case BOOLEAN -> cell.getBooleanCellValue() ? 1 : 0;
                            case ERROR -> cell.getErrorCellValue();
                            default -> 0;
                        } + 1;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }
}
