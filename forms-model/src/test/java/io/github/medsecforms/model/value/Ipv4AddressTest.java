package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4AddressTest {

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, 0",
        "255.255.255.255, -1",
        "192.168.1.10, -1062731510",
        "10.0.0.1, 167772161",
        "１９２．１６８．１．１０, -1062731510",
        "192。168。1。10, -1062731510",
        "192｡168｡1｡10, -1062731510",
        "' 10.0.0.1 ', 167772161",
    })
    void parses_dotted_quads_and_normalises_full_width(String written, int bits) {
        Ipv4Address address = Ipv4Address.parse(written);
        assertThat(address.bits()).isEqualTo(bits);
        assertThat(Ipv4Address.isValid(written)).isTrue();
    }

    @Test
    void exposes_octets_and_prints_dotted_quad() {
        Ipv4Address address = Ipv4Address.parse("１９２．１６８．１．１０");
        assertThat(address.octets()).containsExactly(192, 168, 1, 10);
        assertThat(address.toString()).isEqualTo("192.168.1.10");
        assertThat(new Ipv4Address(-1).toString()).isEqualTo("255.255.255.255");
        address.octets()[0] = 0;
        assertThat(address.octets()[0]).isEqualTo(192);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.2.3.4", "1.2.3.04", "1.2.3.00", "192.168.001.1", "010.0.0.1"})
    void refuses_leading_zeros(String written) {
        refused(() -> Ipv4Address.parse(written), ValueError.IPV4_ADDRESS_FORMAT, written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3.256", "1.999.3.4", "1234.1.1.1", "1.2.3.-4", "1.2.3.+4", "1.2.3.4294967297"})
    void refuses_out_of_range_octets(String written) {
        refused(() -> Ipv4Address.parse(written), ValueError.IPV4_ADDRESS_FORMAT, written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "1..2.3", ".1.2.3", "1.2.3.4.", "1", "1.2", "...", "a.b.c.d",
            "0x1.2.3.4", "1.2.3.4/24", "1.2.3.4:80", "::1", "192.168.1.1a", "１９２．１６８．１"})
    void refuses_wrong_part_counts_and_non_digits(String written) {
        refused(() -> Ipv4Address.parse(written), ValueError.IPV4_ADDRESS_FORMAT, written);
        assertThat(Ipv4Address.isValid(written)).isFalse();
    }

    @Test
    void is_valid_is_false_for_null() {
        assertThat(Ipv4Address.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, UNSPECIFIED", "0.255.255.255, UNSPECIFIED", "1.0.0.0, PUBLIC",
        "9.255.255.255, PUBLIC", "10.0.0.0, PRIVATE", "10.255.255.255, PRIVATE", "11.0.0.0, PUBLIC",
        "172.15.255.255, PUBLIC", "172.16.0.0, PRIVATE", "172.31.255.255, PRIVATE", "172.32.0.0, PUBLIC",
        "192.167.255.255, PUBLIC", "192.168.0.0, PRIVATE", "192.168.1.10, PRIVATE", "192.168.255.255, PRIVATE",
        "192.169.0.0, PUBLIC",
        "100.63.255.255, PUBLIC", "100.64.0.0, SHARED", "100.127.255.255, SHARED", "100.128.0.0, PUBLIC",
        "126.255.255.255, PUBLIC", "127.0.0.0, LOOPBACK", "127.0.0.1, LOOPBACK", "127.255.255.255, LOOPBACK",
        "128.0.0.0, PUBLIC",
        "169.253.255.255, PUBLIC", "169.254.0.0, LINK_LOCAL", "169.254.255.255, LINK_LOCAL", "169.255.0.0, PUBLIC",
        "192.0.1.255, PUBLIC", "192.0.2.0, DOCUMENTATION", "192.0.2.255, DOCUMENTATION", "192.0.3.0, PUBLIC",
        "198.51.99.255, PUBLIC", "198.51.100.0, DOCUMENTATION", "198.51.100.255, DOCUMENTATION",
        "198.51.101.0, PUBLIC",
        "203.0.112.255, PUBLIC", "203.0.113.0, DOCUMENTATION", "203.0.113.255, DOCUMENTATION", "203.0.114.0, PUBLIC",
        "198.17.255.255, PUBLIC", "198.18.0.0, BENCHMARKING", "198.19.255.255, BENCHMARKING", "198.20.0.0, PUBLIC",
        "191.255.255.255, PUBLIC", "192.0.0.0, RESERVED", "192.0.0.255, RESERVED", "192.0.1.0, PUBLIC",
        "192.88.98.255, PUBLIC", "192.88.99.0, RESERVED", "192.88.99.255, RESERVED", "192.88.100.0, PUBLIC",
        "223.255.255.255, PUBLIC", "224.0.0.0, MULTICAST", "239.255.255.255, MULTICAST", "240.0.0.0, RESERVED",
        "255.255.255.254, RESERVED", "255.255.255.255, BROADCAST",
        "8.8.8.8, PUBLIC", "203.104.128.1, PUBLIC",
    })
    void classifies_addresses_at_the_boundaries_of_every_special_block(String address, AddressClass expected) {
        Ipv4Address parsed = Ipv4Address.parse(address);
        assertThat(parsed.classification()).as(address).isEqualTo(expected);
        assertThat(parsed.isPublic()).as(address).isEqualTo(expected == AddressClass.PUBLIC);
    }

    static Stream<Arguments> everyClassExample() {
        return Stream.of(AddressClass.values()).map(Arguments::of);
    }

    @Test
    void only_public_addresses_are_public() {
        assertThat(EnumSet.allOf(AddressClass.class).stream().filter(AddressClass::isPublic)
                .collect(Collectors.toSet())).isEqualTo(Set.of(AddressClass.PUBLIC));
    }

    @ParameterizedTest
    @MethodSource("everyClassExample")
    void the_boundary_table_covers_every_class(AddressClass addressClass) throws Exception {
        CsvSource table = Ipv4AddressTest.class
                .getDeclaredMethod("classifies_addresses_at_the_boundaries_of_every_special_block", String.class,
                        AddressClass.class)
                .getAnnotation(CsvSource.class);
        assertThat(table.value()).anyMatch(row -> row.endsWith(", " + addressClass.name()));
    }
}
