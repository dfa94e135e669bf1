package org.openbudget.aggregation.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.aggregation.security.Fixture.DEPARTMENT;
import static org.openbudget.aggregation.security.Fixture.REGION;
import static org.openbudget.aggregation.security.Fixture.as;
import static org.openbudget.aggregation.security.Fixture.asTests;

/**
 * Drafts stay with their readers: documents, roll-ups, consistency reports and county bundles show the public
 * published data only, and the working versions to the department's editors, its region's reviewers and auditors.
 */
@QuarkusTest
@ExplicitTokens
class DraftScopingTest {

    /** 990434: a draft only, published later in the test. */
    private static final int DOCUMENT_YEAR = 2088;
    /** 990434: published 394.3万元, then an unpublished adjustment to 404.3万元; a second department of the county: a draft only. */
    private static final int LIST_YEAR = 2089;
    private static final BigDecimal PUBLISHED_TOTAL = new BigDecimal("3943000.00");
    private static final BigDecimal ADJUSTED_TOTAL = new BigDecimal("4043000.00");
    private static final String DRAFTER = Events.code("Z");
    private static KafkaCompanion kafka;
    private static Events events;

    @BeforeAll
    static void fixture() throws Exception {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        events = new Events(kafka);
        Fixture.departments(events);
        events.department(DRAFTER, "草稿局", REGION, 1);
        ObjectNode seed = Events.seedBudgetInYuan();
        events.budget(DEPARTMENT, DOCUMENT_YEAR, Fixture.version(), "draft", seed, false);
        long published = Fixture.version();
        events.budget(DEPARTMENT, LIST_YEAR, published, "published", seed, true);
        events.adjustment(DEPARTMENT, LIST_YEAR, Fixture.version(), "submitted", adjusted(seed), seed);
        events.budget(DRAFTER, LIST_YEAR, 1, "draft", seed, false);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** The seed with 10万元 more project expenditure. */
    static ObjectNode adjusted(ObjectNode seed) {
        ObjectNode copy = seed.deepCopy();
        ((ObjectNode) copy.at("/functional/total/expenditure/generalBudget")).put("project", new BigDecimal("680000.00"));
        return copy;
    }

    @Test
    void aDraftOnlyDocumentIs401ForThePublicUntilPublished() throws Exception {
        String path = "/api/v1/documents/" + DEPARTMENT + "/" + DOCUMENT_YEAR + ".html";
        // the public's published view: nothing published yet, and no hint at the draft
        as(Principal.ANONYMOUS).get(path).then().statusCode(404).body("detail", not(containsString("scope=current")));
        as(Principal.ANONYMOUS).queryParam("scope", "current").get(path).then().statusCode(401)
                .contentType(startsWith("application/problem+json")).header("WWW-Authenticate", startsWith("Bearer"));
        as(Principal.OTHER_EDITOR).queryParam("scope", "current").get(path).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        as(Principal.OTHER_REVIEWER).queryParam("scope", "current").get(path).then().statusCode(403);
        as(Principal.ADMIN).queryParam("scope", "current").get(path).then().statusCode(403);
        for (Principal reader : List.of(Principal.EDITOR, Principal.REVIEWER, Principal.AUDITOR)) {
            as(reader).queryParam("scope", "current").get(path).then().statusCode(200).header("X-Document-Scope", "current");
        }
        // a draft reader is told where the working version is
        as(Principal.EDITOR).get(path).then().statusCode(404).body("detail", containsString("scope=current"));

        events.budget(DEPARTMENT, DOCUMENT_YEAR, Fixture.version(), "published", Events.seedBudgetInYuan(), true);
        as(Principal.ANONYMOUS).get(path).then().statusCode(200).header("X-Document-Scope", "published");
        as(Principal.ANONYMOUS).queryParam("scope", "current").get(path).then().statusCode(401);
    }

    @Test
    void rollupsShowThePublicOnlyPublishedFigures() {
        String path = "/api/v1/rollups/" + LIST_YEAR;
        JsonPath anonymous = as(Principal.ANONYMOUS).queryParam("region", REGION).queryParam("drilldown", "department")
                .get(path).then().statusCode(200).extract().jsonPath(Fixture.EXACT);
        assertEquals("published", anonymous.getString("scope"), "the public's plain URL defaults to published");
        List<String> publicRows = anonymous.getList("rows.department", String.class);
        assertTrue(publicRows.contains(DEPARTMENT), publicRows.toString());
        assertFalse(publicRows.contains(DRAFTER), "a draft-only department is filtered out: " + publicRows);
        assertEquals(PUBLISHED_TOTAL, expenditure(anonymous, DEPARTMENT), "the last published revision, not the adjustment");

        JsonPath county = as(Principal.REVIEWER).queryParam("region", REGION).queryParam("drilldown", "department")
                .get(path).then().statusCode(200).extract().jsonPath(Fixture.EXACT);
        assertEquals("current", county.getString("scope"), "the county's reviewer gets the working versions by default");
        assertTrue(county.getList("rows.department", String.class).contains(DRAFTER));
        assertEquals(ADJUSTED_TOTAL, expenditure(county, DEPARTMENT));

        as(Principal.ANONYMOUS).queryParam("region", REGION).queryParam("scope", "current").get(path).then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        as(Principal.OTHER_REVIEWER).queryParam("region", REGION).queryParam("scope", "current").get(path).then().statusCode(403);
        // the department's editor: its own department's drafts, not the county's
        as(Principal.EDITOR).queryParam("region", REGION).get(path).then().statusCode(200).body("scope", equalTo("published"));
        as(Principal.EDITOR).queryParam("region", REGION).queryParam("scope", "current").get(path).then().statusCode(403);
        JsonPath own = as(Principal.EDITOR).queryParam("region", REGION).queryParam("drilldown", "department")
                .queryParam("cut", "department:" + DEPARTMENT).queryParam("scope", "current")
                .get(path).then().statusCode(200).extract().jsonPath(Fixture.EXACT);
        assertEquals(ADJUSTED_TOTAL, expenditure(own, DEPARTMENT));
        // wider than a county: auditors and reviewers of every region only
        as(Principal.REVIEWER).queryParam("scope", "current").get(path).then().statusCode(403);
        as(Principal.REVIEWER).get(path).then().statusCode(200).body("scope", equalTo("published"));
        as(Principal.AUDITOR).queryParam("scope", "current").get(path).then().statusCode(200);
        // CSV: the same rule
        String csv = as(Principal.ANONYMOUS).accept("text/csv").queryParam("region", REGION).queryParam("drilldown", "department")
                .get(path).then().statusCode(200).extract().asString();
        assertFalse(csv.contains(DRAFTER), csv);
        as(Principal.ANONYMOUS).accept("text/csv").queryParam("region", REGION).queryParam("scope", "current")
                .get(path).then().statusCode(401);
        // the series of one department: its draft readers
        as(Principal.ANONYMOUS).queryParam("dimension", "department").queryParam("item", DEPARTMENT)
                .queryParam("scope", "current").get("/api/v1/rollups/series").then().statusCode(401);
        as(Principal.EDITOR).queryParam("dimension", "department").queryParam("item", DEPARTMENT)
                .queryParam("scope", "current").get("/api/v1/rollups/series").then().statusCode(200);
    }

    @Test
    void consistencyReportsFollowTheSameRule() {
        String county = "/api/v1/consistency/" + LIST_YEAR;
        JsonPath anonymous = as(Principal.ANONYMOUS).queryParam("region", REGION).get(county)
                .then().statusCode(200).extract().jsonPath(Fixture.EXACT);
        assertEquals("published", anonymous.getString("scope"));
        assertEquals("missing", stateOf(anonymous, DRAFTER), "no published budget: missing for the public");
        JsonPath reviewer = as(Principal.REVIEWER).queryParam("region", REGION).get(county)
                .then().statusCode(200).extract().jsonPath(Fixture.EXACT);
        assertEquals("current", reviewer.getString("scope"));
        assertFalse("missing".equals(stateOf(reviewer, DRAFTER)), "the reviewer sees the draft");
        as(Principal.ANONYMOUS).queryParam("region", REGION).queryParam("scope", "current").get(county).then().statusCode(401);
        as(Principal.EDITOR).queryParam("region", REGION).queryParam("scope", "current").get(county).then().statusCode(403);

        String department = "/api/v1/consistency/" + DRAFTER + "/" + LIST_YEAR;
        as(Principal.ANONYMOUS).get(department).then().statusCode(200).body("scope", equalTo("published"))
                .body("sourceVersions.budget", org.hamcrest.Matchers.nullValue());
        as(Principal.ANONYMOUS).queryParam("scope", "current").get(department).then().statusCode(401);
        as(Principal.OTHER_EDITOR).queryParam("scope", "current").get(department).then().statusCode(403);
        as(Principal.REVIEWER).get(department).then().statusCode(200).body("scope", equalTo("current"));
    }

    @Test
    void aCurrentBundleAnswersOnlyThoseWhoCouldHaveStartedIt() {
        String start = "/api/v1/documents/" + DOCUMENT_YEAR;
        as(Principal.ANONYMOUS).queryParam("region", REGION).queryParam("scope", "current").get(start).then().statusCode(401);
        as(Principal.EDITOR).queryParam("region", REGION).queryParam("scope", "current").get(start).then().statusCode(403);
        as(Principal.OTHER_REVIEWER).queryParam("region", REGION).queryParam("scope", "current").get(start).then().statusCode(403);

        String published = as(Principal.ANONYMOUS).queryParam("region", REGION).get(start).then().statusCode(202)
                .extract().path("id");
        as(Principal.ANONYMOUS).get("/api/v1/documents/jobs/" + published).then().statusCode(200)
                .body("scope", equalTo("published"));

        String current = asTests().queryParam("region", REGION).queryParam("scope", "current").get(start)
                .then().statusCode(202).extract().path("id");
        for (String suffix : List.of("", "/result")) {
            String job = "/api/v1/documents/jobs/" + current + suffix;
            as(Principal.ANONYMOUS).get(job).then().statusCode(401).contentType(startsWith("application/problem+json"));
            as(Principal.EDITOR).get(job).then().statusCode(403);
            as(Principal.OTHER_REVIEWER).get(job).then().statusCode(403);
            as(Principal.ADMIN).get(job).then().statusCode(403);
        }
        as(Principal.REVIEWER).get("/api/v1/documents/jobs/" + current).then().statusCode(200).body("scope", equalTo("current"));
        as(Principal.AUDITOR).get("/api/v1/documents/jobs/" + current).then().statusCode(200);
    }

    @Test
    void refusedWritesChangeNothing() {
        Map<String, Object> before = as(Principal.AUDITOR).get("/api/v1/admin/rebuild").then().statusCode(200)
                .extract().jsonPath(Fixture.EXACT).getMap("");
        for (Principal p : List.of(Principal.EDITOR, Principal.OTHER_EDITOR, Principal.REVIEWER, Principal.AUDITOR)) {
            as(p).post("/api/v1/admin/rebuild").then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
        as(Principal.ANONYMOUS).post("/api/v1/admin/rebuild").then().statusCode(401);
        assertEquals(before, as(Principal.ADMIN).get("/api/v1/admin/rebuild").then().statusCode(200)
                .extract().jsonPath(Fixture.EXACT).getMap(""), "no rebuild was started");
        as(Principal.EDITOR).get("/api/v1/admin/dead-letters").then().statusCode(403);
        as(Principal.AUDITOR).get("/api/v1/admin/dead-letters").then().statusCode(200);
    }

    private static BigDecimal expenditure(JsonPath answer, String department) {
        List<Map<String, Object>> rows = answer.getList("rows");
        Map<String, Object> row = rows.stream().filter(r -> department.equals(r.get("department"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + department + " in " + rows));
        return new BigDecimal(((Map<?, ?>) row.get("measures")).get("expenditure").toString()).setScale(2);
    }

    private static String stateOf(JsonPath report, String department) {
        List<Map<String, Object>> entries = report.getList("departments");
        return entries.stream().filter(e -> department.equals(e.get("department"))).map(e -> (String) e.get("state"))
                .findFirst().orElseThrow(() -> new AssertionError("no entry of " + department + " in " + entries));
    }
}
