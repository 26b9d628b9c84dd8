package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addressesBecomeSingleAddressRangesSoTomcatMatchesThemAsCidrNotAsRegularExpressions() {
        assertThat(TrustedProxies.ranges("")).isEmpty();
        assertThat(TrustedProxies.ranges(" 127.0.0.1 , ::1,10.0.0.0/8, fd00::/8 "))
                .containsExactly("127.0.0.1/32", "::1/128", "10.0.0.0/8", "fd00::/8");
    }

    @Test
    void aHostNameOrARegularExpressionStopsTheStart() {
        assertThatThrownBy(() -> TrustedProxies.ranges("proxy.local")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.ranges("10\\.\\d+\\.\\d+\\.\\d+"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
