package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LinkGuardTest {

    @Test
    void wrongLinksAreFreeThenSlowerThenRefusedUntilTheWindowPasses() {
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        Clock[] now = {Clock.fixed(start, ZoneOffset.UTC)};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0].instant();
            }
        };
        LinkGuard guard = new LinkGuard(
                new AssessmentProperties(7, 3, 10, Duration.ofMinutes(15), Duration.ofMillis(250)), clock);
        assertThat(guard.failed("a")).isZero();
        assertThat(guard.failed("a")).isZero();
        assertThat(guard.failed("a")).isZero();
        assertThat(guard.failed("a")).isEqualTo(Duration.ofMillis(250));
        assertThat(guard.failed("a")).isEqualTo(Duration.ofMillis(500));
        for (int i = 6; i <= 10; i++) {
            assertThat(guard.refused("a")).isFalse();
            guard.failed("a");
        }
        assertThat(guard.refused("a")).isTrue();
        assertThat(guard.refused("b")).as("another address is not affected").isFalse();
        now[0] = Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
        assertThat(guard.refused("a")).as("the window passed").isFalse();
    }
}
