package io.github.medsecforms.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/architecture.md lists the reactor's modules: exactly those of the root pom, in the same order. */
class ArchitectureDocTest {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    @Test
    void the_module_table_of_docs_architecture_md_lists_the_modules_of_the_reactor() throws IOException {
        Path root = MedsecArchitecture.projectRoot().orElseThrow();
        List<String> reactor = new ArrayList<>();
        Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        while (m.find()) {
            reactor.add(m.group(1).trim());
        }

        List<String> documented = moduleTable(Files.readAllLines(root.resolve("docs/architecture.md")));

        assertThat(reactor).contains("forms-model", "forms-xlsx", "forms-json", "forms-pdf", "sdk");
        assertThat(documented).as("the module table of docs/architecture.md").isEqualTo(reactor);
    }

    @Test
    void a_table_row_is_read_as_its_first_cell_and_other_lines_are_not() {
        assertThat(moduleTable(List.of("## Modules", "| directory | artifact |", "|---|---|", "| `forms-xlsx` | x |",
                "not `a-row`", "| `sdk` | y |", "## Next", "| `outside` | z |"))).containsExactly("forms-xlsx", "sdk");
    }

    /** The first cell of each row of the first table in the section "## Modules". */
    static List<String> moduleTable(List<String> lines) {
        List<String> modules = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (inSection) {
                    break;
                }
                inSection = line.equals("## Modules");
                continue;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (inSection && row.find()) {
                modules.add(row.group(1));
            }
        }
        return modules;
    }
}
