package org.openbudget.budget.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.testing.OutboxRowCount;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.budget.security.Callers.BUDGET;
import static org.openbudget.budget.security.Callers.DEPT;
import static org.openbudget.budget.security.Callers.OTHER_DEPT;
import static org.openbudget.budget.security.Callers.as;

/**
 * {@code POST /api/v1/bulk} checks every item as its single PUT would: a budget takes an editor of the item's
 * department, a profile an admin. One refused item is a 403 naming it, and nothing of the request is stored.
 */
@QuarkusTest
@ExplicitTokens
class BulkScopeTest {

    private static final int YEAR = 2063;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void departments() {
        Callers.departments();
    }

    @Test
    void anItemOfAnotherDepartmentRefusesTheWholeRequest() {
        long events = OutboxRowCount.of(db, OTHER_DEPT + ":" + YEAR) + OutboxRowCount.of(db, DEPT + ":" + YEAR);
        // the other department's editor: its own item first, then one of the fixture department
        as(Principal.OTHER_EDITOR).contentType(ContentType.JSON).body(body(item(OTHER_DEPT), item(DEPT)))
                .post("/api/v1/bulk").then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:openbudget:problem:forbidden"))
                .body("errors[0].field", equalTo("items[1]"));
        Callers.asTests().get(BUDGET, OTHER_DEPT, YEAR).then().statusCode(404);
        Callers.asTests().get(BUDGET, DEPT, YEAR).then().statusCode(404);
        assertEquals(events, OutboxRowCount.of(db, OTHER_DEPT + ":" + YEAR) + OutboxRowCount.of(db, DEPT + ":" + YEAR));

        // a department's profile is an admin's, as PUT /api/v1/departments/{code}
        as(Principal.EDITOR).contentType(ContentType.JSON).body(body("{\"department\": \"" + DEPT + "\", \"year\": " + YEAR
                        + ", \"profile\": {\"name\": \"改名\", \"region\": {\"code\": \"990100\", \"name\": \"测试县990100\"}, "
                        + "\"units\": []}}"))
                .post("/api/v1/bulk").then().statusCode(403).body("errors[0].field", equalTo("items[0]"));
        Callers.asTests().get("/api/v1/departments/{code}", DEPT).then().body("name", equalTo("测试部门" + DEPT));

        // no role that writes at all: the gate; no token: sign in
        as(Principal.AUDITOR).contentType(ContentType.JSON).body(body(item(DEPT))).post("/api/v1/bulk").then().statusCode(403);
        as(Principal.ANONYMOUS).contentType(ContentType.JSON).body(body(item(DEPT))).post("/api/v1/bulk").then().statusCode(401);
        Callers.asTests().get(BUDGET, DEPT, YEAR).then().statusCode(404);

        // the department's own editor may: stored and emitted
        as(Principal.EDITOR).contentType(ContentType.JSON).body(body(item(DEPT))).post("/api/v1/bulk").then().statusCode(200)
                .body("items[0].parts.budget.version", equalTo(1)).body("items[0].parts.budget.created", equalTo(true));
        assertEquals(1, Callers.current(DEPT, YEAR).get("version").asInt());
        assertEquals(events + 1, OutboxRowCount.of(db, OTHER_DEPT + ":" + YEAR) + OutboxRowCount.of(db, DEPT + ":" + YEAR));
    }

    private static String item(String dept) {
        return "{\"department\": \"" + dept + "\", \"year\": " + YEAR + ", \"budget\": " + SeedFixture.seedBudget() + "}";
    }

    private static String body(String... items) {
        return "{\"items\": [" + String.join(",", items) + "]}";
    }
}
