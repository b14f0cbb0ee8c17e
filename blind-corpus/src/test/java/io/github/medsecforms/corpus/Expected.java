package io.github.medsecforms.corpus;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A blind workbook's expected file ({@code NAME.expected.json}, format in briefs/BRIEF.md): the form, its version,
 * the values the person meant (one submission, or one per row of a survey tool's export) and the problems planted on
 * purpose.
 *
 * @param form        the catalogue's form id
 * @param version     R6 or R7
 * @param submissions the values of each submission the workbook holds (one for most workbooks)
 * @param planted     the problems planted on purpose
 */
record Expected(String form, String version, List<JsonNode> submissions, List<Planted> planted) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /**
     * A planted problem.
     *
     * @param cells  {@code Sheet!A1} cells that are wrong or should have been filled
     * @param paths  model paths as the drawer wrote them (table indexes of the expected file)
     * @param why    the drawer's reason
     */
    record Planted(List<String> cells, List<String> paths, String why) {
    }

    static Expected load(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<JsonNode> submissions = new ArrayList<>();
        if (root.has("submissions")) {
            for (JsonNode s : root.get("submissions")) {
                submissions.add(s.path("values"));
            }
        } else {
            submissions.add(root.path("values"));
        }
        List<Planted> planted = new ArrayList<>();
        for (JsonNode p : root.path("planted")) {
            planted.add(new Planted(texts(p.path("cells")), texts(p.path("paths")), p.path("why").asText("")));
        }
        return new Expected(root.path("form").asText(""), root.path("version").asText("R6"), submissions, planted);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isTextual()) {
            out.add(array.asText());
        }
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
