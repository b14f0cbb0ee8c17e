package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Ipv4PropertyTest {

    @Property
    void parse_reads_back_what_to_string_writes(@ForAll int bits) {
        Ipv4Address address = new Ipv4Address(bits);
        assertThat(Ipv4Address.parse(address.toString())).isEqualTo(address);
    }

    @Property
    void octets_rebuild_the_address(@ForAll int bits) {
        int[] o = new Ipv4Address(bits).octets();
        assertThat(java.util.Arrays.stream(o).allMatch(octet -> octet >= 0 && octet <= 255)).isTrue();
        assertThat((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]).isEqualTo(bits);
    }

    @Property
    void a_cidr_contains_its_address_and_network_and_round_trips(@ForAll int bits,
            @ForAll @IntRange(min = 0, max = 32) int prefix) {
        Ipv4Cidr cidr = new Ipv4Cidr(new Ipv4Address(bits), prefix);
        assertThat(Ipv4Cidr.parse(cidr.toString())).isEqualTo(cidr);
        assertThat(cidr.contains(cidr.address())).isTrue();
        assertThat(cidr.contains(cidr.network())).isTrue();
        long hostBits = prefix == 32 ? 0 : (1L << (32 - prefix)) - 1;
        assertThat(cidr.network().bits() & hostBits).isZero();
        if (prefix > 0) {
            // flipping the lowest network bit leaves the network
            int flipped = cidr.address().bits() ^ (1 << (32 - prefix));
            assertThat(cidr.contains(new Ipv4Address(flipped))).isFalse();
        }
    }

    @Provide
    Arbitrary<String> dotted() {
        return Arbitraries.of("0", "1", "25", "255", "256", "010", "1000", ".", "。", "、", "．", "１", " ", "　", "a", "-", "")
                .list().ofMaxSize(9).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void parse_accepts_and_refuses_as_the_split_on_dots_did(@ForAll("dotted") String text) {
        // the specification the hand scan replaced (docs/decisions.md D-91): compact, dots for 。 and 、, split, four
        // parts of one to three ASCII digits without a leading zero, each at most 255
        Integer expected = null;
        String s = Text.compact(text).replace('。', '.').replace('、', '.');
        String[] parts = s.split("\\.", -1);
        if (parts.length == 4) {
            int bits = 0;
            boolean ok = true;
            for (String part : parts) {
                if (part.isEmpty() || part.length() > 3 || !Text.isAsciiDigits(part)
                        || part.length() > 1 && part.charAt(0) == '0' || Integer.parseInt(part) > 255) {
                    ok = false;
                    break;
                }
                bits = (bits << 8) | Integer.parseInt(part);
            }
            expected = ok ? bits : null;
        }
        if (expected == null) {
            assertThat(Ipv4Address.isValid(text)).isFalse();
        } else {
            assertThat(Ipv4Address.parse(text).bits()).isEqualTo(expected);
        }
    }

    @Property(tries = 3000)
    void compacting_visible_ascii_keeps_it_as_it_is(@ForAll("dotted") String text) {
        String ascii = text.chars().filter(c -> c >= '!' && c <= '~')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(Text.compact(ascii)).isEqualTo(java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFKC));
    }
}
