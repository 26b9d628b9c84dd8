package ru.rop.portal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The main defence against guessing: failed sign-ins counted per client address (whatever account they tried).
 * After {@code addressFreeFailures} failures an address waits before each next attempt, the wait doubling with
 * every further failure up to {@code addressMaxDelay}; its count is forgotten {@code addressMemory} after its last
 * failure. Kept in memory per instance: a restart forgives, which a guesser cannot cause from outside.
 */
@Component
class SignInThrottle {

    private record Failures(int count, Instant last) {
    }

    private final SecurityProperties properties;
    private final Clock clock;
    // Bounded so a flood from many addresses cannot exhaust memory; entries outlive the memory window only a little.
    private final Cache<String, Failures> failures;

    SignInThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(properties.addressMemory().plus(properties.addressMaxDelay())).build();
    }

    /** How long the address must still wait before an attempt is checked at all; zero when it may try now. */
    Duration waitFor(String address) {
        Instant now = clock.instant();
        Failures known = remembered(address, now);
        if (known == null || known.count() < properties.addressFreeFailures()) {
            return Duration.ZERO;
        }
        Duration wait = delay(known.count() - properties.addressFreeFailures());
        Duration left = Duration.between(now, known.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Whether the address failed no sign-in within the account lock's duration: a locked account still lets the
     * right password in from such an address, so whoever locked the owner out cannot keep the owner out.
     */
    boolean isClean(String address) {
        Failures known = remembered(address, clock.instant());
        return known == null || !known.last().plus(properties.lockDuration()).isAfter(clock.instant());
    }

    void recordFailure(String address) {
        Instant now = clock.instant();
        failures.asMap().compute(key(address), (ignored, known) ->
                known == null || forgotten(known, now) ? new Failures(1, now) : new Failures(known.count() + 1, now));
    }

    private Failures remembered(String address, Instant now) {
        Failures known = failures.getIfPresent(key(address));
        return known == null || forgotten(known, now) ? null : known;
    }

    private boolean forgotten(Failures known, Instant now) {
        return !known.last().plus(properties.addressMemory()).isAfter(now);
    }

    /** 1 s for the first failure past the free ones, then doubling: 2 s, 4 s … up to the maximum. */
    private Duration delay(int beyondFree) {
        Duration max = properties.addressMaxDelay();
        if (beyondFree >= 30) {
            return max;
        }
        Duration delay = Duration.ofSeconds(1L << beyondFree);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
