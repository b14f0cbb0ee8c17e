package io.github.medsecforms.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.value.Ipv4Address;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The validators on their own, over generated input. */
class ConstraintValidatorPropertyTest {
    private final KanaValidator kana = new KanaValidator();
    private final HostNameValidator hostName = new HostNameValidator();
    private final HospitalBedsValidator beds = new HospitalBedsValidator();
    private final PublicAddressValidator publicAddress = new PublicAddressValidator();

    @Property
    boolean readings_of_kana_digits_spaces_and_marks_are_valid(
            @ForAll @CharRange(from = 'ぁ', to = 'ゖ') @CharRange(from = 'ァ', to = 'ヺ') @CharRange(from = 'ｦ', to = 'ﾟ')
            @NumericChars @Chars({'ー', '・', ' ', '　', '-', '（', '）'}) String reading) {
        return kana.isValid(reading, null);
    }

    @Property
    boolean a_kanji_anywhere_makes_a_reading_invalid(
            @ForAll @CharRange(from = 'ぁ', to = 'ゖ') String before,
            @ForAll @CharRange(from = '一', to = '龥') char kanji,
            @ForAll @CharRange(from = 'ァ', to = 'ヺ') String after) {
        return !kana.isValid(before + kanji + after, null);
    }

    @Property
    boolean a_latin_letter_anywhere_makes_a_reading_invalid(
            @ForAll @CharRange(from = 'ぁ', to = 'ゖ') String before,
            @ForAll @AlphaChars @CharRange(from = 'Ａ', to = 'Ｚ') @CharRange(from = 'ａ', to = 'ｚ') char letter,
            @ForAll @CharRange(from = 'ァ', to = 'ヺ') String after) {
        return !kana.isValid(before + letter + after, null);
    }

    @Example
    void empty_and_absent_text_is_valid() {
        assertThat(kana.isValid("", null)).isTrue();
        assertThat(kana.isValid(null, null)).isTrue();
        assertThat(hostName.isValid("", null)).isTrue();
        assertThat(hostName.isValid(null, null)).isTrue();
        assertThat(beds.isValid(null, null)).isTrue();
        assertThat(publicAddress.isValid(null, null)).isTrue();
    }

    @Property
    boolean host_names_up_to_63_are_valid_unless_a_hyphen_starts_or_ends_them(
            @ForAll @AlphaChars @NumericChars @Chars('-') @StringLength(min = 1, max = 63) String name) {
        return hostName.isValid(name, null) == !(name.startsWith("-") || name.endsWith("-"));
    }

    @Property
    boolean host_names_longer_than_63_are_invalid(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 64, max = 300) String name) {
        return !hostName.isValid(name, null);
    }

    @Property
    boolean a_hospital_has_at_least_twenty_beds(@ForAll @IntRange(min = -10, max = 5000) int count) {
        return beds.isValid(count, null) == (count >= 20);
    }

    @Property
    boolean an_address_is_valid_exactly_when_it_is_classified_public(@ForAll int bits) {
        Ipv4Address address = new Ipv4Address(bits);
        return publicAddress.isValid(address, null) == address.isPublic();
    }
}
