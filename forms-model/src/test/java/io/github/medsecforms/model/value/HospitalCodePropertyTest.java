package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HospitalCodePropertyTest {

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Property
    void check_digit_agrees_with_an_independent_luhn(@ForAll("nineDigits") String nine) {
        int check = HospitalCode.checkDigit(nine);
        assertThat(HospitalCodeTest.luhnValid(nine + check)).isTrue();
        assertThat(HospitalCodeTest.withCheckDigit(nine)).isEqualTo(nine + check);
    }

    @Property
    void every_well_formed_code_with_its_check_digit_is_accepted_and_expands_from_its_short_form(
            @ForAll @IntRange(min = 1, max = 47) int prefecture, @ForAll("table") int table,
            @ForAll @IntRange(min = 0, max = 999_999) int rest, @ForAll boolean plus50) {
        int number = plus50 ? prefecture + 50 : prefecture;
        String code = HospitalCodeTest.withCheckDigit(String.format(Locale.ROOT, "%02d%d%06d", number, table, rest));
        HospitalCode parsed = HospitalCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.prefecture().code()).isEqualTo(prefecture);
        assertThat(HospitalCode.expand(parsed.shortForm(), number, table)).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<Integer> table() {
        return Arbitraries.of(1, 3, 4);
    }
}
