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

    static Stream<String> vocabularyFiles() {
        return Stream.concat(formIds(), Stream.of("abbreviations", "choices"));
    }

    @ParameterizedTest
    @MethodSource("vocabularyFiles")
    void no_key_is_written_twice_in_a_vocabulary_file(String name) throws java.io.IOException {
        // java.util.Properties keeps the last of two lines with one key: the first line's wordings would be lost silently
        try (java.io.InputStream in = Vocabulary.class.getResourceAsStream("vocabulary/" + name + ".properties")) {
            assertThat(in).as("vocabulary/%s.properties", name).isNotNull();
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && t.indexOf('=') > 0) {
                    keys.add(t.substring(0, t.indexOf('=')).strip());
                }
            }
            assertThat(keys).as("keys of vocabulary/%s.properties", name).doesNotHaveDuplicates();
        }
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
