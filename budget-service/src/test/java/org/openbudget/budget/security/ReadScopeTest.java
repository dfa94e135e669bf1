package org.openbudget.budget.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.budget.Json.amount;
import static org.openbudget.budget.Json.dec;
import static org.openbudget.budget.security.Callers.BUDGET;
import static org.openbudget.budget.security.Callers.DEPT;
import static org.openbudget.budget.security.Callers.as;

/**
 * Drafts are private: outsiders (anonymous, other departments' editors, other regions' reviewers, admins) read
 * published adjustments only — the document, its tables, its validation report, its history and the listings.
 */
@QuarkusTest
@ExplicitTokens
class ReadScopeTest {

    /** Every read that shows a budget's figures, current adjustment. */
    private static final List<String> READS = List.of(BUDGET, BUDGET + "/tables", BUDGET + "/tables/1",
            BUDGET + "/validation", BUDGET + "/adjustments", BUDGET + "/adjustments/0");

    @BeforeEach
    void departments() {
        Callers.departments();
    }

    @Test
    void anonymousSeesAPublishedBudgetButNotADraftAndSeesItOncePublished() {
        int year = 2070;
        Callers.budget(DEPT, year, Callers.Stage.APPROVED);

        for (String read : READS) {
            refused(as(Principal.ANONYMOUS).get(read, DEPT, year), 401)
                    .header("WWW-Authenticate", startsWith("Bearer"));
            refused(as(Principal.OTHER_EDITOR).get(read, DEPT, year), 403);
            refused(as(Principal.OTHER_REVIEWER).get(read, DEPT, year), 403);
            refused(as(Principal.ADMIN).get(read, DEPT, year), 403);
            as(Principal.EDITOR).get(read, DEPT, year).then().statusCode(200);
            as(Principal.REVIEWER).get(read, DEPT, year).then().statusCode(200);
        }
        // a department-year that does not exist reads the same to an outsider: no way to tell it from a draft
        refused(as(Principal.ANONYMOUS).get(BUDGET, DEPT, year + 1), 401);
        as(Principal.EDITOR).get(BUDGET, DEPT, year + 1).then().statusCode(404);

        Callers.asTests().post(BUDGET + "/publish", DEPT, year).then().statusCode(200);
        for (String read : READS) {
            as(Principal.ANONYMOUS).get(read, DEPT, year).then().statusCode(200);
        }
        as(Principal.ANONYMOUS).get(BUDGET, DEPT, year).then().body("status", equalTo("published"));
    }

    @Test
    void duringAnAdjustmentOutsidersSeeTheLastPublishedRevisionEverywhere() {
        int year = 2071;
        Callers.budget(DEPT, year, Callers.Stage.ADJUSTING); // adjustment 0 published at 394.30, 1 drafted at 400.00

        JsonNode anonymous = Json.read(as(Principal.ANONYMOUS).get(BUDGET, DEPT, year).then().statusCode(200));
        assertEquals(0, anonymous.get("adjustment").asInt());
        assertEquals("published", anonymous.get("status").asText());
        assertEquals(dec("394.30"), amount(anonymous, "/revenue/generalBudget"));
        JsonNode editor = Json.read(as(Principal.EDITOR).get(BUDGET, DEPT, year).then().statusCode(200));
        assertEquals(1, editor.get("adjustment").asInt());
        assertEquals(dec("400.00"), amount(editor, "/revenue/generalBudget"));

        // table 1 row 1 (一般公共预算拨款收入) prints the published figure, not the draft's
        as(Principal.ANONYMOUS).get(BUDGET + "/tables/1", DEPT, year).then().statusCode(200)
                .body("rows[0].cells[1]", equalTo("394.30"));
        as(Principal.EDITOR).get(BUDGET + "/tables/1", DEPT, year).then().statusCode(200)
                .body("rows[0].cells[1]", equalTo("400.00"));
        as(Principal.ANONYMOUS).get(BUDGET + "/adjustments", DEPT, year).then().statusCode(200)
                .body("adjustment", contains(0)).body("status", contains("published"));
        as(Principal.AUDITOR).get(BUDGET + "/adjustments", DEPT, year).then().statusCode(200)
                .body("adjustment", contains(0, 1));
        for (Response draft : List.of(as(Principal.ANONYMOUS).get(BUDGET + "/adjustments/1", DEPT, year),
                as(Principal.ANONYMOUS).queryParam("adjustment", 1).get(BUDGET + "/tables", DEPT, year),
                as(Principal.ANONYMOUS).queryParam("adjustment", 1).get(BUDGET + "/validation", DEPT, year),
                // an adjustment that does not exist is refused too, not a 404 that would tell
                as(Principal.ANONYMOUS).get(BUDGET + "/adjustments/7", DEPT, year))) {
            refused(draft, 401);
        }
        refused(as(Principal.OTHER_REVIEWER).get(BUDGET + "/adjustments/1", DEPT, year), 403);
        as(Principal.REVIEWER).get(BUDGET + "/adjustments/1", DEPT, year).then().statusCode(200);

        // the adjustment published: now it is what everyone sees (its 400.00 does not balance: the editor puts the
        // seed's figures back and changes the prior-year reason instead, so that it can be submitted)
        Callers.asTests().contentType(ContentType.JSON).body(SeedFixture.seedBudget().replace("主要是大气办", "调整后：大气办"))
                .put(BUDGET, DEPT, year).then().statusCode(200);
        Callers.asTests().post(BUDGET + "/submit", DEPT, year).then().statusCode(200);
        Callers.asTests().post(BUDGET + "/approve", DEPT, year).then().statusCode(200);
        refused(as(Principal.ANONYMOUS).get(BUDGET + "/adjustments/1", DEPT, year), 401);
        Callers.asTests().post(BUDGET + "/publish", DEPT, year).then().statusCode(200);
        JsonNode republished = Json.read(as(Principal.ANONYMOUS).get(BUDGET, DEPT, year).then().statusCode(200));
        assertEquals(1, republished.get("adjustment").asInt());
        assertEquals("调整后：大气办、人防办项目减少", republished.at("/priorYear/2/reason").asText());
    }

    @Test
    void listingsShowOutsidersPublishedAdjustmentsOnly() {
        int year = 2072;
        String draftOwn = DEPT;                                        // region 990100, a draft
        String publishedOwnRegion = SeedFixture.uniqueCode("P");       // region 990100, published
        String draftOtherRegion = SeedFixture.uniqueCode("D");         // region 990200, a draft
        String adjustingOtherRegion = SeedFixture.uniqueCode("A");     // region 990200, adjustment 1 drafted
        Callers.department(publishedOwnRegion, Principal.REGION);
        Callers.department(draftOtherRegion, Principal.OTHER_REGION);
        Callers.department(adjustingOtherRegion, Principal.OTHER_REGION);
        Callers.budget(draftOwn, year, Callers.Stage.DRAFT);
        Callers.budget(publishedOwnRegion, year, Callers.Stage.PUBLISHED);
        Callers.budget(draftOtherRegion, year, Callers.Stage.DRAFT);
        Callers.budget(adjustingOtherRegion, year, Callers.Stage.ADJUSTING);

        Map<String, String> published = Map.of(publishedOwnRegion, "0 published", adjustingOtherRegion, "0 published");
        assertEquals(published, listing(Principal.ANONYMOUS, year, null));
        assertEquals(published, listing(Principal.ADMIN, year, null), "admins read no draft by their role");
        assertEquals(published, listing(Principal.OTHER_EDITOR, year, null));
        assertEquals(Map.of(), listing(Principal.ANONYMOUS, year, "draft"), "status filters what the caller sees");
        assertEquals(Map.of(draftOwn, "0 draft", publishedOwnRegion, "0 published", adjustingOtherRegion, "0 published"),
                listing(Principal.EDITOR, year, null));
        assertEquals(Map.of(draftOwn, "0 draft", publishedOwnRegion, "0 published", adjustingOtherRegion, "0 published"),
                listing(Principal.REVIEWER, year, null));
        assertEquals(Map.of(publishedOwnRegion, "0 published", draftOtherRegion, "0 draft", adjustingOtherRegion, "1 draft"),
                listing(Principal.OTHER_REVIEWER, year, null));
        Map<String, String> all = Map.of(draftOwn, "0 draft", publishedOwnRegion, "0 published",
                draftOtherRegion, "0 draft", adjustingOtherRegion, "1 draft");
        assertEquals(all, listing(Principal.AUDITOR, year, null));
        assertEquals(Map.of(draftOwn, "0 draft", draftOtherRegion, "0 draft", adjustingOtherRegion, "1 draft"),
                listing(Principal.AUDITOR, year, "draft"));
        as(Principal.ANONYMOUS).queryParam("year", year).get("/api/v1/budgets").then().statusCode(200)
                .body("total", equalTo(2));
    }

    /** department → "adjustment status" of the listing for the year, as the principal sees it. */
    private static Map<String, String> listing(Principal principal, int year, String status) {
        var request = as(principal).queryParam("year", year).queryParam("pageSize", 500);
        if (status != null) {
            request.queryParam("status", status);
        }
        JsonNode page = Json.read(request.get("/api/v1/budgets").then().statusCode(200));
        Map<String, String> out = new TreeMap<>();
        page.get("items").forEach(i -> out.put(i.get("department").asText(),
                i.get("adjustment").asInt() + " " + i.get("status").asText()));
        assertEquals(out.size(), page.get("total").asInt(), "the total counts what the caller sees");
        return out;
    }

    private static io.restassured.response.ValidatableResponse refused(Response response, int status) {
        return response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }
}
