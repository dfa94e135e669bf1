package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers already computed, valid for one roll-up generation only ({@code rollup_generation}, bumped in the
 * same transaction as every change of the data the answers are read from). A caller passes the generation it
 * read before computing, so an answer is never stored under a generation older than its data, and all answers
 * are dropped as soon as a newer generation is seen: a cached answer is never staler than a fresh one would be.
 * Concurrent askers of the same question wait for one computation instead of each running it (a province
 * answer adds up thousands of departments).
 */
@ApplicationScoped
public class RollupCache {

    /** Enough for the questions of a few busy dashboards; the whole cache is dropped beyond it. */
    private static final int MAX_ENTRIES = 256;

    private record Key(RollupRequest request, boolean wanYuan) {
    }

    private record Entries(long generation, Map<Key, CompletableFuture<RollupAnswer>> answers) {
    }

    private volatile Entries entries = new Entries(Long.MIN_VALUE, new ConcurrentHashMap<>());

    /** The answer for {@code generation}, computed by {@code compute} unless it is cached or being computed. */
    public RollupAnswer answer(long generation, RollupRequest request, boolean wanYuan, Supplier<RollupAnswer> compute) {
        Entries e = current(generation);
        if (e.generation() != generation) {
            return compute.get(); // a reader that saw an older generation: its answer is not kept
        }
        Key key = new Key(request, wanYuan);
        CompletableFuture<RollupAnswer> mine = new CompletableFuture<>();
        CompletableFuture<RollupAnswer> running = e.answers().putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException r ? r : failed;
            }
        }
        try {
            RollupAnswer answer = compute.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException failed) {
            e.answers().remove(key, mine);
            mine.completeExceptionally(failed);
            throw failed;
        }
    }

    private Entries current(long generation) {
        Entries e = entries;
        if (e.generation() < generation || e.answers().size() >= MAX_ENTRIES) {
            synchronized (this) {
                e = entries;
                if (e.generation() < generation || e.answers().size() >= MAX_ENTRIES) {
                    e = new Entries(Math.max(generation, e.generation()), new ConcurrentHashMap<>());
                    entries = e;
                }
            }
        }
        return e;
    }
}
