package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers already computed, valid for one roll-up generation only ({@code rollup_generation}, bumped in the
 * same transaction as every change of the data the answers are read from). A caller passes the generation it
 * read before computing, so an answer is never stored under a generation older than its data, and all answers
 * are dropped as soon as a newer generation is seen: a cached answer is never staler than a fresh one would be.
 */
@ApplicationScoped
public class RollupCache {

    /** Enough for the questions of a few busy dashboards; the whole cache is dropped beyond it. */
    private static final int MAX_ENTRIES = 256;

    private record Key(RollupRequest request, boolean wanYuan) {
    }

    private record Entries(long generation, Map<Key, RollupAnswer> answers) {
    }

    private volatile Entries entries = new Entries(Long.MIN_VALUE, new ConcurrentHashMap<>());

    public RollupAnswer get(long generation, RollupRequest request, boolean wanYuan) {
        Entries e = entries;
        return e.generation() == generation ? e.answers().get(new Key(request, wanYuan)) : null;
    }

    public void put(long generation, RollupRequest request, boolean wanYuan, RollupAnswer answer) {
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
        if (e.generation() == generation) {
            e.answers().put(new Key(request, wanYuan), answer);
        }
    }
}
