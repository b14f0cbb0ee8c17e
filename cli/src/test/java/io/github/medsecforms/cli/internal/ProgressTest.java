package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void the_bar_fills_as_files_are_done_and_is_cleared_at_the_end() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), "検証中", 4, true);

        p.step();
        p.step();
        assertThat(p.bar()).isEqualTo("検証中 [###############---------------] 2/4");
        p.step();
        p.step();
        p.finish();

        assertThat(sw.toString()).contains("\r検証中 [#", "4/4").endsWith("\r");
    }

    @Test
    void without_a_terminal_or_for_a_single_file_nothing_is_drawn() {
        StringWriter sw = new StringWriter();
        Progress off = new Progress(new PrintWriter(sw), "x", 100, false);
        Progress single = new Progress(new PrintWriter(sw), "x", 1, true);

        off.step();
        off.finish();
        single.step();
        single.finish();

        assertThat(sw.toString()).isEmpty();
    }
}
