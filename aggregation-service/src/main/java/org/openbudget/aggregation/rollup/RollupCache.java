package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What roll-up readers already computed, each kept under the counters it was computed after
 * ({@link RollupGenerations}, migration V12), and reused only while those counters stand: a kept answer is never
 * staler than a fresh one would be. Two levels:
 * <ul>
 *   <li>answers, per question: concurrent askers of the same question wait for one computation instead of each
 *       running it;</li>
 *   <li>each county's part of a question ({@link RollupCells}): when one county of a province changes, the province's
 *       next answer reads that county again and merges the other counties' kept parts, instead of adding up every
 *       department of the province (at 15,000 department-years 0.6–1.7 s per change before, BENCHMARKS.md).</li>
 * </ul>
 * Both are bounded; beyond the bound everything is dropped at once (rare, and simpler than an eviction order that
 * readers would contend on).
 */
@ApplicationScoped
public class RollupCache {

    /** Enough for the questions of a few busy dashboards; the answers are dropped beyond it. */
    private static final int MAX_ANSWERS = 256;

    private record Key(RollupRequest request, boolean wanYuan) {
    }

    private record Entry(RollupGenerations generations, CompletableFuture<RollupAnswer> answer) {
    }

    private record PartKey(RollupRequest shape, String county) {
    }

    private record Part(long labels, long generation, RollupCells cells) {
    }

    private record Names(long labels, Map<String, String> names) {
    }

    private record ViewKey(RollupRequest shape, String region) {
    }

    /** Questions whose merged rows are kept up to date ({@link RegionView}); beyond it they are dropped. */
    private static final int MAX_VIEWS = 256;

    private final ConcurrentHashMap<Key, Entry> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<PartKey, Part> parts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Names> classificationNames = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ViewKey, RegionView> views = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ViewKey, Integer> viewCells = new ConcurrentHashMap<>();
    private final AtomicLong partCells = new AtomicLong();
    private final long maxPartCells;

    public RollupCache(@ConfigProperty(name = "openbudget.rollup.cache-cells", defaultValue = "120000") long maxPartCells) {
        this.maxPartCells = maxPartCells;
    }

    /** The answer under {@code generations}, computed by {@code compute} unless it is kept or being computed. */
    public RollupAnswer answer(RollupGenerations generations, RollupRequest request, boolean wanYuan,
                               Supplier<RollupAnswer> compute) {
        Key key = new Key(request, wanYuan);
        Entry mine = new Entry(generations, new CompletableFuture<>());
        Entry kept = answers.compute(key, (k, old) -> old == null || !old.generations().covers(generations) ? mine : old);
        if (kept != mine) {
            if (kept.generations().equals(generations)) {
                return join(kept.answer());
            }
            return compute.get(); // a reader that saw older counters than the kept answer: its answer is not kept
        }
        if (answers.size() > MAX_ANSWERS) {
            answers.clear();
            answers.put(key, mine);
        }
        try {
            RollupAnswer answer = compute.get();
            mine.answer().complete(answer);
            return answer;
        } catch (RuntimeException failed) {
            answers.remove(key, mine);
            mine.answer().completeExceptionally(failed);
            throw failed;
        }
    }

    /** A county's kept part of the question {@code shape}, if it was computed under these very counters. */
    RollupCells part(RollupRequest shape, String county, long labels, long generation) {
        Part p = parts.get(new PartKey(shape, county));
        return p != null && p.labels() == labels && p.generation() == generation ? p.cells() : null;
    }

    /** Keeps a county's part unless a part computed under newer counters is kept already. */
    void keepPart(RollupRequest shape, String county, long labels, long generation, RollupCells cells) {
        if (partCells.get() + cells.size() > maxPartCells) {
            parts.clear();
            partCells.set(0);
            if (cells.size() > maxPartCells) {
                return;
            }
        }
        Part fresh = new Part(labels, generation, cells);
        Part[] replaced = new Part[1];
        Part kept = parts.compute(new PartKey(shape, county), (k, old) -> {
            if (old != null && (old.labels() > labels || old.labels() == labels && old.generation() >= generation)) {
                return old;
            }
            replaced[0] = old;
            return fresh;
        });
        if (kept == fresh) {
            partCells.addAndGet(cells.size() - (replaced[0] == null ? 0 : replaced[0].cells().size()));
        }
    }

    /**
     * Runs {@code use} on the question's merged view of {@code region}, alone: questions of the same shape and region
     * (other pages, orders, units) take turns on it; others run in parallel.
     */
    <T> T withView(RollupRequest shape, String region, java.util.function.Function<RegionView, T> use) {
        if (views.size() >= MAX_VIEWS) {
            views.clear();
            viewCells.clear();
        }
        ViewKey key = new ViewKey(shape, region);
        RegionView view = views.computeIfAbsent(key, k -> new RegionView());
        synchronized (view) {
            try {
                return use.apply(view);
            } catch (RuntimeException failed) {
                views.remove(key, view); // half brought up to date, or not: the next question builds it anew
                viewCells.remove(key);
                throw failed;
            } finally {
                bound(key, view.size());
            }
        }
    }

    /**
     * Views keep their counties' parts and their merged rows: beyond {@code openbudget.rollup.cache-cells} held by all
     * views together, every view but the one just used goes (a province by department holds ~2 cells per department).
     */
    private void bound(ViewKey used, int cells) {
        if (!views.containsKey(used)) {
            return;
        }
        viewCells.put(used, cells);
        long total = viewCells.values().stream().mapToLong(Integer::longValue).sum();
        if (total > maxPartCells) {
            views.keySet().removeIf(k -> !k.equals(used));
            viewCells.keySet().removeIf(k -> !k.equals(used));
        }
    }

    /** The names of a classification scheme's codes, read again only when the labels counter moved. */
    Map<String, String> classificationNames(String scheme, long labels, Supplier<Map<String, String>> read) {
        Names kept = classificationNames.get(scheme);
        if (kept != null && kept.labels() == labels) {
            return kept.names();
        }
        Map<String, String> names = Map.copyOf(read.get());
        classificationNames.merge(scheme, new Names(labels, names), (old, fresh) -> old.labels() > fresh.labels() ? old : fresh);
        return names;
    }

    private static RollupAnswer join(CompletableFuture<RollupAnswer> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException r ? r : failed;
        }
    }
}
