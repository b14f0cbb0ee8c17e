package io.github.medsecforms.model.value;

import java.util.Objects;

/**
 * A host address with its prefix length in CIDR notation, as forms write a terminal's address
 * ({@code 192.168.1.131/24}). The host part is kept (this is an interface address, not only a network).
 *
 * @param address      the address as written
 * @param prefixLength 0–32
 */
public record Ipv4Cidr(Ipv4Address address, int prefixLength) {
    public Ipv4Cidr {
        if (address == null || prefixLength < 0 || prefixLength > 32) {
            throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, address + "/" + prefixLength);
        }
    }

    /**
     * Parses {@code a.b.c.d/n} (full-width tolerated); an address without {@code /n}, a prefix length over 32 or
     * with a leading zero ({@code /08}) is refused.
     *
     * @throws InvalidValueException {@link ValueError#IPV4_CIDR_FORMAT} naming the input
     */
    public static Ipv4Cidr parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text")).replace('／', '/');
        int slash = s.indexOf('/');
        if (slash < 0 || slash != s.lastIndexOf('/')) {
            throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, text);
        }
        String prefix = s.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 2 || !Text.isAsciiDigits(prefix)
                || (prefix.length() > 1 && prefix.charAt(0) == '0')) {
            throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, text);
        }
        int length = Integer.parseInt(prefix);
        if (length > 32) {
            throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, text);
        }
        Ipv4Address address;
        try {
            address = Ipv4Address.parse(s.substring(0, slash));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, text);
        }
        return new Ipv4Cidr(address, length);
    }

    /** The network address (host bits cleared). */
    public Ipv4Address network() {
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return new Ipv4Address(address.bits() & mask);
    }

    /** Whether {@code other} lies in this network. */
    public boolean contains(Ipv4Address other) {
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return (other.bits() & mask) == (address.bits() & mask);
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
