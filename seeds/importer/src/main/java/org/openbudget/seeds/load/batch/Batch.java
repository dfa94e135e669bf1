package org.openbudget.seeds.load.batch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the documents of a batch on a bounded pool ({@code --jobs}, default the number of cores: the work is the
 * parse, then requests the services answer in a few milliseconds each). Each document's lines are printed as one
 * block when it is done, followed by its summary line; the results come back in the order of the inputs.
 */
public final class Batch {

    private final DocumentJob job;
    private final int jobs;

    public Batch(DocumentJob job, int jobs) {
        this.job = job;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * @param out     request lines, and the summary lines when {@code summaries} is out (loading)
     * @param summaries where the summary lines go: stdout when loading, stderr with --parse-only (stdout is JSON)
     */
    public List<DocumentResult> run(List<Input> inputs, PrintStream out, PrintStream err, PrintStream summaries,
                                    Progress progress) {
        List<DocumentResult> results = new ArrayList<>();
        if (inputs.isEmpty()) {
            return results;
        }
        int threads = Math.min(jobs, inputs.size());
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "load-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(pool.submit(() -> one(input, out, err, summaries, progress)));
            }
            for (int i = 0; i < futures.size(); i++) {
                results.add(result(futures.get(i), inputs.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private DocumentResult one(Input input, PrintStream out, PrintStream err, PrintStream summaries, Progress progress) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        DocumentResult r = job.run(input, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        progress.finished(r.failed(), () -> {
            err.print(e.toString(StandardCharsets.UTF_8));
            err.flush();
            out.print(o.toString(StandardCharsets.UTF_8));
            summaries.println(r.summary());
            out.flush();
            summaries.flush();
        });
        return r;
    }

    private static DocumentResult result(Future<DocumentResult> f, Input input) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(input, "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            // DocumentJob catches what a document throws; an Error (out of memory) still ends only this document
            return failed(input, "internal error: " + e.getCause());
        }
    }

    static DocumentResult failed(Input input, String message) {
        return new DocumentResult(input.name(), "failed", null, null, null, 0, 0, 0, List.of(message), 0, 0, 0, 2, null);
    }
}
