package ru.rop.portal.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down, then refuses, an address that keeps opening assessment links that do not exist: a token cannot be
 * found by trying. Counts wrong links per address over a sliding window, in memory (a restart forgives).
 */
@Component
class LinkGuard {

    /** Each wrong link beyond the free ones waits one step longer, up to this. */
    static final int MAX_DELAY_STEPS = 8;
    /** Addresses are forgotten once this many are tracked, so a flood of addresses cannot fill the memory. */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int freeGuesses;
    private final int allowedGuesses;
    private final Duration window;
    private final Duration delayStep;
    private final Clock clock;

    LinkGuard(@Value("${rop.assessment.guesses-before-delay:3}") int freeGuesses,
              @Value("${rop.assessment.guesses-allowed:10}") int allowedGuesses,
              @Value("${rop.assessment.guess-window:15m}") Duration window,
              @Value("${rop.assessment.guess-delay:250ms}") Duration delayStep, Clock clock) {
        this.delayStep = delayStep;
        this.freeGuesses = freeGuesses;
        this.allowedGuesses = allowedGuesses;
        this.window = window;
        this.clock = clock;
    }

    /** The address has used up its wrong links for now. */
    boolean refused(String address) {
        return recent(address) >= allowedGuesses;
    }

    /** Records a wrong link and says how long to hold the answer back. */
    Duration failed(String address) {
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
            failures.clear();
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        int count;
        synchronized (times) {
            times.addLast(clock.instant());
            count = prune(times);
        }
        int beyond = count - freeGuesses;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        return delayStep.multipliedBy(Math.min(beyond, MAX_DELAY_STEPS));
    }

    private int recent(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return prune(times);
        }
    }

    private int prune(Deque<Instant> times) {
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times.size();
    }
}
