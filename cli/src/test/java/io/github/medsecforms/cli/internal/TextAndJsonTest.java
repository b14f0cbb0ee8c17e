package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextAndJsonTest {

    @Test
    void japanese_and_full_width_characters_take_two_cells() {
        assertThat(TextTable.width("abc")).isEqualTo(3);
        assertThat(TextTable.width("版")).isEqualTo(2);
        assertThat(TextTable.width("ＩＰ（かな）")).isEqualTo(12);
        assertThat(TextTable.width("ｶﾅ")).isEqualTo(2);
    }

    @Test
    void columns_are_padded_by_display_width() {
        String text = new TextTable().row("版", "x").row("ab", "y").render("");

        assertThat(text).isEqualTo("版  x\nab  y\n");
    }

    @Test
    void json_escapes_quotes_backslashes_and_control_characters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\nd\u0001");
        m.put("n", 3);
        m.put("l", List.of(true, "日本"));

        assertThat(CliJson.write(m)).isEqualTo(
                "{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001\",\n  \"n\": 3,\n  \"l\": [\n    true,\n    \"日本\"\n  ]\n}\n");
    }

    @Test
    void json_writes_empty_containers_closed_and_escapes_line_separators_in_lower_case() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of());
        m.put("o", Map.of());
        m.put("t", "x\u2028y\u001f");

        assertThat(CliJson.write(m)).isEqualTo("{\n  \"a\": [],\n  \"o\": {},\n  \"t\": \"x\\u2028y\\u001f\"\n}\n");
        assertThat(CliJson.line(m)).isEqualTo("{\"a\":[],\"o\":{},\"t\":\"x\\u2028y\\u001f\"}\n");
    }

    @Test
    void a_report_inside_the_cli_json_keeps_the_layout_of_report_to_json_indented_where_it_stands() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var g = CliJson.pretty(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("reports");
            CliJson.report(g, r -> {
                r.writeStartObject();
                r.writeArrayFieldStart("l");
                r.writeString("a");
                r.writeString("b");
                r.writeEndArray();
                r.writeObjectFieldStart("e");
                r.writeEndObject();
                r.writeEndObject();
            });
            g.writeEndArray();
            g.writeArrayFieldStart("after");
            g.writeNumber(1);
            g.writeEndArray();
            g.writeEndObject();
        }

        assertThat(out.toString()).isEqualTo("{\n  \"reports\": [\n    {\n      \"l\" : [ \"a\", \"b\" ],\n"
                + "      \"e\" : { }\n    }\n  ],\n  \"after\": [\n    1\n  ]\n}");
    }

    @Test
    void markdown_cells_escape_pipes_and_line_breaks() {
        assertThat(FormDocs.cell("a|b\nc")).isEqualTo("a\\|b<br>c");
    }
}
