package org.openbudget.performance.security;

import org.openbudget.common.testing.security.DepartmentEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.common.testing.security.Principal.ADMIN;
import static org.openbudget.common.testing.security.Principal.ANONYMOUS;
import static org.openbudget.common.testing.security.Principal.AUDITOR;
import static org.openbudget.common.testing.security.Principal.DEPARTMENT;
import static org.openbudget.common.testing.security.Principal.EDITOR;
import static org.openbudget.common.testing.security.Principal.OTHER_DEPARTMENT;
import static org.openbudget.common.testing.security.Principal.OTHER_EDITOR;
import static org.openbudget.common.testing.security.Principal.OTHER_REVIEWER;
import static org.openbudget.common.testing.security.Principal.REVIEWER;

/**
 * Drafts are private: the public (and any signed-in caller who is not an editor of the department, a reviewer of its
 * region or an auditor) reads published revisions only — in full, lint, history, project tables and lists — and is
 * refused where there is none; a draft's text never reaches it, not even through an adjustment of a published set.
 */
@QuarkusTest
@ExplicitTokens
class DraftVisibilityTest {

    private static final String[] READS = {"", "/lint", "/revisions", "/revisions/1", "/projects", "/projects/daqiban"};

    @Inject
    DepartmentRegions regions;

    @BeforeEach
    void departmentsKnown() {
        DepartmentEvents.fixture(regions);
    }

    @Test
    void anonymousReadsThePublishedRevisionOnly() {
        String set = Fixture.set(DEPARTMENT, 2041);
        Fixture.draft(DEPARTMENT, 2041);

        // a draft only: refused (401 to the public, 403 to a signed-in outsider), never a 404 that would tell
        for (String read : READS) {
            Fixture.as(ANONYMOUS).get(set + read).then().statusCode(401).contentType(startsWith(Fixture.PROBLEM))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("urn:openbudget:problem:unauthenticated"));
            for (Principal outsider : new Principal[]{OTHER_EDITOR, OTHER_REVIEWER, ADMIN}) {
                Fixture.as(outsider).get(set + read).then().statusCode(403).contentType(startsWith(Fixture.PROBLEM))
                        .body("type", equalTo("urn:openbudget:problem:forbidden"));
            }
            for (Principal reader : new Principal[]{EDITOR, REVIEWER, AUDITOR}) {
                Fixture.as(reader).get(set + read).then().statusCode(200);
            }
        }
        Fixture.as(ANONYMOUS).get(Fixture.set(DEPARTMENT, 2099) + "/revisions/7").then().statusCode(401);

        // published: the public reads it
        for (String step : new String[]{"submit", "approve", "publish"}) {
            Fixture.asTests().post(set + "/" + step).then().statusCode(200);
        }
        for (String read : READS) {
            Fixture.as(ANONYMOUS).get(set + read).then().statusCode(200);
        }
        Fixture.as(ANONYMOUS).get(set).then().body("revision", equalTo(1)).body("status", equalTo("published"));

        // an adjustment in draft: the public keeps reading revision 1, and nothing of the draft
        Fixture.asTests().body(Fixture.adjustedSet()).put(set).then().statusCode(200).body("revision", equalTo(2));
        for (String read : READS) {
            Fixture.as(ANONYMOUS).get(set + read).then().statusCode(200)
                    .body(not(containsString(Fixture.ADJUSTED_GOAL)));
        }
        Fixture.as(ANONYMOUS).get(set).then().body("revision", equalTo(1)).body("status", equalTo("published"))
                .body("lastPublished", equalTo(null));
        Fixture.as(ANONYMOUS).get(set + "/lint").then().body("revision", equalTo(1));
        Fixture.as(ANONYMOUS).get(set + "/revisions").then().body("revision", equalTo(List.of(1)));
        Fixture.as(ANONYMOUS).get(set + "/revisions/2").then().statusCode(401);
        Fixture.as(OTHER_EDITOR).get(set + "/revisions/2").then().statusCode(403);
        Fixture.as(EDITOR).get(set).then().statusCode(200).body("revision", equalTo(2))
                .body("overallGoal", equalTo(Fixture.ADJUSTED_GOAL)).body("lastPublished.revision", equalTo(1));
        Fixture.as(REVIEWER).get(set + "/revisions").then().body("revision", equalTo(List.of(1, 2)));
        Fixture.as(AUDITOR).get(set + "/revisions/2").then().statusCode(200).body("status", equalTo("draft"));

        // the adjustment published: now the public reads it
        for (String step : new String[]{"submit", "approve", "publish"}) {
            Fixture.asTests().post(set + "/" + step).then().statusCode(200);
        }
        Fixture.as(ANONYMOUS).get(set).then().statusCode(200).body("revision", equalTo(2))
                .body("overallGoal", equalTo(Fixture.ADJUSTED_GOAL));
        Fixture.as(ANONYMOUS).get(set + "/revisions").then().body("revision", equalTo(List.of(1, 2)));
    }

    @Test
    void listsShowOutsidersPublishedRevisionsOnly() {
        Fixture.draft(DEPARTMENT, 2042);
        Fixture.draft(OTHER_DEPARTMENT, 2042);
        Fixture.adjusted(DEPARTMENT, 2043);

        // the public: the published revision 1 of 2043, nothing of the drafts
        assertEquals(List.of(), listed(ANONYMOUS, 2042, null));
        assertEquals(List.of(DEPARTMENT + "/2043 r1 published"), listed(ANONYMOUS, 2043, null));
        assertEquals(List.of(), listed(ANONYMOUS, 2043, "draft"));
        Fixture.as(ANONYMOUS).queryParam("year", 2042).get("/api/v1/performance").then().statusCode(200)
                .body("total", equalTo(0));

        // the department's editor and its region's reviewer: its drafts, not the other department's
        for (Principal reader : new Principal[]{EDITOR, REVIEWER}) {
            assertEquals(List.of(DEPARTMENT + "/2042 r1 draft"), listed(reader, 2042, null), reader.name());
            assertEquals(List.of(DEPARTMENT + "/2043 r2 draft"), listed(reader, 2043, null), reader.name());
        }
        for (Principal reader : new Principal[]{OTHER_EDITOR, OTHER_REVIEWER}) {
            assertEquals(List.of(OTHER_DEPARTMENT + "/2042 r1 draft"), listed(reader, 2042, null), reader.name());
            assertEquals(List.of(DEPARTMENT + "/2043 r1 published"), listed(reader, 2043, null), reader.name());
        }
        assertEquals(List.of(), listed(ADMIN, 2042, null));
        assertEquals(List.of(DEPARTMENT + "/2042 r1 draft", OTHER_DEPARTMENT + "/2042 r1 draft"), listed(AUDITOR, 2042, null));
        assertEquals(List.of(DEPARTMENT + "/2043 r2 draft"), listed(AUDITOR, 2043, "draft"));
    }

    /** "dept/year rN status" of the fixture departments listed to the principal. */
    private static List<String> listed(Principal principal, int year, String status) {
        var request = Fixture.as(principal).queryParam("year", year);
        if (status != null) {
            request.queryParam("status", status);
        }
        Response response = request.get("/api/v1/performance");
        response.then().statusCode(200);
        JsonNode page = Fixture.tree(response.asString());
        List<String> out = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            String dept = item.path("department").asText();
            if (dept.equals(DEPARTMENT) || dept.equals(OTHER_DEPARTMENT)) {
                out.add(dept + "/" + item.path("year").asInt() + " r" + item.path("revision").asInt() + " "
                        + item.path("status").asText());
            }
        }
        assertEquals(page.path("items").size(), page.path("total").asInt(), "total of " + page);
        return out;
    }
}
