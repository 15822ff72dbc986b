package org.sillage.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads that read postings beside the caller's (extract, import, re-reading): named, and never keeping the JVM up. */
final class ReadingThreads {
    private ReadingThreads() {
    }

    /** A pool of {@code threads} daemon threads named {@code name-1}, {@code name-2}… */
    static ExecutorService pool(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
