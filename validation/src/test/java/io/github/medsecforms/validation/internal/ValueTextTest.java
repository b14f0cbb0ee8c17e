package io.github.medsecforms.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.linesurvey.BasicInfo;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Secret;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void a_secret_is_masked_whatever_it_holds_and_so_is_anything_in_a_secret_field() {
        assertThat(ValueText.of(Secret.of("hunter2"), false)).isEqualTo(ValueText.MASK);
        assertThat(ValueText.of(Secret.empty(), false)).isEqualTo(ValueText.MASK);
        assertThat(ValueText.of("hunter2", true)).isEqualTo(ValueText.MASK);
    }

    @Test
    void plain_values_are_shown_as_text_and_choices_by_their_official_wording() {
        assertThat(ValueText.of(Ipv4Address.parse("192.168.1.1"), false)).isEqualTo("192.168.1.1");
        assertThat(ValueText.of(19, false)).isEqualTo("19");
        assertThat(ValueText.of(YesNo.values()[0], false)).isEqualTo(YesNo.values()[0].label());
    }

    @Test
    void long_text_is_shortened_and_kept_on_one_line() {
        assertThat(ValueText.of("あ".repeat(100), false)).isEqualTo("あ".repeat(40) + "…");
        assertThat(ValueText.of("一行目\n二行目", false)).isEqualTo("一行目 二行目");
    }

    @Test
    void records_of_fields_and_absent_values_are_not_shown() {
        assertThat(ValueText.of(BasicInfo.EMPTY, false)).isEmpty();
        assertThat(ValueText.of(null, false)).isEmpty();
    }
}
