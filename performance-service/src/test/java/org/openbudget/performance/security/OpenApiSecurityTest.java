package org.openbudget.performance.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.security.ExplicitTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document says who may call each operation: the roles of the writes, who sees drafts on the reads. */
@QuarkusTest
@ExplicitTokens
class OpenApiSecurityTest {

    private static final String BASE = "/api/v1/performance/{dept}/{year}";

    @Test
    void everyWriteNamesItsRoleAndEveryDraftCapableReadWhoSeesDrafts() {
        JsonNode doc = Fixture.tree(RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertEquals("openIdConnect", doc.path("components").path("securitySchemes").path("oidc").path("type").asText());

        Map<String, String> writes = new java.util.HashMap<>(Map.of(
                "put " + BASE, "editor",
                "post " + BASE + "/projects", "editor",
                "put " + BASE + "/projects/{projectId}", "editor",
                "delete " + BASE + "/projects/{projectId}", "editor",
                "post " + BASE + "/submit", "editor",
                "post " + BASE + "/publish", "editor",
                "post " + BASE + "/approve", "reviewer",
                "post " + BASE + "/reopen", "reviewer",
                "post " + BASE + "/return", "reviewer",
                "post " + BASE + "/adjustments", "editor"));
        writes.put("post /api/v1/bulk", "editor");
        writes.forEach((operation, role) -> {
            JsonNode scopes = operation(doc, operation).path("security").path(0).path("oidc");
            assertEquals(List.of(role), strings(scopes), operation + " security");
        });

        for (String read : new String[]{BASE, BASE + "/lint", BASE + "/revisions", BASE + "/revisions/{revision}",
                BASE + "/projects", BASE + "/projects/{projectId}"}) {
            String description = operation(doc, "get " + read).path("description").asText();
            assertTrue(description.contains("Drafts (any revision not published) are shown to the department's editors"),
                    read + ": " + description);
        }
        assertTrue(operation(doc, "get /api/v1/performance").path("description").asText().contains("whose drafts it reads"));
    }

    private static JsonNode operation(JsonNode doc, String operation) {
        String[] parts = operation.split(" ", 2);
        JsonNode node = doc.path("paths").path(parts[1]).path(parts[0]);
        assertTrue(node.isObject(), "no operation " + operation);
        return node;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
