package org.openbudget.budget.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.security.ExplicitTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document says who may call each operation and, for the reads that may show drafts, who sees them. */
@QuarkusTest
@ExplicitTokens
class OpenApiRolesTest {

    private static final String BUDGET = "'/api/v1/budgets/{dept}/{year}'";

    @Test
    void eachOperationListsItsRolesAndTheDraftReadsSayWhoSeesDrafts() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("editor"), roles(api, BUDGET, "put"));
        assertEquals(List.of("editor"), roles(api, "'/api/v1/budgets/{dept}/{year}/submit'", "post"));
        assertEquals(List.of("editor"), roles(api, "'/api/v1/budgets/{dept}/{year}/publish'", "post"));
        assertEquals(List.of("editor"), roles(api, "'/api/v1/budgets/{dept}/{year}/adjustments'", "post"));
        assertEquals(List.of("editor"), roles(api, "'/api/v1/budgets/{dept}/{year}/lines/functional/{code}'", "delete"));
        assertEquals(List.of("reviewer"), roles(api, "'/api/v1/budgets/{dept}/{year}/approve'", "post"));
        assertEquals(List.of("reviewer"), roles(api, "'/api/v1/budgets/{dept}/{year}/return'", "post"));
        assertEquals(List.of("admin"), roles(api, "'/api/v1/classifications/{scheme}/{year}'", "put"));
        assertEquals(List.of("admin"), roles(api, "'/api/v1/departments/{code}'", "put"));
        // the gate of the bulk API lets both in; each item is then checked as its single PUT checks it
        assertEquals(List.of("editor", "admin"), roles(api, "'/api/v1/bulk'", "post"));
        for (String read : List.of(BUDGET, "'/api/v1/budgets/{dept}/{year}/adjustments'",
                "'/api/v1/budgets/{dept}/{year}/adjustments/{adjustment}'", "'/api/v1/budgets/{dept}/{year}/tables'",
                "'/api/v1/budgets/{dept}/{year}/tables/{number}'", "'/api/v1/budgets/{dept}/{year}/validation'")) {
            assertNull(api.get("paths." + read + ".get.security"), read + " is public: it decides on drafts itself");
            String description = api.getString("paths." + read + ".get.description");
            assertTrue(description != null && description.contains("reviewer of its region or an auditor"),
                    read + " says who sees drafts: " + description);
        }
        assertTrue(api.getString("paths.'/api/v1/budgets'.get.description").contains("latest published adjustment"));
    }

    private static List<String> roles(JsonPath api, String path, String method) {
        return api.getList("paths." + path + "." + method + ".security[0].oidc");
    }
}
