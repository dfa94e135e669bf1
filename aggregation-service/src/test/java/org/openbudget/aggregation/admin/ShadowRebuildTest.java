package org.openbudget.aggregation.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.intake.ProcessedEvent;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rebuild replays into a shadow schema and swaps it in: readers never see a partial read model, events the
 * live intake applies meanwhile are in the read model after the swap, a failed swap leaves the live model as it was.
 * Figures are computed here from the amounts sent (元), never read from the code under test.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShadowRebuildTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final int YEAR = 2024;
    private static final Random RANDOM = new Random();
    private static KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        new Events(kafka); // waits until the intake consumes
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** A new table must be classified (rebuilt and swapped, shadow working table, or left live) on purpose. */
    @Test
    @Order(1)
    void everyTableIsClassifiedForTheRebuild() throws Exception {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(ShadowSchema.classified()), tables);
    }

    /**
     * A reader holds a live table for longer than the swap may wait (a long report's transaction): every attempt
     * gives up, the rebuild fails saying why, the live read model and the intake carry on as before, no schema is left.
     */
    @Test
    @Order(2)
    void aSwapThatCannotGetTheLiveTablesFailsAndLeavesTheLiveReadModelAsItWas() throws Exception {
        String county = county();
        List<String> departments = List.of(Events.code("F"), Events.code("F"));
        send(departments.get(0), county, 1, "1200.50");
        send(departments.get(1), county, 1, "800.25");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> new BigDecimal("2000.75").equals(total(county)) && departmentRows(county) == 2);
        String before = answer(county, "functional.类");

        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            reader.createStatement().executeQuery("select count(*) from public.rollup_total").close();
            given().post("/api/v1/admin/rebuild").then().statusCode(202);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                    !"running".equals(given().get("/api/v1/admin/rebuild").then().extract().path("state")));
            reader.rollback();
        }
        JsonPath status = given().get("/api/v1/admin/rebuild").then().extract().jsonPath();
        assertEquals("failed", status.getString("state"));
        assertEquals("swapping", status.getString("phase"));
        assertTrue(status.getString("error").contains("swap did not get the live read model's tables"), status.getString("error"));

        assertEquals(before, answer(county, "functional.类"));
        assertEquals(0, count("select count(*) from pg_namespace where nspname in ('rebuild', 'retired')"));
        // the intake was resumed: a new budget version is applied
        awaitProcessed(produce("budget.events", "org.openbudget.budget.department-budget.changed.v1",
                departments.get(1) + ":" + YEAR, budget(departments.get(1), 2, "999.75")));
        assertEquals(new BigDecimal("2200.25"), total(county));
    }

    /** Readers sample a county of many department-years throughout a rebuild: every answer is the complete one. */
    @Test
    @Order(3)
    void readersSeeTheCompleteRollupThroughoutARebuild() throws Exception {
        String county = county();
        int departments = 120;
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 1; i <= departments; i++) {
            String code = Events.code("R");
            produce("budget.events", "org.openbudget.budget.department.changed.v1", code, department(code, county, 1));
            // three versions each: the replay must end with the newest, as the live intake did
            produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", code + ":" + YEAR, budget(code, 1, amount(i, 1)));
            produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", code + ":" + YEAR, budget(code, 2, amount(i, 2)));
            produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", code + ":" + YEAR, budget(code, 3, amount(i, 3)));
            expected = expected.add(new BigDecimal(amount(i, 3)));
        }
        BigDecimal total = expected;
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> total.equals(total(county)));
        assertEquals(departments, departmentRows(county));

        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        int[] samples = new int[2]; // while running, after
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                boolean running = "running".equals(given().get("/api/v1/admin/rebuild").then().extract().path("state"));
                BigDecimal sampled = total(county);
                int rows = departmentRows(county);
                if (!total.equals(sampled) || rows != departments) {
                    wrong.add(sampled + " in " + rows + " departments");
                }
                samples[running ? 0 : 1]++;
            }
        });
        given().post("/api/v1/admin/rebuild").then().statusCode(202);
        awaitDone();
        Thread.sleep(1000); // a few samples of the swapped-in model
        stop.set(true);
        reader.get();

        assertEquals(List.of(), wrong, "answers different from " + total + " in " + departments + " departments");
        assertTrue(samples[0] >= 3, "samples while the rebuild ran: " + samples[0]);
        assertTrue(samples[1] >= 1, "samples after the swap: " + samples[1]);
        JsonPath status = given().get("/api/v1/admin/rebuild").then().extract().jsonPath();
        assertEquals("swapped", status.getString("phase"));
        assertTrue(status.getLong("replayed") >= 4L * departments, "replayed " + status.getLong("replayed"));
        assertEquals(0, count("select count(*) from pg_namespace where nspname in ('rebuild', 'retired')"));
    }

    /**
     * A writer keeps sending departments and budgets while a rebuild runs; those the live intake applied before the
     * swap went into the live tables the swap retires, so after it they must have come from the replay: the read model
     * holds exactly the sum of everything sent and the processed marker of every event.
     */
    @Test
    @Order(4)
    void eventsAppliedDuringTheRebuildAreInTheReadModelAfterTheSwap() throws Exception {
        String county = county();
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        BigDecimal[] expected = {BigDecimal.ZERO};
        int[] appliedBeforeTheSwap = {0};
        AtomicBoolean stop = new AtomicBoolean();
        // a first department-year before the rebuild, so that the county has a figure throughout
        String first = Events.code("W");
        sent.add(produce("budget.events", "org.openbudget.budget.department.changed.v1", first, department(first, county, 1)));
        sent.add(produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", first + ":" + YEAR, budget(first, 1, "10.01")));
        expected[0] = new BigDecimal("10.01");
        awaitProcessed(sent.get(1));

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 1; !stop.get() && i <= 300; i++) {
                String code = Events.code("W");
                // the budget before its department here and there: the department event moves it into the county
                boolean budgetFirst = i % 3 == 0;
                String a = budgetFirst
                        ? produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", code + ":" + YEAR, budget(code, 1, amount(i, 1)))
                        : produce("budget.events", "org.openbudget.budget.department.changed.v1", code, department(code, county, 1));
                String b = budgetFirst
                        ? produce("budget.events", "org.openbudget.budget.department.changed.v1", code, department(code, county, 1))
                        : produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", code + ":" + YEAR, budget(code, 1, amount(i, 1)));
                sent.add(a);
                sent.add(b);
                synchronized (expected) {
                    expected[0] = expected[0].add(new BigDecimal(amount(i, 1)));
                }
                awaitProcessed(a);
                awaitProcessed(b);
                String phase = given().get("/api/v1/admin/rebuild").then().extract().path("phase");
                if (List.of("preparing", "replaying", "catching-up").contains(phase)) {
                    appliedBeforeTheSwap[0]++;
                }
            }
        });
        Thread.sleep(300);
        given().post("/api/v1/admin/rebuild").then().statusCode(202);
        awaitDone();
        Thread.sleep(300); // and a few more after the swap
        stop.set(true);
        writer.get();

        assertTrue(appliedBeforeTheSwap[0] >= 3, "department-years applied live while the replay ran: " + appliedBeforeTheSwap[0]);
        for (String id : sent) {
            assertTrue(processed(id), "processed marker of " + id);
        }
        assertEquals(expected[0], total(county));
        assertEquals(sent.size() / 2, departmentRows(county));
    }

    private static void awaitDone() {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = given().get("/api/v1/admin/rebuild").then().extract().path("state");
            if ("failed".equals(state)) {
                throw new AssertionError("rebuild failed: " + given().get("/api/v1/admin/rebuild").then().extract().asString());
            }
            return "done".equals(state);
        });
    }

    /** Department-year {@code i}'s amount in version {@code v}, 元: distinct cents so that a lost or doubled one shows. */
    private static String amount(int i, int version) {
        return BigDecimal.valueOf(100_000L * i * version + i, 2).toPlainString();
    }

    private static String county() {
        return "97" + String.format("%04d", RANDOM.nextInt(10_000));
    }

    private static BigDecimal total(String county) {
        JsonPath answer = given().queryParam("region", county).queryParam("drilldown", "functional.类")
                .queryParam("scope", "published").get("/api/v1/rollups/" + YEAR).then().statusCode(200)
                .extract().jsonPath().using(EXACT);
        List<Map<String, Object>> rows = answer.getList("rows");
        return rows.stream().filter(r -> "201".equals(r.get("item"))).findFirst()
                .map(r -> new BigDecimal(((Map<?, ?>) r.get("measures")).get("total").toString()))
                .orElse(BigDecimal.ZERO);
    }

    private static int departmentRows(String county) {
        return given().queryParam("region", county).queryParam("drilldown", "department").queryParam("scope", "published")
.get("/api/v1/rollups/" + YEAR).then().statusCode(200)
                .extract().jsonPath().getInt("rowCount");
    }

    private static String answer(String county, String drilldown) {
        return given().queryParam("region", county).queryParam("drilldown", drilldown).queryParam("scope", "published")
                .get("/api/v1/rollups/" + YEAR).then().statusCode(200).extract().asString();
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String send(String department, String county, long version, String amount) {
        produce("budget.events", "org.openbudget.budget.department.changed.v1", department, department(department, county, 1));
        return produce("budget.events", "org.openbudget.budget.department-budget.changed.v1", department + ":" + YEAR,
                budget(department, version, amount));
    }

    private static ObjectNode department(String code, String county, long version) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("code", code).put("name", "影子重建测试" + code).put("version", version).put("updatedAt", "2024-02-10T08:00:00Z");
        data.putObject("region").put("code", county).put("name", "测试县");
        data.putArray("units");
        return data;
    }

    /** A published budget whose only line is 2010301 (its 类 201 derived), {@code amount} 元 basic. */
    private static ObjectNode budget(String department, long version, String amount) {
        try {
            ObjectNode content = (ObjectNode) Events.JSON.readTree("""
                    {"unit": "元", "functional": {"lines": [
                       {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": %s}}}]}}
                    """.formatted(amount));
            ObjectNode doc = Events.budgetDocument(content, department, YEAR, "published", version, 0);
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("department", department).put("year", YEAR).put("version", version).put("status", "published")
                    .put("adjustment", 0);
            data.set("budget", doc);
            data.set("published", doc);
            return data;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting; returns the event id. */
    private static String produce(String topic, String type, String key, JsonNode data) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0").put("id", id).put("source", "/test").put("type", type)
                .put("time", "2024-02-10T08:00:00Z").put("subject", key).put("datacontenttype", "application/json");
        event.set("data", data);
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, event.toString())).awaitCompletion(Duration.ofSeconds(10));
        return id;
    }

    private static void awaitProcessed(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> processed(id));
    }

    private static boolean processed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(UUID.fromString(id)) != null);
    }
}
