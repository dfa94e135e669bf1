package org.openbudget.aggregation.rollup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;

import javax.sql.DataSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Issue 16: a change in one county invalidates that county's part of a province's answers and nothing else, and
 * every kind of change an answer shows still reaches it — a budget (amounts), a department event (name), a new
 * classification name (labels). Two counties of one prefecture of our own; expected figures by hand from the budgets
 * below (元).
 */
@QuarkusTest
class RegionCacheTest {

    private static final io.restassured.path.json.config.JsonPathConfig EXACT =
            new io.restassured.path.json.config.JsonPathConfig(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    /** A prefecture no other test uses ("97" + 2 random digits), with two counties. */
    private static final String PREFECTURE = "97" + String.format("%02d", new Random().nextInt(100));
    private static final String EAST = PREFECTURE + "01";
    private static final String WEST = PREFECTURE + "02";
    private static final String A = Events.code("RA");
    private static final String B = Events.code("RB");
    private static final int YEAR = 2023;
    /** A 项 of 其他支出 no other test names. */
    private static final String CODE = "2299998";
    private static KafkaCompanion kafka;
    private static Events events;

    @Inject
    RollupCache cache;
    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        events = new Events(kafka);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static ObjectNode budget(String amount, String name) throws Exception {
        return (ObjectNode) Events.JSON.readTree("""
                {"unit": "元", "functional": {"lines": [
                   {"code": "%s", "name": "%s", "expenditure": {"generalBudget": {"basic": %s}}}]}}
                """.formatted(CODE, name, amount));
    }

    private static JsonPath rollup(String drilldown) {
        return given().queryParam("region", PREFECTURE).queryParam("drilldown", drilldown).queryParam("pageSize", 100)
                .get("/api/v1/rollups/" + YEAR).then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    private static Map<String, Object> row(JsonPath answer, String field, String value) {
        List<Map<String, Object>> rows = answer.getList("rows");
        return rows.stream().filter(r -> value.equals(r.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + field + "=" + value + " in " + rows));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal measure(Map<String, Object> row, String measure) {
        return new BigDecimal(((Map<String, Object>) row.get("measures")).get(measure).toString());
    }

    private RollupGenerations counters() {
        return RollupGenerations.read(dataSource, PREFECTURE);
    }

    /** The kept part of "{@link #YEAR} by department" of one county, under the counters given. */
    private RollupCells keptByDepartment(String county, RollupGenerations under) {
        RollupRequest shape = new RollupRequest(YEAR, null, Dimension.DEPARTMENT, false, List.of(), Scope.CURRENT, "item", 0, 0);
        return cache.part(shape, county, under.labels(), under.regions().get(county));
    }

    @Test
    void aChangeInOneCountyLeavesTheOtherCountysPartAndEveryChangeReachesTheAnswer() throws Exception {
        events.department(A, "东县财政局", EAST, 1);
        events.department(B, "西县财政局", WEST, 1);
        events.budget(A, YEAR, 1, "draft", budget("1000.00", "其他支出甲"), false);
        events.budget(B, YEAR, 1, "draft", budget("250.00", "其他支出甲"), false);

        JsonPath first = rollup("department");
        assertEquals(2, first.getInt("rowCount"));
        assertEquals(new BigDecimal("1250.00"), new BigDecimal(first.getString("totals.expenditure")));
        RollupGenerations before = counters();
        RollupCells west = keptByDepartment(WEST, before);
        assertNotNull(west, "each county's part is kept");
        // a county answer is a province answer of one county: its departments add up across counties
        assertEquals(2, ((Number) row(rollup("functional.项"), "item", CODE).get("departments")).intValue());

        // a budget of the east county changes: only the east county's counter moves
        events.budget(A, YEAR, 2, "draft", budget("1500.00", "其他支出甲"), false);
        RollupGenerations afterBudget = counters();
        assertNotEquals(before.regions().get(EAST), afterBudget.regions().get(EAST));
        assertEquals(before.regions().get(WEST), afterBudget.regions().get(WEST));
        assertEquals(before.labels(), afterBudget.labels(), "the same names printed again change no label");
        JsonPath second = rollup("department");
        assertEquals(new BigDecimal("1500.00"), measure(row(second, "department", A), "expenditure"));
        assertEquals(new BigDecimal("1750.00"), new BigDecimal(second.getString("totals.expenditure")));
        assertSame(west, keptByDepartment(WEST, afterBudget), "the west county's part was reused, not read again");

        // a department renamed: its county's counter moves, the answer shows the new name
        events.department(B, "西县财政局（更名）", WEST, 2);
        RollupGenerations afterRename = counters();
        assertNotEquals(afterBudget.regions().get(WEST), afterRename.regions().get(WEST));
        assertEquals(afterBudget.regions().get(EAST), afterRename.regions().get(EAST));
        assertEquals("西县财政局（更名）", row(rollup("department"), "department", B).get("departmentName"));
        assertNull(keptByDepartment(WEST, afterBudget), "the west part kept under the old counter is gone");

        // a classification named anew: the labels counter moves, every answer names it anew
        assertEquals("其他支出甲", row(rollup("functional.项"), "item", CODE).get("name"));
        events.budget(B, YEAR, 2, "draft", budget("250.00", "其他支出乙"), false);
        RollupGenerations afterName = counters();
        assertEquals(afterRename.labels() + 1, afterName.labels());
        assertEquals("其他支出乙", row(rollup("functional.项"), "item", CODE).get("name"));
        assertEquals(new BigDecimal("1750.00"), measure(row(rollup("functional.项"), "item", CODE), "total"));
    }
}
