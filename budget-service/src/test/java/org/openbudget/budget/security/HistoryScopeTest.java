package org.openbudget.budget.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.OutboxRowCount;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.budget.security.Callers.BUDGET;
import static org.openbudget.budget.security.Callers.DEPT;
import static org.openbudget.budget.security.Callers.as;

/**
 * Issue #14 item 4: only an editor of the department who is also an admin (the loader's client) states a past
 * publication day. The department's own editor may publish, but not back-date (else a late disclosure could be made
 * to look timely); reviewers, auditors and admins who do not edit the department may not either. A refusal stores
 * and emits nothing, and the budget stays approved.
 */
@QuarkusTest
@ExplicitTokens
class HistoryScopeTest {

    private static final int YEAR = 2019;

    @Inject
    AgroalDataSource db;

    @Test
    void onlyTheLoadersRolesBackDateAPublicationOthersGet403AndTheAnonymous401() {
        Callers.departments();
        Callers.budget(DEPT, YEAR, Callers.Stage.SUBMITTED);
        Callers.asTests().contentType(ContentType.JSON).body("{\"approvalDate\": \"2019-01-15\"}")
                .post(BUDGET + "/approve", DEPT, YEAR).then().statusCode(200);
        String key = DEPT + ":" + YEAR;
        long events = OutboxRowCount.of(db, key);
        String body = "{\"publishedOn\": \"2019-02-01\"}";

        for (Principal p : List.of(Principal.EDITOR, Principal.OTHER_EDITOR, Principal.REVIEWER, Principal.AUDITOR,
                Principal.ADMIN)) {
            as(p).contentType(ContentType.JSON).body(body).post(BUDGET + "/publish", DEPT, YEAR).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        as(Principal.ANONYMOUS).contentType(ContentType.JSON).body(body).post(BUDGET + "/publish", DEPT, YEAR).then()
                .statusCode(401);
        assertEquals("approved", Callers.current(DEPT, YEAR).get("status").asText());
        assertEquals(events, OutboxRowCount.of(db, key), "a refused back-dating emits nothing");

        // the department's editor may still publish as of now (no body): back-dating alone is refused
        as(Principal.EDITOR).contentType(ContentType.JSON).body(body).post(BUDGET + "/publish", DEPT, YEAR).then()
                .statusCode(403).body("detail", org.hamcrest.Matchers.containsString("past publication date"));
        Callers.asTests().contentType(ContentType.JSON).body(body).post(BUDGET + "/publish", DEPT, YEAR).then()
                .statusCode(200).body("publishedAt", equalTo("2019-02-01T04:00:00Z"));
        // and the public reads the back-dated publication
        as(Principal.ANONYMOUS).get(BUDGET, DEPT, YEAR).then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", equalTo("2019-02-01T04:00:00Z"));
    }
}
