package io.github.medsecforms.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
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
}
