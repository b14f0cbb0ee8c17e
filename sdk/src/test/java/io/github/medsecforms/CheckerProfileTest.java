package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.testing.ProfileWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door reads with a layout profile given to its settings, and validates what it read. */
class CheckerProfileTest {
    @TempDir
    Path dir;

    @Test
    void a_profile_in_the_settings_lets_the_checker_read_a_local_label_and_validate_the_value() throws Exception {
        Path file = Files.write(dir.resolve("回答.xlsx"),
                ProfileWorkbooks.book(Map.of("回答様式", ProfileWorkbooks.supportRequest("当院コード"))));
        LayoutProfile profile = LayoutProfile.of("support-request").withLabels("hospitalCode", "当院コード");

        Report without = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31))).check(file);
        WorkbookChecker.Checked with = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31)).profile(profile))
                .readAndCheck(file);

        assertThat(without.findings()).anySatisfy(f -> assertThat(f.path()).isEqualTo("hospitalCode"));
        assertThat(((SupportRequest) with.read().form()).hospitalCode()).isPresent();
        assertThat(with.report().findings()).noneSatisfy(f -> assertThat(f.path()).isEqualTo("hospitalCode"));
    }

    @Test
    void the_profile_applies_to_explanations_too() {
        byte[] workbook = ProfileWorkbooks.book(Map.of("回答様式", ProfileWorkbooks.supportRequest("当院コード")));
        WorkbookChecker checker = MedsecForms.checker(c -> c.profile(
                LayoutProfile.of("support-request").withLabels("hospitalCode", "当院コード")));

        var explained = checker.explain(workbook, "回答.xlsx", Optional.empty());

        assertThat(explained.placed()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("hospitalCode");
            assertThat(p.how()).startsWith("layout profile");
        });
    }

    @Test
    void a_profile_is_required_to_be_given() {
        assertThatThrownBy(() -> MedsecForms.checker(c -> c.profile(null))).isInstanceOf(NullPointerException.class);
    }
}
