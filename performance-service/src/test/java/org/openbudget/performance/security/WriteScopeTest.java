package org.openbudget.performance.security;

import org.openbudget.common.testing.security.DepartmentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.OutboxRowCount;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import javax.sql.DataSource;
import java.util.function.BiFunction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.common.testing.security.Principal.ADMIN;
import static org.openbudget.common.testing.security.Principal.ANONYMOUS;
import static org.openbudget.common.testing.security.Principal.AUDITOR;
import static org.openbudget.common.testing.security.Principal.DEPARTMENT;
import static org.openbudget.common.testing.security.Principal.EDITOR;
import static org.openbudget.common.testing.security.Principal.OTHER_EDITOR;
import static org.openbudget.common.testing.security.Principal.OTHER_REVIEWER;
import static org.openbudget.common.testing.security.Principal.REVIEWER;

/**
 * Writes are scoped: an editor writes its own departments only, a reviewer reviews its region only, the auditor
 * reads drafts and writes nothing — and a refused write stores nothing and emits nothing.
 */
@QuarkusTest
@ExplicitTokens
class WriteScopeTest {

    @Inject
    DepartmentRegions regions;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void departmentsKnown() {
        DepartmentEvents.fixture(regions);
    }

    @Test
    void anEditorOfAnotherDepartmentChangesNothing() {
        int year = 2044;
        Fixture.draft(DEPARTMENT, year);
        Snapshot before = snapshot(year);

        for (Write write : Write.values()) {
            write.as(OTHER_EDITOR, year).then().statusCode(403).contentType(startsWith(Fixture.PROBLEM))
                    .body("type", equalTo("urn:openbudget:problem:forbidden"));
            write.as(ANONYMOUS, year).then().statusCode(401).contentType(startsWith(Fixture.PROBLEM));
        }
        assertEquals(before, snapshot(year), "a refused write changed the set or emitted an event");

        // the department's own editor may
        Write.PUT.as(EDITOR, year).then().statusCode(200).body("overallGoal", equalTo(Fixture.ADJUSTED_GOAL));
        assertEquals(before.events() + 1, snapshot(year).events());
    }

    @Test
    void aBulkHoldingOneItemOfAnotherDepartmentIsRefusedNamingItAndStoresNothing() {
        int year = 2057;
        Fixture.draft(DEPARTMENT, year);
        Snapshot before = snapshot(year);
        String own = "{\"department\": \"" + DEPARTMENT + "\", \"year\": " + year + ", \"targets\": "
                + Fixture.adjustedSet() + "}";
        String other = own.replace("\"" + DEPARTMENT + "\"", "\"" + Principal.OTHER_DEPARTMENT + "\"");

        Fixture.as(EDITOR).body("{\"items\": [" + own + ", " + other + "]}").post("/api/v1/bulk")
                .then().statusCode(403).contentType(startsWith(Fixture.PROBLEM))
                .body("type", equalTo("urn:openbudget:problem:forbidden"))
                .body("errors[0].field", equalTo("items[1]"));
        assertEquals(before, snapshot(year), "a refused bulk changed the editor's own department-year");

        Fixture.as(EDITOR).body("{\"items\": [" + own + "]}").post("/api/v1/bulk").then().statusCode(200)
                .body("items[0].parts.targets.version", equalTo(2));
        assertEquals(before.events() + 1, snapshot(year).events());
    }

    @Test
    void aReviewerOfAnotherRegionCannotApproveTheRegionsReviewerCan() {
        int year = 2045;
        Fixture.draft(DEPARTMENT, year);
        Fixture.asTests().post(Fixture.set(DEPARTMENT, year) + "/submit").then().statusCode(200);
        Snapshot submitted = snapshot(year);

        for (Principal refused : new Principal[]{OTHER_REVIEWER, EDITOR, OTHER_EDITOR, AUDITOR, ADMIN}) {
            Write.APPROVE.as(refused, year).then().statusCode(403).contentType(startsWith(Fixture.PROBLEM));
            Write.REOPEN.as(refused, year).then().statusCode(403).contentType(startsWith(Fixture.PROBLEM));
            Write.RETURN.as(refused, year).then().statusCode(403).contentType(startsWith(Fixture.PROBLEM));
        }
        assertEquals(submitted, snapshot(year));
        Fixture.asTests().get(Fixture.set(DEPARTMENT, year)).then().body("status", equalTo("submitted"));

        Write.APPROVE.as(REVIEWER, year).then().statusCode(200).body("status", equalTo("approved"));
        // publishing is the editor's, not the reviewer's
        Write.PUBLISH.as(REVIEWER, year).then().statusCode(403);
        Write.PUBLISH.as(EDITOR, year).then().statusCode(200).body("status", equalTo("published"));
        assertEquals(submitted.events() + 2, snapshot(year).events());
    }

    @Test
    void theAuditorReadsDraftsButEveryWriteIsRefused() {
        int year = 2046;
        Fixture.draft(DEPARTMENT, year);
        String set = Fixture.set(DEPARTMENT, year);
        Snapshot before = snapshot(year);

        for (String read : new String[]{"", "/lint", "/revisions", "/revisions/1", "/projects", "/projects/daqiban"}) {
            Fixture.as(AUDITOR).get(set + read).then().statusCode(200);
        }
        Fixture.as(AUDITOR).get(set).then().body("status", equalTo("draft"));
        for (Write write : Write.values()) {
            write.as(AUDITOR, year).then().statusCode(403).contentType(startsWith(Fixture.PROBLEM));
        }
        assertEquals(before, snapshot(year));
    }

    /** The set's version and content as its editor reads them, and its outbox rows. */
    private Snapshot snapshot(int year) {
        String body = Fixture.asTests().get(Fixture.set(DEPARTMENT, year)).then().statusCode(200).extract().asString();
        return new Snapshot(body, OutboxRowCount.of(dataSource, DEPARTMENT + ":" + year));
    }

    private record Snapshot(String set, long events) {
    }

    /** Every write of the service on the fixture department, each with a body that passes validation. */
    private enum Write {
        PUT((r, set) -> r.body(Fixture.adjustedSet()).put(set)),
        ADD_PROJECT((r, set) -> r.body(Fixture.project(null)).post(set + "/projects")),
        PUT_PROJECT((r, set) -> r.body(Fixture.project("daqiban")).put(set + "/projects/daqiban")),
        DELETE_PROJECT((r, set) -> r.delete(set + "/projects/daqiban")),
        SUBMIT((r, set) -> r.post(set + "/submit")),
        APPROVE((r, set) -> r.post(set + "/approve")),
        PUBLISH((r, set) -> r.post(set + "/publish")),
        REOPEN((r, set) -> r.post(set + "/reopen")),
        RETURN((r, set) -> r.post(set + "/return")),
        ADJUST((r, set) -> r.post(set + "/adjustments")),
        BULK((r, set) -> r.body(Fixture.bulk(Integer.parseInt(set.substring(set.lastIndexOf('/') + 1))))
                .post("/api/v1/bulk"));

        private final BiFunction<RequestSpecification, String, Response> call;

        Write(BiFunction<RequestSpecification, String, Response> call) {
            this.call = call;
        }

        Response as(Principal principal, int year) {
            return call.apply(Fixture.as(principal), Fixture.set(DEPARTMENT, year));
        }
    }
}
