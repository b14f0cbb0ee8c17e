package io.github.medsecforms.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte order mark (so Excel opens Japanese text correctly), RFC 4180 — fields with a
 * comma, a double quote or a line break are quoted, quotes doubled, lines end with CRLF. Text that Excel would run
 * as a formula ({@code =}, {@code +}, {@code -}, {@code @} at the start, CSV injection) gets a leading apostrophe;
 * numbers are written as numbers and dates as {@code yyyy/m/d}.
 */
final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    static void write(OutputStream out, List<String> header, List<? extends List<?>> rows) throws IOException {
        out.write(BOM);
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        for (List<?> row : rows) {
            sb.setLength(0);
            line(sb, row);
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static void line(StringBuilder sb, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            field(sb, values.get(i));
        }
        sb.append("\r\n");
    }

    static void field(StringBuilder sb, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            sb.append(n);
            return;
        }
        String text = value instanceof LocalDate d
                ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()
                : neutralised(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        if (quote) {
            sb.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(text);
        }
    }

    /** Text starting with a formula character gets a leading apostrophe, so Excel shows it instead of running it. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
