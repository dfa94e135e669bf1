package org.openbudget.performance.security;

import org.openbudget.common.testing.security.DepartmentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.AuthorizationMatrix;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.common.testing.security.AuthorizationMatrix.ADMINS_AND_AUDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.DRAFT_READERS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.EDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.PUBLIC;
import static org.openbudget.common.testing.security.AuthorizationMatrix.REVIEWERS;

/**
 * Every operation of the service × every principal, twice: on a department-year that was never published (its reads
 * are draft reads) and on one whose published revision 1 has an adjustment in draft (its reads are public and show
 * revision 1). Reads run first, then the writes in workflow order, so that an allowed write meets a state in which it
 * succeeds where one can.
 */
@QuarkusTest
@ExplicitTokens
class AuthorizationMatrixTest {

    private static final String BASE = "/api/v1/performance/{dept}/{year}";
    private static final int OPERATIONS = 19;

    @Inject
    DepartmentRegions regions;

    @BeforeEach
    void departmentsKnown() {
        DepartmentEvents.fixture(regions);
    }

    @Test
    void draftOnlyDepartmentYear() throws Exception {
        Fixture.draft(Principal.DEPARTMENT, 2023);
        int cells = matrix(2023, DRAFT_READERS).run();
        assertEquals(OPERATIONS * Principal.values().length, cells);
    }

    @Test
    void publishedDepartmentYearWithAnAdjustmentInDraft() throws Exception {
        Fixture.adjusted(Principal.DEPARTMENT, 2022);
        int cells = matrix(2022, PUBLIC).run();
        assertEquals(OPERATIONS * Principal.values().length, cells);
    }

    /** The resources consume JSON, also where a request has no body (the workflow's POSTs). */
    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(Fixture.JSON);
    }

    /** {@code reads}: who may call the draft-capable reads in the fixture's state. */
    private static AuthorizationMatrix matrix(int year, Set<Principal> reads) {
        return new AuthorizationMatrix()
                .path("dept", Principal.DEPARTMENT).path("year", Integer.toString(year))
                .path("revision", "1").path("projectId", "daqiban")
                .expect("GET /api/v1/performance", PUBLIC, r -> r.queryParam("year", year))
                .expect("GET " + BASE, reads)
                .expect("GET " + BASE + "/lint", reads)
                .expect("GET " + BASE + "/revisions", reads)
                .expect("GET " + BASE + "/revisions/{revision}", reads)
                .expect("GET " + BASE + "/projects", reads)
                .expect("GET " + BASE + "/projects/{projectId}", reads)
                .expect("PUT " + BASE, EDITORS, r -> r.contentType(Fixture.JSON).body(Fixture.cleanSet()))
                .expect("POST /api/v1/bulk", EDITORS, r -> r.contentType(Fixture.JSON).body(Fixture.bulk(year)))
                .expect("POST " + BASE + "/projects", EDITORS, r -> r.contentType(Fixture.JSON).body(Fixture.project(null)))
                .expect("PUT " + BASE + "/projects/{projectId}", EDITORS,
                        r -> r.contentType(Fixture.JSON).body(Fixture.project("daqiban")))
                .expect("DELETE " + BASE + "/projects/{projectId}", EDITORS)
                .expect("POST " + BASE + "/submit", EDITORS, AuthorizationMatrixTest::json)
                .expect("POST " + BASE + "/approve", REVIEWERS, AuthorizationMatrixTest::json)
                .expect("POST " + BASE + "/publish", EDITORS, AuthorizationMatrixTest::json)
                .expect("POST " + BASE + "/reopen", REVIEWERS, AuthorizationMatrixTest::json)
                .expect("POST " + BASE + "/adjustments", EDITORS, AuthorizationMatrixTest::json)
                .expect("POST " + BASE + "/return", REVIEWERS, AuthorizationMatrixTest::json)
                .expect("GET /api/v1/admin/outbox", ADMINS_AND_AUDITORS);
    }
}
