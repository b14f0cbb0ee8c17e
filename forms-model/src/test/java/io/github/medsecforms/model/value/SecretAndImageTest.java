package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretAndImageTest {

    @ParameterizedTest
    @ValueSource(strings = {"P@ssw0rd!", "admin", "ﾊﾟｽﾜｰﾄﾞ１２３", "x", " secret "})
    void secret_to_string_never_shows_the_text(String text) {
        Secret secret = Secret.of(text);
        assertThat(secret.toString()).isEqualTo("********").doesNotContain(text.strip());
        assertThat(String.valueOf(secret)).doesNotContain(text.strip());
        assertThat(secret.isEmpty()).isFalse();
        assertThat(secret.reveal()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n"})
    void blank_secrets_are_empty_and_print_nothing(String text) {
        Secret secret = Secret.of(text);
        assertThat(secret.isEmpty()).isTrue();
        assertThat(secret.toString()).isEmpty();
    }

    @Test
    void null_and_empty_give_the_empty_secret() {
        assertThat(Secret.of(null)).isSameAs(Secret.empty());
        assertThat(Secret.of("")).isSameAs(Secret.empty());
        assertThat(Secret.empty().isEmpty()).isTrue();
        assertThat(Secret.empty().reveal()).isEmpty();
    }

    @Test
    void secrets_compare_by_their_exact_text_which_is_never_normalised() {
        assertThat(Secret.of("abc")).isEqualTo(Secret.of(new StringBuilder("abc"))).hasSameHashCodeAs(Secret.of("abc"));
        assertThat(Secret.of("abc")).isNotEqualTo(Secret.of("ABC"));
        assertThat(Secret.of("ＡＢＣ")).isNotEqualTo(Secret.of("ABC"));
        assertThat(Secret.of("ﾊﾟｽ").reveal()).isEqualTo("ﾊﾟｽ");
    }

    @Test
    void images_are_equal_by_content() {
        ImageData a = new ImageData("image/png", new byte[] {1, 2, 3});
        ImageData b = new ImageData("image/png", new byte[] {1, 2, 3});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new ImageData("image/jpeg", new byte[] {1, 2, 3}));
        assertThat(a).isNotEqualTo(new ImageData("image/png", new byte[] {1, 2, 4}));
        assertThat(a).isNotEqualTo(new ImageData("image/png", new byte[] {1, 2}));
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.toString()).isEqualTo("ImageData[image/png, 3 bytes]");
    }

    @Test
    void images_copy_their_bytes_in_and_out() {
        byte[] original = {1, 2, 3};
        ImageData image = new ImageData("image/png", original);
        original[0] = 9;
        assertThat(image.bytes()).containsExactly(1, 2, 3);
        image.bytes()[1] = 9;
        assertThat(image.bytes()).containsExactly(1, 2, 3);
        assertThat(image.bytes()).isNotSameAs(image.bytes());
    }

    @Test
    void images_without_bytes_are_empty_and_need_a_media_type() {
        assertThat(new ImageData("image/png", null).size()).isZero();
        assertThat(new ImageData("image/png", null)).isEqualTo(new ImageData("image/png", new byte[0]));
        assertThatThrownBy(() -> new ImageData(null, new byte[0])).isInstanceOf(NullPointerException.class);
    }
}
