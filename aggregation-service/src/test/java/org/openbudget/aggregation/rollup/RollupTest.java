package org.openbudget.aggregation.rollup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbudget.aggregation.Events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed department plus two synthetic ones in one county: the roll-ups equal sums computed by hand
 * from the seed document's printed figures (万元) and the synthetic figures (元) below.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollupTest {

    /** Amounts read exactly, scale included: 394.30 is not 394.3. */
    private static final io.restassured.path.json.config.JsonPathConfig EXACT =
            new io.restassured.path.json.config.JsonPathConfig(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static KafkaCompanion kafka;
    private static Events events;
    /** A county of our own, so that other tests' departments never mix in. */
    private static final String COUNTY = "99" + String.format("%04d", new Random().nextInt(10_000));
    private static final String SEED = Events.code("S");
    private static final String D2 = Events.code("B");
    private static final String D3 = Events.code("C");
    private static boolean loaded;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        events = new Events(kafka);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static synchronized void load() throws Exception {
        if (loaded) {
            return;
        }
        events.department(SEED, "高邑县政府办", COUNTY, 1);
        events.department(D2, "县财政局, 测试\"引号\"", COUNTY, 1);
        events.budget(SEED, 2022, 3, "published", Events.seedBudgetInYuan(), true);
        events.budget(D2, 2022, 1, "draft", d2Budget(), false);
        events.budget(D2, 2021, 1, "published", d2Budget2021(), true);
        // D3's budget arrives before its department: it must move into the county when that arrives
        events.budget(D3, 2022, 1, "draft", d3Budget(), false);
        events.department(D3, "县发改局", COUNTY, 1);
        events.send("asset.events", "org.openbudget.asset.holdings.changed.v1", SEED + ":2021", assets(SEED, 2021, 8, "1382600.00", "9470900.00"));
        events.send("asset.events", "org.openbudget.asset.holdings.changed.v1", D2 + ":2021", assets(D2, 2021, 2, "300000.00", "500000.00"));
        loaded = true;
    }

    /** 县财政局 2022 in 元: 201 basic 1,000,000 + project 200,000; 208 basic 100,000; 302 and 301 as below. */
    private static ObjectNode d2Budget() throws Exception {
        return (ObjectNode) Events.JSON.readTree("""
                {"unit": "元", "revenue": {"generalBudget": 1300000.00},
                 "functional": {"lines": [
                   {"code": "201", "name": "一般公共服务支出", "expenditure": {"generalBudget": {"basic": 1000000.00, "project": 200000.00}}},
                   {"code": "20103", "name": "政府办公厅（室）及相关机构事务", "expenditure": {"generalBudget": {"basic": 1000000.00, "project": 200000.00}}},
                   {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": 1000000.00}}},
                   {"code": "2010302", "name": "一般行政管理事务", "expenditure": {"generalBudget": {"project": 200000.00}}},
                   {"code": "208", "name": "社会保障和就业支出", "expenditure": {"generalBudget": {"basic": 100000.00}}},
                   {"code": "20805", "name": "行政事业单位养老支出", "expenditure": {"generalBudget": {"basic": 100000.00}}},
                   {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "expenditure": {"generalBudget": {"basic": 100000.00}}}]},
                 "economic": {"lines": [
                   {"code": "301", "name": "工资福利支出", "personnel": 900000.00},
                   {"code": "30101", "name": "基本工资", "personnel": 900000.00},
                   {"code": "302", "name": "商品和服务支出", "publicUse": 200000.00},
                   {"code": "30201", "name": "办公费", "publicUse": 50000.00},
                   {"code": "30217", "name": "公务接待费", "publicUse": 150000.00}]},
                 "threePublic": [{"item": "reception", "generalBudget": 150000.00}]}
                """);
    }

    /** 县财政局 2021: only a total of 1,000,000 in 201 basic — the year-over-year base. */
    private static ObjectNode d2Budget2021() throws Exception {
        return (ObjectNode) Events.JSON.readTree("""
                {"unit": "元", "functional": {"lines": [
                   {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": 1000000.00}}}]}}
                """);
    }

    /** 县发改局 2022: only 项 and 款 rows — their 类 and 301 must be derived. */
    private static ObjectNode d3Budget() throws Exception {
        return (ObjectNode) Events.JSON.readTree("""
                {"unit": "元", "functional": {"lines": [
                   {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": 500000.00}}}]},
                 "economic": {"lines": [{"code": "30101", "name": "基本工资", "personnel": 500000.00}]}}
                """);
    }

    private static ObjectNode assets(String department, int year, int vehicles, String vehicleValue, String total) {
        ObjectNode data = Events.assetState(department, year, 1);
        ObjectNode holding = Events.holding(department, year + "-12-31").put("totalValue", new BigDecimal(total));
        holding.putObject("vehicles").put("quantity", vehicles).put("value", new BigDecimal(vehicleValue));
        data.withArray("holdings").add(holding);
        return data;
    }

    private static JsonPath rollup(String drilldown, Map<String, Object> params) {
        return given().queryParam("region", COUNTY).queryParam("drilldown", drilldown).queryParams(params)
                .get("/api/v1/rollups/2022").then().statusCode(200).extract().jsonPath().using(EXACT);
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

    @Test
    void departmentTotals() throws Exception {
        load();
        JsonPath answer = rollup("department", Map.of("unit", "万元"));
        assertEquals(3, answer.getInt("rowCount"));
        // printed 合计 394.30 (seed); 1,300,000 元 and 500,000 元 as 万元
        assertEquals(new BigDecimal("394.30"), measure(row(answer, "department", SEED), "expenditure"));
        assertEquals(new BigDecimal("130.00"), measure(row(answer, "department", D2), "expenditure"));
        assertEquals(new BigDecimal("50.00"), measure(row(answer, "department", D3), "expenditure"));
        assertEquals(new BigDecimal("574.30"), new BigDecimal(answer.getString("totals.expenditure")));
        assertEquals("县发改局", row(answer, "department", D3).get("departmentName"));
        // seed: 基本 336.30 = 288.65 人员 + 47.65 公用; 项目 58.00
        assertEquals(new BigDecimal("336.30"), measure(row(answer, "department", SEED), "basic"));
        assertEquals(new BigDecimal("58.00"), measure(row(answer, "department", SEED), "project"));
        assertEquals(new BigDecimal("288.65"), measure(row(answer, "department", SEED), "personnel"));
    }

    @Test
    void functionalClassesAddUpAcrossDepartments() throws Exception {
        load();
        JsonPath answer = rollup("functional.类", Map.of("unit", "万元"));
        // 201: seed 296.93 + 财政局 120.00 + 发改局 50.00 (derived from its 项 row)
        assertEquals(new BigDecimal("466.93"), measure(row(answer, "item", "201"), "total"));
        assertEquals(new BigDecimal("38.00").add(new BigDecimal("20.00")), measure(row(answer, "item", "201"), "project"));
        // 208: seed 35.07 + 财政局 10.00; 210, 211, 221 the seed's alone
        assertEquals(new BigDecimal("45.07"), measure(row(answer, "item", "208"), "total"));
        assertEquals(new BigDecimal("25.50"), measure(row(answer, "item", "210"), "total"));
        assertEquals(new BigDecimal("20.00"), measure(row(answer, "item", "211"), "total"));
        assertEquals(new BigDecimal("16.79"), measure(row(answer, "item", "221"), "total"));
        assertEquals("一般公共服务支出", row(answer, "item", "201").get("name"));
        // the seed's 类 rows sum to 394.29 (its known rounding gap) — the roll-up keeps printed figures
        assertEquals(new BigDecimal("574.29"), new BigDecimal(answer.getString("totals.total")));
    }

    @Test
    void economicSectionsAndTheirCut() throws Exception {
        load();
        JsonPath answer = rollup("economic.款", Map.of("unit", "万元"));
        // 30101 基本工资: seed 99.76 + 90.00 + 50.00
        assertEquals(new BigDecimal("239.76"), measure(row(answer, "item", "30101"), "personnel"));
        // 30217 公务接待费: seed 0.31 + 15.00
        assertEquals(new BigDecimal("15.31"), measure(row(answer, "item", "30217"), "publicUse"));
        JsonPath cut = rollup("economic.款", Map.of("unit", "万元", "cut", "economic.类:302"));
        assertTrue(cut.getList("rows.item", String.class).stream().allMatch(i -> i.startsWith("302")));
        // the seed's eight 302 款 (30201 30202 30207 30211 30217 30231 30239 30299); 财政局's two are among them
        assertEquals(8, cut.getInt("rowCount"));
    }

    @Test
    void threePublicItems() throws Exception {
        load();
        JsonPath answer = rollup("threePublic", Map.of("unit", "万元"));
        assertEquals(new BigDecimal("15.31"), measure(row(answer, "item", "reception"), "total"));
        assertEquals(new BigDecimal("1.20"), measure(row(answer, "item", "vehicleOperation"), "total"));
        assertEquals(new BigDecimal("16.51"), measure(row(answer, "item", "subtotal"), "total"));
        assertEquals("公务接待费", row(answer, "item", "reception").get("name"));
    }

    @Test
    void vehicles() throws Exception {
        load();
        JsonPath answer = given().queryParam("region", COUNTY).queryParam("drilldown", "assets").queryParam("unit", "万元")
                .get("/api/v1/rollups/2021").then().statusCode(200).extract().jsonPath().using(EXACT);
        Map<String, Object> vehicles = row(answer, "item", "vehicles");
        assertEquals(new BigDecimal("10"), measure(vehicles, "quantity"), "8 + 2 vehicles, a count is not converted");
        assertEquals(new BigDecimal("168.26"), measure(vehicles, "value"));
        assertEquals(new BigDecimal("997.09"), measure(row(answer, "item", "total"), "value"));
    }

    @Test
    void yearOverYearAndScopes() throws Exception {
        load();
        JsonPath byDept = rollup("department", Map.of());
        Map<String, Object> d2 = row(byDept, "department", D2);
        // 2022 1,300,000 against 2021 1,000,000: +300,000, +30.00%
        assertEquals(new BigDecimal("1000000.00"), new BigDecimal(((Map<?, ?>) d2.get("previous")).get("expenditure").toString()));
        assertEquals(new BigDecimal("300000.00"), new BigDecimal(((Map<?, ?>) d2.get("change")).get("expenditure").toString()));
        assertEquals(new BigDecimal("30.00"), new BigDecimal(((Map<?, ?>) d2.get("changePercent")).get("expenditure").toString()));
        assertNull(row(byDept, "department", SEED).get("previous"));
        // published scope: only the seed is published for 2022
        JsonPath published = rollup("department", Map.of("scope", "published"));
        assertEquals(List.of(SEED), published.getList("rows.department", String.class));
    }

    @Test
    void drillByDepartmentWithinAClassAndCsv() throws Exception {
        load();
        JsonPath answer = rollup("department", Map.of("cut", "functional.类:201", "order", "-amount"));
        assertEquals(List.of(SEED, D2, D3), answer.getList("rows.department", String.class));
        assertEquals(new BigDecimal("2969300.00"), measure(row(answer, "department", SEED), "total"));

        String csv = given().accept("text/csv").queryParam("region", COUNTY).queryParam("drilldown", "department")
                .get("/api/v1/rollups/2022").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("department,departmentName,item,name,"), lines[0]);
        assertEquals(4, lines.length, "header and three departments");
        assertTrue(csv.contains(D2 + ",\"县财政局, 测试\"\"引号\"\"\","), "a name with a comma and quotes is quoted: " + csv);
    }

    @Test
    void aClassificationIsNamedAsItsLatestChangedBudgetNamesItWhateverTheArrivalOrder() throws Exception {
        load();
        String newer = Events.code("N");
        String older = Events.code("O");
        events.department(newer, "县名称新", COUNTY, 1);
        events.department(older, "县名称旧", COUNTY, 1);
        // the budget changed later arrives first; the one changed earlier must not rename the line afterwards
        events.budget(newer, 2023, 1, "draft", namedLine("新名称", "2031-01-02T00:00:00Z"), false);
        events.budget(older, 2023, 1, "draft", namedLine("旧名称", "2031-01-01T00:00:00Z"), false);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath answer = given().queryParam("region", COUNTY).queryParam("drilldown", "functional.项")
                    .get("/api/v1/rollups/2023").then().statusCode(200).extract().jsonPath().using(EXACT);
            assertEquals(2, ((Number) row(answer, "item", "2299999").get("departments")).intValue());
            assertEquals("新名称", row(answer, "item", "2299999").get("name"));
        });
    }

    private static ObjectNode namedLine(String name, String updatedAt) throws Exception {
        ObjectNode budget = (ObjectNode) Events.JSON.readTree("""
                {"unit": "元", "functional": {"lines": [
                   {"code": "2299999", "name": "%s", "expenditure": {"generalBudget": {"basic": 1000.00}}}]}}
                """.formatted(name));
        return budget.put("updatedAt", updatedAt);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: while it runs the read models are being rebuilt
    void aRebuildReproducesTheSameRollups() throws Exception {
        load();
        List<String> questions = List.of("department", "functional.类", "functional.项", "economic.款", "threePublic", "fund", "type");
        Map<String, String> before = new java.util.HashMap<>();
        for (String q : questions) {
            before.put(q, given().queryParam("region", COUNTY).queryParam("drilldown", q).get("/api/v1/rollups/2022")
                    .then().statusCode(200).extract().asString());
        }
        String assets = given().queryParam("region", COUNTY).queryParam("drilldown", "assets").get("/api/v1/rollups/2021")
                .then().statusCode(200).extract().asString();
        // the audit trail is replayed too: the same rows, inserted again without effect (event id is the key)
        Map<String, String> trails = new java.util.HashMap<>();
        for (String path : List.of(SEED + "/2022", D2 + "/2022", D2 + "/2021", D3 + "/2022")) {
            trails.put(path, given().get("/api/v1/audit/" + path).then().statusCode(200).extract().asString());
        }

        given().post("/api/v1/admin/rebuild").then().statusCode(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5)).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> given().get("/api/v1/admin/rebuild").then().extract().path("state").equals("done"));

        for (String q : questions) {
            assertEquals(before.get(q), given().queryParam("region", COUNTY).queryParam("drilldown", q).get("/api/v1/rollups/2022")
                    .then().statusCode(200).extract().asString(), q);
        }
        assertEquals(assets, given().queryParam("region", COUNTY).queryParam("drilldown", "assets").get("/api/v1/rollups/2021")
                .then().statusCode(200).extract().asString());
        trails.forEach((path, trail) -> assertEquals(trail, given().get("/api/v1/audit/" + path).then().statusCode(200)
                .extract().asString(), path));
    }

    @Test
    void timeSeriesAndBadQuestions() throws Exception {
        load();
        Map<String, Object> series = given().queryParam("region", COUNTY).queryParam("dimension", "functional.类")
                .queryParam("item", "201").get("/api/v1/rollups/series").then().statusCode(200).extract().jsonPath().using(EXACT).getMap("");
        assertEquals(new BigDecimal("1000000.00"), new BigDecimal(series.get("2021").toString()));
        assertEquals(new BigDecimal("4669300.00"), new BigDecimal(series.get("2022").toString()));

        given().queryParam("drilldown", "nonsense").get("/api/v1/rollups/2022").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("drilldown"));
        given().queryParam("region", "12a").get("/api/v1/rollups/2022").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("region"));
        given().queryParam("drilldown", "fund").queryParam("cut", "economic.类:301").get("/api/v1/rollups/2022")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("cut"));
        given().queryParam("unit", "千元").get("/api/v1/rollups/2022").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("unit"));
    }
}
