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
     * Parses {@code a.b.c.d/n} (full-width tolerated), or an address with its subnet mask after a slash or in
     * brackets ({@code 192.168.20.45（255.255.255.0）}, as people write it; our design, wave 6's lds-w6-b); an address
     * without either, a prefix length over 32 or with a leading zero ({@code /08}), or a mask that is not contiguous
     * is refused.
     *
     * @throws InvalidValueException {@link ValueError#IPV4_CIDR_FORMAT} naming the input
     */
    public static Ipv4Cidr parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text")).replace('／', '/');
        java.util.regex.Matcher masked = MASKED.matcher(s);
        if (masked.matches()) {
            return withMask(masked.group(1), masked.group(2), text);
        }
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

    /** An address followed by its subnet mask: {@code a.b.c.d/255.255.255.0}, {@code a.b.c.d（255.255.255.0）}. */
    private static final java.util.regex.Pattern MASKED = java.util.regex.Pattern.compile(
            "([0-9.]+)(?:/|\\(|（)(255\\.[0-9]+\\.[0-9]+\\.[0-9]+)(?:\\)|）)?");

    /** The address with the prefix length its mask gives; a mask that is not a run of ones then zeros is refused. */
    private static Ipv4Cidr withMask(String address, String mask, CharSequence text) {
        try {
            int bits = Ipv4Address.parse(mask).bits();
            int length = Integer.bitCount(bits);
            if (bits != (length == 0 ? 0 : -1 << (32 - length))) {
                throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, text);
            }
            return new Ipv4Cidr(Ipv4Address.parse(address), length);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueError.IPV4_CIDR_FORMAT, text);
        }
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
