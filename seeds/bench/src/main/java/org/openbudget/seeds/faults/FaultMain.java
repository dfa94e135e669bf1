package org.openbudget.seeds.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openbudget.seeds.bench.Catalog;
import org.openbudget.seeds.bench.DepartmentYear;
import org.openbudget.seeds.bench.Endpoints;
import org.openbudget.seeds.bench.Http;
import org.openbudget.seeds.bench.ProvinceGenerator;
import org.openbudget.seeds.load.Json;

/**
 * The fault suite (deploy/local/faults, RELIABILITY.md): for each fault, a deterministic ingest of its own
 * departments through the owners' APIs with the fault injected, then the verification — every acknowledged write
 * at its owner, the read model at the owner's version, the roll-up sums, the roll-ups against a from-scratch rebuild,
 * and what reached the topics (duplicates, dead letters). Prints one line per fault and writes the figures to
 * {@code .local-stack/faults/latest.json}; exits 1 when any write was lost, any valid event dead-lettered or any
 * fault did not converge within 30 s.
 */
public final class FaultMain {

    /** Where convergence must be reached, from the later of the fault's end and the last acknowledgement. */
    static final double CONVERGE_TARGET_SECONDS = 30;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        List<Fault> faults = new ArrayList<>(List.of(Fault.values()));
        int departments = 40;
        int seconds = 40;
        int concurrency = 4;
        int year = 2045;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--faults" -> faults = java.util.Arrays.stream(args[++i].split(",")).map(Fault::byId).toList();
                case "--departments" -> departments = Integer.parseInt(args[++i]);
                case "--ingest-seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--year" -> year = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: deploy/local/faults [--faults a,b,…] [--departments N] [--ingest-seconds S] "
                            + "[--concurrency C] [--year Y] [--seed N]\nfaults: aggregation-kill, broker-kill-30s, "
                            + "broker-down-ingest, postgres-stop-60s, owner-kill (default: all)");
                    System.exit(2);
                }
            }
        }
        Endpoints at = Endpoints.fromEnvironment();
        Http http = new Http();
        Catalog catalog = Catalog.shipped(2022);
        ProvinceGenerator generator = new ProvinceGenerator(catalog, seed);
        String run = Long.toString(Math.floorMod(System.currentTimeMillis() / 1000, 60_466_176L), 36).toUpperCase();
        LocalStack stack = new LocalStack(root);
        Verification verification = new Verification(at, http, new Versions());

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("parameters", Map.of("departments", departments, "ingestSeconds", seconds, "concurrency", concurrency,
                "year", year, "seed", seed, "run", run));
        List<Map<String, Object>> results = new ArrayList<>();
        boolean allGood = true;
        System.out.printf("%-20s %6s %5s %6s %5s %5s %10s %9s %8s  %s%n", "fault", "acked", "lost", "retry", "dup",
                "dlq", "converged", "rollups", "rebuild", "answers seen by the client");
        try (Topics topics = new Topics(at.kafka())) {
            for (int f = 0; f < faults.size(); f++) {
                Fault fault = faults.get(f);
                int county = 140 + fault.ordinal();
                String prefix = "FT" + run + (char) ('A' + fault.ordinal());
                List<DepartmentYear> plan = plan(generator, county, departments, year, prefix);
                FaultResult result = runOne(fault, plan, prefix, stack, topics, http, at, verification, concurrency,
                        seconds * 1000L);
                results.add(result.toJson());
                allGood &= result.good();
                System.out.println(result.line());
            }
        }
        report.put("faults", results);
        Path out = root.resolve(".local-stack/faults");
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest.json"), Json.pretty(report));
        System.out.println("figures: " + out.resolve("latest.json") + (allGood ? "" : "  — NOT all faults passed"));
        System.exit(allGood ? 0 : 1);
    }

    /** The generator's department-years of one county, under this run's own department codes. */
    static List<DepartmentYear> plan(ProvinceGenerator generator, int county, int departments, int year, String prefix) {
        List<DepartmentYear> out = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            DepartmentYear g = generator.departmentYear(county, d, year);
            out.add(new DepartmentYear(prefix + String.format("%03d", d), g.regionCode(), g.department(), g.year(),
                    g.budget(), g.performance(), g.holdings(), g.procurement()));
        }
        return out;
    }

    private static FaultResult runOne(Fault fault, List<DepartmentYear> plan, String prefix, LocalStack stack, Topics topics,
                                      Http http, Endpoints at, Verification verification, int concurrency,
                                      long durationMillis) throws Exception {
        var marks = topics.mark();
        CountDownLatch begin = new CountDownLatch(1);
        long[] ingestStart = new long[1];
        ExecutorService side = Executors.newSingleThreadExecutor();
        Future<FaultIngest.Ledger> ingest = side.submit(() -> {
            begin.await();
            ingestStart[0] = System.nanoTime();
            return new FaultIngest(at, http).run(plan, concurrency, durationMillis);
        });
        Map<String, java.math.BigDecimal> notes = new LinkedHashMap<>();
        Fault.Ingesting ingesting = new Fault.Ingesting() {
            @Override
            public void begin() {
                begin.countDown();
            }

            @Override
            public void awaitFraction(double fraction) throws InterruptedException {
                begin.countDown();
                while (ingestStart[0] == 0) {
                    Thread.sleep(10);
                }
                long due = ingestStart[0] + (long) (fraction * durationMillis * 1_000_000L);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L);
                }
            }

            @Override
            public void awaitEnd() throws Exception {
                ingest.get();
            }

            @Override
            public void note(String name, java.time.Duration value) {
                notes.put(name, FaultResult.seconds(value));
            }
        };
        if (!fault.beforeIngest()) {
            ingesting.begin();
        }
        fault.inject(stack, ingesting);
        long faultEnded = System.nanoTime();
        FaultIngest.Ledger ledger = ingest.get();
        long ingestEnded = System.nanoTime();
        side.shutdown();
        return verification.verify(fault, plan, prefix, ledger, Math.max(faultEnded, ingestEnded),
                (Math.max(faultEnded, ingestEnded) - faultEnded) / 1e9, topics, marks).withNotes(notes);
    }
}
