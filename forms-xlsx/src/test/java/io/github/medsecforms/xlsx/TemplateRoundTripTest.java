package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.FloorPlan;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Model → our template filled by {@link FormWriter} → {@link FormReader} gives the same model, for every form. */
class TemplateRoundTripTest {
    private final FormReader reader = FormReader.create();

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void the_full_sample_of_every_form_survives_fill_and_read(String id) {
        Form form = SampleForms.full(id);
        ReadResult read = reader.read(FormWriter.fill(form).bytes(), id + ".xlsx");
        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.findings()).isEmpty();
        assertThat(read.form()).isEqualTo(form);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void the_blank_template_of_every_form_reads_as_an_empty_form(String id) {
        ReadResult read = reader.read(Templates.template(id), id + ".xlsx");
        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        Form empty = SampleForms.empty(FormRegistry.get(id).type(), FormRegistry.get(id).latestVersion());
        assertThat(withoutCallouts(read.form())).isEqualTo(withoutCallouts(empty));
    }

    @Property(tries = 30)
    void generated_forms_survive_fill_and_read(@ForAll("anyForm") Form form) {
        ReadResult read = reader.read(FormWriter.fill(form).bytes(), "generated.xlsx");
        assertThat(read.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        Form expected = form;
        if (form instanceof LineDeviceSurvey s && s.floorPlan().callouts().isEmpty()) {
            // the writer draws a callout for every line and terminal when the form has none of its own
            LineDeviceSurvey got = (LineDeviceSurvey) read.form();
            assertThat(got.floorPlan().callouts()).extracting(Callout::target)
                    .allSatisfy(t -> assertThat(t).matches("回線[0-9]+|No\\.[0-9]+"));
            expected = Mutate.set(s, "floorPlan.callouts", got.floorPlan().callouts());
        }
        assertThat(read.form()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Form> anyForm() {
        return FormArbitraries.anyForm();
    }

    private static Form withoutCallouts(Form form) {
        if (form instanceof LineDeviceSurvey s) {
            return Mutate.set(s, "floorPlan", new FloorPlan(s.floorPlan().image(), java.util.List.of()));
        }
        return form;
    }
}
