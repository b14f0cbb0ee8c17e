package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code serve --exit-when-idle}: the durations it reads and the coded error for the rest (before anything starts). */
class ServeOptionsTest {
    @Test
    void exit_when_idle_reads_seconds_minutes_hours_and_iso_8601() {
        assertThat(ServeCommand.idleTime("30m")).contains(Duration.ofMinutes(30));
        assertThat(ServeCommand.idleTime("90s")).contains(Duration.ofSeconds(90));
        assertThat(ServeCommand.idleTime("2h")).contains(Duration.ofHours(2));
        assertThat(ServeCommand.idleTime(" 45 M ")).contains(Duration.ofMinutes(45));
        assertThat(ServeCommand.idleTime("PT30M")).contains(Duration.ofMinutes(30));
        assertThat(ServeCommand.idleTime("pt1h30m")).contains(Duration.ofMinutes(90));
    }

    @Test
    void exit_when_idle_refuses_zero_negative_unitless_and_malformed_values() {
        for (String bad : new String[] {"0s", "0m", "PT0S", "PT-5M", "30", "30 minutes", "m", "", "P1Y", "1d",
                "9999999999m", "PT9999999999999999999H"}) {
            assertThat(ServeCommand.idleTime(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void a_bad_exit_when_idle_exits_2_with_a_coded_message_in_japanese_or_english_and_starts_nothing() {
        Run ja = Run.of("serve", "--port", "0", "--exit-when-idle", "30分");
        Run en = Run.withEnv(Map.of("MEDSEC_FORMS_LANG", "en"), "serve", "--port", "0", "--exit-when-idle", "soon");

        assertThat(ja.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ja.err()).startsWith("MSF-CLI-0020: --exit-when-idle の値「30分」が分かりません。").doesNotContain("Exception");
        assertThat(ja.out()).isEmpty();
        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.err()).startsWith("MSF-CLI-0020: Cannot read the --exit-when-idle value \"soon\"");
    }
}
