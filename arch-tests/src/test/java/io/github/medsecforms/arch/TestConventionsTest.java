package io.github.medsecforms.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One test-naming convention across the modules (docs/decisions.md D-48), checked on the sources of every module:
 *
 * <ul>
 *   <li>a test method says what it checks as a sentence in lower snake case ({@code refuses_an_empty_file}); a
 *       name from the code may appear as written ({@code layoutOf_is_the_mapping…}); a one-word name is lower case;
 *       camelCase sentences ({@code refusesAnEmptyFile}) are not used. Fuzz targets ({@code @FuzzTest}) are named
 *       after what they fuzz: Jazzer finds their seeds in a directory of that name;</li>
 *   <li>a class with tests ends in {@code Test} (surefire) or {@code IT} (failsafe: real processes);</li>
 *   <li>test helpers shared by modules live in a module's test-jar ({@code forms-model}'s {@code model.testing},
 *       {@code forms-xlsx}'s {@code xlsx.testing}), never copied.</li>
 * </ul>
 */
class TestConventionsTest {
    private static final Pattern TEST = Pattern.compile(
            "^[ \\t]*@(Test|ParameterizedTest|Property|Example|RepeatedTest)\\b[^;]*?\\bvoid\\s+(\\w+)\\s*\\(",
            Pattern.DOTALL | Pattern.MULTILINE); // an annotation at the start of a line: not a mention in a comment
    private static final Pattern SENTENCE = Pattern.compile("[a-z][a-zA-Z0-9]*(_[a-zA-Z0-9]+)+|[a-z][a-z0-9]*");

    @Test
    void test_methods_are_named_in_lower_snake_case_and_test_classes_end_in_test_or_it() throws IOException {
        List<String> badNames = new ArrayList<>();
        List<String> badClasses = new ArrayList<>();
        int methods = 0;
        for (Path file : testSources()) {
            String source = Files.readString(file);
            Matcher m = TEST.matcher(source);
            boolean hasTests = false;
            while (m.find()) {
                hasTests = true;
                methods++;
                if (!SENTENCE.matcher(m.group(2)).matches()) {
                    badNames.add(file.getFileName() + "#" + m.group(2));
                }
            }
            String name = file.getFileName().toString();
            if ((hasTests || source.contains("\n    @FuzzTest")) && !name.endsWith("Test.java") && !name.endsWith("IT.java")) {
                badClasses.add(name);
            }
        }

        assertThat(methods).as("test methods found").isGreaterThan(500);
        assertThat(badNames).as("test methods not named in lower snake case").isEmpty();
        assertThat(badClasses).as("classes with tests not named *Test or *IT").isEmpty();
    }

    @Test
    void the_convention_recognises_a_camel_case_name() {
        assertThat(SENTENCE.matcher("refusesAnEmptyFile").matches()).isFalse();
        assertThat(SENTENCE.matcher("refuses_an_empty_file").matches()).isTrue();
        assertThat(SENTENCE.matcher("layoutOf_is_the_mapping").matches()).isTrue();
        assertThat(SENTENCE.matcher("examples").matches()).isTrue();
    }

    /** Every module's {@code src/test/java} files, but this module's deliberately broken architecture fixtures. */
    private static List<Path> testSources() {
        Path root = MedsecArchitecture.projectRoot().orElseThrow();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> out = new ArrayList<>();
            for (Path module : modules.filter(d -> Files.isDirectory(d.resolve("src/test/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.toString().replace('\\', '/').contains("/archfixture/"))
                            .forEach(out::add);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
