package org.openbudget.seeds.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * #14 item 5: {@code deploy/local/load DIR|ZIP|FILE…} loads many documents side by side; a failing one never stops
 * the batch; one summary line each, a JSON report, an exit status that says whether any failed. The services are a
 * scripted {@link HttpPort}.
 */
class BatchLoadTest {

    private static final Path SEED = Path.of("../000_089e20c77680147c.txt");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(HttpPort http, Map<String, String> env, String... args) {
        return LoaderMain.run(args, env, http, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDirectoryIsParsedDocumentByDocumentWithASummaryLineEachAndAReport(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SEED, docs.resolve("a-seed.txt"));
        Files.writeString(docs.resolve("b-notes.txt"), "会议纪要\n一、总体情况\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("c-photo.png"), "not read");
        Path report = dir.resolve("report.json");
        HttpPort none = (m, u, b) -> {
            throw new AssertionError("nothing may be sent");
        };
        assertEquals(2, run(none, Map.of(), "--parse-only", "--report", report.toString(), docs.toString()),
                "a document that could not be recognised: 2");
        String e = err();
        assertTrue(e.matches("(?s).*a-seed\\.txt: parsed 434/2022 \\(hebei\\), tables 9/9, rows \\d+, warnings \\d+, errors 0, .*"), e);
        assertTrue(e.contains("b-notes.txt: failed, tables 0/9, rows 0, warnings 0, errors 1"), e);
        assertTrue(e.contains("c-photo.png: not a document"), e);
        assertTrue(e.contains("load: 2 documents, 1 failed, ") && e.contains("report: " + report), e);

        JsonNode r = JsonAssert.tree(Files.readString(report));
        assertEquals(2, r.get("documents").asInt());
        assertEquals(1, r.get("failed").asInt());
        assertEquals(2, r.get("exitStatus").asInt());
        assertEquals("parsed", r.at("/results/0/outcome").asText());
        assertEquals(9, r.at("/results/0/tablesFound").asInt());
        assertEquals("434", r.at("/results/0/department").asText());
        assertTrue(r.at("/results/0/rows").asInt() > 0 && r.at("/results/0/warnings").asInt() > 0);
        assertEquals("failed", r.at("/results/1/outcome").asText());
        assertTrue(r.at("/results/1/errors/0").asText().contains("cannot tell the layout of b-notes.txt"), r.toString());
        assertTrue(r.at("/passedOver/0").asText().contains("c-photo.png"));
        // stdout: the one parsed document, as JSON
        assertEquals(1, JsonAssert.tree(out.toString(StandardCharsets.UTF_8)).size());
    }

    /**
     * Six documents on three workers: they really run side by side (two department PUTs meet at a latch, which a
     * single worker would never reach), never more than three at once; the one whose budget the service refuses
     * fails (1) and an unreadable one fails (2), the others are loaded all the same.
     */
    @Test
    void documentsLoadSideBySideOnABoundedPoolAndAFailureStopsOnlyItsDocument(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        // five department-years: the seed as departments 431 … 435 (the code it prints in every table header)
        String seed = Files.readString(SEED);
        for (int i = 1; i <= 5; i++) {
            Files.writeString(docs.resolve("seed-" + i + ".txt"), seed.replace("434 高邑县政府办", "43" + i + " 高邑县政府办"));
        }
        Files.write(docs.resolve("seed-6.txt"), new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        CountDownLatch twoAtOnce = new CountDownLatch(2);
        AtomicBoolean sideBySide = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger budgets = new AtomicInteger();
        HttpPort services = (m, u, b) -> {
            int now = inFlight.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            try {
                String path = u.replaceFirst("^https?://[^/]+", "");
                if (m.equals("PUT") && path.startsWith("/api/v1/departments/")) {
                    twoAtOnce.countDown();
                    if (twoAtOnce.await(5, TimeUnit.SECONDS)) {
                        sideBySide.set(true);
                    }
                }
                if (m.equals("PUT") && path.startsWith("/api/v1/budgets/") && budgets.incrementAndGet() == 3) {
                    return new HttpPort.Answer(400, "{\"title\":\"Bad request\",\"errors\":[{\"field\":\"revenue\",\"message\":\"no\"}]}");
                }
                return new HttpPort.Answer(m.equals("PUT") ? 201 : 200, "{}");
            } catch (InterruptedException e) {
                throw new IOException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        Path report = dir.resolve("r.json");
        int exit = run(services, Map.of(), "--jobs", "3", "--region", "130127:高邑县", "--report", report.toString(),
                docs.toString());
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, o + err());
        assertTrue(sideBySide.get(), "two documents were loaded at the same time");
        assertTrue(most.get() <= 3, "at most three at once: " + most.get());
        JsonNode r = JsonAssert.tree(Files.readString(report));
        assertEquals(6, r.get("documents").asInt());
        assertEquals(2, r.get("failed").asInt());
        assertEquals(3, r.get("jobs").asInt());
        List<String> outcomes = new java.util.ArrayList<>();
        r.get("results").forEach(x -> outcomes.add(x.get("outcome").asText()));
        assertEquals(4, outcomes.stream().filter("loaded"::equals).count(), outcomes.toString());
        assertEquals(2, outcomes.stream().filter("failed"::equals).count(), outcomes.toString());
        assertEquals(List.of("seed-1.txt", "seed-2.txt", "seed-3.txt", "seed-4.txt", "seed-5.txt", "seed-6.txt"),
                java.util.stream.StreamSupport.stream(r.get("results").spliterator(), false)
                        .map(x -> Path.of(x.get("document").asText()).getFileName().toString()).toList(), "input order");
        JsonNode refused = java.util.stream.StreamSupport.stream(r.get("results").spliterator(), false)
                .filter(x -> x.get("status").asInt() == 1).findFirst().orElseThrow();
        assertTrue(refused.at("/errors/0").asText().matches("PUT /api/v1/budgets/43\\d/2022 → 400: Bad request(?s).*"), refused.toString());
        assertEquals(6, o.lines().filter(l -> l.matches(".*seed-\\d\\.txt: (loaded|failed).*")).count(), o);
        // each document's request lines stay together: the four after each "loading" line are its own
        List<String> lines = o.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("loading ")) {
                String dept = lines.get(i).replaceFirst(".* as department (\\d+), .*", "$1");
                assertTrue(lines.get(i + 1).contains("/api/v1/departments/" + dept), o);
                assertTrue(lines.get(i + 2).contains("/api/v1/budgets/" + dept + "/2022"), o);
            }
        }
        // not a terminal (no OPENBUDGET_LOAD_TTY): plain progress lines, no control characters
        assertTrue(err().contains("load: 6/6 documents, 2 failed"), err());
        assertFalse(err().contains("\r") || err().contains("\033"), err());
    }

    @Test
    void onATerminalTheProgressIsABarRedrawnInPlace(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SEED, docs.resolve("a.txt"));
        Files.copy(SEED, docs.resolve("b.txt"));
        HttpPort none = (m, u, b) -> {
            throw new AssertionError("nothing may be sent");
        };
        assertEquals(0, run(none, Map.of("OPENBUDGET_LOAD_TTY", "1", "OPENBUDGET_LOAD_REPORTS", dir.toString()),
                "--parse-only", docs.toString()));
        assertTrue(err().contains("[###############...............] 1/2 documents"), err());
        assertTrue(err().contains("\r\033[K"), "the bar is cleared before the next lines");
        assertTrue(err().contains("[##############################] 2/2 documents"), err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().matches("load-report-\\d{8}-\\d{6}-\\d{3}\\.json")).count(),
                    "the default report lands in OPENBUDGET_LOAD_REPORTS");
        }
    }
    /**
     * Hostile files among good ones, each read by the importer's DocumentReader: an image named .pdf, a truncated PDF,
     * a file over the size limit, an empty one. Each fails with what is wrong in words; the seed beside them is parsed.
     */
    @Test
    void hostileFilesFailOneByOneWithAReasonAndTheOthersGoOn(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SEED, docs.resolve("e-seed.txt"));
        Files.write(docs.resolve("a-scan.pdf"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(docs.resolve("b-cut.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R", StandardCharsets.US_ASCII);
        try (var f = Files.newOutputStream(docs.resolve("c-huge.txt"))) {
            byte[] mb = new byte[1024 * 1024];
            java.util.Arrays.fill(mb, (byte) 'x');
            for (int i = 0; i < 21; i++) {
                f.write(mb);
            }
        }
        Files.write(docs.resolve("d-empty.txt"), new byte[0]);
        Path report = dir.resolve("r.json");
        HttpPort none = (m, u, b) -> {
            throw new AssertionError("nothing may be sent");
        };
        assertEquals(2, run(none, Map.of(), "--parse-only", "--report", report.toString(), docs.toString()));
        JsonNode r = JsonAssert.tree(Files.readString(report));
        assertEquals(5, r.get("documents").asInt());
        assertEquals(4, r.get("failed").asInt(), r.toString());
        assertEquals("parsed", r.at("/results/4/outcome").asText());
        for (int i = 0; i < 4; i++) {
            assertEquals("failed", r.at("/results/" + i + "/outcome").asText());
            assertTrue(r.at("/results/" + i + "/errors/0").asText().startsWith("cannot read: "), r.at("/results/" + i).toString());
        }
        assertTrue(r.at("/results/0/errors/0").asText().contains("image"), r.at("/results/0").toString());
        assertTrue(r.at("/results/2/errors/0").asText().contains("MB"), r.at("/results/2").toString());
        assertTrue(r.at("/results/3/errors/0").asText().contains("empty"), r.at("/results/3").toString());
        assertTrue(err().contains("load: cannot read " + docs.resolve("a-scan.pdf") + ": "), err());
    }
    /**
     * Two documents of one department-year in a batch (the same budget as text and as PDF, say) are loaded once: side
     * by side the later would replace the other. One --dept for two departments' documents is refused the same way.
     */
    @Test
    void aDepartmentYearIsLoadedOnceAndOneDeptCodeServesOneDepartment(@TempDir Path dir) throws IOException {
        Path twice = Files.createDirectories(dir.resolve("twice"));
        Files.copy(SEED, twice.resolve("a.txt"));
        Files.copy(SEED, twice.resolve("b.txt"));
        List<String> puts = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpPort services = (m, u, b) -> {
            if (m.equals("PUT") && u.contains("/api/v1/budgets/")) {
                puts.add(u);
            }
            return new HttpPort.Answer(m.equals("PUT") ? 201 : 200, "{}");
        };
        Path report = dir.resolve("r.json");
        assertEquals(2, run(services, Map.of(), "--region", "130127:高邑县", "--report", report.toString(), twice.toString()));
        assertEquals(1, puts.size(), "the budget is sent once: " + puts);
        JsonNode r = JsonAssert.tree(Files.readString(report));
        assertEquals(1, r.get("failed").asInt());
        String refusal = java.util.stream.StreamSupport.stream(r.get("results").spliterator(), false)
                .filter(x -> x.get("outcome").asText().equals("failed")).findFirst().orElseThrow().at("/errors/0").asText();
        assertTrue(refusal.startsWith("another document of this batch, ") && refusal.contains("is department-year 434/2022 too"),
                refusal);

        Path two = Files.createDirectories(dir.resolve("two"));
        Files.copy(SEED, two.resolve("a.txt"));
        Files.writeString(two.resolve("b.txt"), Files.readString(SEED).replace("高邑县政府办", "高邑县财政局"));
        puts.clear();
        assertEquals(2, run(services, Map.of(), "--dept", "X1", "--region", "130127:高邑县", "--report", report.toString(),
                two.toString()));
        assertEquals(1, puts.size(), puts.toString());
        assertTrue(err().contains("--dept X1 is given for documents of two departments ("), err());
    }
    /**
     * A department's history in one batch (2022, 2023, 2024, each printing another name for it): its documents are
     * loaded one after another, never side by side (two PUTs creating one department would collide), and the
     * department keeps the profile of the latest year whatever order the pool ran them in.
     */
    @Test
    void oneDepartmentsYearsLoadOneAfterAnotherAndTheLatestYearGivesItsProfile(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String seed = Files.readString(SEED);
        Files.writeString(docs.resolve("a-2024.txt"), seed.replace("2022", "2024").replace("高邑县政府办", "高邑县人民政府办公室"));
        Files.writeString(docs.resolve("b-2022.txt"), seed);
        Files.writeString(docs.resolve("c-2023.txt"), seed.replace("2022", "2023").replace("高邑县政府办", "高邑县政府办公室"));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> departmentNames = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpPort services = (m, u, b) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (m.equals("PUT") && u.endsWith("/api/v1/departments/434")) {
                    departmentNames.add(JsonAssert.tree(b).get("name").asText());
                    Thread.sleep(200); // long enough for another worker to arrive, were it not held back
                }
                return new HttpPort.Answer(m.equals("PUT") ? 201 : 200, "{}");
            } catch (InterruptedException e) {
                throw new IOException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        assertEquals(0, run(services, Map.of(), "--jobs", "3", "--region", "130127:高邑县", "--report",
                dir.resolve("r.json").toString(), docs.toString()), out.toString(StandardCharsets.UTF_8) + err());
        assertEquals(1, most.get(), "one request of the department at a time");
        assertEquals("高邑县人民政府办公室", departmentNames.get(departmentNames.size() - 1),
                "the 2024 document's profile stays: " + departmentNames);
    }
}
