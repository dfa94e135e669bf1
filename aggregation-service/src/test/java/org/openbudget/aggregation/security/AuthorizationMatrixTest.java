package org.openbudget.aggregation.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.common.testing.security.AuthorizationMatrix;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.aggregation.security.Fixture.DEPARTMENT;
import static org.openbudget.aggregation.security.Fixture.REGION;
import static org.openbudget.common.testing.security.AuthorizationMatrix.ADMINS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.ADMINS_AND_AUDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.DRAFT_READERS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.PUBLIC;
import static org.openbudget.common.testing.security.AuthorizationMatrix.allowed;

/**
 * Every operation of the aggregation service × the nine principals. Draft-capable reads are asked with
 * {@code scope=current} (their published form is public: {@link DraftScopingTest}); department-scoped ones are
 * about {@value Principal#DEPARTMENT}, region-wide ones about its region {@value Principal#REGION}, whose
 * department editor may not read the whole county's drafts. The fixture: the two departments and a draft-only
 * budget of 2087, and a current-scope county bundle started by the tests' default caller.
 */
@QuarkusTest
@ExplicitTokens
class AuthorizationMatrixTest {

    private static final String YEAR = "2087";
    private static final java.util.Set<Principal> COUNTY_DRAFT_READERS = allowed(Principal.REVIEWER, Principal.AUDITOR);

    @Test
    void everyOperationByEveryPrincipal() throws Exception {
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            Events events = new Events(kafka);
            Fixture.departments(events);
            events.budget(DEPARTMENT, Integer.parseInt(YEAR), Fixture.version(), "draft", Events.seedBudgetInYuan(), false);
        }
        String job = Fixture.asTests().queryParam("region", REGION).queryParam("scope", "current")
                .get("/api/v1/documents/" + YEAR).then().statusCode(202).extract().path("id");

        int cells = new AuthorizationMatrix()
                .path("dept", DEPARTMENT).path("department", DEPARTMENT).path("code", DEPARTMENT)
                .path("year", YEAR).path("file", YEAR + ".html").path("id", job)
                .expect("GET /api/v1/departments", PUBLIC)
                .expect("GET /api/v1/departments/{code}", PUBLIC)
                .expect("GET /api/v1/documents/{dept}/{file}", DRAFT_READERS, r -> r.queryParam("scope", "current"))
                .expect("GET /api/v1/documents/{year}", COUNTY_DRAFT_READERS,
                        r -> r.queryParam("region", REGION).queryParam("scope", "current"))
                .expect("GET /api/v1/documents/jobs/{id}", COUNTY_DRAFT_READERS)
                .expect("GET /api/v1/documents/jobs/{id}/result", COUNTY_DRAFT_READERS)
                .expect("GET /api/v1/rollups/{year}", COUNTY_DRAFT_READERS,
                        r -> r.queryParam("region", REGION).queryParam("scope", "current"))
                .expect("GET /api/v1/rollups/series", DRAFT_READERS, r -> r.queryParam("region", REGION)
                        .queryParam("dimension", "department").queryParam("item", DEPARTMENT).queryParam("scope", "current"))
                .expect("GET /api/v1/rollups/series/items", COUNTY_DRAFT_READERS, r -> r.queryParam("region", REGION)
                        .queryParam("dimension", "threePublic").queryParam("scope", "current"))
                // the dashboard page and its sign-in settings hold no data: the page reads the APIs above with the
                // caller's own token
                .expect("GET /dashboard", PUBLIC)
                .expect("GET /dashboard/config", PUBLIC)
                .expect("GET /api/v1/consistency/{department}/{year}", DRAFT_READERS, r -> r.queryParam("scope", "current"))
                .expect("GET /api/v1/consistency/{year}", COUNTY_DRAFT_READERS,
                        r -> r.queryParam("region", REGION).queryParam("scope", "current"))
                .expect("GET /api/v1/audit/{dept}/{year}", COUNTY_DRAFT_READERS)
                // any signed-in user checks an uploaded document (nothing stored is read); the public may not
                .expect("POST /api/v1/check", allowed(Principal.EDITOR, Principal.OTHER_EDITOR, Principal.REVIEWER,
                        Principal.OTHER_REVIEWER, Principal.AUDITOR, Principal.ADMIN),
                        r -> r.contentType("text/plain; charset=UTF-8").body(org.openbudget.seeds.seed.SeedDocument.text()))
                .expect("GET /api/v1/admin/dead-letters", ADMINS_AND_AUDITORS)
                .expect("GET /api/v1/admin/rebuild", ADMINS_AND_AUDITORS)
                // last: the admin's cell starts a rebuild, awaited below so that the classes after this one see
                // complete read models
                .expect("POST /api/v1/admin/rebuild", ADMINS)
                .run();
        assertEquals(18 * Principal.values().length, cells);

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                !"running".equals(Fixture.asTests().get("/api/v1/admin/rebuild").then().extract().path("state")));
    }
}
