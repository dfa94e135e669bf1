package org.openbudget.seeds.bench.parse;

import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.read.DocumentFormat;
import org.openbudget.seeds.read.DocumentReader;
import org.openbudget.seeds.read.ReadLimits;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * How long the importer takes to read and parse one published document, by format (text, PDF, XLSX, HTML), and how
 * many documents a batch gets through per second on {@code threads} workers — measured and printed, never
 * asserted (issue #14's goals: under 50 ms a text, under 200 ms a PDF). Each document is read from memory
 * (the disk is not what is measured): {@code warmup} rounds first so the JIT has compiled the reader and the
 * parser, then {@code rounds} timed rounds, of which the median counts. A document the reader or the parser refuses
 * is timed too (refusing is work the batch does) and counted as refused.
 *
 * <pre>deploy/local/bench-parse [--threads N] [--rounds N] [--warmup N] FILE|DIR...</pre>
 */
public final class ParseBench {

    /** One document's median times, in nanoseconds; {@code refusal} is the reader's or parser's message, if any. */
    public record Timing(String name, DocumentFormat format, long readNanos, long parseNanos, String refusal) {
        public long totalNanos() {
            return readNanos + parseNanos;
        }
    }

    /** Per-format medians and percentiles over the documents, and the batch throughput. */
    public record Result(List<Timing> timings, int threads, int batchDocuments, long batchNanos) {
        public double documentsPerSecond() {
            return batchNanos == 0 ? 0 : batchDocuments / (batchNanos / 1e9);
        }

        public Map<DocumentFormat, List<Timing>> byFormat() {
            Map<DocumentFormat, List<Timing>> out = new EnumMap<>(DocumentFormat.class);
            timings.forEach(t -> out.computeIfAbsent(t.format(), f -> new ArrayList<>()).add(t));
            return out;
        }
    }

    private record Document(String name, byte[] bytes) {
    }

    private ParseBench() {
    }

    public static Result run(List<Path> files, int warmup, int rounds, int threads) {
        List<Document> docs = load(files);
        List<Timing> timings = new ArrayList<>();
        for (Document d : docs) {
            for (int i = 0; i < warmup; i++) {
                once(d, new long[2]);
            }
            long[] read = new long[rounds];
            long[] parse = new long[rounds];
            String refusal = null;
            for (int i = 0; i < rounds; i++) {
                long[] t = new long[2];
                refusal = once(d, t);
                read[i] = t[0];
                parse[i] = t[1];
            }
            timings.add(new Timing(d.name(), format(d), median(read), median(parse), refusal));
        }
        return new Result(timings, threads, docs.size() * Math.max(1, rounds), batch(docs, Math.max(1, rounds), threads));
    }

    /** Reads and parses once; the times go into {@code nanos} (read, parse); the refusal message, or null. */
    private static String once(Document d, long[] nanos) {
        long start = System.nanoTime();
        SourceText text;
        try {
            text = DocumentReader.read(d.name(), d.bytes(), ReadLimits.standard());
        } catch (RuntimeException e) {
            nanos[0] = System.nanoTime() - start;
            return e.getMessage();
        }
        long read = System.nanoTime();
        nanos[0] = read - start;
        try {
            DocumentParser.parse(text);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        } finally {
            nanos[1] = System.nanoTime() - read;
        }
    }

    /** Every document {@code times} times through {@code threads} workers, as a batch loader would run them. */
    private static long batch(List<Document> docs, int times, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            int total = docs.size() * times;
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        once(docs.get(i % docs.size()), new long[2]);
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
            return System.nanoTime() - start;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static DocumentFormat format(Document d) {
        try {
            return DocumentFormat.detect(d.name(), d.bytes());
        } catch (RuntimeException e) {
            return DocumentFormat.TEXT;
        }
    }

    private static List<Document> load(List<Path> files) {
        List<Document> out = new ArrayList<>();
        for (Path f : files) {
            try (Stream<Path> walk = Files.isDirectory(f) ? Files.walk(f) : Stream.of(f)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.add(new Document(p.getFileName().toString(), Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static long median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%-6s %5s %8s %9s %9s %9s %9s %8s%n", "format", "docs", "refused", "read p50", "parse p50",
                "total p50", "total p95", "max");
        r.byFormat().forEach((format, list) -> {
            List<Long> read = list.stream().map(Timing::readNanos).toList();
            List<Long> parse = list.stream().map(Timing::parseNanos).toList();
            List<Long> total = list.stream().map(Timing::totalNanos).toList();
            out.printf(Locale.ROOT, "%-6s %5d %8d %9s %9s %9s %9s %8s%n", format, list.size(),
                    list.stream().filter(t -> t.refusal() != null).count(), ms(percentile(read, 0.5)), ms(percentile(parse, 0.5)),
                    ms(percentile(total, 0.5)), ms(percentile(total, 0.95)), ms(percentile(total, 1.0)));
        });
        out.printf(Locale.ROOT, "batch: %d documents on %d threads in %.2f s = %.1f documents/s%n", r.batchDocuments(), r.threads(),
                r.batchNanos() / 1e9, r.documentsPerSecond());
        r.timings().stream().filter(t -> t.refusal() != null).limit(10)
                .forEach(t -> out.println("refused: " + abbreviate(t.refusal())));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    public static void main(String[] args) {
        int threads = 2;
        int rounds = 10;
        int warmup = 5;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: bench-parse [--threads N] [--rounds N] [--warmup N] FILE|DIR...");
            System.exit(2);
        }
        print(run(files, warmup, rounds, threads), System.out);
    }
}
