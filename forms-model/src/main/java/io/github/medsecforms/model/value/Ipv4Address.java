package io.github.medsecforms.model.value;

import java.util.Objects;

/**
 * An IPv4 address in dotted-quad notation. Leading zeros are refused (they mean octal to some tools), full-width
 * digits and dots are normalised.
 *
 * @param bits the address as an unsigned 32-bit value held in an int
 */
public record Ipv4Address(int bits) {

    /**
     * Parses a dotted quad: exactly four decimal octets 0–255 without leading zeros. Full-width digits and dots
     * ({@code １９２．１６８．１．１}, {@code 192。168。1。1}) and white space are normalised away.
     *
     * @throws InvalidValueException {@link ValueError#IPV4_ADDRESS_FORMAT} naming the input
     */
    public static Ipv4Address parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text"));
        // four parts of one to three ASCII digits, no leading zero, at most 255, between dots (。 and 、 count as dots)
        int bits = 0;
        int parts = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length()) {
                char c = s.charAt(i);
                if (c != '.' && c != '。' && c != '、') {
                    continue;
                }
            }
            int len = i - start;
            if (++parts > 4 || len == 0 || len > 3 || len > 1 && s.charAt(start) == '0') {
                throw new InvalidValueException(ValueError.IPV4_ADDRESS_FORMAT, text);
            }
            int octet = 0;
            for (int k = start; k < i; k++) {
                char d = s.charAt(k);
                if (d < '0' || d > '9') {
                    throw new InvalidValueException(ValueError.IPV4_ADDRESS_FORMAT, text);
                }
                octet = octet * 10 + (d - '0');
            }
            if (octet > 255) {
                throw new InvalidValueException(ValueError.IPV4_ADDRESS_FORMAT, text);
            }
            bits = (bits << 8) | octet;
            start = i + 1;
        }
        if (parts != 4) {
            throw new InvalidValueException(ValueError.IPV4_ADDRESS_FORMAT, text);
        }
        return new Ipv4Address(bits);
    }

    /** Whether {@code text} is a valid dotted-quad address ({@code false} for {@code null}). */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The four octets, most significant first. */
    public int[] octets() {
        return new int[] {(bits >>> 24) & 0xFF, (bits >>> 16) & 0xFF, (bits >>> 8) & 0xFF, bits & 0xFF};
    }

    /** The classification of this address. */
    public AddressClass classification() {
        if (bits == 0xFFFFFFFF) {
            return AddressClass.BROADCAST;
        }
        if (in(0x00000000, 8)) {
            return AddressClass.UNSPECIFIED;
        }
        if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16)) {
            return AddressClass.PRIVATE;
        }
        if (in(0x64400000, 10)) {
            return AddressClass.SHARED;
        }
        if (in(0x7F000000, 8)) {
            return AddressClass.LOOPBACK;
        }
        if (in(0xA9FE0000, 16)) {
            return AddressClass.LINK_LOCAL;
        }
        if (in(0xC0000200, 24) || in(0xC6336400, 24) || in(0xCB007100, 24)) {
            return AddressClass.DOCUMENTATION;
        }
        if (in(0xC6120000, 15)) {
            return AddressClass.BENCHMARKING;
        }
        if (in(0xE0000000, 4)) {
            return AddressClass.MULTICAST;
        }
        if (in(0xC0000000, 24) || in(0xC0586300, 24) || in(0xF0000000, 4)) {
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    /** Whether this is a globally routable unicast address. */
    public boolean isPublic() {
        return classification().isPublic();
    }

    private boolean in(int network, int prefix) {
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        return (bits & mask) == (network & mask);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
