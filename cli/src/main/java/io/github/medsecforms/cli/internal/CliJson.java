package io.github.medsecforms.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * The CLI's JSON, written with Jackson's streaming generator: {@code --format json} of {@code forms}, {@code
 * validate} and {@code package} (pretty, two spaces, {@code "key": value}, one array element a line, {@code []} and
 * {@code {}} when empty) and the JSON Lines of {@code import} (compact, one object a line).
 *
 * <p>A validation report inside the CLI's document is written by validation's own writer ({@code ReportJson}) into
 * the same generator, in the layout of {@code Report.toJson} (Jackson's default pretty printer: {@code "key" :
 * value}, arrays on one line), indented to where it stands: {@link #report} switches the layout for one value.
 * Strings are escaped as JSON requires; control characters as {@code \}{@code u00xx} in lower case, and U+2028 and
 * U+2029 too, so that a line of output is a line of JSON (a report keeps Jackson's escapes).
 */
final class CliJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CliJson() {
    }

    /** A pretty generator over {@code out} in the CLI's layout (does not close {@code out}). */
    static JsonGenerator pretty(Writer out) {
        JsonGenerator g = generator(out);
        g.setPrettyPrinter(new Layout());
        return g;
    }

    /** {@code value} (maps, collections, text, numbers, booleans, dates) as pretty JSON, with a final line break. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = pretty(out)) {
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** One JSON Lines record: compact, with its line feed. */
    static String line(Map<String, ?> record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            value(g, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Writes maps (in their order), collections, text, numbers, booleans and dates; anything else as its text. */
    static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                value(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof LocalDate d) {
            g.writeString(d.toString());
        } else {
            g.writeString(value.toString());
        }
    }

    /** A report (or any value) written by {@code body} in the layout and with the escapes of {@code Report.toJson}. */
    static void report(JsonGenerator g, ReportBody body) throws IOException {
        Layout layout = (Layout) g.getPrettyPrinter();
        layout.jacksonNext = true;
        g.setCharacterEscapes(null);
        body.writeTo(g);
        g.setCharacterEscapes(Escapes.INSTANCE);
    }

    /** Writes one value to a generator. */
    @FunctionalInterface
    interface ReportBody {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private static JsonGenerator generator(Writer out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCharacterEscapes(Escapes.INSTANCE);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters as lower-case {@code \}{@code u00xx} (except the short escapes), U+2028 and U+2029 escaped. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final Escapes INSTANCE = new Escapes();
        private final int[] ascii;

        private Escapes() {
            ascii = Arrays.copyOf(standardAsciiEscapesForJSON(), 128);
            for (int c = 0; c < 0x20; c++) {
                if (ascii[c] == ESCAPE_STANDARD) {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }

    /**
     * The CLI's layout ({@code "key": value}, one array element a line, empty containers as {@code []} and {@code {}})
     * and, for a value started after {@link #report}, the layout of Jackson's default pretty printer ({@code "key" :
     * value}, arrays on one line as {@code [ a, b ]}, empty ones as {@code [ ]}), indented to the depth where it
     * stands. Not shareable: one instance per generator.
     */
    private static final class Layout implements PrettyPrinter {
        private final Deque<Boolean> jackson = new ArrayDeque<>();
        private boolean jacksonNext;
        private int depth;

        private boolean inJackson() {
            return !jackson.isEmpty() && jackson.peek();
        }

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        private boolean open() {
            boolean style = inJackson() || jacksonNext;
            jacksonNext = false;
            jackson.push(style);
            return style;
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            open();
            depth++;
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            boolean style = jackson.pop();
            depth--;
            if (entries > 0) {
                newLine(g);
            } else if (style) {
                g.writeRaw(' ');
            }
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(inJackson() ? " : " : ": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            if (!open()) {
                depth++;
            }
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            boolean style = jackson.pop();
            if (style) {
                g.writeRaw(' ');
            } else {
                depth--;
                if (values > 0) {
                    newLine(g);
                }
            }
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            if (inJackson()) {
                g.writeRaw(", ");
            } else {
                g.writeRaw(',');
                newLine(g);
            }
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (inJackson()) {
                g.writeRaw(' ');
            } else {
                newLine(g);
            }
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newLine(g);
        }
    }
}
