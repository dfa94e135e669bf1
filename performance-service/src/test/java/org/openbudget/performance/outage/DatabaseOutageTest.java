package org.openbudget.performance.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.DatabaseOutage;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A real outage of the real database: the test database stops accepting connections and every session of it is
 * terminated (as a restart or fail-over does). Requests then answer 503 with Retry-After and a problem, never a
 * 500; once the database is back, the same requests succeed again.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfterAndRecovers() throws Exception {
        String valid = new String(DatabaseOutageTest.class.getResourceAsStream("/clean-set.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String code = "O" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String department = "/api/v1/performance/" + code + "/2022";
        given().contentType(ContentType.JSON).body(valid).put(department).then().statusCode(201);
        String changed = valid.replace("大气办经费", "大气污染防治经费");
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            // the first requests meet pooled connections that were cut, the later ones new connections that are refused
            for (int i = 0; i < 4; i++) {
                DatabaseOutage.assertUnavailable(given().get(department));
                DatabaseOutage.assertUnavailable(given().contentType(ContentType.JSON).body(changed).put(department));
                DatabaseOutage.assertUnavailable(given().get("/api/v1/performance?year=2022"));
            }
        }
        DatabaseOutage.awaitRecovery(() -> given().get(department), "the targets are readable again");
        given().contentType(ContentType.JSON).body(changed).put(department).then().statusCode(200).body("version", equalTo(2));
    }
}
