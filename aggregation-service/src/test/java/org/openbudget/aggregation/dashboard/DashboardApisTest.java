package org.openbudget.aggregation.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.common.testing.security.ExplicitTokens;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the dashboard added to the public roll-up API (issue 18), asked anonymously (published scope) of a county of
 * our own: the seed department's published 2022 budget and a second department's 2021 and 2022. Expected figures
 * are the seed document's printed 万元 (table 9: 三公小计 1.51, 公务用车运行维护费 1.20, 公务接待费 0.31; 项目支出 58.00)
 * plus the second department's, written below in 元.
 */
@QuarkusTest
@ExplicitTokens
class DashboardApisTest {

    private static final String COUNTY = "97" + String.format("%04d", new Random().nextInt(10_000));
    private static final String SEED = Events.code("S");
    private static final String D2 = Events.code("B");
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @BeforeAll
    static void load() throws Exception {
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            Events events = new Events(kafka);
            events.department(SEED, "高邑县政府办", COUNTY, 1);
            events.department(D2, "县财政局", COUNTY, 1);
            events.budget(SEED, 2022, 1, "published", Events.seedBudgetInYuan(), true);
            events.budget(D2, 2021, 1, "published", (ObjectNode) Events.JSON.readTree("""
                    {"unit": "元", "functional": {"lines": [
                      {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": 1000000.00}}}]}}
                    """), true);
            // 2022: 201 basic 1,000,000 and project 200,000; 公务接待费 150,000
            events.budget(D2, 2022, 2, "published", (ObjectNode) Events.JSON.readTree("""
                    {"unit": "元", "functional": {"lines": [
                      {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": 1000000.00}}},
                      {"code": "2010302", "name": "一般行政管理事务", "expenditure": {"generalBudget": {"project": 200000.00}}}]},
                     "economic": {"lines": [{"code": "30217", "name": "公务接待费", "publicUse": 150000.00}]},
                     "threePublic": [{"item": "reception", "generalBudget": 150000.00}]}
                    """), true);
        }
    }

    private static BigDecimal amount(JsonPath json, String item, int year) {
        return json.getObject("items.find { it.item == '" + item + "' }.values.'" + year + "'", BigDecimal.class);
    }

    @Test
    void everyThreePublicItemAcrossYearsInOneAnswerIn10kYuan() {
        JsonPath json = given().queryParam("region", COUNTY).queryParam("dimension", "threePublic")
                .queryParam("unit", "万元").get("/api/v1/rollups/series/items")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        assertEquals("published", json.getString("scope"), "anonymous: the published scope, said in the answer");
        assertEquals("万元", json.getString("unit"));
        assertEquals(List.of(2022), json.getList("years"), "2021's budget has no 三公 row");
        assertEquals(new BigDecimal("15.31"), amount(json, "reception", 2022), "0.31 + 15.00");
        assertEquals(new BigDecimal("1.20"), amount(json, "vehicle", 2022));
        assertEquals(new BigDecimal("1.20"), amount(json, "vehicleOperation", 2022));
        assertEquals(new BigDecimal("16.51"), amount(json, "subtotal", 2022), "1.51 + 15.00");
        assertEquals("公务接待费", json.getString("items.find { it.item == 'reception' }.name").replace("三、", ""));
    }

    @Test
    void expenditureTypesAcrossYears() {
        JsonPath json = given().queryParam("region", COUNTY).queryParam("dimension", "type").queryParam("unit", "万元")
                .get("/api/v1/rollups/series/items").then().statusCode(200).extract().jsonPath().using(EXACT);
        assertEquals(List.of(2021, 2022), json.getList("years"));
        assertEquals(new BigDecimal("100.00"), amount(json, "basic", 2021), "the second department's 2021 only");
        assertEquals(new BigDecimal("78.00"), amount(json, "project", 2022), "58.00 + 20.00");
        assertEquals(null, amount(json, "project", 2021));
    }

    @Test
    void seriesCsvHasOneColumnPerYear() {
        String csv = given().accept("text/csv").queryParam("region", COUNTY).queryParam("dimension", "type")
                .queryParam("unit", "万元").get("/api/v1/rollups/series/items").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("item,name,2021,2022", lines.get(0));
        assertTrue(lines.contains("project,项目支出,,78.00"), csv);
        assertEquals(csv, given().queryParam("format", "csv").queryParam("region", COUNTY).queryParam("dimension", "type")
                .queryParam("unit", "万元").get("/api/v1/rollups/series/items").asString(), "?format=csv = Accept: text/csv");
    }

    @Test
    void formatCsvParameterGivesTheRollupsCsvToAPlainLink() {
        Response byHeader = given().accept("text/csv").queryParam("region", COUNTY).queryParam("drilldown", "functional.类")
                .queryParam("unit", "万元").queryParam("scope", "published").get("/api/v1/rollups/2022");
        // what a browser's link sends: no Accept: text/csv, the parameter instead
        Response byLink = given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .queryParam("region", COUNTY).queryParam("drilldown", "functional.类").queryParam("unit", "万元")
                .queryParam("scope", "published").queryParam("format", "csv").get("/api/v1/rollups/2022");
        assertEquals(200, byLink.statusCode());
        assertTrue(byLink.contentType().startsWith("text/csv"), byLink.contentType());
        assertEquals(byHeader.asString(), byLink.asString());
        assertTrue(byLink.asString().startsWith("department,departmentName,item,name,"), byLink.asString());
        // 201: the seed's 296.93 + 120.00 (the second department's 201 rows)
        assertTrue(byLink.asString().contains(",201,一般公共服务支出,") && byLink.asString().contains("416.93"), byLink.asString());
        // without the parameter the JSON answer is unchanged
        given().queryParam("region", COUNTY).queryParam("drilldown", "functional.类").get("/api/v1/rollups/2022")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/json"));
    }

    @Test
    void badDimensionIsAProblemNamingTheField() {
        given().queryParam("dimension", "nope").get("/api/v1/rollups/series/items").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body(org.hamcrest.Matchers.containsString("dimension"));
        given().queryParam("dimension", "type").queryParam("unit", "kg").get("/api/v1/rollups/series/items").then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString("unit"));
    }
}
