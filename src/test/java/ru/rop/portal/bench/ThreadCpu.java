package ru.rop.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The server's CPU time split by kind of thread, from Linux's accounting per thread ({@code /proc/<pid>/task}): what
 * the requests cost against what the JIT compiler and the garbage collector spend meanwhile. A thread that ends
 * between two readings takes its time out of its kind; the difference to the process's total is shown as «other».
 * «Requests» are the carriers of virtual threads and Tomcat's threads.
 */
record ThreadCpu(Map<Kind, Duration> byKind) {

    enum Kind {
        REQUESTS, JIT, GC
    }

    /** Linux's clock ticks per second for utime and stime (USER_HZ, 100 on every common kernel). */
    private static final long TICKS_PER_SECOND = 100;

    static boolean available() {
        return Files.isDirectory(Path.of("/proc/self/task"));
    }

    static ThreadCpu of(List<ProcessHandle> processes) {
        Map<Kind, Duration> sums = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            sums.put(kind, Duration.ZERO);
        }
        for (ProcessHandle process : processes) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
                tasks.forEach(task -> read(task, sums));
            } catch (IOException e) {
                throw new IllegalStateException("no threads of pid " + process.pid(), e);
            }
        }
        return new ThreadCpu(sums);
    }

    Duration since(ThreadCpu earlier, Kind kind) {
        return byKind.get(kind).minus(earlier.byKind.get(kind));
    }

    private static void read(Path task, Map<Kind, Duration> sums) {
        String stat;
        try {
            stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
            return; // the thread ended meanwhile
        }
        // «pid (name) state ...»: the name may hold spaces, so fields are counted after its closing parenthesis.
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        // Requests run on virtual threads, and Linux sees only their carriers (the JDK's scheduler pool), which also
        // carry the few other virtual threads (scheduled jobs, the outbox's listener); Tomcat's own threads accept.
        Kind kind = name.startsWith("http-nio") || name.startsWith("ForkJoinPool-") ? Kind.REQUESTS
                : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? Kind.JIT
                : name.startsWith("GC Thread") || name.startsWith("G1 ") ? Kind.GC : null;
        if (kind != null) {
            sums.merge(kind, Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND), Duration::plus);
        }
    }
}
