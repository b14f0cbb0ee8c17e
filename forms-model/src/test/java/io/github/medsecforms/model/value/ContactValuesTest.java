package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 郵便番号, 電話番号, メールアドレス and FQDN: the contact and address values of the forms. */
class ContactValuesTest {

    @Nested
    class PostalCodes {
        @ParameterizedTest
        @ValueSource(strings = {"7008570", "700-8570", "〒700－8570", "７００８５７０", "７００－８５７０", "〒 700-8570",
                " 700 8570 ", "700ー8570", "〒７００８５７０"})
        void reads_seven_digits_with_or_without_hyphen_mark_and_full_width(String written) {
            PostalCode code = PostalCode.parse(written);
            assertThat(code.value()).isEqualTo("700-8570");
            assertThat(code.toString()).isEqualTo("700-8570");
            assertThat(code).isEqualTo(new PostalCode("700-8570"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "700857", "70085701", "70-08570", "7008-570", "700-85-70", "700--8570", "abc-defg",
                "〒", "〒〒7008570", "700-857a"})
        void refuses_anything_but_seven_digits_split_three_four(String written) {
            refused(() -> PostalCode.parse(written), ValueError.POSTAL_CODE_FORMAT, written);
        }

        @Test
        void constructor_takes_only_the_canonical_form() {
            refused(() -> new PostalCode("7008570"), ValueError.POSTAL_CODE_FORMAT, "7008570");
            refused(() -> new PostalCode(null), ValueError.POSTAL_CODE_FORMAT, "null");
        }
    }

    @Nested
    class PhoneNumbers {
        @ParameterizedTest
        @CsvSource({
            "086-226-7403, 086-226-7403, 0862267403",
            "0862267403, 0862267403, 0862267403",
            "090-1234-5678, 090-1234-5678, 09012345678",
            "09012345678, 09012345678, 09012345678",
            "(086)226-7403, 086-226-7403, 0862267403",
            "086(226)7403, 086-226-7403, 0862267403",
            "０８６－２２６－７４０３, 086-226-7403, 0862267403",
            "（０８６）２２６－７４０３, 086-226-7403, 0862267403",
            "086ー226ー7403, 086-226-7403, 0862267403",
            "' 086 226 7403 ', 0862267403, 0862267403",
            "TEL:086-226-7403, 086-226-7403, 0862267403",
            "Tel 086-226-7403, 086-226-7403, 0862267403",
            "ＴＥＬ：０８６－２２６－７４０３, 086-226-7403, 0862267403",
            "0120-123-456, 0120-123-456, 0120123456",
            "050-1234-5678, 050-1234-5678, 05012345678",
        })
        void reads_fixed_mobile_and_free_dial_numbers(String written, String value, String digits) {
            PhoneNumber number = PhoneNumber.parse(written);
            assertThat(number.value()).isEqualTo(value);
            assertThat(number.toString()).isEqualTo(value);
            assertThat(number.digits()).isEqualTo(digits);
        }

        @ParameterizedTest
        @ValueSource(strings = {"086226740", "08-622-674", "086226740312", "090-1234-56789", "862267403", "8622674030",
                "+81-86-226-7403", "086--226-7403", "086-226-7403-", "086-226-740x", "", "-", "0", "(086)(226)7403",
                "086-226-7403 内線123"})
        void refuses_nine_or_twelve_digits_and_numbers_not_starting_with_zero(String written) {
            refused(() -> PhoneNumber.parse(written), ValueError.PHONE_NUMBER_FORMAT, written);
        }
    }

    @Nested
    class EmailAddresses {
        @ParameterizedTest
        @CsvSource({
            "taro@example.jp, taro@example.jp",
            "taro.yamada@hospital.example.jp, taro.yamada@hospital.example.jp",
            "Taro.Yamada@Hospital.Example.JP, Taro.Yamada@hospital.example.jp",
            "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ, taro@example.jp",
            "taro＠example.jp, taro@example.jp",
            "mailto:taro@example.jp, taro@example.jp",
            "' taro@example.jp ', taro@example.jp",
            "info+forms@example.co.jp, info+forms@example.co.jp",
            "o'brien@example.jp, o'brien@example.jp",
            "a_b-c@x-y.example.jp, a_b-c@x-y.example.jp",
        })
        void reads_addresses_normalising_full_width_and_lower_casing_the_domain(String written, String value) {
            EmailAddress address = EmailAddress.parse(written);
            assertThat(address.value()).isEqualTo(value);
            assertThat(address.toString()).isEqualTo(value);
            assertThat(address.domain()).isEqualTo(value.substring(value.indexOf('@') + 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "taro", "taro@", "@example.jp", "taro@@example.jp", "taro@ex@ample.jp",
                "taro＠＠example.jp", "taro@localhost", "taro@examplejp", "taro@example..jp", "taro@.example.jp",
                "taro@example.jp.", ".taro@example.jp", "taro.@example.jp", "ta..ro@example.jp", "taro@-example.jp",
                "taro@example.123", "taro@exa_mple.jp", "太郎@example.jp", "taro@例え.jp", "taro(at)example.jp",
                "\"taro\"@example.jp"})
        void refuses_malformed_addresses(String written) {
            refused(() -> EmailAddress.parse(written), ValueError.EMAIL_ADDRESS_FORMAT, written);
        }

        @Test
        void refuses_a_local_part_over_64_and_an_address_over_254_characters() {
            String local64 = "a".repeat(64);
            assertThat(EmailAddress.parse(local64 + "@example.jp").value()).startsWith(local64);
            refused(() -> EmailAddress.parse("a" + local64 + "@example.jp"), ValueError.EMAIL_ADDRESS_FORMAT,
                    "a" + local64 + "@example.jp");
            String longDomain = ("a".repeat(60) + ".").repeat(4) + "jp"; // 246 characters
            refused(() -> EmailAddress.parse("abcdefgh@" + longDomain), ValueError.EMAIL_ADDRESS_FORMAT,
                    "abcdefgh@" + longDomain);
        }

        @Test
        void the_constructor_gives_the_same_value_as_parse() {
            assertThat(new EmailAddress("Taro@Example.JP")).isEqualTo(EmailAddress.parse("Taro@Example.JP"));
            refused(() -> new EmailAddress(null), ValueError.EMAIL_ADDRESS_FORMAT, "null");
        }
    }

    @Nested
    class DomainNames {
        @ParameterizedTest
        @CsvSource({
            "host.example.jp, host.example.jp",
            "Host.Example.JP, host.example.jp",
            "host.example.jp., host.example.jp",
            "ｈｏｓｔ．ｅｘａｍｐｌｅ．ｊｐ, host.example.jp",
            "vpn-01.hospital.example.jp, vpn-01.hospital.example.jp",
            "xn--eckwd4c7c.xn--zckzah, xn--eckwd4c7c.xn--zckzah",
            "123.example.jp, 123.example.jp",
            "a.b, a.b",
        })
        void reads_names_dropping_the_trailing_dot_and_lower_casing(String written, String value) {
            Fqdn name = Fqdn.parse(written);
            assertThat(name.value()).isEqualTo(value);
            assertThat(name.toString()).isEqualTo(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"○○.healthrecord", "host_1.example.jp", "_dmarc.example.jp", "localhost", "", ".",
                "example..jp", ".example.jp", "host.example.jp..", "-host.example.jp", "host-.example.jp",
                "host.example.123", "192.168.1.1", "ホスト.example.jp", "host.例え.jp", "host:443.example.jp",
                "https://host.example.jp"})
        void refuses_what_is_not_a_host_name(String written) {
            refused(() -> Fqdn.parse(written), ValueError.FQDN_FORMAT, written);
        }

        @Test
        void allows_labels_up_to_63_characters_and_names_up_to_253() {
            String label63 = "a".repeat(63);
            assertThat(Fqdn.parse(label63 + ".jp").value()).isEqualTo(label63 + ".jp");
            String label64 = "a".repeat(64);
            refused(() -> Fqdn.parse(label64 + ".jp"), ValueError.FQDN_FORMAT, label64 + ".jp");
            String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
            assertThat(name253).hasSize(253);
            assertThat(Fqdn.parse(name253).value()).isEqualTo(name253);
            assertThat(Fqdn.parse(name253 + ".").value()).isEqualTo(name253);
            refused(() -> Fqdn.parse(name253 + "a"), ValueError.FQDN_FORMAT, name253 + "a");
        }

        @Test
        void the_constructor_gives_the_same_value_as_parse() {
            assertThat(new Fqdn("Host.Example.JP")).isEqualTo(Fqdn.parse("host.example.jp"));
            assertThat(new Fqdn("Host.Example.JP").value()).isEqualTo("host.example.jp");
            refused(() -> new Fqdn("host.example.jp."), ValueError.FQDN_FORMAT, "host.example.jp.");
            refused(() -> new Fqdn(null), ValueError.FQDN_FORMAT, "null");
        }
    }
}
