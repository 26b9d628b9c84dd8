package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String ADDRESS = "203.0.113.9";
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(new SecurityProperties(5, Duration.ofMinutes(15), 10,
            Duration.ofMinutes(15), Duration.ofHours(1)), clock);

    @Test
    void tenFreeFailuresThenADoublingWaitUpToFifteenMinutes() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure(ADDRESS);
        }
        assertThat(throttle.waitFor(ADDRESS)).isZero();
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofSeconds(2));
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(ADDRESS);
        }
        assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(10));
        assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("203.0.113.10")).as("another address").isZero();
    }

    @Test
    void anAddressIsForgottenAnHourAfterItsLastFailure() {
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure(ADDRESS);
        }
        now = now.plus(Duration.ofMinutes(59));
        throttle.recordFailure(ADDRESS);
        now = now.plus(Duration.ofMinutes(59));
        assertThat(throttle.waitFor(ADDRESS)).as("still remembered: 13 failures").isZero();
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).isEqualTo(Duration.ofSeconds(16));
        now = now.plus(Duration.ofHours(1));
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).as("counting from one again").isZero();
    }

    @Test
    void anAddressIsCleanForALockedAccountOnlyWithoutARecentFailure() {
        assertThat(throttle.isClean(ADDRESS)).isTrue();
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.isClean(ADDRESS)).isFalse();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.isClean(ADDRESS)).isTrue();
    }
}
