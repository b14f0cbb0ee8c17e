package io.github.medsecforms.xlsx.internal.grid;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Workbook;

/** Builds test workbooks: hand-written zips of XML parts, and POI workbooks as bytes. */
final class Fixtures {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private Fixtures() {
    }

    static byte[] bytes(Workbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of the given parts (name → text), deflated, in the given order. */
    static byte[] zip(Map<String, String> parts) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        parts.forEach((k, v) -> raw.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(raw);
    }

    static byte[] zipBytes(Map<String, byte[]> parts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a minimal hand-written workbook; parts can be replaced or added before {@link #build()}. */
    static final class Hand {
        final Map<String, String> parts = new LinkedHashMap<>();
        private final StringBuilder sheets = new StringBuilder();
        private final StringBuilder rels = new StringBuilder();
        private final StringBuilder overrides = new StringBuilder();
        private String workbookPr = "";
        private int count;

        Hand() {
            parts.put("[Content_Types].xml", null);
            parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_TYPE + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            parts.put("xl/workbook.xml", null);
            parts.put("xl/_rels/workbook.xml.rels", null);
        }

        /** Adds a sheet whose part holds {@code sheetData} (the inner XML of {@code <sheetData>}). */
        Hand sheet(String name, String sheetData) {
            return sheetPart(name, worksheet("<sheetData>" + sheetData + "</sheetData>"));
        }

        /** Adds a sheet with a whole worksheet part. */
        Hand sheetPart(String name, String worksheetXml) {
            count++;
            String part = "xl/worksheets/sheet" + count + ".xml";
            parts.put(part, worksheetXml);
            sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(count)
                    .append("\" r:id=\"rId").append(count).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(count).append("\" Type=\"").append(REL_TYPE)
                    .append("worksheet\" Target=\"worksheets/sheet").append(count).append(".xml\"/>");
            overrides.append("<Override PartName=\"/").append(part).append("\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            return this;
        }

        /** Lists a sheet in the workbook whose relationship targets {@code target} (no part added). */
        Hand sheetRel(String name, String target) {
            count++;
            sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(count)
                    .append("\" r:id=\"rId").append(count).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(count).append("\" Type=\"").append(REL_TYPE)
                    .append("worksheet\" Target=\"").append(target).append("\"/>");
            return this;
        }

        Hand sharedStrings(String sstXml) {
            parts.put("xl/sharedStrings.xml", sstXml);
            rels.append("<Relationship Id=\"rIdSst\" Type=\"").append(REL_TYPE)
                    .append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
            return this;
        }

        Hand date1904() {
            workbookPr = "<workbookPr date1904=\"1\"/>";
            return this;
        }

        byte[] build() {
            parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + overrides + "</Types>");
            parts.putIfAbsent("xl/workbook.xml", null);
            if (parts.get("xl/workbook.xml") == null) {
                parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">" + workbookPr
                        + "<sheets>" + sheets + "</sheets></workbook>");
            }
            if (parts.get("xl/_rels/workbook.xml.rels") == null) {
                parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + rels + "</Relationships>");
            }
            return zip(parts);
        }
    }

    static String worksheet(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\">" + inner + "</worksheet>";
    }

    static String sst(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>";
    }

    /** A small PNG image. */
    static byte[] png() {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
