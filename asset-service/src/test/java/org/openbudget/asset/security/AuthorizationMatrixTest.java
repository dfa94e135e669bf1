package org.openbudget.asset.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.AuthorizationMatrix;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.util.Set;
import java.util.function.UnaryOperator;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.asset.security.SecurityFixture.DEPT;
import static org.openbudget.asset.security.SecurityFixture.HOLDINGS;
import static org.openbudget.asset.security.SecurityFixture.ITEM;
import static org.openbudget.asset.security.SecurityFixture.plan;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.common.testing.security.AuthorizationMatrix.ADMINS_AND_AUDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.DRAFT_READERS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.EDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.PUBLIC;
import static org.openbudget.common.testing.security.AuthorizationMatrix.REVIEWERS;

/**
 * Every operation of asset-service × the nine principals, twice: on a department-year whose plan is only a draft
 * (its reads are draft reads) and on one whose plan is published (its reads are public). Holdings reads are draft
 * reads in both: holdings are published only through the disclosure document (aggregation-service). The
 * operations run in the order listed, refused principals first, so the workflow steps come after the reads.
 */
@QuarkusTest
@ExplicitTokens
class AuthorizationMatrixTest {

    private static final int OPERATIONS = 23;

    @Inject
    DepartmentRegions regions;

    @BeforeEach
    void departments() throws InterruptedException {
        SecurityFixture.regionsKnown(regions);
    }

    @Test
    void draftOnlyDepartmentYear() throws Exception {
        String year = "2031";
        fixture(year, false);
        assertEquals(OPERATIONS * Principal.values().length, matrix(year, DRAFT_READERS).run());
        // the allowed cells did the work, not only escaped a refusal: submitted, approved, published, adjusted
        current(year).body("revision", equalTo(2)).body("status", equalTo("draft"));
        api().auth().oauth2(Tokens.tests()).get("/api/v1/procurement/" + DEPT + "/" + year + "/revisions/1").then()
                .statusCode(200).body("status", equalTo("published")).body("approvedOn", equalTo(year + "-02-10"));
    }

    @Test
    void publishedDepartmentYear() throws Exception {
        String year = "2032";
        fixture(year, true);
        assertEquals(OPERATIONS * Principal.values().length, matrix(year, PUBLIC).run());
        current(year).body("revision", equalTo(2)).body("status", equalTo("draft")); // the editor's adjustment
    }

    private static ValidatableResponse current(String year) {
        return api().auth().oauth2(Tokens.tests()).get("/api/v1/procurement/" + DEPT + "/" + year).then().statusCode(200);
    }

    /** A plan of two lines (a draft, or published through the workflow) and holdings at the year's end. */
    private static void fixture(String year, boolean published) {
        String base = "/api/v1/procurement/" + DEPT + "/" + year;
        api().auth().oauth2(Tokens.tests()).body(plan("打印机", "2350.50")).put(base).then().statusCode(201);
        api().auth().oauth2(Tokens.tests()).body(HOLDINGS).put("/api/v1/assets/" + DEPT + "/" + year + "-12-31")
                .then().statusCode(201);
        if (published) {
            for (String step : new String[]{"submit", "approve", "publish"}) {
                api().auth().oauth2(Tokens.tests()).post(base + "/" + step).then().statusCode(200);
            }
        }
    }

    /** A workflow step has no body; JSON like every client of this API (rest-assured would send a form type: 415). */
    private static final UnaryOperator<RequestSpecification> STEP = r -> r.contentType(ContentType.JSON);

    /** {@code planReads}: who may read the plan — its drafts' readers, or everyone once it is published. */
    private static AuthorizationMatrix matrix(String year, Set<Principal> planReads) {
        String plans = "/api/v1/procurement/{dept}/{year}";
        return new AuthorizationMatrix()
                .path("dept", DEPT).path("year", year).path("asOf", year + "-12-31").path("lineNo", "1").path("revision", "1")
                // holdings (资产占用): no workflow of their own, every read is a draft read; lists filter
                .expect("PUT /api/v1/assets/{dept}/{asOf}", EDITORS, r -> r.contentType(ContentType.JSON).body(HOLDINGS))
                // the bulk API (issue 16): the fixture's holdings again, in the disclosure of the year after
                .expect("POST /api/v1/bulk", EDITORS, r -> r.contentType(ContentType.JSON).body(SecurityFixture.bulk(year)))
                .expect("GET /api/v1/assets/{dept}/{asOf}", DRAFT_READERS)
                .expect("GET /api/v1/assets/{dept}/{asOf}/validation", DRAFT_READERS)
                .expect("GET /api/v1/assets/{dept}", PUBLIC)
                .expect("GET /api/v1/assets", PUBLIC, r -> r.queryParam("year", year))
                // procurement plans: the editor's writes while a draft (409s once published: still not refused)
                .expect("PUT " + plans, EDITORS, r -> r.contentType(ContentType.JSON).body(plan("打印机", "2350.50")))
                .expect("POST " + plans + "/items", EDITORS, r -> r.contentType(ContentType.JSON).body(ITEM))
                .expect("PUT " + plans + "/items/{lineNo}", EDITORS, r -> r.contentType(ContentType.JSON).body(ITEM))
                .expect("DELETE " + plans + "/items/{lineNo}", EDITORS)
                .expect("GET " + plans, planReads)
                .expect("GET " + plans + "/items", planReads, r -> r.queryParam("kind", "货物"))
                .expect("GET " + plans + "/items/{lineNo}", planReads)
                .expect("GET " + plans + "/validation", planReads)
                .expect("GET " + plans + "/revisions", planReads)
                .expect("GET " + plans + "/revisions/{revision}", planReads)
                .expect("GET /api/v1/procurement", PUBLIC, r -> r.queryParam("year", year))
                // the workflow last: reads above still see the fixture's state
                .expect("POST " + plans + "/submit", EDITORS, STEP)
                .expect("POST " + plans + "/approve", REVIEWERS, r -> STEP.apply(r).queryParam("approvedOn", year + "-02-10"))
                .expect("POST " + plans + "/publish", EDITORS, STEP)
                .expect("POST " + plans + "/adjustments", EDITORS, STEP)
                // after the adjustment: the return meets a draft (409), never a plan the checks after the run expect
                .expect("POST " + plans + "/return", REVIEWERS, STEP)
                // the common kit's outbox view
                .expect("GET /api/v1/admin/outbox", ADMINS_AND_AUDITORS);
    }
}
