package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door says how a workbook was read: the reader's explanation, with the checker's limits. */
class WorkbookCheckerExplainTest {
    @TempDir
    Path dir;

    @Test
    void explains_a_hand_made_layout_with_the_cells_validation_would_point_at() throws Exception {
        byte[] workbook = VariantWorkbooks.write(SampleForms.supportRequest(), Options.PLAIN);
        Path file = Files.write(dir.resolve("srq.xlsx"), workbook);
        WorkbookChecker checker = MedsecForms.checker(c -> { });

        ReadExplanation explained = checker.explain(file);
        ReadExplanation sameBytes = checker.explain(workbook, "srq.xlsx", Optional.of("support-request"));

        var read = checker.readAndCheck(file).read();
        assertThat(explained.formId()).isEqualTo("support-request");
        assertThat(explained.result().form()).usingRecursiveComparison().isEqualTo(read.form());
        assertThat(explained.placed()).isNotEmpty().allSatisfy(p -> read.origins().find(p.path())
                .ifPresent(o -> assertThat(p.location()).as(p.path()).isEqualTo(o.toString())));
        assertThat(sameBytes.placements()).isEqualTo(explained.placements());
    }
}
