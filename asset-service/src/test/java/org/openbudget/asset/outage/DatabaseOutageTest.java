package org.openbudget.asset.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.DatabaseOutage;
import org.openbudget.asset.procurement.ProcurementPlanTest;


import static io.restassured.RestAssured.given;

/**
 * A real outage of the real database: the test database stops accepting connections and every session of it is
 * terminated (as a restart or fail-over does). Requests then answer 503 with Retry-After and a problem, never a
 * 500; once the database is back, the same requests succeed again.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfterAndRecovers() throws Exception {
        String code = "O" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String department = "/api/v1/procurement/" + code + "/2022";
        given().contentType(ContentType.JSON).body(ProcurementPlanTest.PLAN).put(department).then().statusCode(201);
        String holdings = "/api/v1/assets/" + code + "/2021-12-31";
        String table = "{\"unit\": \"万元\", \"totalValue\": 947.09, \"otherFixedAssets\": {\"quantity\": 568, \"value\": 947.09}}";
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            // the first requests meet pooled connections that were cut, the later ones new connections that are refused
            for (int i = 0; i < 4; i++) {
                DatabaseOutage.assertUnavailable(given().get(department));
                DatabaseOutage.assertUnavailable(given().contentType(ContentType.JSON).body(table).put(holdings));
                DatabaseOutage.assertUnavailable(given().get("/api/v1/procurement?year=2022"));
            }
        }
        DatabaseOutage.awaitRecovery(() -> given().get(department), "the plan is readable again");
        given().contentType(ContentType.JSON).body(table).put(holdings).then().statusCode(201);
    }
}
