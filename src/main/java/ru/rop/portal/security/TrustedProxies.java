package ru.rop.portal.security;

import java.util.Arrays;
import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * X-Forwarded-For/-Proto/-Port/-Host count only when the request comes straight from a proxy listed in
 * {@code rop.trusted-proxies} (addresses or CIDR ranges). Anyone else could forge them: the forged address would
 * land in consent records, the audit log and the link guard's count. With the list empty (the default) the headers
 * are ignored and the connecting address is the client's.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesValve(AccessProperties access) {
        List<String> ranges = ranges(access.trustedProxies());
        return factory -> {
            if (ranges.isEmpty()) {
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            // Entries with a "/" make Tomcat match CIDR ranges (NetMaskSet) instead of a regular expression.
            valve.setInternalProxies(String.join(",", ranges));
            valve.setTrustedProxies(null);
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setPortHeader("X-Forwarded-Port");
            valve.setHostHeader("X-Forwarded-Host");
            factory.addEngineValves(valve);
        };
    }

    /** "127.0.0.1, 10.0.0.0/8, ::1" → CIDR ranges; a host name or other text stops the start. */
    static List<String> ranges(String list) {
        return Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::range)
                .toList();
    }

    private static String range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        // Only literal addresses: a host name would be looked up in DNS, and its answer could change.
        if (address.isEmpty() || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')
                || (address.indexOf(':') < 0 && address.chars().anyMatch(Character::isLetter))) {
            throw new IllegalArgumentException("rop.trusted-proxies: not an IP address or CIDR range: " + entry);
        }
        if (slash >= 0) {
            return entry;
        }
        return address + (address.indexOf(':') >= 0 ? "/128" : "/32");
    }
}
