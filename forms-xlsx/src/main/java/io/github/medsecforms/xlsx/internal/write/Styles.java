package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.meta.TextKind;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles and fonts of a workbook, made once each. Fonts carry a Japanese font name only (Excel and
 * LibreOffice substitute what they have); labels are shaded and locked, input cells pale yellow and unlocked.
 */
final class Styles {
    /** The font of every cell; a name Excel on Windows and macOS knows, substituted elsewhere. */
    static final String FONT = "游ゴシック";
    static final String DATE_FORMAT = "yyyy/m/d";

    private static final byte[] LABEL_FILL = rgb(0xD9, 0xE1, 0xF2);
    private static final byte[] INPUT_FILL = rgb(0xFF, 0xFD, 0xE7);
    private static final byte[] EXAMPLE_FILL = rgb(0xF2, 0xF2, 0xF2);
    private static final byte[] SECTION_FILL = rgb(0xED, 0xED, 0xED);
    private static final byte[] BANNER_FILL = rgb(0xFF, 0xE5, 0xE5);
    private static final byte[] RED = rgb(0xC0, 0x00, 0x00);
    private static final byte[] GREY = rgb(0x80, 0x80, 0x80);
    private static final byte[] DARK_GREY = rgb(0x59, 0x59, 0x59);

    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();

    Styles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 11);
    }

    static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    /** A font: {@code size} points, bold/italic, colour (or null for automatic). */
    XSSFFont font(double size, boolean bold, boolean italic, byte[] color) {
        String key = size + "/" + bold + "/" + italic + "/" + (color == null ? "auto" : java.util.HexFormat.of().formatHex(color));
        return fonts.computeIfAbsent(key, k -> {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeight(size);
            f.setBold(bold);
            f.setItalic(italic);
            if (color != null) {
                f.setColor(new XSSFColor(color, null));
            }
            return f;
        });
    }

    /** The muted font of a suffix such as ※未確認. */
    XSSFFont noteFont() {
        return font(8, false, false, GREY);
    }

    /** The font of callout text boxes. */
    XSSFFont calloutFont() {
        return font(9, false, false, null);
    }

    /** The style of a placed cell. */
    XSSFCellStyle of(Placed p) {
        FieldDescriptor f = p.field();
        String format = f == null ? "text" : format(f);
        boolean multiline = f != null && f.text() == TextKind.MULTILINE;
        String key = p.role() + "/" + format + "/" + multiline;
        return styles.computeIfAbsent(key, k -> create(p.role(), format, multiline));
    }

    /** The number format of a field's cells: {@code @} (text) for everything but integers and dates. */
    static String format(FieldDescriptor f) {
        return switch (f.kind()) {
            case DATE -> DATE_FORMAT;
            case INTEGER -> "0";
            default -> "@";
        };
    }

    private XSSFCellStyle create(Role role, String format, boolean multiline) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setFont(font(10, false, false, null));
        s.setLocked(!role.isInput());
        switch (role) {
            case TITLE -> {
                s.setFont(font(14, true, false, null));
                s.setWrapText(true);
            }
            case VERSION -> s.setFont(font(10, false, false, null));
            case FORM_ID -> {
                s.setFont(font(8, false, false, GREY));
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            case BANNER -> {
                s.setFont(font(16, true, false, RED));
                fill(s, BANNER_FILL);
                border(s, BorderStyle.MEDIUM, RED);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setWrapText(true);
            }
            case BLOCK_TITLE, IMAGE_LABEL -> s.setFont(font(11, true, false, null));
            case GROUP_LABEL -> {
                label(s);
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case FIELD_LABEL -> label(s);
            case HEADER -> {
                label(s);
                s.setFont(font(10, true, false, null));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case ROW_LABEL -> {
                label(s);
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case EXAMPLE_LABEL, EXAMPLE -> {
                s.setFont(font(10, false, true, GREY));
                fill(s, EXAMPLE_FILL);
                border(s, BorderStyle.THIN, null);
                s.setAlignment(role == Role.EXAMPLE_LABEL ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
                s.setWrapText(role == Role.EXAMPLE);
                s.setDataFormat(wb.createDataFormat().getFormat("@"));
            }
            case INPUT -> {
                fill(s, INPUT_FILL);
                border(s, BorderStyle.THIN, null);
                s.setDataFormat(wb.createDataFormat().getFormat(format));
                boolean text = "@".equals(format);
                s.setWrapText(text);
                if (multiline) {
                    s.setVerticalAlignment(VerticalAlignment.TOP);
                }
                if (!text) {
                    s.setAlignment(HorizontalAlignment.RIGHT);
                }
            }
            case KEY -> {
                border(s, BorderStyle.THIN, null);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setDataFormat(wb.createDataFormat().getFormat("@"));
            }
            case ITEM_TEXT -> {
                border(s, BorderStyle.THIN, null);
                s.setWrapText(true);
            }
            case SECTION -> {
                s.setFont(font(10, true, false, null));
                fill(s, SECTION_FILL);
                border(s, BorderStyle.THIN, null);
            }
            case HINT, NOTE -> {
                s.setFont(font(9, false, false, DARK_GREY));
                s.setWrapText(true);
                s.setIndention((short) 1);
            }
            case IMAGE_AREA -> {
                s.setFont(font(12, false, false, GREY));
                border(s, BorderStyle.MEDIUM, DARK_GREY);
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            default -> {
            }
        }
        return s;
    }

    private void label(XSSFCellStyle s) {
        fill(s, LABEL_FILL);
        border(s, BorderStyle.THIN, null);
        s.setWrapText(true);
    }

    private static void fill(XSSFCellStyle s, byte[] color) {
        s.setFillForegroundColor(new XSSFColor(color, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(XSSFCellStyle s, BorderStyle style, byte[] color) {
        s.setBorderTop(style);
        s.setBorderBottom(style);
        s.setBorderLeft(style);
        s.setBorderRight(style);
        if (color != null) {
            XSSFColor c = new XSSFColor(color, null);
            s.setTopBorderColor(c);
            s.setBottomBorderColor(c);
            s.setLeftBorderColor(c);
            s.setRightBorderColor(c);
        }
    }

    /** Whether values of this kind are written as text (leading zeros and hyphens kept). */
    static boolean isText(ValueKind kind) {
        return kind != ValueKind.INTEGER && kind != ValueKind.DATE && kind != ValueKind.BOOLEAN;
    }
}
