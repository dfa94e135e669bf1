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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: --parse-only prints the structured result and the warnings and sends nothing. */
class LoaderMainTest {

    /** The seed document where the command line finds it, seen from this module (seeds/importer). */
    private static final String SEED = "../000_089e20c77680147c.txt";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Where the runs' default reports go (not the temporary directory of the machine). */
    @TempDir
    Path reports;

    private Map<String, String> env() {
        return Map.of("OPENBUDGET_LOAD_REPORTS", reports.toString());
    }

    /** Requests the loader tried to send where none may be (the batch turns the error into a failed document). */
    private final java.util.List<String> attempted = new java.util.concurrent.CopyOnWriteArrayList<>();

    private int run(String... args) {
        HttpPort refuse = (m, u, b) -> {
            attempted.add(m + " " + u);
            throw new AssertionError("no request may be sent: " + m + " " + u);
        };
        return LoaderMain.run(args, env(), refuse, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void parseOnlyPrintsTheDocumentAndTheRequests() {
        assertEquals(0, run("--parse-only", "--region", "130127:高邑县", SEED));
        JsonNode result = JsonAssert.tree(out.toString(StandardCharsets.UTF_8));
        assertEquals("hebei", result.get("document").get("layout").asText());
        assertEquals(9, result.get("document").get("tables").size());
        assertEquals(5, result.get("load").get("calls").size());
        assertEquals("/api/v1/budgets/434/2022", result.get("load").get("calls").get(1).get("path").asText());
        assertEquals("budget-service", result.get("load").get("calls").get(1).get("service").asText());
        assertTrue(result.get("document").get("warnings").size() > 0);
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertTrue(warnings.contains("000_089e20c77680147c.txt:136: parse healed: split code \"211030 1\" read as 2110301"), warnings);
    }

    @Test
    void parseOnlyWithoutRegionStillShowsTheRequestsAndSaysWhatIsMissing() {
        assertEquals(0, run("--parse-only", SEED));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("load not_loaded: the county"));
    }

    @Test
    void anUnknownLayoutIsRefused(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "会议纪要\n一、总体情况\n", StandardCharsets.UTF_8);
        assertEquals(2, run("--parse-only", notes.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot tell the layout of notes.txt"));
    }

    @Test
    void usageErrors() {
        assertEquals(2, run());
        assertEquals(2, run("--region", "高邑县", "x.txt"));
        assertEquals(2, run("--bogus", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: deploy/local/load"));
    }

    @Test
    void aMissingFileIsReported() {
        assertEquals(2, run("--parse-only", "no-such-file.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read no-such-file.txt"));
    }

    /**
     * --publish takes each loaded part through submit, approve and publish, budget first (the other parts' approval
     * follows the budget's), and leaves a department-year that is already published alone. The services' answers are
     * scripted here; the end-to-end tests run it against the real ones.
     *
     * <p>Changed (#14 item 4): the 2022 seed is history, so it is published with its days — the budget's approve
     * states {@code --approved-on}, its publish {@code --published-on}, the procurement plan's approve the same
     * approval day; before, all were "today".
     */
    @Test
    void publishWalksEachPartThroughTheWorkflowAndSkipsWhatIsPublished() {
        java.util.List<String> sent = new java.util.ArrayList<>();
        java.util.Map<String, String> bodies = new java.util.HashMap<>();
        String[] budgetStatus = {null};
        HttpPort services = (m, u, b) -> {
            String path = u.replaceFirst("^https?://[^/]+", "");
            sent.add(m + " " + path);
            bodies.put(m + " " + path, b);
            if (m.equals("GET") && path.equals("/api/v1/budgets/434/2022")) {
                return budgetStatus[0] == null ? new HttpPort.Answer(404, "")
                        : new HttpPort.Answer(200, "{\"status\":\"" + budgetStatus[0] + "\"}");
            }
            return new HttpPort.Answer(m.equals("PUT") ? 201 : 200, "{}");
        };
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, LoaderMain.run(new String[]{"--publish", "--published-on", "2022-02-09", "--approved-on", "2022-01-20",
                        "--region", "130127:高邑县", SEED}, env(), services, o, e), out.toString(StandardCharsets.UTF_8) + err);
        java.util.List<String> workflow = sent.stream().filter(c -> c.startsWith("POST")).toList();
        assertEquals(java.util.List.of(
                "POST /api/v1/budgets/434/2022/submit", "POST /api/v1/budgets/434/2022/approve", "POST /api/v1/budgets/434/2022/publish",
                "POST /api/v1/performance/434/2022/submit", "POST /api/v1/performance/434/2022/approve", "POST /api/v1/performance/434/2022/publish",
                "POST /api/v1/procurement/434/2022/submit", "POST /api/v1/procurement/434/2022/approve?approvedOn=2022-01-20",
                "POST /api/v1/procurement/434/2022/publish"),
                workflow);
        assertTrue(sent.indexOf("POST /api/v1/budgets/434/2022/submit") > sent.lastIndexOf("PUT /api/v1/procurement/434/2022"),
                "the workflow starts once everything is loaded: " + sent);
        assertEquals("{\"approvalDate\":\"2022-01-20\"}", bodies.get("POST /api/v1/budgets/434/2022/approve"));
        assertEquals("{\"publishedOn\":\"2022-02-09\"}", bodies.get("POST /api/v1/budgets/434/2022/publish"));
        assertEquals("null", bodies.get("POST /api/v1/performance/434/2022/publish"), "the targets take no stated day");

        sent.clear();
        budgetStatus[0] = "published";
        assertEquals(0, LoaderMain.run(new String[]{"--publish", "--published-on", "2022-02-09", "--region", "130127:高邑县",
                SEED}, env(), services, o, e));
        assertEquals(java.util.List.of("GET /api/v1/budgets/434/2022"), sent, "a published department-year is left alone");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("already published"));
    }

    /**
     * #14 item 4: a budget of a past year is never published "today" — without a printed or given publication day it
     * is refused before anything is sent (nothing half loaded), and says what to give.
     */
    @Test
    void aPastYearsBudgetIsNotPublishedWithoutItsPublicationDay() {
        assertEquals(2, run("--publish", "--region", "130127:高邑县", SEED));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give --published-on DATE"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("--publish", "--published-on", "2022-02-09", "--approved-on", "2022-02-10",
                "--region", "130127:高邑县", SEED));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("publication day 2022-02-09 is before the approval day 2022-02-10"));
        assertEquals(2, run("--published-on", "2022-02-09", SEED), "a day without --publish is a usage error");
        assertEquals(2, run("--publish", "--published-on", "9.2.2022", SEED));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--published-on must be a day as YYYY-MM-DD"));
        assertEquals(java.util.List.of(), attempted, "nothing is sent");
    }
}
