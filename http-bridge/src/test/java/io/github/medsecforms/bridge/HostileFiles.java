package io.github.medsecforms.bridge;

import io.github.medsecforms.xlsx.testing.Zips;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files a hostile or careless client may send instead of a workbook. */
final class HostileFiles {
    private HostileFiles() {
    }

    static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    static byte[] csv() {
        return "医療機関コード,施設名\n3410712362,サンプル総合病院\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] legacyXls() {
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("基本情報記入シート").createRow(0).createCell(0).setCellValue("旧形式");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xls.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encrypted(byte[] workbook) {
        try {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("病院のパスワード");
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                try (OutputStream os = encryptor.getDataStream(fs)) {
                    os.write(workbook);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real workbook whose first sheet inflates to 64 MiB of white space (under 1 MiB compressed). */
    static byte[] zipBomb(byte[] workbook) {
        return Zips.rewrite(workbook, "xl/worksheets/sheet1.xml", (original, zip) -> {
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 16];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A real workbook whose first sheet declares an external entity (XXE). */
    static byte[] xxe(byte[] workbook) {
        return Zips.rewrite(workbook, "xl/worksheets/sheet1.xml", (original, zip) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String hostile = xml.substring(0, afterDeclaration)
                    + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + xml.substring(afterDeclaration)
                    .replaceFirst("<sheetData>", "<sheetData><row r=\"1000\"><c r=\"A1000\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
            zip.write(hostile.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A workbook that is none of the forms. */
    static byte[] notAForm() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("家計簿").createRow(0).createCell(0).setCellValue("食費");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] truncated(byte[] workbook) {
        return Zips.truncated(workbook);
    }

    /** A zip whose one entry inflates beyond the package limit of one file (30 MiB). */
    static byte[] packageBomb() {
        return Zips.zip(java.util.Map.of("別紙2-1.xlsx", new byte[31 << 20]));
    }
}
