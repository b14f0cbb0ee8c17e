package io.github.medsecforms.xlsx.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.xlsx.internal.credentials.CredentialSheets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The reader looks for a password list only on sheets with a cell that may name a password, and passes numbers over
 * without giving them a text: no number's text may name one.
 */
class NumberTextNamesNoPasswordTest {

    @Property(tries = 10000)
    void no_number_text_may_name_a_password(@ForAll double d) {
        assertThat(CredentialSheets.mayNamePassword(Numbers.text(d))).as(Numbers.text(d)).isFalse();
    }

    @Test
    void nor_the_special_numbers() {
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-7, 1e21, 0.1 + 0.2, -0.0, 45425.5}) {
            assertThat(CredentialSheets.mayNamePassword(Numbers.text(d))).as(Numbers.text(d)).isFalse();
        }
    }
}
