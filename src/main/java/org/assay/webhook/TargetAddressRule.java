package org.assay.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where webhooks may be sent (SSRF rules). Plain code, one home for the rule, applied when an endpoint is registered
 * (the URL, and the host when it is an address literal) and before every attempt (every address the host resolves to
 * at that moment, against DNS rebinding; the connection then goes to the checked address).
 *
 * <ul>
 *   <li>The URL is absolute, {@code https}, with a host and without user info.</li>
 *   <li>No target address may be private or internal: loopback ({@code 127/8}, {@code ::1}), "this network"
 *   ({@code 0/8}, {@code ::}), private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}), shared address space
 *   ({@code 100.64/10}), link-local ({@code 169.254/16} — cloud metadata services live there — and {@code fe80::/10}),
 *   IETF protocol assignments ({@code 192.0.0/24}), benchmarking ({@code 198.18/15}), reserved and broadcast
 *   ({@code 240/4}), multicast, unique-local IPv6 ({@code fc00::/7}), site-local IPv6 ({@code fec0::/10}); IPv4-mapped
 *   and IPv4-compatible IPv6 addresses are judged by the IPv4 address they carry.</li>
 *   <li>With {@code loopbackAllowed} (dev and test only, {@code assay.webhooks.allow-loopback}), loopback addresses are
 *   allowed, and {@code http} is allowed to them (and to {@code localhost}) only.</li>
 *   <li>{@code trusted}: exact address-and-port pairs the operator names as exceptions ({@code assay.webhooks.trusted-targets},
 *   e.g. a receiver inside its own network, or the benchmark's local receiver). Only an address literal in the URL with
 *   exactly that port qualifies (never a host name, which could resolve elsewhere later); {@code http} is allowed to it.</li>
 * </ul>
 */
public record TargetAddressRule(boolean loopbackAllowed, Set<InetSocketAddress> trusted) {

    public TargetAddressRule {
        trusted = Set.copyOf(trusted);
    }

    /** The rule without operator exceptions. */
    public TargetAddressRule(boolean loopbackAllowed) {
        this(loopbackAllowed, Set.of());
    }

    /**
     * Parses {@code assay.webhooks.trusted-targets}: comma-separated {@code address:port} pairs with IP literals
     * ({@code 10.0.4.2:8443}, {@code [fd00::5]:443}).
     *
     * @throws IllegalArgumentException for an entry that is not an address literal with a port
     */
    public static Set<InetSocketAddress> parseTrusted(String spec) {
        Set<InetSocketAddress> out = new java.util.LinkedHashSet<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String raw : spec.split(",")) {
            String entry = raw.trim();
            int colon = entry.lastIndexOf(':');
            Optional<InetAddress> address = colon > 0 ? literal(entry.substring(0, colon)) : Optional.empty();
            int port = -1;
            try {
                port = colon > 0 ? Integer.parseInt(entry.substring(colon + 1)) : -1;
            } catch (NumberFormatException e) {
                // refused below
            }
            if (address.isEmpty() || port < 1 || port > 65535 || (address.get() instanceof Inet6Address && !entry.startsWith("["))) {
                throw new IllegalArgumentException("assay.webhooks.trusted-targets: '" + entry + "' is not an address:port pair with an IP literal");
            }
            out.add(new InetSocketAddress(address.get(), port));
        }
        return out;
    }

    /** Why a target is refused. */
    public enum Refusal {
        /** Not an absolute http(s) URL with a host, or it carries user info. */
        MALFORMED,
        /** {@code http} where {@code https} is required. */
        NOT_HTTPS,
        /** The address is private, loopback, link-local, multicast or otherwise internal. */
        FORBIDDEN_ADDRESS
    }

    /** Checks a URL as registered; an address-literal host is checked too (names are checked at each attempt). */
    public Optional<Refusal> checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(Refusal.MALFORMED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isEmpty() || uri.getRawUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http")) || uri.getRawFragment() != null) {
            return Optional.of(Refusal.MALFORMED);
        }
        Optional<InetAddress> literal = literal(host);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (literal.isPresent() && trusted.contains(new InetSocketAddress(literal.get(), port))) {
            return Optional.empty();
        }
        if (literal.isPresent() && !allowed(literal.get())) {
            return Optional.of(Refusal.FORBIDDEN_ADDRESS);
        }
        if (scheme.equals("http")) {
            boolean loopbackHost = host.equalsIgnoreCase("localhost") || literal.map(InetAddress::isLoopbackAddress).orElse(false);
            if (!(loopbackAllowed && loopbackHost)) {
                return Optional.of(Refusal.NOT_HTTPS);
            }
        } else if (host.equalsIgnoreCase("localhost") && !loopbackAllowed) {
            return Optional.of(Refusal.FORBIDDEN_ADDRESS);
        }
        return Optional.empty();
    }

    /** Whether a webhook may connect to this address and port (an operator's exception, or by {@link #allowed(InetAddress)}). */
    public boolean allowed(InetAddress address, int port) {
        return trusted.contains(new InetSocketAddress(address, port)) || allowed(address);
    }

    /** Whether a webhook may connect to this address, whatever the port (operator exceptions aside). */
    public boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return loopbackAllowed;
        }
        return !internal(address);
    }

    /** Whether the address is private or internal (loopback included): never a webhook target in production. */
    public static boolean internal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Optional<InetAddress> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return internal(embedded.get());
            }
            int first = b[0] & 0xff;
            return v6.isAnyLocalAddress() || v6.isLoopbackAddress() || v6.isLinkLocalAddress() || v6.isSiteLocalAddress()
                    || v6.isMulticastAddress() || (first & 0xfe) == 0xfc;
        }
        byte[] b = address.getAddress();
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224
                || (a0 == 100 && a1 >= 64 && a1 <= 127)
                || (a0 == 169 && a1 == 254)
                || (a0 == 172 && a1 >= 16 && a1 <= 31)
                || (a0 == 192 && a1 == 0 && a2 == 0)
                || (a0 == 192 && a1 == 168)
                || (a0 == 198 && (a1 == 18 || a1 == 19));
    }

    /** The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}) or IPv4-compatible ({@code ::a.b.c.d}) address. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return Optional.empty();
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return Optional.empty();
        }
        try {
            return Optional.of(Inet4Address.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The address a host names literally ({@code 10.0.0.1}, {@code [::1]}), without any DNS lookup. */
    static Optional<InetAddress> literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ipv4 = h.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = h.contains(":") && h.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(h));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
