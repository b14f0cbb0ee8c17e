package io.github.medsecforms.model.value;

import static io.github.medsecforms.model.value.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4CidrTest {

    @Test
    void keeps_the_host_address_and_its_prefix() {
        Ipv4Cidr cidr = Ipv4Cidr.parse("192.168.1.131/24");
        assertThat(cidr.address()).isEqualTo(Ipv4Address.parse("192.168.1.131"));
        assertThat(cidr.prefixLength()).isEqualTo(24);
        assertThat(cidr.toString()).isEqualTo("192.168.1.131/24");
        assertThat(cidr.network()).isEqualTo(Ipv4Address.parse("192.168.1.0"));
        assertThat(cidr).isNotEqualTo(Ipv4Cidr.parse("192.168.1.0/24"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.20.45（255.255.255.0）", "192.168.20.45(255.255.255.0)", "192.168.20.45/255.255.255.0",
        "192.168.20.45 (255.255.255.0)"})
    void an_address_with_its_subnet_mask_is_read_with_the_masks_prefix_length(String written) {
        assertThat(Ipv4Cidr.parse(written)).isEqualTo(Ipv4Cidr.parse("192.168.20.45/24"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.20.45（255.0.255.0）", "192.168.20.45/255.255.255.1", "192.168.20.45（255.255.255）"})
    void a_mask_that_is_not_a_run_of_ones_then_zeros_is_refused(String written) {
        assertThatThrownBy(() -> Ipv4Cidr.parse(written)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void contains_exactly_the_addresses_of_its_network() {
        Ipv4Cidr cidr = Ipv4Cidr.parse("192.168.1.131/24");
        assertThat(cidr.contains(Ipv4Address.parse("192.168.1.0"))).isTrue();
        assertThat(cidr.contains(Ipv4Address.parse("192.168.1.255"))).isTrue();
        assertThat(cidr.contains(Ipv4Address.parse("192.168.0.255"))).isFalse();
        assertThat(cidr.contains(Ipv4Address.parse("192.168.2.0"))).isFalse();

        Ipv4Cidr twelve = Ipv4Cidr.parse("172.20.5.1/12");
        assertThat(twelve.network()).isEqualTo(Ipv4Address.parse("172.16.0.0"));
        assertThat(twelve.contains(Ipv4Address.parse("172.31.255.255"))).isTrue();
        assertThat(twelve.contains(Ipv4Address.parse("172.32.0.0"))).isFalse();
        assertThat(twelve.contains(Ipv4Address.parse("172.15.255.255"))).isFalse();
    }

    @Test
    void prefix_0_holds_everything_and_prefix_32_only_itself() {
        Ipv4Cidr all = Ipv4Cidr.parse("10.1.2.3/0");
        assertThat(all.network()).isEqualTo(Ipv4Address.parse("0.0.0.0"));
        assertThat(all.contains(Ipv4Address.parse("255.255.255.255"))).isTrue();
        assertThat(all.contains(Ipv4Address.parse("0.0.0.0"))).isTrue();
        Ipv4Cidr host = Ipv4Cidr.parse("10.1.2.3/32");
        assertThat(host.network()).isEqualTo(Ipv4Address.parse("10.1.2.3"));
        assertThat(host.contains(Ipv4Address.parse("10.1.2.3"))).isTrue();
        assertThat(host.contains(Ipv4Address.parse("10.1.2.2"))).isFalse();
        assertThat(host.contains(Ipv4Address.parse("10.1.2.4"))).isFalse();
    }

    @Test
    void normalises_full_width_input() {
        assertThat(Ipv4Cidr.parse("１９２．１６８．１．１３１／２４")).isEqualTo(Ipv4Cidr.parse("192.168.1.131/24"));
        assertThat(Ipv4Cidr.parse(" 192.168.1.131 / 24 ")).isEqualTo(Ipv4Cidr.parse("192.168.1.131/24"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.131", "192.168.1.131/", "192.168.1.131/33", "192.168.1.131/-1", "/24",
            "192.168.1.131/08", "192.168.1.131/100", "1.2.3.4/24/8", "256.1.1.1/24", "01.2.3.4/8", "1.2.3.4/ab",
            "1.2.3/24", ""})
    void refuses_malformed_cidr(String written) {
        refused(() -> Ipv4Cidr.parse(written), ValueError.IPV4_CIDR_FORMAT, written);
    }

    @Test
    void constructor_refuses_prefix_out_of_range_and_missing_address() {
        Ipv4Address a = Ipv4Address.parse("10.0.0.1");
        refused(() -> new Ipv4Cidr(a, 33), ValueError.IPV4_CIDR_FORMAT, "10.0.0.1/33");
        refused(() -> new Ipv4Cidr(a, -1), ValueError.IPV4_CIDR_FORMAT, "10.0.0.1/-1");
        assertThatThrownBy(() -> new Ipv4Cidr(null, 24)).isInstanceOf(InvalidValueException.class);
    }
}
