package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The README's commands are the ones CI and the launcher really run, so the README cannot drift. */
class RepositoryCommandsTest {
    private final Path root = Repository.root();

    @Test
    void ci_runs_exactly_the_test_command_of_the_readme() throws IOException {
        String readme = fencedCommandAfter(root.resolve("README.md"), "<!-- test-command -->");
        String ci = lineAfter(root.resolve(".ci/run"), "# test-command");

        assertThat(readme).isEqualTo("./mvnw -B verify");
        assertThat(ci).as(".ci/run must run the README's test command").isEqualTo(readme);
    }

    @Test
    void the_readme_main_command_uses_the_launcher_at_the_repository_root() throws IOException {
        String main = fencedCommandAfter(root.resolve("README.md"), "<!-- main-command -->");

        assertThat(main).isEqualTo("./medsec-forms serve");
        assertThat(root.resolve("medsec-forms")).isRegularFile();
        assertThat(root.resolve("medsec-forms.cmd")).isRegularFile();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void the_launcher_and_the_ci_script_are_executable() {
        assertThat(Files.isExecutable(root.resolve("medsec-forms"))).isTrue();
        assertThat(Files.isExecutable(root.resolve(".ci/run"))).isTrue();
    }

    /** The first non-blank line of the fenced code block that follows {@code marker}. */
    static String fencedCommandAfter(Path file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int i = indexOf(lines, marker, file);
        while (++i < lines.size() && !lines.get(i).strip().startsWith("```")) {
            assertThat(lines.get(i)).as(file + ": only blank lines between " + marker + " and its code block").isBlank();
        }
        while (++i < lines.size()) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                break;
            }
            if (!line.isEmpty()) {
                return line;
            }
        }
        throw new AssertionError(file + ": no command in the code block after " + marker);
    }

    /** The first non-blank line after the line {@code marker} starts. */
    static String lineAfter(Path file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int i = indexOf(lines, marker, file);
        while (++i < lines.size()) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        throw new AssertionError(file + ": nothing after " + marker);
    }

    private static int indexOf(List<String> lines, String marker, Path file) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(marker)) {
                return i;
            }
        }
        throw new AssertionError(file + ": marker " + marker + " not found");
    }
}
