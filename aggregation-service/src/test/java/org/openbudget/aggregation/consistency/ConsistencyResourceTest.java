package org.openbudget.aggregation.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report endpoints on read models built from real events: a county of four departments, ranked. */
@QuarkusTest
class ConsistencyResourceTest {

    private static final String COUNTY = "98" + String.format("%04d", new Random().nextInt(10_000));
    private static final String OK = Events.code("K");
    private static final String WRONG = Events.code("W");
    private static final String MISSING = Events.code("M");
    private static final String LATE = Events.code("L");
    private static KafkaCompanion kafka;

    @BeforeAll
    static void load() throws Exception {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        Events events = new Events(kafka);
        for (String code : List.of(OK, WRONG, MISSING, LATE)) {
            events.department(code, "部门" + code, COUNTY, 1);
        }
        events.budget(OK, 2022, 1, "published", seed("2022-01-10", "2022-01-25T09:00:00Z"), true);
        ObjectNode wrong = seed(null, null);
        for (JsonNode line : wrong.withArray("threePublic")) {
            if (line.path("item").asText().equals("vehicleOperation")) {
                ((ObjectNode) line).put("generalBudget", new BigDecimal("22000.00")); // 2.20 against 30231 1.20
            }
        }
        events.budget(WRONG, 2022, 1, "draft", wrong, false);
        events.budget(LATE, 2022, 1, "published", seed("2022-01-10", "2022-03-01T09:00:00Z"), true);
        for (String code : List.of(OK, WRONG, LATE)) {
            // the seed's four project tables, which print no amounts
            ObjectNode targets = Events.targetsState(code, 2022, 1, "published");
            int n = 0;
            for (String project : List.of("大气办经费", "会议费", "政府聘请法律顾问经费", "政务服务")) {
                targets.withArray("projects").addObject().put("id", "p" + ++n).put("name", project).putNull("budget")
                        .putNull("functionalCode").put("goal", "").putArray("indicators");
            }
            events.send("performance.events", "org.openbudget.performance.targets.changed.v1", code + ":2022", targets);
        }
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static ObjectNode seed(String approvalDate, String publishedAt) throws Exception {
        ObjectNode budget = Events.seedBudgetInYuan();
        budget.put("inputUnit", "万元");
        if (approvalDate != null) {
            budget.put("approvalDate", approvalDate);
            budget.put("publishedAt", publishedAt);
        }
        return budget;
    }

    @Test
    void theCountyViewRanksMissingLateAndWrongDepartments() {
        JsonPath county = given().queryParam("region", COUNTY).get("/api/v1/consistency/2022")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(MISSING, LATE, WRONG, OK), county.getList("departments.department", String.class));
        assertEquals(List.of("missing", "late", "errors", "warnings"), county.getList("departments.state", String.class));
        assertEquals(4, county.getInt("totals.departments"));
        assertEquals(1, county.getInt("totals.missing"));
        assertTrue(county.getList("departments[2].errorRules", String.class).contains("cross.three-public.vehicle-operation"));
    }

    @Test
    void aDepartmentReportNamesTheFiguresAndTheSourceVersions() {
        given().get("/api/v1/consistency/{d}/2022", WRONG).then().statusCode(200)
                .body("sourceVersions.budget", equalTo(1))
                .body("sourceVersions.performance", equalTo(1))
                .body("sourceVersions.department", equalTo(1))
                .body("counts.error", equalTo(1))
                .body("findings[0].rule", equalTo("cross.three-public.vehicle-operation"))
                .body("findings[0].severity", equalTo("error"))
                .body("findings[0].figures[0].stated", equalTo(2.20f))
                .body("findings[0].figures[0].expected", equalTo(1.20f));
        JsonPath ok = given().get("/api/v1/consistency/{d}/2022", OK).then().statusCode(200).extract().jsonPath();
        assertEquals(0, ok.getInt("counts.error"), ok.prettify());
        given().get("/api/v1/consistency/{d}/2022", LATE).then().statusCode(200)
                .body("findings.rule", org.hamcrest.Matchers.hasItem("timeliness.late"));
        given().queryParam("scope", "everything").get("/api/v1/consistency/{d}/2022", OK).then().statusCode(400)
                .body("errors[0].field", equalTo("scope"));
    }
}
