package org.openbudget.aggregation.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.audit.AuditEntry;
import org.openbudget.aggregation.intake.ProcessedEvent;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.openbudget.aggregation.security.Fixture.DEPARTMENT;
import static org.openbudget.aggregation.security.Fixture.as;

/**
 * The audit trail read model: budget versions made by two different callers (the events' {@code actor} and
 * {@code actorclient} attributes, as the owners' outboxes write them) are listed with who made them and what
 * changed; a stale version is a version too; reviewers of the region and auditors only.
 */
@QuarkusTest
@ExplicitTokens
class AuditTrailTest {

    private static final int YEAR = 2090;
    private static final String PATH = "/api/v1/audit/" + DEPARTMENT + "/" + YEAR;
    private static KafkaCompanion kafka;
    private static long first;
    private static long second;
    private static long late;
    private static String lateId;

    @BeforeAll
    static void fixture() throws Exception {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        Events events = new Events(kafka);
        Fixture.departments(events);
        ObjectNode seed = Events.seedBudgetInYuan();
        late = Fixture.version();
        first = Fixture.version();
        second = Fixture.version();
        events.budget(DEPARTMENT, YEAR, first, "draft", seed, false, "editor-sub-a", "tests-web");
        events.budget(DEPARTMENT, YEAR, second, "submitted", DraftScopingTest.adjusted(seed), false, "system-sub-b", "tests-all");
        // an older version arriving last: stale for the read model, still a version someone made
        lateId = events.budget(DEPARTMENT, YEAR, late, "draft", seed, false, "editor-sub-c", "tests-web");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void theTrailListsBothActorsWithTheirStatusAndTotalChanges() {
        JsonPath trail = as(Principal.REVIEWER).get(PATH).then().statusCode(200).extract().jsonPath(Fixture.EXACT);
        assertEquals(DEPARTMENT, trail.getString("department"));
        // this run's versions (a rebuild replays the broker's topics, which still hold the runs before)
        List<Long> ours = List.of(late, first, second);
        List<Map<String, Object>> budget = trail.<Map<String, Object>>getList("versions").stream()
                .filter(v -> "budget".equals(v.get("part")) && ours.contains(((Number) v.get("version")).longValue())).toList();
        assertEquals(3, budget.size(), budget.toString());
        Map<String, Object> v1 = version(budget, first);
        Map<String, Object> v2 = version(budget, second);
        assertEquals(Map.of("subject", "editor-sub-a", "client", "tests-web"), v1.get("who"));
        assertEquals(Map.of("subject", "system-sub-b", "client", "tests-all"), v2.get("who"));
        assertEquals("draft", v1.get("status"));
        assertEquals(new BigDecimal("3943000.00"), decimal(v1.get("total")));
        assertEquals("submitted", v2.get("status"));
        assertEquals(new BigDecimal("4043000.00"), decimal(v2.get("total")));

        // v2 against v1: status draft → submitted, total +100,000 元
        assertEquals(first, ((Number) v2.get("previousVersion")).longValue());
        Map<String, Object> status = change(v2, "status");
        assertEquals("draft", status.get("from"));
        assertEquals("submitted", status.get("to"));
        Map<String, Object> total = change(v2, "total");
        assertEquals(new BigDecimal("3943000.00"), decimal(total.get("from")));
        assertEquals(new BigDecimal("4043000.00"), decimal(total.get("to")));
        assertEquals(new BigDecimal("100000.00"), decimal(total.get("delta")));

        // the stale version sits before v1 in version order: v1 is compared with it, it with nothing
        Map<String, Object> stale = version(budget, late);
        assertEquals(Map.of("subject", "editor-sub-c", "client", "tests-web"), stale.get("who"));
        assertEquals(true, stale.get("previousVersion") == null
                || ((Number) stale.get("previousVersion")).longValue() < late, "compared with an earlier run's version at most");
        assertEquals(late, ((Number) v1.get("previousVersion")).longValue());
        assertEquals("STALE", QuarkusTransaction.requiringNew().call(() ->
                ProcessedEvent.<ProcessedEvent>findById(UUID.fromString(lateId)).outcome));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> AuditEntry.findById(UUID.fromString(lateId))));

        // the department's own changes are part of the trail
        List<Object> parts = trail.getList("versions.part");
        assertEquals(true, parts.contains("department"), parts.toString());
    }

    @Test
    void reviewersOfTheRegionAndAuditorsOnly() {
        as(Principal.AUDITOR).get(PATH).then().statusCode(200);
        as(Principal.ANONYMOUS).get(PATH).then().statusCode(401).contentType(startsWith("application/problem+json"));
        as(Principal.OTHER_REVIEWER).get(PATH).then().statusCode(403).contentType(startsWith("application/problem+json"));
        as(Principal.EDITOR).get(PATH).then().statusCode(403);
        as(Principal.ADMIN).get(PATH).then().statusCode(403);
        // nothing known of the department-year
        as(Principal.REVIEWER).get("/api/v1/audit/" + DEPARTMENT + "/2099").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(Principal.AUDITOR).get("/api/v1/audit/bad-code!/" + YEAR).then().statusCode(400);
    }

    @Test
    void openApiDeclaresTheSchemeAndTheRoles() {
        as(Principal.ANONYMOUS).get("/q/health").then().statusCode(200);
        as(Principal.ANONYMOUS).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.oidc.type", org.hamcrest.Matchers.equalTo("openIdConnect"))
                .body("paths.'/api/v1/audit/{dept}/{year}'.get.security[0].oidc",
                        org.hamcrest.Matchers.containsInAnyOrder("reviewer", "auditor"))
                .body("paths.'/api/v1/admin/rebuild'.post.security[0].oidc", org.hamcrest.Matchers.contains("admin"))
                .body("paths.'/api/v1/rollups/{year}'.get.description",
                        org.hamcrest.Matchers.containsString("Who sees drafts"));
    }

    private static Map<String, Object> version(List<Map<String, Object>> versions, long version) {
        return versions.stream().filter(v -> ((Number) v.get("version")).longValue() == version).findFirst()
                .orElseThrow(() -> new AssertionError("no version " + version + " in " + versions));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(Map<String, Object> version, String field) {
        return ((List<Map<String, Object>>) version.get("changes")).stream().filter(c -> field.equals(c.get("field")))
                .findFirst().orElseThrow(() -> new AssertionError("no change of " + field + " in " + version));
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }
}
