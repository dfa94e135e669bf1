package org.openbudget.performance.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.DatabaseOutage;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real outage of the real database: the test database stops accepting connections and every session of it is
 * terminated (as a restart or fail-over does). Requests then answer 503 with Retry-After and a problem, never a
 * 500; once the database is back, the same requests succeed again.
 */
@QuarkusTest
class DatabaseOutageTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;
    @ConfigProperty(name = "openbudget.problem.unavailable-retry-after")
    int retryAfter;

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfterAndRecovers() throws Exception {
        String valid = new String(DatabaseOutageTest.class.getResourceAsStream("/clean-set.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String code = "O" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String department = "/api/v1/performance/" + code + "/2022";
        given().contentType(ContentType.JSON).body(valid).put(department).then().statusCode(201);
        String changed = valid.replace("大气办经费", "大气污染防治经费");
        try (DatabaseOutage outage = DatabaseOutage.begin(url, user, password)) {
            // the first requests meet pooled connections that were cut, the later ones new connections that are refused
            for (int i = 0; i < 4; i++) {
                unavailable(given().get(department));
                unavailable(given().contentType(ContentType.JSON).body(changed).put(department));
                unavailable(given().get("/api/v1/performance?year=2022"));
            }
        }
        // back: a pooled connection that was cut may still answer 503 once (the client retries); then it works
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            Response r = given().get(department);
            status = r.statusCode();
            assertTrue(status == 200 || status == 503, "after the outage: " + status + " " + r.asString());
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertEquals(200, status, "the targets are readable again");
        given().contentType(ContentType.JSON).body(changed).put(department).then().statusCode(200).body("version", equalTo(2));
    }

    private void unavailable(Response response) {
        response.then().statusCode(503)
                .header("Retry-After", equalTo(Integer.toString(retryAfter)))
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("urn:openbudget:problem:service-unavailable"))
                .body("detail", startsWith("the database cannot be reached"));
        String text = response.asString();
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), "no stack trace or exception to the caller: " + text);
    }
}
