package io.github.medsecforms.cli.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** JSON Lines: one compact JSON object per line (UTF-8, no byte order mark), strings escaped as {@link Json} does. */
final class JsonLines {
    private JsonLines() {
    }

    /** One record as a line, with its line feed. */
    static String line(Map<String, ?> record) {
        StringBuilder sb = new StringBuilder();
        value(sb, record);
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof LocalDate d) {
            Json.quote(sb, d.toString());
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                Json.quote(sb, String.valueOf(e.getKey()));
                sb.append(':');
                value(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object o : list) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                value(sb, o);
            }
            sb.append(']');
        } else {
            Json.quote(sb, v.toString());
        }
    }
}
