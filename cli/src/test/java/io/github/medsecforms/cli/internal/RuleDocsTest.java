package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.validation.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} is exactly what {@link RuleDocs} renders from the rules in the code. */
class RuleDocsTest {
    private final String page = new RuleDocs().page();

    @Test
    void the_committed_rule_catalogue_matches_the_code() throws IOException {
        Path file = Repository.root().resolve("docs/rules.md");
        if (Boolean.getBoolean("medsec.docs.update")) {
            Files.writeString(file, page, StandardCharsets.UTF_8);
        }
        assertThat(Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "")
                .as("docs/rules.md differs from the rules in the code. Regenerate and commit: " + FormDocs.REGENERATE)
                .isEqualTo(page);
    }

    @Test
    void every_rule_appears_with_its_id_rationale_and_example() {
        RuleCatalogue.rules().forEach(r -> assertThat(page).contains("| " + r.id() + " |").contains(r.rationale().replace("|", "\\|")));
    }

    @Test
    void the_basis_column_is_the_basis_in_each_rule_s_definition() {
        RuleCatalogue.rules().forEach(r -> assertThat(page).as(r.id())
                .contains(" | " + r.basis().describe().replace("|", "\\|") + " | "));
        assertThat(page).contains("seed 002「閉域網に接続された回線は対象外となります」").contains("独自設計 (our design): ");
    }
}
