package org.openbudget.asset.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.openbudget.asset.security.SecurityFixture.DEPT;
import static org.openbudget.asset.security.SecurityFixture.HOLDINGS;
import static org.openbudget.asset.security.SecurityFixture.as;
import static org.openbudget.asset.security.SecurityFixture.plan;
import static org.openbudget.asset.support.Api.dec;

/**
 * Drafts are private: a plan that was never published is 401 for anonymous and 403 for an outsider on every read
 * that would show its figures; once published everyone sees it, and a later draft adjustment stays hidden behind
 * the published revision. Holdings are always draft reads here.
 */
@QuarkusTest
@ExplicitTokens
class DraftVisibilityTest {

    @Inject
    DepartmentRegions regions;

    @BeforeEach
    void departments() throws InterruptedException {
        SecurityFixture.regionsKnown(regions);
    }

    @Test
    void anonymousSeesThePublishedRevisionOnlyAndNeverADraftsFigures() {
        String year = "2051";
        String base = "/api/v1/procurement/" + DEPT + "/" + year;
        as(Principal.EDITOR).body(plan("打印机", "2350.50")).put(base).then().statusCode(201);

        List<String> reads = List.of(base, base + "/items", base + "/items/1", base + "/validation", base + "/revisions",
                base + "/revisions/1", base + "/revisions/7");
        for (String read : reads) {
            refused(as(Principal.ANONYMOUS).get(read).then(), 401);
            refused(as(Principal.OTHER_EDITOR).get(read).then(), 403);
            refused(as(Principal.OTHER_REVIEWER).get(read).then(), 403);
            refused(as(Principal.ADMIN).get(read).then(), 403);
        }
        as(Principal.ANONYMOUS).get(base).then().header("WWW-Authenticate", startsWith("Bearer"));
        // its readers see the draft: the editor, the reviewer of the region
        as(Principal.EDITOR).get(base).then().statusCode(200).body("status", equalTo("draft"));
        as(Principal.REVIEWER).get(base + "/items/1").then().statusCode(200).body("itemName", equalTo("打印机"));

        as(Principal.EDITOR).post(base + "/submit").then().statusCode(200);
        refused(as(Principal.ANONYMOUS).get(base).then(), 401); // submitted is not published
        as(Principal.REVIEWER).post(base + "/approve").then().statusCode(200);
        refused(as(Principal.ANONYMOUS).get(base).then(), 401); // nor approved
        as(Principal.EDITOR).post(base + "/publish").then().statusCode(200);

        as(Principal.ANONYMOUS).get(base).then().statusCode(200).body("revision", equalTo(1))
                .body("status", equalTo("published")).body("items[0].amount", equalTo(dec("2350.50")));
        as(Principal.OTHER_EDITOR).get(base + "/items/1").then().statusCode(200).body("itemName", equalTo("打印机"));
        as(Principal.ANONYMOUS).get(base + "/revisions/1").then().statusCode(200);
        as(Principal.ANONYMOUS).get(base + "/revisions").then().statusCode(200).body("size()", equalTo(1));

        // an adjustment (调整预算) is a draft again: outsiders keep the published revision
        as(Principal.EDITOR).post(base + "/adjustments").then().statusCode(201).body("revision", equalTo(2));
        as(Principal.EDITOR).body(plan("复印机", "9999.00")).put(base).then().statusCode(200);
        as(Principal.EDITOR).get(base).then().body("revision", equalTo(2)).body("items[0].itemName", equalTo("复印机"));
        as(Principal.AUDITOR).get(base).then().body("revision", equalTo(2)).body("status", equalTo("draft"));

        as(Principal.ANONYMOUS).get(base).then().statusCode(200).body("revision", equalTo(1))
                .body("status", equalTo("published")).body("items[0].itemName", equalTo("打印机"));
        as(Principal.ANONYMOUS).get(base + "/items").then().statusCode(200).body("itemName", equalTo(List.of("打印机", "物业服务")));
        as(Principal.ANONYMOUS).get(base + "/items/1").then().statusCode(200).body("itemName", equalTo("打印机"));
        as(Principal.ANONYMOUS).get(base + "/validation").then().statusCode(200)
                .body("subject", equalTo(DEPT + ":" + year + " revision 1"));
        as(Principal.ANONYMOUS).get(base + "/revisions").then().statusCode(200).body("revision", equalTo(List.of(1)));
        refused(as(Principal.ANONYMOUS).get(base + "/revisions/2").then(), 401);
        refused(as(Principal.OTHER_EDITOR).get(base + "/revisions/2").then(), 403);
        as(Principal.EDITOR).get(base + "/revisions").then().statusCode(200).body("revision", equalTo(List.of(1, 2)));
    }

    @Test
    void holdingsAreReadByTheDepartmentsDraftReadersOnly() {
        String holdings = "/api/v1/assets/" + DEPT + "/2052-12-31";
        as(Principal.EDITOR).body(HOLDINGS).put(holdings).then().statusCode(201);
        for (String read : List.of(holdings, holdings + "/validation", "/api/v1/assets/" + DEPT + "/2052-06-30")) {
            refused(as(Principal.ANONYMOUS).get(read).then(), 401);
            refused(as(Principal.OTHER_EDITOR).get(read).then(), 403);
            refused(as(Principal.OTHER_REVIEWER).get(read).then(), 403);
            refused(as(Principal.ADMIN).get(read).then(), 403);
        }
        for (Principal reader : List.of(Principal.EDITOR, Principal.REVIEWER, Principal.AUDITOR)) {
            as(reader).queryParam("unit", "万元").get(holdings).then().statusCode(200)
                    .body("totalValue", equalTo(dec("947.09")));
            as(reader).get(holdings + "/validation").then().statusCode(200);
        }
        as(Principal.EDITOR).get("/api/v1/assets/" + DEPT + "/2052-06-30").then().statusCode(404);
    }

    private static void refused(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(startsWith("application/problem+json")).body("status", equalTo(status));
    }
}
