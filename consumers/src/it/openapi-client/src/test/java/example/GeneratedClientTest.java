package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.client.ApiClient;
import example.client.ApiException;
import example.client.api.FormsApi;
import example.client.api.MetaApi;
import example.client.api.ValidateApi;
import example.client.model.FormSummary;
import example.client.model.Report;
import io.github.medsecforms.bridge.FormsBridge;
import io.github.medsecforms.xlsx.Templates;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client generated from the bridge's OpenAPI description (openapi-generator, Java, java.net.http) calls a bridge
 * running on a free loopback port: the operations' names, parameters, bodies and answers are what the description
 * says, or this does not compile or does not pass.
 */
class GeneratedClientTest {
    private static FormsBridge bridge;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        bridge = FormsBridge.create(c -> c.port(0)).start();
        client = new ApiClient();
        client.updateBaseUri(bridge.url().toString().replaceAll("/$", ""));
    }

    @AfterAll
    static void stop() {
        bridge.close();
    }

    @Test
    void health_answers_through_the_generated_client() throws ApiException {
        assertEquals("ok", String.valueOf(new MetaApi(client).getHealth(null).getStatus()));
    }

    @Test
    void the_nine_forms_are_listed() throws ApiException {
        List<FormSummary> forms = new FormsApi(client).listForms(null);
        assertEquals(9, forms.size());
        assertTrue(forms.stream().anyMatch(f -> "support-request".equals(f.getId())));
    }

    @Test
    void a_blank_template_validates_with_its_missing_answers(@TempDir Path dir) throws Exception {
        File workbook = Files.write(dir.resolve("support-request.xlsx"), Templates.template("support-request")).toFile();

        Report report = new ValidateApi(client).validateWorkbook(workbook, "en", null, null,
                LocalDate.of(2025, 3, 31), null, "support-request.xlsx", null);

        assertEquals("support-request", report.getFormId());
        assertFalse(report.getValid());
        assertTrue(report.getCounts().getError() > 0);
        assertTrue(report.getFindings().stream().anyMatch(f -> f.getMessage() != null && !f.getMessage().isBlank()));
    }

    @Test
    void a_file_that_is_no_workbook_is_a_4xx_problem_not_a_crash(@TempDir Path dir) throws Exception {
        File notAWorkbook = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook").toFile();

        ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new ValidateApi(client).validateWorkbook(notAWorkbook, "en", null, null, null, null, "notes.xlsx", null));

        assertTrue(e.getCode() >= 400 && e.getCode() < 500, "status " + e.getCode());
        assertTrue(e.getResponseBody().contains("MSF-"), e.getResponseBody());
    }
}
