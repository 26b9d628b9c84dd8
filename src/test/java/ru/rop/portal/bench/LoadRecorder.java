package ru.rop.portal.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Round trips of many threads by kind of request: counts, failures and latency percentiles. */
final class LoadRecorder {

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    void record(String label, long nanos, boolean ok) {
        times.computeIfAbsent(label, k -> new ConcurrentLinkedQueue<>()).add(nanos);
        if (!ok) {
            failures.computeIfAbsent(label, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** A failure that is not one request's (a page without the expected button, a lost session). */
    void problem(String description) {
        problems.add(description);
    }

    long requests() {
        return times.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    /** Requests of every kind but these. */
    long requestsBut(Set<String> kinds) {
        return times.entrySet().stream().filter(kind -> !kinds.contains(kind.getKey()))
                .mapToLong(kind -> kind.getValue().size()).sum();
    }

    long errors() {
        return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Prints one line per kind and one for all, with the throughput over the measured seconds.
     *
     * @param apart kinds also left out of a second total line (e.g. opening the page, once per session)
     * @return the 95th percentile of the requests not set apart, in milliseconds
     */
    double print(String title, double seconds, Set<String> apart) {
        System.out.printf("LOAD %s%n", title);
        System.out.printf("LOAD   %-22s %7s %7s %8s %8s %8s %8s %8s%n", "request", "count", "errors", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> kind : new TreeMap<>(times).entrySet()) {
            all.addAll(kind.getValue());
            line(kind.getKey(), kind.getValue(), failures.getOrDefault(kind.getKey(), new AtomicLong()).get(),
                    seconds);
        }
        line("ALL", all, errors(), seconds);
        List<Long> rest = new ArrayList<>();
        times.forEach((label, nanos) -> {
            if (!apart.contains(label)) {
                rest.addAll(nanos);
            }
        });
        double p95 = apart.isEmpty() ? percentile(all.stream().mapToLong(Long::longValue).sorted().toArray(), 95)
                : line("ALL but " + String.join(", ", apart), rest, errors(), seconds);
        problems.forEach(p -> System.out.printf("LOAD   problem: %s%n", p));
        return p95;
    }

    private static double line(String label, Collection<Long> nanos, long errors, double seconds) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        double p95 = percentile(sorted, 95);
        System.out.printf("LOAD   %-22s %7d %7d %8.1f %8.1f %8.1f %8.1f %8.1f%n", label, sorted.length, errors,
                sorted.length / seconds, percentile(sorted, 50), p95, percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
        return p95;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }
}
