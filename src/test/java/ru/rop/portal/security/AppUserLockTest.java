package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserLockTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final AppUser user = new AppUser("a@b.ru", "A", "{noop}x", Role.HR, T0);

    @Test
    void locksOnTheFifthFailureInARowForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            user.recordFailure(5, T0, LOCK);
        }
        assertThat(user.isLockedAt(T0)).isFalse();
        user.recordFailure(5, T0, LOCK);
        assertThat(user.isLockedAt(T0)).isTrue();
        assertThat(user.isLockedAt(T0.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(user.isLockedAt(T0.plus(LOCK))).isFalse();
    }

    @Test
    void afterTheLockExpiresTheStreakStartsAgain() {
        for (int i = 0; i < 5; i++) {
            user.recordFailure(5, T0, LOCK);
        }
        Instant later = T0.plus(LOCK).plusSeconds(1);
        user.recordFailure(5, later, LOCK);
        assertThat(user.isLockedAt(later)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void successClearsTheStreak() {
        for (int i = 0; i < 4; i++) {
            user.recordFailure(5, T0, LOCK);
        }
        user.recordSuccess(T0);
        user.recordFailure(5, T0, LOCK);
        assertThat(user.isLockedAt(T0)).isFalse();
        assertThat(user.getLastSignInAt()).isEqualTo(T0);
    }
}
