package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
