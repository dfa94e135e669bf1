package org.openbudget.asset.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The contract is published: every endpoint the issue names is in the OpenAPI document; health answers. */
@QuarkusTest
class OpenApiTest {

    @Test
    void openApiListsTheEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("\"/api/v1/assets/{dept}/{asOf}\""))
                .body(containsString("\"/api/v1/assets/{dept}\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/submit\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/approve\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/publish\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/items/{lineNo}\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/validation\""))
                // enums are documented with the values clients send, not the Java names
                .body(containsString("\"万元\"")).body(containsString("\"货物\"")).body(containsString("\"一般公务用车\""));
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
