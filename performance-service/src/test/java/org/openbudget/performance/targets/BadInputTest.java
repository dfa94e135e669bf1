package org.openbudget.performance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is a 4xx {@code application/problem+json} naming the offending field, and leaves the
 * stored set exactly as it was (same version, same content, so no event either).
 */
@QuarkusTest
class BadInputTest {

    private String dept;
    private String set;
    private String before;

    @BeforeEach
    void storeACleanSet() {
        dept = Api.uniqueDept("B");
        set = Api.set(dept, 2022);
        Api.json().body(Api.cleanSet()).put(set).then().statusCode(201);
        before = Api.json().get(set).then().statusCode(200).extract().asString();
    }

    @Test
    void malformedJson() {
        assertRejected(Api.json().body("{\"overallGoal\": ").put(set), 400, "$");
    }

    @Test
    void unknownField() {
        assertRejected(put(b -> b.put("remarks", "x")), 400, "remarks");
        assertRejected(put(b -> row(b, 0, 0).put("weight", 10)), 400, "projects[0].indicators[0].weight");
    }

    @Test
    void wrongTypes() {
        assertRejected(put(b -> b.put("overallGoal", 5)), 400, "overallGoal");
        assertRejected(put(b -> ((ObjectNode) b.get("specialFunds")).put("none", "true")), 400, "specialFunds.none");
        assertRejected(put(b -> budget(b, 0).put("value", "abc")), 400, "projects[0].budget.value");
        assertRejected(put(b -> b.put("safeguards", "一是……")), 400, "safeguards");
    }

    @Test
    void missingOrBlankRequiredFields() {
        assertRejected(put(b -> b.remove("specialFunds")), 400, "specialFunds");
        assertRejected(put(b -> b.put("overallGoal", " ")), 400, "overallGoal");
        assertRejected(put(b -> row(b, 0, 0).put("level1", "")), 400, "projects[0].indicators[0].level1");
        assertRejected(put(b -> row(b, 0, 1).remove("value")), 400, "projects[0].indicators[1].value");
        assertRejected(put(b -> project(b, 1).remove("id")), 400, "projects[1].id");
        assertRejected(put(b -> project(b, 0).putNull("indicators")), 400, "projects[0].indicators");
        assertRejected(put(b -> ((ObjectNode) b.get("subGoals").get(0)).set("entries", b.arrayNode())), 400, "subGoals[0].entries");
        assertRejected(Api.json().put(set), 400, null);
    }

    @Test
    void badAmounts() {
        assertRejected(put(b -> budget(b, 0).put("unit", "千元")), 400, "projects[0].budget.unit");
        assertRejected(put(b -> budget(b, 0).put("value", new java.math.BigDecimal("-1.00"))), 400, "projects[0].budget.value");
        assertRejected(put(b -> budget(b, 1).put("value", new java.math.BigDecimal("380000.005"))), 400, "projects[1].budget.value");
        assertRejected(put(b -> budget(b, 0).put("value", new java.math.BigDecimal("20.0000001"))), 400, "projects[0].budget.value");
        assertRejected(put(b -> budget(b, 0).remove("unit")), 400, "projects[0].budget.unit");
    }

    @Test
    void badCodesAndIds() {
        assertRejected(put(b -> project(b, 0).put("functionalCode", "21103011")), 400, "projects[0].functionalCode");
        assertRejected(put(b -> project(b, 0).put("functionalCode", "211030 1")), 400, "projects[0].functionalCode");
        assertRejected(put(b -> project(b, 1).put("id", "daqiban")), 400, "projects[1].id");
        assertRejected(put(b -> project(b, 0).put("id", "大气办")), 400, "projects[0].id");
    }

    @Test
    void specialFundsContradiction() {
        assertRejected(put(b -> ((ArrayNode) b.get("specialFunds").get("goals")).addObject().put("name", "x").put("goal", "y")),
                400, "specialFunds.goals");
    }

    @Test
    void badPathHeaderAndQuery() {
        assertRejected(Api.json().body(Api.cleanSet()).put(Api.set("43-4", 2022)), 400, "dept");
        assertRejected(Api.json().body(Api.cleanSet()).put(Api.set(dept, 1999)), 400, "year");
        assertRejected(Api.json().header("If-Match", "abc").body(Api.cleanSet()).put(set), 400, "If-Match");
        assertRejected(Api.json().queryParam("status", "archived").get("/api/v1/performance"), 400, "status");
        assertRejected(Api.json().queryParam("pageSize", 0).get("/api/v1/performance"), 400, "pageSize");
    }

    @Test
    void badSingleProject() {
        String project = Api.tree(Api.cleanSet()).get("projects").get(0).toString();
        assertRejected(Api.json().body(project).put(set + "/projects/other"), 400, "id");
        assertRejected(Api.json().body(project.replace("\"id\":\"daqiban\",", "")).put(set + "/projects/-x"), 400, "projectId");
        assertRejected(Api.json().body(project.replace("\"unit\":\"万元\"", "\"unit\":\"元\"").replace("20.00", "20.001"))
                .put(set + "/projects/daqiban"), 400, "budget.value");
        assertRejected(Api.json().body(project.replace("\"name\":\"大气办经费\"", "\"name\":\"\""))
                .post(set + "/projects"), 400, "name");
    }

    /** Sends the clean set with one change made to it. */
    private Response put(Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) Api.tree(Api.cleanSet());
        change.accept(body);
        return Api.json().body(body.toString()).put(set);
    }

    private void assertRejected(Response response, int status, String field) {
        response.then().statusCode(status).contentType(Api.PROBLEM);
        JsonNode problem = Api.tree(response);
        assertEquals(status, problem.get("status").asInt());
        if (field != null) {
            List<String> fields = new ArrayList<>();
            problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertTrue(fields.contains(field), () -> "expected " + field + " among " + fields + " in " + problem);
        }
        String after = Api.json().get(set).then().statusCode(200).extract().asString();
        assertEquals(before, after, "a rejected request must not change the stored set");
    }

    private static ObjectNode project(ObjectNode body, int i) {
        return (ObjectNode) body.get("projects").get(i);
    }

    private static ObjectNode row(ObjectNode body, int project, int row) {
        return (ObjectNode) body.get("projects").get(project).get("indicators").get(row);
    }

    private static ObjectNode budget(ObjectNode body, int project) {
        return (ObjectNode) project(body, project).get("budget");
    }
}
