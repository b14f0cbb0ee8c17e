package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reading vocabulary names only paths its form has: a path that moved or was renamed is caught here. */
class VocabularyTest {

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void every_path_of_a_form_s_vocabulary_is_a_field_group_table_or_column_of_the_form(String id) {
        FormDescriptor form = FormRegistry.get(id);
        Set<String> known = new HashSet<>();
        for (SheetDescriptor sheet : form.sheets()) {
            for (SheetDescriptor.Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        addWithPrefixes(known, prefix + f.path());
                    }
                } else if (block instanceof TableBlock tb) {
                    known.add(tb.table().path());
                    for (FieldDescriptor c : tb.table().columns()) {
                        addWithPrefixes(known, tb.table().path() + "[]." + c.path());
                    }
                }
            }
        }
        assertThat(Vocabulary.of(id).paths()).as("paths of vocabulary/%s.properties", id).isSubsetOf(known);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void a_question_number_and_an_inverse_wording_name_their_path_without_the_suffix(String id) {
        assertThat(Vocabulary.of(id).paths()).noneMatch(p -> p.contains("#") || p.startsWith("@"));
    }

    private static void addWithPrefixes(Set<String> known, String path) {
        known.add(path);
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            known.add(path.substring(0, dot));
        }
    }
}
