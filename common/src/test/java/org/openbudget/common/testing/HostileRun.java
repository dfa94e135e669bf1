package org.openbudget.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends {@link HostileInput}'s requests one after another and checks each answer: never a 5xx; every 4xx is
 * {@code application/problem+json} naming the field the input touched (where it touched one); a rejected request
 * leaves the stored resource (GET) and its outbox rows as they were. A request that turns out to be valid is
 * accepted (2xx) and becomes the new baseline. Failures are collected, so one run shows them all.
 */
public final class HostileRun {

    /** {@code -Dhostile.seed=…} replays a run; {@code -Dhostile.requests=…} changes its length (default 1,000). */
    public static long seed() {
        return Long.getLong("hostile.seed", System.nanoTime());
    }

    public static int requests() {
        return Integer.getInteger("hostile.requests", 1_000);
    }

    private final String label;
    private final String pathFormat;
    private final List<String> segments;
    private final String statePath;
    private final LongSupplier outboxRows;

    private JsonNode state;
    private long version;
    private long rows;

    /**
     * @param pathFormat the PUT path with one {@code %s} per segment; {@code statePath}: the GET of the same resource;
     * {@code outboxRows}: the outbox rows of its event key
     */
    public HostileRun(String label, String pathFormat, List<String> segments, String statePath, LongSupplier outboxRows) {
        this.label = label;
        this.pathFormat = pathFormat;
        this.segments = List.copyOf(segments);
        this.statePath = statePath;
        this.outboxRows = outboxRows;
    }

    public void run(HostileInput input, long seed, int count) {
        System.out.printf("HOSTILE %s: seed %d (rerun with -Dhostile.seed=%d), %d requests%n", label, seed, seed, count);
        baseline();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<HostileInput.Kind, Integer> kinds = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HostileInput.Mutation m = input.next(version);
            Response response = send(m);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            kinds.merge(m.kind(), 1, Integer::sum);
            String context = "#" + i + " " + m.kind() + " " + m.description() + " → " + status;
            try {
                check(m, response, status, context);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
                baseline();
            }
        }
        System.out.printf("HOSTILE %s: seed %d, %d requests, statuses %s, mutations %s%n", label, seed, count, statuses, kinds);
        assertTrue(failures.isEmpty(), failures.size() + " of " + count + " hostile requests misbehaved (seed " + seed + "):\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private void check(HostileInput.Mutation m, Response response, int status, String context) {
        String body = response.asString();
        assertTrue(status < 500, context + ": a server error: " + abbreviate(body));
        if (status >= 400) {
            String type = String.valueOf(response.contentType());
            assertTrue(type.startsWith("application/problem+json"), context + ": not problem+json but " + type + ": " + abbreviate(body));
            JsonNode problem = HostileInput.read(body);
            assertEquals(status, problem.path("status").asInt(), context + ": the problem's status");
            if (status == 400 && m.mustName()) {
                List<String> fields = new ArrayList<>();
                problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
                assertTrue(fields.stream().anyMatch(f -> related(f, m.field())),
                        context + ": does not name " + m.field() + " but " + fields + ": " + abbreviate(body));
            }
            unchanged(context);
        } else {
            assertTrue(!m.mustReject(), context + ": accepted although invalid: " + abbreviate(body));
            if (m.segments().equals(segments)) {
                baseline();
            } else {
                unchanged(context);
            }
        }
    }

    /** The named field is the touched one, inside it (its element or member) or around it (its list or object). */
    private static boolean related(String named, String touched) {
        return named.equals(touched) || named.startsWith(touched + ".") || named.startsWith(touched + "[")
                || (!named.isEmpty() && !named.equals("$") && (touched.startsWith(named + ".") || touched.startsWith(named + "[")));
    }

    private void unchanged(String context) {
        JsonNode now = HostileInput.read(get());
        assertEquals(state, now, context + ": the stored resource changed");
        assertEquals(version, now.path("version").asLong(), context + ": the version changed");
        assertEquals(rows, outboxRows.getAsLong(), context + ": an event was appended");
    }

    private void baseline() {
        state = HostileInput.read(get());
        version = state.path("version").asLong();
        rows = outboxRows.getAsLong();
    }

    private String get() {
        Response response = RestAssured.given().urlEncodingEnabled(false).get(statePath);
        assertEquals(200, response.statusCode(), "GET " + statePath);
        return response.asString();
    }

    private Response send(HostileInput.Mutation m) {
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .body(m.body());
        if (m.contentType() != null) {
            spec.contentType(m.contentType());
        }
        if (m.ifMatch() != null) {
            spec.header("If-Match", m.ifMatch());
        }
        return spec.put(String.format(pathFormat, m.segments().toArray()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
