package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.SampleForms;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The model's promises: no nulls anywhere, immutable lists, every form has samples and labels. */
class ModelInvariantsTest {

    @Test
    void a_form_built_from_nulls_holds_empty_values_and_no_null_anywhere() {
        for (FormDescriptor form : FormRegistry.forms()) {
            Form minimal = SampleForms.minimal(form.id());
            assertThat(nullPaths(minimal, form.id())).as(form.id()).isEmpty();
            assertThat(minimal.version()).isEqualTo(form.latestVersion());
        }
    }

    @Test
    void full_samples_fill_every_labelled_field_somewhere() {
        for (FormDescriptor form : FormRegistry.forms()) {
            Form full = SampleForms.full(form.id());
            assertThat(nullPaths(full, form.id())).as(form.id()).isEmpty();
            assertThat(full).as(form.id()).isInstanceOf(form.type()).isNotEqualTo(SampleForms.minimal(form.id()));
        }
    }

    @Test
    void lists_in_the_model_cannot_be_modified() {
        var survey = SampleForms.lineDeviceSurvey();
        assertThat(survey.lines()).isUnmodifiable();
        assertThat(survey.terminals()).isUnmodifiable();
    }

    @Test
    void every_record_component_below_a_form_is_labelled_or_deliberately_unlabelled() {
        List<String> unlabelled = new ArrayList<>();
        for (FormDescriptor form : FormRegistry.forms()) {
            collectUnlabelled(form.type(), form.id(), unlabelled, true);
        }
        // the only unlabelled data: the drawing callouts and their parts, and block records placed by @Sheet
        assertThat(unlabelled).containsExactlyInAnyOrder(
                "line-device-survey.basicInfo", "line-device-survey.confirmation", "line-device-survey.floorPlan",
                "line-device-survey.floorPlan.callouts");
    }

    @Property(tries = 50)
    void generated_forms_hold_no_nulls(@ForAll("anyForm") Form form) {
        assertThat(nullPaths(form, "form")).isEmpty();
        assertThat(FormRegistry.describe(form).supports(form.version())).isTrue();
    }

    @Provide
    Arbitrary<Form> anyForm() {
        return FormArbitraries.anyForm();
    }

    private static void collectUnlabelled(Class<?> type, String path, List<String> out, boolean root) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (root && c.getName().equals("version")) {
                continue;
            }
            String p = path + "." + c.getName();
            if (c.getAnnotation(Label.class) == null) {
                out.add(p);
            }
            Class<?> t = c.getType();
            if (t.isRecord() && t.getPackageName().startsWith("io.github.medsecforms.model.")
                    && !t.getPackageName().endsWith(".value")) {
                collectUnlabelled(t, p, out, false);
            }
        }
    }

    static List<String> nullPaths(Object value, String path) {
        List<String> out = new ArrayList<>();
        walk(value, path, out);
        return out;
    }

    private static void walk(Object value, String path, List<String> out) {
        if (value == null) {
            out.add(path);
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, out));
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, path + "[" + i++ + "]", out);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    walk(c.getAccessor().invoke(value), path + "." + c.getName(), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
