package io.github.medsecforms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads consolidated lists back: xlsx with POI, CSV with an RFC 4180 parser, JSON Lines with Jackson. */
public final class ListFiles {
    private ListFiles() {
    }

    /** The rows of a sheet as text (header first), as Excel shows the cells. */
    public static List<List<String>> sheet(Path xlsx, String name) {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(name);
            if (sheet == null) {
                throw new AssertionError("no sheet " + name + " in " + xlsx);
            }
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : f.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet names of a workbook. */
    public static List<String> sheetNames(Path xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF), after its UTF-8 byte order mark. */
    public static List<List<String>> csv(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
                throw new AssertionError(file + " has no UTF-8 byte order mark");
            }
            return parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n') {
                throw new AssertionError("bare LF outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("last record not ended by CRLF");
        }
        return records;
    }

    /** The records of a JSON Lines file. */
    public static List<JsonNode> jsonl(Path file) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                nodes.add(mapper.readTree(line));
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
