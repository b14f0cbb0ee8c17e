package io.github.medsecforms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.Templates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples, run on the module path as a JPMS consumer of the SDK (see the module's pom). */
class ExamplesTest {
    @TempDir
    Path dir;

    @Test
    void the_examples_run_as_a_named_module_that_sees_only_the_exported_packages() {
        Module examples = ValidateWorkbook.class.getModule();
        Module frontDoor = io.github.medsecforms.MedsecForms.class.getModule();
        Module xlsx = FormWriter.class.getModule();

        assertThat(examples.getName()).isEqualTo("io.github.medsecforms.examples");
        assertThat(frontDoor.getName()).isEqualTo("io.github.medsecforms");
        assertThat(examples.canRead(frontDoor)).isTrue();
        assertThat(examples.canRead(xlsx)).as("forms-xlsx comes with the front door").isTrue();
        assertThat(xlsx.isExported("io.github.medsecforms.xlsx", examples)).isTrue();
        assertThat(xlsx.getPackages()).contains("io.github.medsecforms.xlsx.internal.grid");
        assertThat(xlsx.isExported("io.github.medsecforms.xlsx.internal.grid", examples)).isFalse();
        Module model = io.github.medsecforms.model.Form.class.getModule();
        assertThat(model.isExported("io.github.medsecforms.model.internal.io", examples)).isFalse();
        assertThat(model.isExported("io.github.medsecforms.model.internal.io", xlsx)).isTrue();
    }

    @Test
    void the_template_example_writes_workbooks_that_read_back_to_the_form_it_built() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var form = TemplateAndJson.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("support-request").contains("\"formId\"");
        assertThat(dir.resolve("support-request.xlsx")).isNotEmptyFile();
        assertThat(form).isInstanceOf(SupportRequest.class);
        assertThat(((SupportRequest) form).hospitalCode()).map(Object::toString).contains("3410712362");
    }

    @Test
    void the_validation_example_reports_a_blank_template_as_invalid_naming_cells() throws Exception {
        Path file = dir.resolve("別紙2-1.xlsx");
        Files.write(file, Templates.template("line-device-survey"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean valid = ValidateWorkbook.run(file, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(valid).isFalse();
        // the basic information carries no (*) on the official sheet: its fields are LDS-027, not LDS-001 (D-30)
        assertThat(text).contains("エラーあり").contains("LDS-027").contains("基本情報記入シート!");
    }

    @Test
    void the_validation_example_reports_an_unreadable_file_with_its_code_and_name() throws Exception {
        Path file = dir.resolve("壊れた.xlsx");
        Files.writeString(file, "not a workbook");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ValidateWorkbook.run(file, new PrintStream(out, true, StandardCharsets.UTF_8))).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("MSF-IO-1002").contains("壊れた.xlsx");
    }

    @Test
    void a_filled_survey_with_the_sample_values_validates_without_errors() throws Exception {
        LineDeviceSurvey survey = io.github.medsecforms.model.testing.SampleForms.lineDeviceSurvey();
        Path file = dir.resolve("lds.xlsx");
        Files.write(file, FormWriter.fill(survey).bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ValidateWorkbook.run(file, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as(out.toString(StandardCharsets.UTF_8)).isTrue();
    }
}
