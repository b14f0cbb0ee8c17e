package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FiscalYearPropertyTest {

    @Property
    void code_and_label_parse_back_to_the_same_year(@ForAll @IntRange(min = 1989, max = 9998) int startYear) {
        FiscalYear year = new FiscalYear(startYear);
        assertThat(FiscalYear.parse(year.code())).isEqualTo(year);
        assertThat(FiscalYear.parse(year.label())).isEqualTo(year);
        assertThat(FiscalYear.parse(startYear + "年度")).isEqualTo(year);
        assertThat(FiscalYear.parse("FY" + startYear)).isEqualTo(year);
    }

    @Property
    void every_day_of_a_fiscal_year_belongs_to_it(@ForAll @IntRange(min = 1989, max = 9997) int startYear,
            @ForAll @IntRange(min = 0, max = 364) int day) {
        FiscalYear year = new FiscalYear(startYear);
        assertThat(FiscalYear.of(year.start().plusDays(day))).isEqualTo(year);
        assertThat(FiscalYear.of(year.end())).isEqualTo(year);
        assertThat(FiscalYear.of(year.end().plusDays(1))).isEqualTo(year.next());
        assertThat(year.contains(year.start().plusDays(day))).isTrue();
        assertThat(year.contains(year.start().minusDays(1))).isFalse();
    }
}
