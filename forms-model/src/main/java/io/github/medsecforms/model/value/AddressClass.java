package io.github.medsecforms.model.value;

/** How an IPv4 address is classified (IANA special-purpose registry, RFC 6890 and successors). */
public enum AddressClass {
    /** 0.0.0.0/8, "this network"; 0.0.0.0 is the usual placeholder on forms. */
    UNSPECIFIED,
    /** 10/8, 172.16/12, 192.168/16 (RFC 1918). */
    PRIVATE,
    /** 100.64/10, carrier-grade NAT (RFC 6598). */
    SHARED,
    /** 127/8. */
    LOOPBACK,
    /** 169.254/16. */
    LINK_LOCAL,
    /** 192.0.2/24, 198.51.100/24, 203.0.113/24 (RFC 5737). */
    DOCUMENTATION,
    /** 198.18/15 (RFC 2544). */
    BENCHMARKING,
    /** 224/4. */
    MULTICAST,
    /** 255.255.255.255. */
    BROADCAST,
    /** 192.0.0/24, 192.88.99/24, 240/4 and other reserved blocks. */
    RESERVED,
    /** Globally routable unicast. */
    PUBLIC;

    /** Whether addresses of this class are reachable from the Internet (only {@link #PUBLIC}). */
    public boolean isPublic() {
        return this == PUBLIC;
    }
}
