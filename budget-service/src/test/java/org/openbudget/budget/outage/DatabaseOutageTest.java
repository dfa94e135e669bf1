package org.openbudget.budget.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.DatabaseOutage;
import org.openbudget.budget.SeedFixture;


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
        String code = SeedFixture.department("O");
        String department = "/api/v1/departments/" + code;
        given().get(department).then().statusCode(200);
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            // the first requests meet pooled connections that were cut, the later ones new connections that are refused
            for (int i = 0; i < 4; i++) {
                DatabaseOutage.assertUnavailable(given().get(department));
                DatabaseOutage.assertUnavailable(given().contentType(ContentType.JSON).body(SeedFixture.seedBudget())
                        .put("/api/v1/budgets/{d}/2022", code));
                DatabaseOutage.assertUnavailable(given().get("/api/v1/budgets?year=2022"));
            }
        }
        DatabaseOutage.awaitRecovery(() -> given().get(department), "the department is readable again");
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put("/api/v1/budgets/{d}/2022", code)
                .then().statusCode(201);
    }
}
