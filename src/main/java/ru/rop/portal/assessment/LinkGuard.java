package ru.rop.portal.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down, then refuses, an address that keeps opening candidates' links that do not exist: a token cannot be
 * found by trying. Counts wrong links per address over a sliding window, in memory (a restart forgives). One guard
 * for every kind of link (assessment, interview meeting), so guessing at two kinds does not double the budget.
 */
@Component
public class LinkGuard {

    /** Each wrong link beyond the free ones waits one step longer, up to this. */
    static final int MAX_DELAY_STEPS = 8;
    /** At most this many addresses are tracked; beyond it, new wrong links are refused until old ones expire. */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int freeGuesses;
    private final int allowedGuesses;
    private final Duration window;
    private final Duration delayStep;
    private final Clock clock;

    LinkGuard(AssessmentProperties settings, Clock clock) {
        this.delayStep = settings.guessDelay();
        this.freeGuesses = settings.guessesBeforeDelay();
        this.allowedGuesses = settings.guessesAllowed();
        this.window = settings.guessWindow();
        this.clock = clock;
    }

    public Duration window() {
        return window;
    }

    /**
     * The address has used up its wrong links for now. Without an address there is no HTTP client behind the call
     * (a call from the server itself) to hold back.
     */
    public boolean refused(@Nullable String address) {
        if (address == null) {
            return false;
        }
        String key = key(address);
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(key)) {
            forgetExpired();
            return failures.size() >= MAX_ADDRESSES;
        }
        return recent(key) >= allowedGuesses;
    }

    /** Records a wrong link and says how long to hold the answer back. */
    public Duration failed(String address) {
        String key = key(address);
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(key)) {
            forgetExpired();
            if (failures.size() >= MAX_ADDRESSES) {
                return Duration.ZERO;
            }
        }
        int[] count = new int[1];
        failures.compute(key, (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            list.addLast(clock.instant());
            count[0] = prune(list);
            return list;
        });
        int beyond = count[0] - freeGuesses;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        return delayStep.multipliedBy(Math.min(beyond, MAX_DELAY_STEPS));
    }

    private int recent(String key) {
        int[] count = new int[1];
        failures.computeIfPresent(key, (k, times) -> {
            count[0] = prune(times);
            return times.isEmpty() ? null : times;
        });
        return count[0];
    }

    private void forgetExpired() {
        failures.keySet().forEach(key -> recent(key));
    }

    /** IPv6 clients usually own a whole /64: it counts as one address, so rotating within it does not help. */
    static String key(String address) {
        if (address == null) {
            return "";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        String[] groups = address.split(":", -1);
        return groups.length >= 4 ? String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64"
                : address;
    }

    private int prune(Deque<Instant> times) {
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times.size();
    }
}
