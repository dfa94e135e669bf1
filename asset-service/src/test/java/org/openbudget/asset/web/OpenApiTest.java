package org.openbudget.asset.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/return\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/adjustments\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/items/{lineNo}\""))
                .body(containsString("\"/api/v1/procurement/{dept}/{year}/validation\""))
                // enums are documented with the values clients send, not the Java names
                .body(containsString("\"万元\"")).body(containsString("\"货物\"")).body(containsString("\"一般公务用车\""));
    }

    @Test
    void openApiDeclaresTheSignInAndEachOperationsRoles() {
        String plan = "paths.'/api/v1/procurement/{dept}/{year}'";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body(plan + ".put.security[0].oidc", hasItem("editor"))
                .body("paths.'/api/v1/assets/{dept}/{asOf}'.put.security[0].oidc", hasItem("editor"))
                .body("paths.'/api/v1/bulk'.post.security[0].oidc", hasItem("editor"))
                .body("paths.'/api/v1/procurement/{dept}/{year}/approve'.post.security[0].oidc", hasItem("reviewer"))
                .body("paths.'/api/v1/procurement/{dept}/{year}/return'.post.security[0].oidc", hasItem("reviewer"))
                .body("paths.'/api/v1/procurement/{dept}/{year}/adjustments'.post.security[0].oidc", hasItem("editor"))
                .body("paths.'/api/v1/procurement/{dept}/{year}/publish'.post.security[0].oidc", hasItem("editor"))
                // reads that may show a draft say who sees drafts
                .body(plan + ".get.description", containsString("Drafts"))
                .body("paths.'/api/v1/procurement/{dept}/{year}/revisions'.get.description", containsString("published"))
                .body("paths.'/api/v1/assets/{dept}/{asOf}'.get.description", containsString("auditors"));
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
