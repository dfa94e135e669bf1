package org.openbudget.asset.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.asset.security.SecurityFixture.DEPT;
import static org.openbudget.asset.security.SecurityFixture.HOLDINGS;
import static org.openbudget.asset.security.SecurityFixture.OTHER_DEPT;
import static org.openbudget.asset.security.SecurityFixture.ITEM;
import static org.openbudget.asset.security.SecurityFixture.as;
import static org.openbudget.asset.security.SecurityFixture.plan;
import static org.openbudget.asset.support.Api.outboxRows;

/**
 * Writes are scoped: an editor writes only the departments of its claim, a reviewer approves only in its region,
 * an auditor writes nothing. A refused write is a 403 problem, changes nothing and emits nothing.
 */
@QuarkusTest
@ExplicitTokens
class ScopedWritesTest {

    @Inject
    DepartmentRegions regions;

    @BeforeEach
    void departments() throws InterruptedException {
        SecurityFixture.regionsKnown(regions);
    }

    @Test
    void anEditorOfAnotherDepartmentIsRefusedAndNothingIsStoredOrEmitted() {
        String year = "2041";
        String base = "/api/v1/procurement/" + DEPT + "/" + year;
        String key = DEPT + ":" + year;

        forbidden(as(Principal.OTHER_EDITOR).body(plan("打印机", "2350.50")).put(base).then());
        forbidden(as(Principal.OTHER_EDITOR).body(HOLDINGS).put("/api/v1/assets/" + DEPT + "/" + year + "-12-31").then());
        as(Principal.EDITOR).get(base).then().statusCode(404);
        as(Principal.EDITOR).get("/api/v1/assets/" + DEPT + "/" + year + "-12-31").then().statusCode(404);
        assertEquals(0, outboxRows(key), "a refused write emits nothing");

        as(Principal.EDITOR).body(plan("打印机", "2350.50")).put(base).then().statusCode(201).body("version", equalTo(1));
        assertEquals(1, outboxRows(key));
        forbidden(as(Principal.OTHER_EDITOR).body(plan("复印机", "9999.00")).put(base).then());
        forbidden(as(Principal.OTHER_EDITOR).body(ITEM).post(base + "/items").then());
        forbidden(as(Principal.OTHER_EDITOR).body(ITEM).put(base + "/items/1").then());
        forbidden(as(Principal.OTHER_EDITOR).delete(base + "/items/1").then());
        forbidden(as(Principal.OTHER_EDITOR).post(base + "/submit").then());
        // the refusal comes before the state check: not 409 (nothing approved yet) or 412 (stale If-Match)
        forbidden(as(Principal.OTHER_EDITOR).post(base + "/publish").then());
        forbidden(as(Principal.OTHER_EDITOR).post(base + "/adjustments").then());
        forbidden(as(Principal.OTHER_EDITOR).header("If-Match", "\"99\"").body(plan("复印机", "9999.00")).put(base).then());

        as(Principal.EDITOR).get(base).then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("draft"))
                .body("items.size()", equalTo(2)).body("items[0].itemName", equalTo("打印机"));
        assertEquals(1, outboxRows(key), "nothing emitted by the refused writes");
    }

    @Test
    void aBulkHoldingOneItemOfAnotherDepartmentIsRefusedNamingItAndStoresNothing() {
        String year = "2048";
        String own = "{\"department\": \"" + DEPT + "\", \"year\": " + year + ", \"holdings\": " + HOLDINGS
                + ", \"procurement\": " + plan("打印机", "2350.50") + "}";
        String other = own.replace("\"" + DEPT + "\"", "\"" + OTHER_DEPT + "\"");

        forbidden(as(Principal.EDITOR).body("{\"items\": [" + own + ", " + other + "]}").post("/api/v1/bulk").then())
                .body("errors[0].field", equalTo("items[1]"));
        forbidden(as(Principal.AUDITOR).body("{\"items\": [" + own + "]}").post("/api/v1/bulk").then());
        as(Principal.EDITOR).get("/api/v1/procurement/" + DEPT + "/" + year).then().statusCode(404);
        assertEquals(0, outboxRows(DEPT + ":" + year) + outboxRows(DEPT + ":" + (Integer.parseInt(year) - 1)),
                "a refused bulk emits nothing");

        as(Principal.EDITOR).body("{\"items\": [" + own + "]}").post("/api/v1/bulk").then().statusCode(200)
                .body("items[0].parts.procurement.version", equalTo(1)).body("items[0].parts.holdings.created", equalTo(true));
        assertEquals(1, outboxRows(DEPT + ":" + year));
    }

    @Test
    void aReviewerOfAnotherRegionCannotApproveTheReviewerOfTheRegionCan() {
        String year = "2042";
        String base = "/api/v1/procurement/" + DEPT + "/" + year;
        String key = DEPT + ":" + year;
        as(Principal.EDITOR).body(plan("打印机", "2350.50")).put(base).then().statusCode(201);
        as(Principal.EDITOR).post(base + "/submit").then().statusCode(200).body("status", equalTo("submitted"));
        long rows = outboxRows(key);

        forbidden(as(Principal.OTHER_REVIEWER).post(base + "/approve").then());
        forbidden(as(Principal.EDITOR).post(base + "/approve").then()); // the editor may not approve its own
        as(Principal.ANONYMOUS).post(base + "/approve").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        as(Principal.EDITOR).get(base).then().statusCode(200).body("status", equalTo("submitted"));
        assertEquals(rows, outboxRows(key));

        as(Principal.REVIEWER).queryParam("approvedOn", "2042-02-10").post(base + "/approve").then().statusCode(200)
                .body("status", equalTo("approved")).body("approvedOn", equalTo("2042-02-10"));
        // publishing is the editor's, once approved
        forbidden(as(Principal.REVIEWER).post(base + "/publish").then());
        as(Principal.EDITOR).post(base + "/publish").then().statusCode(200).body("status", equalTo("published"));
        assertEquals(rows + 2, outboxRows(key));
    }

    @Test
    void theAuditorReadsDraftsButEveryWriteIsRefused() {
        String year = "2043";
        String base = "/api/v1/procurement/" + DEPT + "/" + year;
        String holdings = "/api/v1/assets/" + DEPT + "/" + year + "-12-31";
        String key = DEPT + ":" + year;
        as(Principal.EDITOR).body(plan("打印机", "2350.50")).put(base).then().statusCode(201);
        as(Principal.EDITOR).body(HOLDINGS).put(holdings).then().statusCode(201);
        long rows = outboxRows(key);

        as(Principal.AUDITOR).get(base).then().statusCode(200).body("status", equalTo("draft"));
        as(Principal.AUDITOR).get(base + "/items/1").then().statusCode(200).body("itemName", equalTo("打印机"));
        as(Principal.AUDITOR).get(base + "/validation").then().statusCode(200);
        as(Principal.AUDITOR).get(base + "/revisions").then().statusCode(200).body("size()", equalTo(1));
        as(Principal.AUDITOR).get(holdings).then().statusCode(200).body("vehicles.quantity", equalTo(8));
        as(Principal.AUDITOR).get(holdings + "/validation").then().statusCode(200);

        forbidden(as(Principal.AUDITOR).body(plan("复印机", "9999.00")).put(base).then());
        forbidden(as(Principal.AUDITOR).body(ITEM).post(base + "/items").then());
        forbidden(as(Principal.AUDITOR).body(ITEM).put(base + "/items/1").then());
        forbidden(as(Principal.AUDITOR).delete(base + "/items/1").then());
        forbidden(as(Principal.AUDITOR).post(base + "/submit").then());
        forbidden(as(Principal.AUDITOR).post(base + "/approve").then());
        forbidden(as(Principal.AUDITOR).post(base + "/publish").then());
        forbidden(as(Principal.AUDITOR).post(base + "/adjustments").then());
        forbidden(as(Principal.AUDITOR).body(HOLDINGS.replace("947.09", "948.09").replace("808.83", "809.83")).put(holdings).then());

        as(Principal.EDITOR).get(base).then().body("version", equalTo(1)).body("items.size()", equalTo(2));
        as(Principal.EDITOR).get(holdings).then().body("version", equalTo(1));
        assertEquals(rows, outboxRows(key), "the auditor's refused writes emit nothing");
    }

    private static io.restassured.response.ValidatableResponse forbidden(io.restassured.response.ValidatableResponse response) {
        return response.statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:openbudget:problem:forbidden"));
    }
}
