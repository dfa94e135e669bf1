package org.openbudget.performance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A department-year through its life: started from one project table, completed, edited table by
 * table, submitted, reopened, approved, published, then adjusted — with the version, history and
 * one Kafka event per committed change.
 */
@QuarkusTest
class TargetWorkflowTest {

    private static final String MEETING_ROW = """
            {"level1": "产出指标", "level2": "数量指标", "level3": "会议规模", "description": "参加项目开工活动人数",
             "value": "≥100 人", "basis": "会议通知"}""";

    @Test
    void lifeOfADepartmentYear() {
        String dept = Api.uniqueDept("W");
        String set = Api.set(dept, 2022);

        // 1. a project table first: the set exists, but its department-wide part is missing
        Api.json().body(project("会议费", MEETING_ROW)).put(set + "/projects/huiyifei")
                .then().statusCode(201).header("ETag", "\"1\"").body("id", equalTo("huiyifei"));
        JsonNode started = get(set);
        assertTrue(started.get("overallGoal").isNull());
        assertTrue(started.get("specialFunds").isNull());
        assertEquals(List.of("department.overall-goal-missing", "department.special-funds-unstated"),
                rules(started, "error"));

        // 2. it cannot be submitted while the lint reports errors
        Api.json().post(set + "/submit").then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("urn:openbudget:problem:lint-errors"))
                .body("errors.field", hasItems("overallGoal", "specialFunds"));

        // 3. the whole set replaces it (If-Match with the version read)
        Api.json().header("If-Match", "\"1\"").body(Api.cleanSet()).put(set)
                .then().statusCode(200).header("ETag", "\"2\"").body("projects.id", equalTo(List.of("daqiban", "zhengwufuwu")));
        // identical content: no change, no version, no event
        Api.json().body(Api.cleanSet()).put(set).then().statusCode(200).header("ETag", "\"2\"");
        // a stale If-Match is refused
        Api.json().header("If-Match", "\"1\"").body(Api.cleanSet()).put(set)
                .then().statusCode(412).contentType(Api.PROBLEM);

        // 4. add, edit, remove one project table
        Response added = Api.json().body(project("会议费", MEETING_ROW)).post(set + "/projects");
        added.then().statusCode(201).header("ETag", "\"3\"").header("Location", endsWith(set + "/projects/p3"))
                .body("id", equalTo("p3"));
        Api.json().body(project("会议费", MEETING_ROW)).post(set + "/projects").then().statusCode(201).body("id", equalTo("p4"));
        Api.json().body(project("会议费", MEETING_ROW).replace("{\"name\"", "{\"id\": \"p3\", \"name\"")).post(set + "/projects")
                .then().statusCode(409).contentType(Api.PROBLEM).body("type", equalTo("urn:openbudget:problem:project-exists"));
        Api.json().body(project("会议费（调整）", MEETING_ROW.replace("≥100 人", "≥120 人"))).put(set + "/projects/p3")
                .then().statusCode(200).header("ETag", "\"5\"")
                .body("indicators[0].value", equalTo("≥120 人"))
                .body("indicators[0].parsed.number", equalTo(120));
        Api.json().get(set + "/projects/p3").then().statusCode(200).body("name", equalTo("会议费（调整）"));
        Api.json().delete(set + "/projects/p4").then().statusCode(204).header("ETag", "\"6\"");
        Api.json().delete(set + "/projects/p3").then().statusCode(204).header("ETag", "\"7\"");
        Api.json().get(set + "/projects/p3").then().statusCode(404).contentType(Api.PROBLEM);
        Api.json().delete(set + "/projects/p3").then().statusCode(404).contentType(Api.PROBLEM);
        Api.json().get(set + "/projects").then().statusCode(200).body("id", equalTo(List.of("daqiban", "zhengwufuwu")));

        // 5. the workflow: no jumps
        Api.json().post(set + "/publish").then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("urn:openbudget:problem:illegal-transition"));
        Api.json().post(set + "/approve").then().statusCode(409);
        Api.json().post(set + "/submit").then().statusCode(200).body("status", equalTo("submitted")).header("ETag", "\"8\"");
        // submitted content is frozen; issue 15: the slug is budget-service's budget-not-editable (before: not-editable)
        Api.json().body(Api.cleanSet().replace("一是牢固树立精品意识。", "一是改了。")).put(set)
                .then().statusCode(409).body("type", equalTo("urn:openbudget:problem:budget-not-editable"))
                .body("errors[0].field", equalTo("status"));
        Api.json().delete(set + "/projects/daqiban").then().statusCode(409);
        Api.json().post(set + "/reopen").then().statusCode(200).body("status", equalTo("draft"));             // 9
        Api.json().post(set + "/submit").then().statusCode(200);                                               // 10
        Api.json().post(set + "/approve").then().statusCode(200).body("status", equalTo("approved"));        // 11
        JsonNode published = Api.tree(Api.json().post(set + "/publish").then().statusCode(200).header("ETag", "\"12\"")
                .extract().response());
        assertEquals("published", published.get("status").asText());
        assertFalse(published.get("publishedAt").isNull());
        assertFalse(published.get("approvedAt").isNull());
        Api.json().post(set + "/publish").then().statusCode(409);
        Api.json().post(set + "/reopen").then().statusCode(409);

        // 6. a change after publication is an adjusted revision; the published one stays as it was
        String adjustedBody = Api.cleanSet().replace("≥4000 份", "≥5000 份");
        JsonNode adjusted = Api.tree(Api.json().body(adjustedBody).put(set).then().statusCode(200).header("ETag", "\"13\"")
                .extract().response());
        assertEquals(2, adjusted.get("revision").asInt());
        assertTrue(adjusted.get("adjusted").asBoolean());
        assertEquals("draft", adjusted.get("status").asText());
        assertEquals("≥5000 份", adjusted.get("projects").get(0).get("indicators").get(0).get("value").asText());
        JsonNode lastPublished = adjusted.get("lastPublished");
        assertEquals(1, lastPublished.get("revision").asInt());
        assertEquals("published", lastPublished.get("status").asText());
        assertEquals("≥4000 份", lastPublished.get("projects").get(0).get("indicators").get(0).get("value").asText());
        // edits of the adjustment stay in revision 2
        Api.json().body(adjustedBody.replace("≥5000 份", "≥6000 份")).put(set).then().statusCode(200)
                .header("ETag", "\"14\"").body("revision", equalTo(2));

        JsonNode history = Api.tree(Api.json().get(set + "/revisions").then().statusCode(200).extract().response());
        assertEquals(2, history.size());
        assertEquals("published", history.get(0).get("status").asText());
        assertEquals("draft", history.get(1).get("status").asText());
        assertTrue(history.get(1).get("adjusted").asBoolean());
        JsonNode original = Api.tree(Api.json().get(set + "/revisions/1").then().statusCode(200).extract().response());
        assertEquals("published", original.get("status").asText());
        assertEquals("≥4000 份", original.get("projects").get(0).get("indicators").get(0).get("value").asText());
        assertEquals(published.get("projects"), original.get("projects"));
        Api.json().get(set + "/revisions/3").then().statusCode(404).contentType(Api.PROBLEM);

        // 7. listing and filters
        Api.json().queryParam("dept", dept).get("/api/v1/performance").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].revision", equalTo(2))
                .body("items[0].status", equalTo("draft"))
                .body("items[0].publishedRevision", equalTo(1))
                .body("items[0].projects", equalTo(2))
                .body("items[0].indicators", equalTo(8));
        Api.json().queryParam("dept", dept).queryParam("status", "published").get("/api/v1/performance")
                .then().statusCode(200).body("total", equalTo(0));
        Api.json().queryParam("dept", dept).queryParam("year", 2022).queryParam("status", "draft").get("/api/v1/performance")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].department", equalTo(dept));
        Api.json().queryParam("dept", dept).queryParam("year", 2021).get("/api/v1/performance")
                .then().statusCode(200).body("total", equalTo(0));

        // 8. every committed change produced exactly one event, in order, with increasing versions
        List<ConsumerRecord<String, String>> events = EventLog.await(dept + ":2022", 14);
        assertEquals(14, events.size());
        List<Integer> versions = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (ConsumerRecord<String, String> record : events) {
            assertEquals(dept + ":2022", record.key());
            JsonNode event = Api.tree(record.value());
            assertEquals("org.openbudget.performance.targets.changed.v1", event.get("type").asText());
            versions.add(event.get("data").get("version").asInt());
            statuses.add(event.get("data").get("revision").asInt() + ":" + event.get("data").get("status").asText());
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), versions);
        assertEquals(List.of("1:draft", "1:draft", "1:draft", "1:draft", "1:draft", "1:draft", "1:draft",
                "1:submitted", "1:draft", "1:submitted", "1:approved", "1:published", "2:draft", "2:draft"), statuses);
        JsonNode last = Api.tree(events.get(13).value()).get("data");
        assertEquals(1, last.get("lastPublished").get("revision").asInt());
        assertEquals("≥6000 份", last.get("projects").get(0).get("indicators").get(0).get("value").asText());
    }

    /**
     * Issue 15, one workflow for the three owners: an approved revision is no longer reopened (before, reopen moved
     * approved → draft). It changes only through an adjustment (调整): revision 2 in draft, revision 1 stays approved.
     */
    @Test
    void approvedTargetsReopenOnlyThroughAnAdjustment() {
        String set = Api.set(Api.uniqueDept("R"), 2022);
        String changed = Api.cleanSet().replace("≥4000 份", "≥4500 份");
        Api.json().body(Api.cleanSet()).put(set).then().statusCode(201).header("ETag", "\"1\"");
        // a draft is edited, not adjusted
        Api.json().post(set + "/adjustments").then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("urn:openbudget:problem:adjustment-not-allowed"))
                .body("errors[0].field", equalTo("status"));
        Api.json().post(set + "/submit").then().statusCode(200);
        Api.json().post(set + "/approve").then().statusCode(200).header("ETag", "\"3\"");

        for (String back : List.of("/reopen", "/return")) {
            Api.json().post(set + back).then().statusCode(409).contentType(Api.PROBLEM)
                    .body("type", equalTo("urn:openbudget:problem:illegal-transition"))
                    .body("errors[0].field", equalTo("status"))
                    .body("errors[0].message", equalTo("is approved, return needs submitted"))
                    .body("detail", containsString("an approved version goes back to draft only through an adjustment"));
        }
        Api.json().body(changed).put(set).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:budget-not-editable"))
                .body("detail", containsString("POST …/adjustments"));
        Api.json().get(set).then().statusCode(200).header("ETag", "\"3\"").body("status", equalTo("approved"));

        Api.json().post(set + "/adjustments").then().statusCode(201).header("ETag", "\"4\"")
                .body("revision", equalTo(2)).body("adjusted", equalTo(true)).body("status", equalTo("draft"))
                .body("lastPublished", nullValue())
                .body("projects[0].indicators[0].value", equalTo("≥4000 份"));
        Api.json().body(changed).put(set).then().statusCode(200).header("ETag", "\"5\"").body("revision", equalTo(2));
        Api.json().get(set + "/revisions/1").then().statusCode(200).body("status", equalTo("approved"))
                .body("projects[0].indicators[0].value", equalTo("≥4000 份"));
        Api.json().get(set + "/revisions").then().statusCode(200).body("status", equalTo(List.of("approved", "draft")));
    }

    /** A submitted revision goes back to draft by return (退回), and by reopen, the name this service used before. */
    @Test
    void submittedTargetsAreReturnedUnderEitherName() {
        String set = Api.set(Api.uniqueDept("B"), 2022);
        Api.json().body(Api.cleanSet()).put(set).then().statusCode(201);
        for (String back : List.of("/return", "/reopen")) {
            Api.json().post(set + "/submit").then().statusCode(200).body("submittedAt", notNullValue());
            Api.json().post(set + back).then().statusCode(200).body("status", equalTo("draft"))
                    .body("submittedAt", nullValue()).body("revision", equalTo(1));
        }
        Api.json().post(set + "/return").then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:illegal-transition"))
                .body("errors[0].message", equalTo("is draft, return needs submitted"));
    }

    /** Issue 15: the workflow steps take If-Match like every write (before, they ignored it). */
    @Test
    void workflowStepsHonourIfMatch() {
        String set = Api.set(Api.uniqueDept("I"), 2022);
        Api.json().body(Api.cleanSet()).put(set).then().statusCode(201).header("ETag", "\"1\"");
        Api.json().header("If-Match", "\"0\"").post(set + "/submit").then().statusCode(412).contentType(Api.PROBLEM)
                .body("type", equalTo("urn:openbudget:problem:version-mismatch"));
        Api.json().header("If-Match", "abc").post(set + "/submit").then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        Api.json().get(set).then().body("status", equalTo("draft")).header("ETag", "\"1\"");
        Api.json().header("If-Match", "W/\"1\"").post(set + "/submit").then().statusCode(200).header("ETag", "\"2\"");
        Api.json().header("If-Match", "\"1\"").post(set + "/approve").then().statusCode(412);
        Api.json().header("If-Match", "\"2\"").post(set + "/approve").then().statusCode(200).header("ETag", "\"3\"");
    }

    /** The listing takes department= (budget-service's and asset-service's name) as well as dept=. */
    @Test
    void theListingTakesDepartmentAsWellAsDept() {
        String dept = Api.uniqueDept("L");
        Api.json().body(Api.cleanSet()).put(Api.set(dept, 2022)).then().statusCode(201);
        Api.json().queryParam("department", dept).get("/api/v1/performance").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].department", equalTo(dept));
        Api.json().queryParam("department", dept).queryParam("dept", dept).get("/api/v1/performance").then()
                .statusCode(200).body("total", equalTo(1));
        Api.json().queryParam("department", dept).queryParam("dept", "other").get("/api/v1/performance").then()
                .statusCode(400).contentType(Api.PROBLEM).body("errors[0].field", equalTo("department"));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        JsonNode paths = Api.tree(io.restassured.RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().response()).get("paths");
        for (String path : List.of("/api/v1/performance", "/api/v1/performance/{dept}/{year}",
                "/api/v1/performance/{dept}/{year}/lint", "/api/v1/performance/{dept}/{year}/submit",
                "/api/v1/performance/{dept}/{year}/approve", "/api/v1/performance/{dept}/{year}/publish",
                "/api/v1/performance/{dept}/{year}/return", "/api/v1/performance/{dept}/{year}/reopen",
                "/api/v1/performance/{dept}/{year}/adjustments",
                "/api/v1/performance/{dept}/{year}/revisions", "/api/v1/performance/{dept}/{year}/projects",
                "/api/v1/performance/{dept}/{year}/projects/{projectId}")) {
            assertTrue(paths.has(path), path);
        }
        assertTrue(paths.get("/api/v1/performance/{dept}/{year}").has("put"));
        assertTrue(paths.get("/api/v1/performance/{dept}/{year}/projects/{projectId}").has("delete"));
        JsonNode putResponses = paths.get("/api/v1/performance/{dept}/{year}").get("put").get("responses");
        for (String status : List.of("400", "409", "412")) {
            assertTrue(putResponses.get(status).get("content").has("application/problem+json"), status);
        }
        for (String step : List.of("submit", "return", "approve", "publish", "adjustments", "reopen")) {
            JsonNode responses = paths.get("/api/v1/performance/{dept}/{year}/" + step).get("post").get("responses");
            assertTrue(responses.has("409") && responses.has("412"), step);
        }
    }

    @Test
    void unknownSetIs404() {
        String set = Api.set(Api.uniqueDept("N"), 2022);
        Api.json().get(set).then().statusCode(404).contentType(Api.PROBLEM);
        Api.json().get(set + "/lint").then().statusCode(404).contentType(Api.PROBLEM);
        Api.json().get(set + "/projects").then().statusCode(404).contentType(Api.PROBLEM);
        Api.json().post(set + "/submit").then().statusCode(404).contentType(Api.PROBLEM);
        Api.json().delete(set + "/projects/x").then().statusCode(404).contentType(Api.PROBLEM);
    }

    @Test
    void specialFundGoalsAndAmountUnitsRoundTrip() {
        String set = Api.set(Api.uniqueDept("F"), 2023);
        ObjectNode body = (ObjectNode) Api.tree(Api.cleanSet());
        ObjectNode funds = (ObjectNode) body.get("specialFunds");
        funds.put("none", false);
        funds.putNull("statement");
        ((ArrayNode) funds.get("goals")).addObject().put("name", "人防专项资金").put("goal", "完成人防宣传教育任务。");
        ObjectNode budget = (ObjectNode) body.get("projects").get(0).get("budget");
        budget.put("value", new java.math.BigDecimal("20"));
        JsonNode saved = Api.tree(Api.json().body(body.toString()).put(set).then().statusCode(201).extract().response());
        assertEquals("人防专项资金", saved.get("specialFunds").get("goals").get(0).get("name").asText());
        assertFalse(saved.get("specialFunds").get("none").asBoolean());
        // 20 万元 is kept as 20.00 万元 = 200000.00 元; sending 20.00 again is the same content
        assertEquals("20.00", saved.get("projects").get(0).get("budget").get("value").asText());
        assertEquals("200000.00", saved.get("projects").get(0).get("budget").get("yuan").asText());
        budget.put("value", new java.math.BigDecimal("20.00"));
        Api.json().body(body.toString()).put(set).then().statusCode(200).header("ETag", "\"1\"");
    }

    private static JsonNode get(String set) {
        return Api.tree(Api.json().get(set).then().statusCode(200).extract().response());
    }

    private static List<String> rules(JsonNode set, String severity) {
        List<String> rules = new ArrayList<>();
        set.get("lint").get("findings").forEach(f -> {
            if (f.get("severity").asText().equals(severity)) {
                rules.add(f.get("rule").asText());
            }
        });
        return rules;
    }

    private static String project(String name, String row) {
        return "{\"name\": \"" + name + "\", \"budget\": {\"value\": 5.00, \"unit\": \"万元\"}, \"functionalCode\": \"2010302\", "
                + "\"goal\": \"保障一季度重点项目开工活动顺利开展。\", \"indicators\": [" + row + "]}";
    }

}
