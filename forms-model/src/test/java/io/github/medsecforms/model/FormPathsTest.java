package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.Secret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormPathsTest {
    @Test
    void finds_values_by_path_through_blocks_lists_and_optionals() {
        var survey = SampleForms.lineDeviceSurvey();
        assertThat(FormPaths.value(survey, "basicInfo.facilityName")).contains("サンプル総合病院");
        assertThat(FormPaths.value(survey, "lines[1].globalIpAddress")).map(Object::toString).contains("203.141.10.20");
        assertThat(FormPaths.value(survey, "lines[9].purpose")).isEmpty();
        assertThat(FormPaths.value(survey, "lines[2].globalIpAddress")).isEmpty();
        assertThat(FormPaths.value(survey, "nothing.here")).isEmpty();
    }

    @Test
    void empty_means_blank_text_absent_values_empty_lists_empty_secrets_and_records_of_those() {
        assertThat(FormPaths.isEmpty("  ")).isTrue();
        assertThat(FormPaths.isEmpty(Optional.empty())).isTrue();
        assertThat(FormPaths.isEmpty(List.of())).isTrue();
        assertThat(FormPaths.isEmpty(Secret.of(" "))).isTrue();
        assertThat(FormPaths.isEmpty(new Terminal(null, null, null, null, null, null, null, null, null))).isTrue();
        assertThat(FormPaths.isEmpty(new Terminal("電子カルテ", null, null, null, null, null, null, null, null))).isFalse();
        assertThat(FormPaths.isEmpty(0)).isFalse();
    }

    @Test
    void parses_paths_as_split_and_the_index_pattern_did() {
        var survey = SampleForms.lineDeviceSurvey();
        List<String> paths = List.of("", ".", "..", "basicInfo", "basicInfo.", "basicInfo..", ".basicInfo",
                "basicInfo..facilityName", "basicInfo.facilityName", "basicInfo.facilityName.", "lines", "lines[0]",
                "lines[1]", "lines[1].", "lines[1].globalIpAddress", "lines[01].globalIpAddress", "lines[]",
                "lines[x].purpose", "lines.[1]", "lines[1]x.purpose", "[1].purpose", "lines[1][0]", "lines[-1]",
                "lines[999].purpose", "lines.purpose", "lines[0].purpose.length", "nothing", "nothing[0].x",
                "ports[3].portNumber", "terminals[0]", "lines[0].purpose", "lines[0].purpose");
        for (String path : paths) {
            assertThat(FormPaths.value(survey, path)).as(path).isEqualTo(Reference.value(survey, path));
        }
        assertThat(FormPaths.value(survey, ".")).containsSame(survey);
        assertThat(FormPaths.value(null, "lines")).isEmpty();
        assertThat(FormPaths.value("not a record", "length")).isEmpty();
    }

    /** FormPaths.value as it was before accessors and parsed paths were cached: the reference behaviour. */
    private static final class Reference {
        private static final java.util.regex.Pattern INDEX =
                java.util.regex.Pattern.compile("^([A-Za-z0-9]+)\\[([0-9]+)\\]$");

        static Optional<Object> value(Object root, String path) {
            Object current = root;
            for (String part : path.split("\\.")) {
                if (current == null) {
                    return Optional.empty();
                }
                java.util.regex.Matcher m = INDEX.matcher(part);
                if (m.matches()) {
                    current = component(current, m.group(1));
                    int i = Integer.parseInt(m.group(2));
                    if (!(current instanceof List<?> list) || i >= list.size()) {
                        return Optional.empty();
                    }
                    current = list.get(i);
                } else {
                    current = component(current, part);
                }
                if (current instanceof Optional<?> o) {
                    current = o.orElse(null);
                }
            }
            return Optional.ofNullable(current);
        }

        private static Object component(Object record, String name) {
            if (record == null || !record.getClass().isRecord()) {
                return null;
            }
            for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    try {
                        return c.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return null;
        }
    }
}
