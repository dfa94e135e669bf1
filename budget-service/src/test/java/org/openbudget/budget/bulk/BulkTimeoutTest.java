package org.openbudget.budget.bulk;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bulk transaction that outlives {@code openbudget.bulk.transaction-timeout} is rolled back by the transaction
 * manager: 503 with Retry-After and nothing stored, not a 500 (seen while profiling, with the default 60 s, under load).
 */
@QuarkusTest
@TestProfile(BulkTimeoutTest.OneSecond.class)
class BulkTimeoutTest {

    /** One second: 200 department-years take several on any machine. */
    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openbudget.bulk.transaction-timeout", "1");
        }
    }

    @Inject
    AgroalDataSource db;

    @Test
    void aBulkTransactionPastItsTimeoutIs503AndStoresNothing() {
        long events = OutboxEvents.count(db);
        long versions = OutboxEvents.versions(db);
        String prefix = SeedFixture.uniqueCode("T");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(BulkApiTest.item(prefix + i, 2022, BulkApiTest.profile(), SeedFixture.seedBudget()));
        }
        given().contentType(ContentType.JSON).body(BulkApiTest.items(items.toArray(String[]::new))).post("/api/v1/bulk")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:openbudget:problem:service-unavailable"));
        assertEquals(events, OutboxEvents.count(db), "no outbox row");
        assertEquals(versions, OutboxEvents.versions(db), "no version");
        given().get("/api/v1/departments/{code}", prefix + 0).then().statusCode(404);
    }
}
