package org.openbudget.budget.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The callers and the fixture of the permission tests (all {@code @ExplicitTokens}): requests as a {@link Principal}
 * or as the tests' default client, the fixture departments (990434 in region 990100, 990435 in 990200, as the test
 * realm's users expect) and department-year budgets brought to a workflow stage by the default client.
 */
final class Callers {

    static final String DEPT = Principal.DEPARTMENT;
    static final String OTHER_DEPT = Principal.OTHER_DEPARTMENT;
    static final String BUDGET = "/api/v1/budgets/{dept}/{year}";

    /** How far a fixture budget has gone. ADJUSTING: adjustment 0 published, adjustment 1 a draft (调整预算). */
    enum Stage { DRAFT, SUBMITTED, APPROVED, PUBLISHED, ADJUSTING }

    private Callers() {
    }

    /** A request as the principal: its bearer token, none for {@link Principal#ANONYMOUS}. */
    static RequestSpecification as(Principal principal) {
        String token = Tokens.of(principal);
        RequestSpecification request = RestAssured.given();
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** A request as the tests' default client (tests-all: editor, reviewer and admin of everything). */
    static RequestSpecification asTests() {
        return RestAssured.given().header("Authorization", "Bearer " + Tokens.tests());
    }

    /** The token's subject ({@code sub}), read from its payload. */
    static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.read(payload).get("sub").asText();
    }

    /** The two fixture departments; identical PUTs change nothing, so every test class may call it. */
    static void departments() {
        department(DEPT, Principal.REGION);
        department(OTHER_DEPT, Principal.OTHER_REGION);
    }

    static void department(String code, String region) {
        asTests().contentType(ContentType.JSON).body("""
                        {"name": "测试部门%s", "region": {"code": "%s", "name": "测试县%s"},
                         "units": [{"name": "测试部门%s本级", "nature": "行政"}]}
                        """.formatted(code, region, region, code))
                .put("/api/v1/departments/{code}", code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** The seed budget with a different revenue figure: what an adjustment or a rejected write carries. */
    static String changedBudget() {
        return SeedFixture.seedBudget().replace("\"generalBudget\": 394.30", "\"generalBudget\": 400.00");
    }

    /** Stores the seed budget for the department-year and takes it to the stage (as the default client). */
    static void budget(String dept, int year, Stage stage) {
        asTests().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(BUDGET, dept, year)
                .then().statusCode(201);
        if (stage == Stage.DRAFT) {
            return;
        }
        asTests().post(BUDGET + "/submit", dept, year).then().statusCode(200);
        if (stage == Stage.SUBMITTED) {
            return;
        }
        asTests().post(BUDGET + "/approve", dept, year).then().statusCode(200);
        if (stage == Stage.APPROVED) {
            return;
        }
        asTests().post(BUDGET + "/publish", dept, year).then().statusCode(200);
        if (stage == Stage.ADJUSTING) {
            asTests().contentType(ContentType.JSON).body(changedBudget()).post(BUDGET + "/adjustments", dept, year)
                    .then().statusCode(201);
        }
    }

    /** The budget as the default client reads it (the current adjustment, whatever its status). */
    static JsonNode current(String dept, int year) {
        return Json.read(asTests().get(BUDGET, dept, year).then().statusCode(200));
    }
}
