package io.github.medsecforms.cli;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.Zips;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real workbooks for the CLI's tests, written by forms-xlsx ({@link FormWriter}) from the hand-written samples, or in
 * another layout ({@link VariantWorkbooks}); and files that cannot be read — not a workbook, legacy .xls, empty,
 * truncated — or that are hostile (a zip bomb, XML entity expansion, formula-looking text).
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** The filled workbook of a form. */
    public static byte[] workbook(Form form) {
        return FormWriter.fill(form).bytes();
    }

    /** A valid support request of a hospital, its code and name changed so that every file differs. */
    public static SupportRequest supportRequest(int n, String name) {
        SupportRequest r = SampleForms.supportRequest();
        String nine = String.format("37%d%06d", 1, 10000 + n);
        return Mutate.set(Mutate.set(r, "hospitalCode", HospitalCode.parse(nine + HospitalCode.checkDigit(nine))),
                "hospitalName", name);
    }

    /** A support request with errors: no 病院名, 担当者② left empty. */
    public static SupportRequest invalidSupportRequest() {
        return Mutate.set(Mutate.set(SampleForms.supportRequest(), "hospitalName", ""), "contact2", SupportContact.EMPTY);
    }

    /** The same form in a layout other than our template's: title rows, moved columns, merged labels. */
    public static byte[] variant(Form form) {
        return VariantWorkbooks.write(form, VariantWorkbooks.Options.PLAIN.with(o -> new VariantWorkbooks.Options(2, 2,
                1, false, true, true, false, false, 0, true, false, false, false)));
    }

    public static byte[] notAWorkbook() {
        return "医療機関コード,病院名\n3710112347,サンプル病院\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of an OLE2 compound file and nothing else: a damaged legacy .xls (real .xls forms are read). */
    public static byte[] legacyXls() {
        byte[] b = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    public static byte[] truncated(byte[] workbook) {
        return Zips.truncated(workbook);
    }

    /** A workbook whose first sheet inflates to 40 MiB of blanks: refused for its compression ratio. */
    public static byte[] zipBomb(byte[] workbook) {
        return Zips.rewrite(workbook, (name, content) -> name.equals("xl/worksheets/sheet1.xml")
                ? ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + " ".repeat(40 << 20) + "<sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8)
                : content);
    }

    /** A workbook whose workbook part declares entities (billion laughs): refused before anything expands. */
    public static byte[] entityExpansion(byte[] workbook) {
        String doctype = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
        return Zips.rewrite(workbook, (name, content) -> {
            if (!name.equals("xl/workbook.xml")) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            int end = xml.indexOf("?>") + 2;
            return (xml.substring(0, end) + doctype + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Writes {@code bytes} to {@code dir/name}, creating folders. */
    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A prefecture's inbox: three valid support requests (one in another layout, one in a subfolder), one with
     * errors, and files that cannot be read — a CSV renamed to .xlsx, a legacy .xls, a line-device survey (another
     * form) — plus a hidden file and an Excel lock file that are skipped.
     */
    public static Path supportRequestInbox(Path dir) {
        write(dir, "01_香川中央病院.xlsx", workbook(supportRequest(1, "香川県立サンプル中央病院")));
        write(dir, "02_高松みなと病院.xlsx", workbook(supportRequest(2, "=HYPERLINK(\"http://example.com\",\"高松みなと病院\")")));
        write(dir, "03_丸亀病院_記入漏れ.xlsx", workbook(invalidSupportRequest()));
        write(dir, "04_坂出病院.xlsx", variant(supportRequest(4, "坂出サンプル病院")));
        write(dir, "東讃/05_さぬき病院.xlsx", workbook(supportRequest(5, "さぬきサンプル病院")));
        write(dir, "06_壊れたファイル.xlsx", notAWorkbook());
        write(dir, "07_旧形式.xls", legacyXls());
        write(dir, "08_別の様式.xlsx", workbook(SampleForms.full("line-device-survey")));
        write(dir, ".DS_Store", new byte[] {0, 1, 2});
        write(dir, "~$01_香川中央病院.xlsx", new byte[] {0, 1, 2});
        return dir;
    }
}
