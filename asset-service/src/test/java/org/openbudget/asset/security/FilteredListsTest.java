package org.openbudget.asset.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.openbudget.asset.security.SecurityFixture.DEPT;
import static org.openbudget.asset.security.SecurityFixture.HOLDINGS;
import static org.openbudget.asset.security.SecurityFixture.OTHER_DEPT;
import static org.openbudget.asset.security.SecurityFixture.as;
import static org.openbudget.asset.security.SecurityFixture.plan;

/**
 * Lists are filtered, never refused as a whole: each department appears with what the caller may see of it —
 * its current revision for its drafts' readers, its latest published revision for anyone else, nothing when
 * nothing is published. Holdings lists hold only the departments whose drafts the caller reads.
 * Year 2061: 990434's plan is a draft; 990435's was published and has a draft adjustment.
 */
@QuarkusTest
@ExplicitTokens
class FilteredListsTest {

    private static final String YEAR = "2061";

    @Inject
    DepartmentRegions regions;

    private static boolean fixed;

    /** Once for the class (in @BeforeEach: rest-assured knows the test port only then). */
    @BeforeEach
    void fixture() throws InterruptedException {
        if (fixed) {
            return;
        }
        SecurityFixture.regionsKnown(regions);
        String ours = "/api/v1/procurement/" + DEPT + "/" + YEAR;
        String theirs = "/api/v1/procurement/" + OTHER_DEPT + "/" + YEAR;
        as(Principal.EDITOR).body(plan("打印机", "2350.50")).put(ours).then().statusCode(201);
        as(Principal.OTHER_EDITOR).body(plan("扫描仪", "1200.00")).put(theirs).then().statusCode(201);
        as(Principal.OTHER_EDITOR).post(theirs + "/submit").then().statusCode(200);
        as(Principal.OTHER_REVIEWER).post(theirs + "/approve").then().statusCode(200);
        as(Principal.OTHER_EDITOR).post(theirs + "/publish").then().statusCode(200);
        as(Principal.OTHER_EDITOR).post(theirs + "/adjustments").then().statusCode(201);
        as(Principal.OTHER_EDITOR).body(plan("复印机", "9999.00")).put(theirs).then().statusCode(200);

        as(Principal.EDITOR).body(HOLDINGS).put("/api/v1/assets/" + DEPT + "/" + YEAR + "-12-31").then().statusCode(201);
        as(Principal.OTHER_EDITOR).body(HOLDINGS).put("/api/v1/assets/" + OTHER_DEPT + "/" + YEAR + "-12-31")
                .then().statusCode(201);
        fixed = true;
    }

    @Test
    void anonymousListsOnlyPublishedRevisions() {
        plans(Principal.ANONYMOUS, List.of(OTHER_DEPT), List.of(1), List.of("published"), List.of("扫描仪"));
        as(Principal.ANONYMOUS).queryParam("year", YEAR).queryParam("status", "draft").get("/api/v1/procurement")
                .then().statusCode(200).body("total", equalTo(0)).body("items.size()", equalTo(0));
        as(Principal.ANONYMOUS).queryParam("year", YEAR).queryParam("department", DEPT).get("/api/v1/procurement")
                .then().statusCode(200).body("total", equalTo(0));
        plans(Principal.ADMIN, List.of(OTHER_DEPT), List.of(1), List.of("published"), List.of("扫描仪"));
    }

    @Test
    void draftReadersListTheirDepartmentsCurrentRevisionAndTheOthersPublishedOne() {
        plans(Principal.EDITOR, List.of(DEPT, OTHER_DEPT), List.of(1, 1), List.of("draft", "published"), List.of("打印机", "扫描仪"));
        plans(Principal.REVIEWER, List.of(DEPT, OTHER_DEPT), List.of(1, 1), List.of("draft", "published"), List.of("打印机", "扫描仪"));
        plans(Principal.OTHER_EDITOR, List.of(OTHER_DEPT), List.of(2), List.of("draft"), List.of("复印机"));
        plans(Principal.OTHER_REVIEWER, List.of(OTHER_DEPT), List.of(2), List.of("draft"), List.of("复印机"));
        plans(Principal.AUDITOR, List.of(DEPT, OTHER_DEPT), List.of(1, 2), List.of("draft", "draft"), List.of("打印机", "复印机"));
        as(Principal.EDITOR).queryParam("year", YEAR).queryParam("status", "draft").get("/api/v1/procurement")
                .then().statusCode(200).body("items.department", equalTo(List.of(DEPT))).body("total", equalTo(1));
    }

    @Test
    void holdingsListsHoldOnlyTheDepartmentsTheCallerMayRead() {
        holdings(Principal.ANONYMOUS, List.of());
        holdings(Principal.ADMIN, List.of());
        holdings(Principal.EDITOR, List.of(DEPT));
        holdings(Principal.REVIEWER, List.of(DEPT));
        holdings(Principal.OTHER_EDITOR, List.of(OTHER_DEPT));
        holdings(Principal.OTHER_REVIEWER, List.of(OTHER_DEPT));
        holdings(Principal.AUDITOR, List.of(DEPT, OTHER_DEPT));
        // one department's list: an empty page, not a refusal
        as(Principal.ANONYMOUS).queryParam("year", YEAR).get("/api/v1/assets/" + DEPT).then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        as(Principal.OTHER_EDITOR).queryParam("year", YEAR).get("/api/v1/assets/" + DEPT).then().statusCode(200)
                .body("total", equalTo(0));
        as(Principal.REVIEWER).queryParam("year", YEAR).get("/api/v1/assets/" + DEPT).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].asOf", equalTo(YEAR + "-12-31"));
    }

    private static void plans(Principal caller, List<String> departments, List<Integer> revisions, List<String> statuses,
                              List<String> firstItems) {
        as(caller).queryParam("year", YEAR).get("/api/v1/procurement").then().statusCode(200)
                .body("total", equalTo(departments.size()))
                .body("items.department", equalTo(departments))
                .body("items.revision", equalTo(revisions))
                .body("items.status", equalTo(statuses))
                .body("items.collect { it.items[0].itemName }", equalTo(firstItems));
    }

    private static void holdings(Principal caller, List<String> departments) {
        as(caller).queryParam("year", YEAR).get("/api/v1/assets").then().statusCode(200)
                .body("total", equalTo(departments.size()))
                .body("items.department", equalTo(departments));
    }
}
