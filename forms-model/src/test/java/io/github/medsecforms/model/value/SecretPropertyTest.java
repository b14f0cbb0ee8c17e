package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class SecretPropertyTest {

    @Property
    void no_secret_text_ever_appears_in_to_string(@ForAll @StringLength(min = 1, max = 40) String text) {
        Assume.that(!"********".contains(text));
        assertThat(Secret.of(text).toString()).doesNotContain(text);
        assertThat(Secret.of(text).reveal()).isEqualTo(text);
    }
}
