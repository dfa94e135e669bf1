package org.openbudget.asset.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.security.Tokens;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workflow steps have no body, so a client (the loader, curl -X POST) sends no Content-Type: that must reach
 * the workflow, not stop at a 415 for a media type nobody sends.
 */
@QuarkusTest
class BodilessWorkflowTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void submitApprovePublishAndAdjustWithoutContentType() throws Exception {
        String dept = "BW" + System.nanoTime() % 1_000_000_000L;
        String plan = "api/v1/procurement/" + dept + "/2022";
        given().contentType("application/json").body(SecurityFixture.plan("台式计算机", "5000.00")).put("/" + plan)
                .then().statusCode(201);
        HttpClient client = HttpClient.newHttpClient();
        for (String step : new String[]{"submit", "approve", "publish", "adjustments"}) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + plan + "/" + step))
                    .header("Authorization", "Bearer " + Tokens.tests())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(step.equals("adjustments") ? 201 : 200, r.statusCode(), step + ": " + r.body());
        }
        given().get("/" + plan + "/revisions").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("published", "draft"));
    }
}
