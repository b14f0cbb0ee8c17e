package io.github.medsecforms.xlsx.hostile;

import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hostile-input corpus: broken, hostile and wrong workbooks as the bridge may receive them from hospitals. Each
 * case is generated here, deterministically where the format allows (encryption salts are random). Cases small
 * enough are committed to {@code forms-xlsx/src/test/resources/hostile/} by {@link #main} (run
 * {@code scripts/make-hostile-corpus.sh}); the few that would weigh more than 1 MB committed are generated at test
 * time ({@link Case#committed()} false). The expected code of every case is in {@code expected-codes.properties}
 * next to the files, and {@code README.md} there lists them.
 */
public final class HostileCorpus {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final int COMMIT_LIMIT = 1 << 20;

    /** One case: its file name, how to make it, and whether its file is committed (else made at test time). */
    public record Case(String name, Supplier<byte[]> bytes, boolean committed) {
    }

    private HostileCorpus() {
    }

    /** Writes the committed cases into {@code args[0]} (default: forms-xlsx/src/test/resources/hostile). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "forms-xlsx/src/test/resources/hostile");
        Files.createDirectories(dir);
        for (Case c : cases().values()) {
            if (!c.committed()) {
                continue;
            }
            byte[] bytes = c.bytes().get();
            if (bytes.length > COMMIT_LIMIT) {
                throw new IllegalStateException(c.name() + " is " + bytes.length + " bytes: make it at test time");
            }
            Files.write(dir.resolve(c.name()), bytes);
            System.out.println(c.name() + "\t" + bytes.length);
        }
    }

    /** Every case by file name, in a stable order. */
    public static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        // --- not a workbook at all
        add(m, "empty.xlsx", () -> new byte[0]);
        add(m, "csv-renamed.xlsx", () -> "医療機関コード,病院名,病床数\n3710112347,香川県立サンプル中央病院,350\n"
                .getBytes(StandardCharsets.UTF_8));
        add(m, "text-renamed.xlsx", () -> "回線・機器情報の記入依頼書\r\n（テキストで保存したもの）\r\n"
                .getBytes(Charset.forName("Shift_JIS")));
        add(m, "random-bytes.xlsx", () -> {
            byte[] b = new byte[8192];
            new Random(20241121L).nextBytes(b);
            b[0] = 'R';
            return b;
        });
        add(m, "truncated-zip.xlsx", () -> {
            byte[] wb = plainSample();
            return Arrays.copyOf(wb, wb.length / 2);
        });
        add(m, "zip-not-ooxml.xlsx", () -> zip(ordered("readme.txt", "hello", "word/document.xml", "<w/>")));
        add(m, "binary-workbook.xlsx", () -> zip(ordered("[Content_Types].xml", "<Types/>", "xl/workbook.bin", "\u0083\u0001")));
        add(m, "duplicate-entries.xlsx", HostileCorpus::duplicateEntries);
        add(m, "content-types-lie.xlsx", HostileCorpus::contentTypesLie);
        add(m, "encrypted-zip-entry.xlsx", HostileCorpus::encryptedZipEntry);
        // --- OLE2: legacy, encrypted, other Office documents
        add(m, "legacy-not-a-form.xls", HostileCorpus::legacyNotAForm);
        add(m, "legacy-truncated.xls", () -> Arrays.copyOf(XlsWorkbooks.fromXlsx(plainSample()), 1536));
        add(m, "legacy-blank-cells-256000.xls", () -> {
            try (HSSFWorkbook wb = new HSSFWorkbook()) {
                Sheet sheet = wb.createSheet("様式");
                for (int r = 0; r < 1000; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < 256; c++) {
                        row.createCell(c); // blank: POI's model keeps an object for each
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        add(m, "ole2-word-document.xls", HostileCorpus::ole2WithoutWorkbook);
        add(m, "encrypted-agile.xlsx", () -> encrypt(plainSample(), EncryptionMode.agile));
        add(m, "encrypted-standard.xlsx", () -> encrypt(plainSample(), EncryptionMode.standard));
        add(m, "encrypted-legacy.xls", () -> encryptXls(XlsWorkbooks.fromXlsx(plainSample())));
        // --- package structure
        add(m, "no-sheets.xlsx", () -> new Hand().build());
        add(m, "missing-sheet-part.xlsx", () -> new Hand().sheetRel("様式", "worksheets/nowhere.xml").build());
        add(m, "rel-escape-parent.xlsx", () -> new Hand().sheetRel("様式", "../../etc/passwd").build());
        add(m, "rel-escape-file-uri.xlsx", () -> new Hand().sheetRel("様式", "file:///etc/passwd").build());
        add(m, "thousands-of-sheets.xlsx", () -> {
            Hand h = new Hand().sheet("s0", "");
            for (int i = 1; i < 3000; i++) {
                h.sheetRel("s" + i, "worksheets/sheet1.xml");
            }
            return h.build();
        });
        // --- XML attacks
        add(m, "xxe-sheet.xlsx", () -> new Hand().sheetPart("様式", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"" + MAIN_NS
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"
                + "</worksheet>").build());
        add(m, "xxe-shared-strings.xlsx", () -> new Hand().sheet("様式", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<sst xmlns=\"" + MAIN_NS + "\"><si><t>&xxe;</t></si></sst>").build());
        add(m, "billion-laughs-sheet.xlsx", () -> new Hand().sheetPart("様式", "<?xml version=\"1.0\"?>" + laughs("worksheet")
                + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;"
                + "</t></is></c></row></sheetData></worksheet>").build());
        add(m, "billion-laughs-shared-strings.xlsx", () -> new Hand()
                .sheet("様式", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings("<?xml version=\"1.0\"?>" + laughs("sst") + "<sst xmlns=\"" + MAIN_NS
                        + "\"><si><t>&lol9;</t></si></sst>").build());
        add(m, "deep-nesting.xlsx", () -> new Hand().sheetPart("様式", worksheet("<sheetData><row r=\"1\"><c r=\"A1\">"
                + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</c></row></sheetData>")).build());
        add(m, "malformed-xml.xlsx", () -> new Hand().sheetPart("様式",
                worksheet("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>")).build());
        // --- cells
        add(m, "shared-string-index.xlsx", () -> new Hand().sheet("様式", "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>99</v></c></row>")
                .sharedStrings(sst("<si><t>医療機関名</t></si>")).build());
        add(m, "row-past-limit.xlsx", () -> new Hand().sheet("様式", "<row><c r=\"A1048577\"><v>1</v></c></row>").build());
        add(m, "column-past-limit.xlsx", () -> new Hand().sheet("様式", "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>").build());
        add(m, "unreadable-number.xlsx", () -> new Hand().sheet("様式", "<row r=\"1\"><c r=\"A1\"><v>1e999</v></c></row>").build());
        // --- limits
        add(m, "zip-bomb.xlsx", HostileCorpus::zipBomb);
        add(m, "rows-100001.xlsx", HostileCorpus::manyRows);
        add(m, "rows-70000-no-dimension.xlsx", () -> {
            StringBuilder rows = new StringBuilder();
            for (int i = 1; i <= 70_000; i++) {
                rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>1</v></c></row>");
            }
            return new Hand().sheet("様式", rows.toString()).build();
        });
        add(m, "dimension-huge.xlsx", () -> new Hand().sheetPart("様式",
                worksheet("<dimension ref=\"A1:XFD1048576\"/><sheetData/>")).build());
        add(m, "huge-cell-10mb.xlsx", () -> new Hand().sheet("様式", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + "A".repeat(10 << 20) + "</t></is></c></row>").build());
        add(m, "huge-cell-10mb-incompressible.xlsx", () -> {
            Random random = new Random(10);
            StringBuilder text = new StringBuilder(10 << 20);
            for (int i = 0; i < 10 << 20; i++) {
                text.append((char) ('A' + random.nextInt(26)));
            }
            return new Hand().sheet("様式", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                    + "</t></is></c></row>").build();
        }, false);
        add(m, "long-cell-40000.xlsx", () -> new Hand().sheet("様式", "").sharedStrings(
                sst("<si><t>医療機関名</t></si><si><t>" + "あ".repeat(40_000) + "</t></si>")).build());
        add(m, "shared-strings-count.xlsx", () -> new Hand().sheet("様式", "")
                .sharedStrings("<sst xmlns=\"" + MAIN_NS + "\" count=\"2000000\" uniqueCount=\"2000000\"><si><t>a</t></si></sst>")
                .build());
        add(m, "merged-regions-100001.xlsx", () -> {
            StringBuilder merges = new StringBuilder();
            for (int i = 1; i <= 100_001; i++) {
                merges.append("<mergeCell ref=\"A").append(i).append(":B").append(i).append("\"/>");
            }
            return new Hand().sheetPart("様式", worksheet("<sheetData/><mergeCells>" + merges + "</mergeCells>")).build();
        });
        add(m, "zip-20000-entries.xlsx", HostileCorpus::manyEntries, false);
        // --- readable, but wrong
        add(m, "wrong-form.xlsx", HostileCorpus::wrongForm);
        add(m, "wrong-version-r4.xlsx", HostileCorpus::wrongVersion);
        add(m, "ref-error-in-fields.xlsx", HostileCorpus::refErrors);
        return m;
    }

    private static void add(Map<String, Case> m, String name, Supplier<byte[]> bytes) {
        add(m, name, bytes, true);
    }

    private static void add(Map<String, Case> m, String name, Supplier<byte[]> bytes, boolean committed) {
        if (m.put(name, new Case(name, bytes, committed)) != null) {
            throw new IllegalStateException("duplicate case " + name);
        }
    }

    // ------------------------------------------------------------------------------------------------ the forms

    public static byte[] plainSample() {
        return VariantWorkbooks.write(SampleForms.full("support-request"), Options.PLAIN);
    }

    /** A workbook of the support request whose given cells' texts are replaced. */
    private static byte[] edited(java.util.function.BiConsumer<XSSFWorkbook, Cell> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(plainSample()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            edit.accept(wb, cell);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] wrongVersion() {
        return edited((wb, cell) -> {
            if (cell.getStringCellValue().contains("令和6年度版")) {
                cell.setCellValue(cell.getStringCellValue().replace("令和6年度版", "令和4年度版"));
            }
        });
    }

    private static byte[] refErrors() {
        return edited((wb, cell) -> {
            String v = cell.getStringCellValue();
            if (v.equals("3710112347") || v.equals("760-8570") || v.equals("087-832-3319")) {
                cell.setCellErrorValue(FormulaError.REF.getCode());
            }
        });
    }

    private static byte[] wrongForm() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("売上集計");
            String[] head = {"四半期", "売上（千円）", "前年比"};
            for (int r = 0; r < 5; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 3; c++) {
                    if (r == 0) {
                        row.createCell(c).setCellValue(head[c]);
                    } else {
                        row.createCell(c).setCellValue(r * 1000 + c);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] legacyNotAForm() {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("職員名簿");
            s.createRow(0).createCell(0).setCellValue("氏名");
            s.getRow(0).createCell(1).setCellValue("内線");
            s.createRow(1).createCell(0).setCellValue("高松 次郎");
            s.getRow(1).createCell(1).setCellValue(1234);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ole2WithoutWorkbook() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encrypt(byte[] xlsx, EncryptionMode mode) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(mode).getEncryptor();
            enc.confirmPassword("corpus-password");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encryptXls(byte[] xls) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            Biff8EncryptionKey.setCurrentUserPassword("corpus-password");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    // ------------------------------------------------------------------------------------------------ zips

    private static byte[] zipBomb() {
        RawZip z = new RawZip();
        Hand h = new Hand().sheet("様式", "");
        for (Map.Entry<String, String> e : h.parts().entrySet()) {
            if (e.getKey().equals("xl/worksheets/sheet1.xml")) {
                // 200 MiB of blanks inside the sheet: about 200 KB deflated
                byte[] head = ("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8);
                z.addDeflatedStream(e.getKey(), head, 200 << 20, "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            } else {
                z.add(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), true);
            }
        }
        return z.finish();
    }

    private static byte[] manyRows() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet s = wb.createSheet("様式");
            for (int i = 0; i < 100_001; i++) {
                s.createRow(i).createCell(0).setCellValue(i % 10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] manyEntries() {
        RawZip z = new RawZip();
        for (Map.Entry<String, String> e : new Hand().sheet("様式", "").parts().entrySet()) {
            z.add(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), true);
        }
        for (int i = 0; i < 20_000; i++) {
            z.add(Integer.toString(i, 36), new byte[0], false);
        }
        return z.finish();
    }

    private static byte[] duplicateEntries() {
        RawZip z = new RawZip();
        Map<String, String> parts = new Hand().sheet("様式", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").parts();
        for (Map.Entry<String, String> e : parts.entrySet()) {
            z.add(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), true);
        }
        // a second workbook part of the same name, listing another sheet
        z.add("xl/workbook.xml", parts.get("xl/workbook.xml").replace("様式", "偽").getBytes(StandardCharsets.UTF_8), true);
        return z.finish();
    }

    private static byte[] contentTypesLie() {
        Hand h = new Hand().sheet("様式", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        Map<String, String> parts = h.parts();
        parts.put("[Content_Types].xml", parts.get("[Content_Types].xml").replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        return zip(parts);
    }

    private static byte[] encryptedZipEntry() {
        RawZip z = new RawZip();
        z.encryptedFlag = true;
        for (Map.Entry<String, String> e : new Hand().sheet("様式", "").parts().entrySet()) {
            z.add(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), true);
        }
        return z.finish();
    }

    private static Map<String, String> ordered(String... nameThenText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            m.put(nameThenText[i], nameThenText[i + 1]);
        }
        return m;
    }

    static byte[] zip(Map<String, String> parts) {
        RawZip z = new RawZip();
        for (Map.Entry<String, String> e : parts.entrySet()) {
            z.add(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), true);
        }
        return z.finish();
    }

    /** A billion-laughs DTD for root element {@code root}: ten levels of ten references. */
    private static String laughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        return dtd.append("]>").toString();
    }

    static String worksheet(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\">" + inner + "</worksheet>";
    }

    static String sst(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>";
    }

    /**
     * A zip written byte by byte, so that it can hold what {@link java.util.zip.ZipOutputStream} refuses: duplicate
     * names, an encryption flag without encryption, a deflated stream produced piecewise.
     */
    public static final class RawZip {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int count;
        boolean encryptedFlag;

        public void add(String name, byte[] data, boolean deflate) {
            CRC32 crc = new CRC32();
            crc.update(data);
            byte[] stored = deflate ? deflate(data) : data;
            entry(name, stored, deflate ? 8 : 0, crc.getValue(), data.length);
        }

        /** An entry of {@code head}, then {@code blanks} spaces, then {@code tail}, deflated piecewise. */
        void addDeflatedStream(String name, byte[] head, int blanks, byte[] tail) {
            CRC32 crc = new CRC32();
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            crc.update(head);
            d.setInput(head);
            drain(d, z, buf);
            for (int left = blanks; left > 0; left -= spaces.length) {
                int n = Math.min(left, spaces.length);
                crc.update(spaces, 0, n);
                d.setInput(spaces, 0, n);
                drain(d, z, buf);
            }
            crc.update(tail);
            d.setInput(tail);
            d.finish();
            while (!d.finished()) {
                z.write(buf, 0, d.deflate(buf));
            }
            d.end();
            entry(name, z.toByteArray(), 8, crc.getValue(), (long) head.length + blanks + tail.length);
        }

        private static void drain(Deflater d, ByteArrayOutputStream z, byte[] buf) {
            while (!d.needsInput()) {
                z.write(buf, 0, d.deflate(buf));
            }
        }

        private void entry(String name, byte[] stored, int method, long crc, long size) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            int flags = 0x800 | (encryptedFlag ? 1 : 0);
            le32(out, 0x04034b50);
            le16(out, 20);
            le16(out, flags);
            le16(out, method);
            le32(out, 0); // time, date
            le32(out, (int) crc);
            le32(out, stored.length);
            le32(out, (int) size);
            le16(out, n.length);
            le16(out, 0);
            out.writeBytes(n);
            out.writeBytes(stored);
            le32(central, 0x02014b50);
            le16(central, 20);
            le16(central, 20);
            le16(central, flags);
            le16(central, method);
            le32(central, 0);
            le32(central, (int) crc);
            le32(central, stored.length);
            le32(central, (int) size);
            le16(central, n.length);
            le16(central, 0);
            le16(central, 0);
            le16(central, 0);
            le16(central, 0);
            le32(central, 0);
            le32(central, offset);
            central.writeBytes(n);
            count++;
        }

        public byte[] finish() {
            int cenOffset = out.size();
            byte[] cen = central.toByteArray();
            out.writeBytes(cen);
            le32(out, 0x06054b50);
            le16(out, 0);
            le16(out, 0);
            le16(out, Math.min(count, 0xFFFF));
            le16(out, Math.min(count, 0xFFFF));
            le32(out, cen.length);
            le32(out, cenOffset);
            le16(out, 0);
            return out.toByteArray();
        }

        private static byte[] deflate(byte[] data) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            while (!d.finished()) {
                z.write(buf, 0, d.deflate(buf));
            }
            d.end();
            return z.toByteArray();
        }

        private static void le16(ByteArrayOutputStream o, int v) {
            o.write(v & 0xFF);
            o.write((v >>> 8) & 0xFF);
        }

        private static void le32(ByteArrayOutputStream o, int v) {
            le16(o, v & 0xFFFF);
            le16(o, (v >>> 16) & 0xFFFF);
        }
    }

    /** A minimal hand-written workbook package; parts can be replaced before {@link #build()}. */
    static final class Hand {
        private final Map<String, String> parts = new LinkedHashMap<>();
        private final StringBuilder sheets = new StringBuilder();
        private final StringBuilder rels = new StringBuilder();
        private final StringBuilder overrides = new StringBuilder();
        private int count;

        Hand() {
            parts.put("[Content_Types].xml", "");
            parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL_NS
                    + "\"><Relationship Id=\"rId1\" Type=\"" + REL_TYPE + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            parts.put("xl/workbook.xml", "");
            parts.put("xl/_rels/workbook.xml.rels", "");
        }

        Hand sheet(String name, String sheetData) {
            return sheetPart(name, worksheet("<sheetData>" + sheetData + "</sheetData>"));
        }

        Hand sheetPart(String name, String xml) {
            count++;
            String part = "xl/worksheets/sheet" + count + ".xml";
            parts.put(part, xml);
            overrides.append("<Override PartName=\"/").append(part).append("\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            return listed(name, "worksheets/sheet" + count + ".xml");
        }

        Hand sheetRel(String name, String target) {
            count++;
            return listed(name, target);
        }

        private Hand listed(String name, String target) {
            sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(count)
                    .append("\" r:id=\"rId").append(count).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(count).append("\" Type=\"").append(REL_TYPE)
                    .append("worksheet\" Target=\"").append(target).append("\"/>");
            return this;
        }

        Hand sharedStrings(String xml) {
            parts.put("xl/sharedStrings.xml", xml);
            rels.append("<Relationship Id=\"rIdSst\" Type=\"").append(REL_TYPE)
                    .append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
            return this;
        }

        Map<String, String> parts() {
            parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>");
            parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
                    + "\" xmlns:r=\"" + REL_NS + "\"><sheets>" + sheets + "</sheets></workbook>");
            parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + PKG_REL_NS + "\">" + rels + "</Relationships>");
            return parts;
        }

        byte[] build() {
            return zip(parts());
        }
    }
}
