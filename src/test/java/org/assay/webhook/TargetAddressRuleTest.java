package org.assay.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SSRF rule, table-driven: which addresses and URLs a webhook may target, in production and in development. */
class TargetAddressRuleTest {

    @ParameterizedTest(name = "{0}: internal={1}")
    @CsvSource({
            "10.0.0.1, true", "10.255.255.255, true", "172.16.0.1, true", "172.31.255.254, true", "172.32.0.1, false",
            "192.168.1.1, true", "127.0.0.1, true", "127.8.9.10, true", "0.0.0.0, true", "0.1.2.3, true",
            "169.254.169.254, true", "100.64.0.1, true", "100.127.255.255, true", "100.128.0.1, false",
            "192.0.0.8, true", "198.18.0.1, true", "224.0.0.1, true", "239.255.255.250, true", "240.0.0.1, true",
            "255.255.255.255, true",
            "::1, true", "::, true", "fe80::1, true", "fc00::1, true", "fd12:3456:789a::1, true", "fec0::1, true", "ff02::1, true",
            "::ffff:10.0.0.1, true", "::ffff:127.0.0.1, true", "::ffff:169.254.169.254, true", "::ffff:8.8.8.8, false",
            "8.8.8.8, false", "1.1.1.1, false", "93.184.216.34, false", "172.15.255.255, false", "192.169.0.1, false",
            "2606:4700:4700::1111, false", "2001:4860:4860::8888, false"})
    void internalAddresses(String address, boolean internal) throws Exception {
        assertEquals(internal, TargetAddressRule.internal(InetAddress.getByName(address)));
        // production never connects to an internal address; development allows loopback only
        assertEquals(!internal, new TargetAddressRule(false).allowed(InetAddress.getByName(address)));
        boolean loopback = InetAddress.getByName(address).isLoopbackAddress();
        assertEquals(!internal || loopback, new TargetAddressRule(true).allowed(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "{0}: production {1}, development {2}")
    @CsvSource({
            "https://hooks.example.com/assay, OK, OK",
            "https://hooks.example.com:8443/a?b=c, OK, OK",
            "http://hooks.example.com/assay, NOT_HTTPS, NOT_HTTPS",
            "http://127.0.0.1:8787/webhooks, FORBIDDEN_ADDRESS, OK",
            "http://localhost:8787/webhooks, NOT_HTTPS, OK",
            "http://[::1]:8787/webhooks, FORBIDDEN_ADDRESS, OK",
            "https://127.0.0.1/x, FORBIDDEN_ADDRESS, OK",
            "https://localhost/x, FORBIDDEN_ADDRESS, OK",
            "https://10.1.2.3/x, FORBIDDEN_ADDRESS, FORBIDDEN_ADDRESS",
            "http://10.1.2.3/x, FORBIDDEN_ADDRESS, FORBIDDEN_ADDRESS",
            "https://169.254.169.254/latest/meta-data, FORBIDDEN_ADDRESS, FORBIDDEN_ADDRESS",
            "https://[fc00::1]/x, FORBIDDEN_ADDRESS, FORBIDDEN_ADDRESS",
            "https://0.0.0.0/x, FORBIDDEN_ADDRESS, FORBIDDEN_ADDRESS",
            "https://user:pw@hooks.example.com/x, MALFORMED, MALFORMED",
            "ftp://hooks.example.com/x, MALFORMED, MALFORMED",
            "hooks.example.com/x, MALFORMED, MALFORMED",
            "https:///x, MALFORMED, MALFORMED",
            "https://hooks.example.com/x#frag, MALFORMED, MALFORMED",
            "'https://hooks example.com/', MALFORMED, MALFORMED"})
    void urls(String url, String production, String development) {
        assertEquals(production, outcome(new TargetAddressRule(false).checkUrl(url)));
        assertEquals(development, outcome(new TargetAddressRule(true).checkUrl(url)));
    }

    /** The operator's exact exceptions ({@code assay.webhooks.trusted-targets}): that address literal and port only. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "http://127.0.0.1:8787/hook, OK",
            "https://127.0.0.1:8787/hook, OK",
            "http://127.0.0.1:8788/hook, FORBIDDEN_ADDRESS",
            "http://127.0.0.2:8787/hook, FORBIDDEN_ADDRESS",
            "http://localhost:8787/hook, NOT_HTTPS",
            "https://10.0.4.2:8443/in, OK",
            "https://10.0.4.2/in, FORBIDDEN_ADDRESS",
            "https://[fd00::5]/x, OK",
            "https://[fd00::6]/x, FORBIDDEN_ADDRESS",
            "https://169.254.169.254/latest/meta-data, FORBIDDEN_ADDRESS",
            "http://hooks.example.com/x, NOT_HTTPS"})
    void operatorExceptions(String url, String expected) throws Exception {
        TargetAddressRule rule = new TargetAddressRule(false, TargetAddressRule.parseTrusted("127.0.0.1:8787, 10.0.4.2:8443,[fd00::5]:443"));
        assertEquals(expected, outcome(rule.checkUrl(url)));
        assertEquals(true, rule.allowed(InetAddress.getByName("127.0.0.1"), 8787));
        assertEquals(false, rule.allowed(InetAddress.getByName("127.0.0.1"), 8788));
        assertEquals(false, rule.allowed(InetAddress.getByName("10.0.4.2"), 443));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"hooks.example.com:443", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "::1:443", "10.0.0.1:x"})
    void malformedOperatorExceptionsAreRefusedAtStart(String entry) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TargetAddressRule.parseTrusted(entry));
    }

    private static String outcome(Optional<TargetAddressRule.Refusal> r) {
        return r.map(Enum::name).orElse("OK");
    }
}
