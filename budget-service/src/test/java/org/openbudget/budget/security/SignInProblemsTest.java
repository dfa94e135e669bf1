package org.openbudget.budget.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** How a refusal reads: 401 and 403 are problems like every other error, and a bad token is never anonymous. */
@QuarkusTest
@ExplicitTokens
class SignInProblemsTest {

    private static final String BODY = """
            {"name":"x","region":{"code":"990100","name":"r"},"units":[]}""";

    @Test
    void anonymousWriteIs401ProblemWithBearerChallenge() {
        given().contentType("application/json").body(BODY).put("/api/v1/departments/990999")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("type", equalTo("urn:openbudget:problem:unauthenticated"));
    }

    @Test
    void signedInWithoutTheRoleIs403Problem() {
        given().auth().oauth2(Tokens.of(Principal.AUDITOR)).contentType("application/json").body(BODY)
                .put("/api/v1/departments/990999")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:openbudget:problem:forbidden"));
    }

    @Test
    void expiredOrForeignTokenIs401EvenOnAPublicRead() {
        for (Principal p : new Principal[]{Principal.EXPIRED, Principal.WRONG_ISSUER}) {
            given().auth().oauth2(Tokens.of(p)).get("/api/v1/departments")
                    .then().statusCode(401).contentType(startsWith("application/problem+json"))
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .body("type", equalTo("urn:openbudget:problem:invalid-token"));
        }
    }

    @Test
    void garbageTokenIs401() {
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/departments")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void healthAndOpenApiStayOpen() {
        given().get("/q/health").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("paths.'/api/v1/departments/{code}'.put.security[0].oidc", org.hamcrest.Matchers.hasItem("admin"));
    }
}
