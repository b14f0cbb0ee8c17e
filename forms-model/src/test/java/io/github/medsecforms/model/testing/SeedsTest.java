package io.github.medsecforms.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without the seeds, the traceability tests fail in CI and are skipped elsewhere; with them, quotes are matched. */
class SeedsTest {

    @Test
    void missing_seeds_fail_when_ci_is_true() {
        assertThatThrownBy(() -> Seeds.load(Optional.empty(), "true")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("../shared/seeds");
    }

    @Test
    void missing_seeds_skip_elsewhere_and_say_why() {
        assertThatThrownBy(() -> Seeds.load(Optional.empty(), null)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped");
        assertThatThrownBy(() -> Seeds.load(Optional.empty(), "false")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void quotes_match_across_white_space_and_width() {
        assertThat(Seeds.normalise("令和 6 年度　ＶＰＮ装置\n(*)")).isEqualTo("令和6年度VPN装置(*)");
        Seeds seeds = Seeds.load();
        assertThat(seeds.ids()).contains("000", "001", "002", "003", "004");
        assertThat(seeds.contains("002", "令和６年度に支援を受けられた病院様")).isTrue();
        assertThat(seeds.contains("002", "")).as("an empty quote says nothing").isFalse();
        assertThat(seeds.contains("009", "病院")).as("an unknown seed").isFalse();
    }

    @Test
    void the_copy_in_the_repository_is_the_documents_as_handed_to_the_project() throws IOException {
        Path root = Seeds.repositoryRoot().orElseThrow();
        Path copy = root.resolve("seeds");
        assertThat(copy).as("the copy of the seeds in the repository").isDirectory();
        Optional<Path> shared = Seeds.shared(root);
        Assumptions.assumeTrue(shared.isPresent(), "../shared/seeds is not beside this clone: nothing to compare with");
        try (Stream<Path> files = Files.list(shared.get())) {
            for (Path original : files.toList()) {
                Path copied = copy.resolve(original.getFileName().toString());
                assertThat(copied).as("copy of %s", original.getFileName()).exists();
                assertThat(Files.mismatch(original, copied)).as("%s differs from its copy", original.getFileName()).isEqualTo(-1L);
            }
        }
    }
}
