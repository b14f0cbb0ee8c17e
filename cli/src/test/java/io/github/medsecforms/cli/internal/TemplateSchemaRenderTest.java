package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.json.FormSchemas;
import io.github.medsecforms.json.FormXml;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSchemaRenderTest {
    @TempDir
    Path dir;

    @Test
    void template_writes_the_blank_workbook_that_the_reader_recognises() throws Exception {
        Path file = dir.resolve("support-request.xlsx");

        Run run = Run.of("template", "support-request", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("テンプレートを", file.toString());
        assertThat(FormReader.create().recognise(Files.readAllBytes(file), "x.xlsx")).contains("support-request");
    }

    @Test
    void template_all_writes_the_latest_template_of_every_form_into_a_folder_that_the_reader_recognises() throws Exception {
        Path folder = dir.resolve("templates");

        Run run = Run.of("template", "--all", "-o", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(FormRegistry.forms().size());
        for (var form : FormRegistry.forms()) {
            Path file = folder.resolve(form.id() + ".xlsx");
            assertThat(FormReader.create().recognise(Files.readAllBytes(file), file.getFileName().toString()))
                    .as(form.id()).contains(form.id());
        }
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(FormRegistry.forms().size());
        }
        Run again = Run.of("template", "--all", "-o", folder.toString());
        assertThat(again.exitCode()).as("never overwrites without --force").isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("MSF-CLI-0004");
    }

    @Test
    void template_takes_either_one_form_id_or_all_with_a_coded_message() {
        for (String[] args : new String[][] {{"template"}, {"template", "support-request", "--all"},
                {"template", "--all", "--credentials"}, {"template", "--all", "--form-version", "R6"}}) {
            Run run = Run.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("MSF-CLI-0021: フォームID（1つ）か --all");
        }
    }

    @Test
    void template_never_overwrites_a_file_without_force() throws Exception {
        Path file = Files.writeString(dir.resolve("filled.xlsx"), "a filled form");

        Run refused = Run.of("template", "support-request", "-o", file.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("MSF-CLI-0004", "--force");
        assertThat(Files.readString(file)).isEqualTo("a filled form");
        assertThat(Run.of("template", "support-request", "-o", file.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void credentials_writes_the_separate_password_list_of_the_line_device_survey_only() throws Exception {
        Path file = dir.resolve("pw.xlsx");

        Run run = Run.of("template", "line-device-survey", "--credentials", "-o", file.toString());
        Run wrong = Run.of("template", "support-request", "--credentials", "-o", dir.resolve("x.xlsx").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("提出しないでください");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetName(0)).contains("パスワード");
        }
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("MSF-CLI-0007");
    }

    @Test
    void template_of_a_given_version_and_of_unknown_ones() {
        assertThat(Run.of("template", "checklist-hospital", "--form-version", "R7", "-o",
                dir.resolve("r7.xlsx").toString()).exitCode()).isZero();
        Run bad = Run.of("template", "support-request", "--form-version", "R9", "-o", dir.resolve("r9.xlsx").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("MSF-CLI-0011", "R6");
        assertThat(Run.of("template", "nope").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void schema_prints_the_json_schema_of_the_form() throws Exception {
        Run run = Run.of("schema", "line-device-survey");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(FormSchemas.jsonSchema("line-device-survey"));
        assertThat(new ObjectMapper().readTree(run.out()).get("$schema").asText()).contains("2020-12");
        assertThat(Run.of("schema", "nope").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void render_turns_a_json_document_into_the_filled_workbook() throws Exception {
        Path json = Files.writeString(dir.resolve("survey.json"), FormJson.write(SampleForms.lineDeviceSurvey()));
        Path xlsx = dir.resolve("survey.xlsx");

        Run run = Run.of("render", json.toString(), "-o", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ReadResult read = FormReader.create().read(Files.readAllBytes(xlsx), "survey.xlsx");
        assertThat(read.form()).usingRecursiveComparison().isEqualTo(SampleForms.lineDeviceSurvey());
    }

    @Test
    void render_pdf_of_a_support_request_is_the_fax_form_beside_the_json() throws Exception {
        Path json = Files.writeString(dir.resolve("request.json"), FormJson.write(SampleForms.supportRequest()));

        Run run = Run.of("render", json.toString(), "--pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path pdf = dir.resolve("request.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("当病院は、当該事業の支援を希望します。", "香川県立サンプル中央病院", "担当者①");
        }
    }

    @Test
    void render_turns_a_support_request_filled_in_excel_into_the_fax_pdf() throws Exception {
        Path xlsx = Files.write(dir.resolve("回答様式.xlsx"),
                io.github.medsecforms.cli.Fixtures.workbook(SampleForms.supportRequest()));

        Run run = Run.of("render", xlsx.toString(), "--pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("回答様式.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("香川県立サンプル中央病院");
        }
    }

    @Test
    void render_reads_xml_documents_too() throws Exception {
        Path xml = Files.writeString(dir.resolve("request.xml"), FormXml.write(SampleForms.supportRequest()));

        assertThat(Run.of("render", xml.toString(), "-o", dir.resolve("r.pdf").toString()).exitCode()).isZero();
        assertThat(dir.resolve("r.pdf")).isNotEmptyFile();
    }

    @Test
    void other_forms_have_no_pdf_layout_exit_2() throws Exception {
        Path json = Files.writeString(dir.resolve("survey.json"), FormJson.write(SampleForms.lineDeviceSurvey()));

        Run run = Run.of("render", json.toString(), "--pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-CLI-0006", "line-device-survey", "PDF出力に対応していません");
        assertThat(dir.resolve("survey.pdf")).doesNotExist();
    }

    @Test
    void a_broken_document_or_no_output_is_a_coded_usage_error() throws Exception {
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"formId\": \"support-request\", \"hospitalCode\": \"123\"}");

        Run bad = Run.of("render", json.toString(), "--pdf");
        Run none = Run.of("render", json.toString());

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("MSF-IO-0301", "bad.json");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("MSF-CLI-0008");
    }

    @Test
    void a_font_that_cannot_be_used_is_a_coded_error_with_a_hint() throws Exception {
        Path json = Files.writeString(dir.resolve("r.json"), FormJson.write(SampleForms.supportRequest()));

        Run run = Run.withEnv(Map.of("MEDSEC_FORMS_FONT", dir.resolve("none.ttf").toString()), "render", json.toString(),
                "--pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-IO-0402", "none.ttf", "--font");
    }

    @Test
    void a_character_the_font_lacks_is_named_in_a_coded_error() throws Exception {
        SupportRequest emoji = io.github.medsecforms.model.testing.Mutate.set(SampleForms.supportRequest(), "remarks",
                "よろしくお願いします\uD83D\uDE4F");
        Path json = Files.write(dir.resolve("r.json"), FormJson.write(emoji).getBytes(StandardCharsets.UTF_8));

        Run run = Run.of("render", json.toString(), "--pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-IO-0403", "U+1F64F");
        assertThat(FormRegistry.find("support-request")).isPresent();
    }
}
