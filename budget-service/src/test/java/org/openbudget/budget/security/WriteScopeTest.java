package org.openbudget.budget.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.testing.OutboxRowCount;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.budget.Json.amount;
import static org.openbudget.budget.Json.dec;
import static org.openbudget.budget.security.Callers.BUDGET;
import static org.openbudget.budget.security.Callers.DEPT;
import static org.openbudget.budget.security.Callers.as;

/**
 * Writes are the department's editors', approvals its region's reviewers': a refused write is a 403 problem that
 * stores nothing and emits nothing, whatever state the budget is in.
 */
@QuarkusTest
@ExplicitTokens
class WriteScopeTest {

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void departments() {
        Callers.departments();
    }

    @Test
    void anEditorOfAnotherDepartmentIsRefusedAndNothingIsStoredOrEmitted() {
        int year = 2060;
        Callers.budget(DEPT, year, Callers.Stage.DRAFT);
        String key = DEPT + ":" + year;
        long events = OutboxRowCount.of(db, key);

        forbidden(as(Principal.OTHER_EDITOR).contentType(ContentType.JSON).body(Callers.changedBudget()).put(BUDGET, DEPT, year));
        forbidden(as(Principal.OTHER_EDITOR).contentType(ContentType.JSON).body("{\"generalBudget\": 1.00}")
                .put(BUDGET + "/lines/revenue", DEPT, year));
        forbidden(as(Principal.OTHER_EDITOR).delete(BUDGET + "/lines/economic/301", DEPT, year));
        forbidden(as(Principal.OTHER_EDITOR).post(BUDGET + "/submit", DEPT, year));
        // nor may it create a budget for a department-year that has none
        forbidden(as(Principal.OTHER_EDITOR).contentType(ContentType.JSON).body(SeedFixture.seedBudget())
                .put(BUDGET, DEPT, year + 1));

        JsonNode after = Callers.current(DEPT, year);
        assertEquals(1, after.get("version").asInt(), "nothing stored");
        assertEquals("draft", after.get("status").asText());
        assertEquals(dec("394.30"), amount(after, "/revenue/generalBudget"));
        assertEquals(events, OutboxRowCount.of(db, key), "nothing emitted");
        Callers.asTests().get(BUDGET, DEPT, year + 1).then().statusCode(404);
        assertEquals(0, OutboxRowCount.of(db, DEPT + ":" + (year + 1)));

        // the department's own editor may, and its change is stored and emitted
        as(Principal.EDITOR).contentType(ContentType.JSON).body(Callers.changedBudget()).put(BUDGET, DEPT, year)
                .then().statusCode(200).body("version", equalTo(2));
        assertEquals(dec("400.00"), amount(Callers.current(DEPT, year), "/revenue/generalBudget"));
        assertEquals(events + 1, OutboxRowCount.of(db, key));
    }

    @Test
    void aReviewerOfAnotherRegionCannotApproveTheReviewerOfTheRegionCan() {
        int year = 2061;
        Callers.budget(DEPT, year, Callers.Stage.SUBMITTED);
        String key = DEPT + ":" + year;
        long events = OutboxRowCount.of(db, key);

        forbidden(as(Principal.OTHER_REVIEWER).contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}")
                .post(BUDGET + "/approve", DEPT, year));
        forbidden(as(Principal.OTHER_REVIEWER).post(BUDGET + "/approve", DEPT, year));
        forbidden(as(Principal.OTHER_REVIEWER).post(BUDGET + "/return", DEPT, year));
        // the department's editor does not approve its own budget either
        forbidden(as(Principal.EDITOR).post(BUDGET + "/approve", DEPT, year));
        assertEquals("submitted", Callers.current(DEPT, year).get("status").asText());
        assertEquals(events, OutboxRowCount.of(db, key));

        as(Principal.REVIEWER).contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}")
                .post(BUDGET + "/approve", DEPT, year).then().statusCode(200)
                .body("status", equalTo("approved")).body("approvalDate", equalTo("2022-01-20"));
        // publishing is the editor's, once approved
        forbidden(as(Principal.REVIEWER).post(BUDGET + "/publish", DEPT, year));
        as(Principal.EDITOR).post(BUDGET + "/publish", DEPT, year).then().statusCode(200).body("status", equalTo("published"));
        assertEquals(events + 2, OutboxRowCount.of(db, key));
    }

    @Test
    void theAuditorReadsDraftsButEveryWriteIsRefused() {
        int year = 2062;
        Callers.budget(DEPT, year, Callers.Stage.SUBMITTED);
        String key = DEPT + ":" + year;
        long events = OutboxRowCount.of(db, key);

        as(Principal.AUDITOR).get(BUDGET, DEPT, year).then().statusCode(200).body("status", equalTo("submitted"));
        as(Principal.AUDITOR).get(BUDGET + "/tables/1", DEPT, year).then().statusCode(200);
        as(Principal.AUDITOR).get(BUDGET + "/validation", DEPT, year).then().statusCode(200);
        as(Principal.AUDITOR).get(BUDGET + "/adjustments/0", DEPT, year).then().statusCode(200);
        as(Principal.AUDITOR).get(BUDGET + "/adjustments", DEPT, year).then().statusCode(200)
                .body("status", contains("submitted"));
        as(Principal.AUDITOR).queryParam("year", year).get("/api/v1/budgets").then().statusCode(200)
                .body("items.status", hasItem("submitted"));

        forbidden(as(Principal.AUDITOR).contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(BUDGET, DEPT, year));
        forbidden(as(Principal.AUDITOR).contentType(ContentType.JSON).body("{\"item\": \"reception\", \"generalBudget\": 0.41}")
                .put(BUDGET + "/lines/three-public/reception", DEPT, year));
        forbidden(as(Principal.AUDITOR).delete(BUDGET + "/lines/prior-year/reception", DEPT, year));
        forbidden(as(Principal.AUDITOR).post(BUDGET + "/submit", DEPT, year));
        forbidden(as(Principal.AUDITOR).post(BUDGET + "/return", DEPT, year));
        forbidden(as(Principal.AUDITOR).post(BUDGET + "/approve", DEPT, year));
        forbidden(as(Principal.AUDITOR).post(BUDGET + "/publish", DEPT, year));
        forbidden(as(Principal.AUDITOR).post(BUDGET + "/adjustments", DEPT, year));
        forbidden(as(Principal.AUDITOR).contentType(ContentType.JSON).body("""
                {"name": "改名", "region": {"code": "990100", "name": "测试县990100"}, "units": []}""")
                .put("/api/v1/departments/{code}", DEPT));
        forbidden(as(Principal.AUDITOR).contentType("text/csv").body("code,name,level\n301,工资福利支出,类\n")
                .put("/api/v1/classifications/economic/{year}", 2090));

        JsonNode after = Callers.current(DEPT, year);
        assertEquals("submitted", after.get("status").asText());
        assertEquals(2, after.get("version").asInt());
        assertEquals(events, OutboxRowCount.of(db, key), "nothing emitted");
        Callers.asTests().get("/api/v1/departments/{code}", DEPT).then().body("name", equalTo("测试部门" + DEPT));
        Callers.asTests().get("/api/v1/classifications/economic/years").then()
                .body("$", not(hasItem(2090)));
    }

    private static void forbidden(Response response) {
        response.then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403)).body("type", equalTo("urn:openbudget:problem:forbidden"));
    }
}
