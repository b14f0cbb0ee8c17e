package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Severity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A read's findings say what the message bundle says, though each code's format is compiled once per read. */
class ReadStateTest {

    @Test
    void every_finding_message_is_the_bundles_message_each_time() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Field f : ReadCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                codes.add((String) f.get(null));
            }
        }
        assertThat(codes).hasSizeGreaterThan(15);
        List<Object[]> argsTried = List.of(new Object[] {}, new Object[] {"シート1", "医療機関名", 3},
                new Object[] {"回線", 12345, 2.5, "x", "y"}, new Object[] {"'quoted' {text}", -1, 1_000_000});
        ReadState state = new ReadState("line-device-survey");
        for (int round = 0; round < 2; round++) { // the second time from the formats compiled the first
            for (String code : codes) {
                for (Object[] args : argsTried) {
                    state.finding(code, Severity.INFO, "シート1", "B2", "", "", args);
                    Finding f = state.findings.get(state.findings.size() - 1);
                    assertThat(f.message()).as(code).isEqualTo(ReadCodes.MESSAGES.format(code, Locale.JAPANESE, args));
                    assertThat(f.messageEn()).as(code).isEqualTo(ReadCodes.MESSAGES.format(code, Locale.ENGLISH, args));
                }
            }
        }
    }
}
