package io.github.medsecforms.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the bridge serves describes exactly what its router serves, parameters included. */
class OpenApiTest {
    private static BridgeServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = new BridgeServer(new Settings("127.0.0.1", 0, Optional.empty(), 1 << 20, Duration.ofSeconds(30),
                Optional.empty(), false, Set.of()));
        server.start();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        doc = new ObjectMapper().readTree(response.body());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void is_an_openapi_3_1_document() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("info").get("title").asText()).isNotBlank();
        assertThat(doc.get("paths").size()).isPositive();
    }

    @Test
    void every_documented_path_and_method_is_served_and_every_served_route_is_documented() {
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>(server.servedRoutes());

        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void every_multipart_upload_of_workbooks_documents_the_optional_profile_part() {
        Set<String> withProfile = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode multipart = op.getValue().path("requestBody").path("content").path("multipart/form-data");
            if (!multipart.isMissingNode()) {
                JsonNode schema = multipart.get("schema");
                if (schema.has("$ref")) { // a named upload (WorkbookUpload, PackageUpload) under components
                    schema = doc.at("/components/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
                }
                assertThat(schema.get("properties").has("profile")).as(path.getKey()).isTrue();
                assertThat(schema.get("required")).as(path.getKey()).noneMatch(r -> r.asText().equals("profile"));
                withProfile.add(path.getKey());
            }
        }));

        assertThat(withProfile).containsExactly("/api/v1/batch/validate", "/api/v1/forms/{id}/parse",
                "/api/v1/packages/validate", "/api/v1/read", "/api/v1/validate");
    }

    @Test
    void every_route_accepts_exactly_the_query_parameters_it_documents() {
        Map<String, Set<String>> documented = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<String> names = new HashSet<>();
            for (JsonNode p : op.getValue().path("parameters")) {
                JsonNode param = resolve(p);
                if (param.get("in").asText().equals("query")) {
                    names.add(param.get("name").asText());
                }
            }
            documented.put(op.getKey().toUpperCase() + " " + path.getKey(), names);
        }));
        Map<String, Set<String>> accepted = new TreeMap<>();
        Api api = new Api(new Settings("127.0.0.1", 0, Optional.empty(), 1, Duration.ofSeconds(1), Optional.empty(),
                false, Set.of()), null, "test", Map.of());
        for (Api.Route route : api.routes()) {
            accepted.put(route.method() + " " + route.path(), route.query());
        }

        assertThat(documented).isEqualTo(accepted);
    }

    @Test
    void every_documented_response_of_a_problem_refers_to_the_problem_schema() {
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(op -> op.getValue().get("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().equals("200")) {
                    assertThat(r.getValue().get("$ref").asText()).as(path.getKey() + " " + r.getKey())
                            .isEqualTo("#/components/responses/Problem");
                }
            }));
        }
    }

    // ------------------------------------------------------------------ lint (what Redocly's recommended rules ask)

    @Test
    void every_operation_has_a_unique_camel_case_operation_id_a_summary_and_declared_tags() {
        Set<String> ids = new HashSet<>();
        Set<String> declaredTags = new HashSet<>();
        doc.get("tags").forEach(t -> declaredTags.add(t.get("name").asText()));
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("operationId").asText()).as("operationId of %s", where).matches("[a-z][a-zA-Z0-9]+");
            assertThat(ids.add(operation.get("operationId").asText())).as("unique operationId of %s", where).isTrue();
            assertThat(operation.path("summary").asText()).as("summary of %s", where).isNotBlank();
            assertThat(operation.path("tags")).as("tags of %s", where).isNotEmpty();
            operation.path("tags").forEach(t -> assertThat(declaredTags).as("tags of %s", where).contains(t.asText()));
        }));
        assertThat(ids).hasSize(18);
    }

    @Test
    void every_tag_has_a_description() {
        doc.get("tags").forEach(t ->
                assertThat(t.path("description").asText()).as("description of tag %s", t.get("name")).isNotBlank());
    }

    @Test
    void every_required_property_is_defined() {
        TreeSet<String> undefined = new TreeSet<>();
        requiredProperties(doc, "#", undefined);

        assertThat(undefined).isEmpty();
    }

    /** Each schema's {@code required} names a property of its {@code properties}, anywhere in the document. */
    private static void requiredProperties(JsonNode node, String where, Set<String> undefined) {
        if (node.isObject()) {
            JsonNode required = node.get("required");
            if (required != null && required.isArray()) {
                for (JsonNode name : required) {
                    if (!node.path("properties").has(name.asText())) {
                        undefined.add(where + ": " + name.asText());
                    }
                }
            }
            node.fields().forEachRemaining(e -> requiredProperties(e.getValue(), where + "/" + e.getKey(), undefined));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requiredProperties(node.get(i), where + "/" + i, undefined);
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = doc;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.get(part);
        }
        return target;
    }
}
