package org.openbudget.budget.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

/**
 * Text with control characters (PostgreSQL cannot store U+0000; the rest is junk in a printed disclosure) is a 400
 * naming the field — in a body at any depth, in a path and in a query — and changes nothing. Narratives keep
 * their line breaks and tabs; names and codes may not have them.
 */
@QuarkusTest
class ControlCharacterTest {

    private static String department(String name, String unitName, String organization, String duty) {
        return """
                {"name": "%s", "region": {"code": "130127", "name": "高邑县"},
                 "units": [{"name": "%s", "nature": "行政"}],
                 "duties": ["贯彻执行方针政策。", "%s"], "organization": "%s"}
                """.formatted(name, unitName, duty, organization);
    }

    private static ValidatableResponse put(String code, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/departments/{code}", code).then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:invalid-input"))
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString("U+")));
    }

    @Test
    void controlCharactersInABodyAreRefusedNamingTheField() {
        String code = SeedFixture.uniqueCode("C");
        put(code, department("政府办", "本级", "内设机构：\\n秘书股。", "协调落实。")).statusCode(201);
        String before = given().get("/api/v1/departments/{c}", code).then().statusCode(200).extract().asString();

        refused(put(code, department("政府\\u0000办", "本级", "x", "y")), "name");
        refused(put(code, department("政府办", "本\\u0001级", "x", "y")), "units[0].name");
        refused(put(code, department("政府办", "本级", "x", "协调\\u0000落实。")), "duties[1]");
        refused(put(code, department("政府办", "本级", "机构\\u0000", "y")), "organization");
        refused(put(code, department("政府办", "本级", "机构\\u007f", "y")), "organization");
        refused(put(code, department("政府办\\ud800", "本级", "x", "y")), "name");
        refused(put(code, department("政府办", "本级\\udc00", "x", "y")), "units[0].name");
        // a name is one line; a narrative may have several
        refused(put(code, department("政府\\n办", "本级", "x", "y")), "name");
        refused(put(code, department("政府办", "本\\t级", "x", "y")), "units[0].name");
        refused(put(code, department("政府办", "本级", "x", "y").replace("\"130127\"", "\"13012\\u00007\"")), "region.code");
        // an overlong UTF-8 NUL (C0 80) is not a way around it
        byte[] overlong = department("政府办", "本级", "x", "y").replace("政府办", "政府§").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refusedBytes(code, overlong);

        String after = given().get("/api/v1/departments/{c}", code).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(before, after, "refused requests change nothing");

        put(code, department("政府办", "本级", "内设机构：\\r\\n\\t秘书股。", "协调\\n落实。")).statusCode(200)
                .body("organization", equalTo("内设机构：\r\n\t秘书股。"));
    }

    private static void refusedBytes(String code, byte[] withMarker) {
        // § (C2 A7) becomes C0 80
        byte[] body = withMarker.clone();
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == (byte) 0xC2 && body[i + 1] == (byte) 0xA7) {
                body[i] = (byte) 0xC0;
                body[i + 1] = (byte) 0x80;
            }
        }
        given().contentType(ContentType.JSON).body(body).put("/api/v1/departments/{code}", code).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void controlCharactersInABudgetLineAreRefusedNamingTheLine() {
        String dept = SeedFixture.departmentWithSeedBudget("C");
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget().replace("\"行政运行\"", "\"行政\\u0000运行\""))
                .put("/api/v1/budgets/{d}/2022", dept).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("functional.lines[2].name"));
        given().get("/api/v1/budgets/{d}/2022", dept).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aPriorYearReasonIsANarrativeAndKeepsItsLineBreaks() {
        // the record lives in the plain-Java disclosure model; budget-service marks its reason as free text (#15)
        String dept = SeedFixture.departmentWithSeedBudget("C");
        given().contentType(ContentType.JSON)
                .body(SeedFixture.seedBudget().replace("\"主要原因是人员减少\"", "\"主要原因：\\n人员减少\""))
                .put("/api/v1/budgets/{d}/2022", dept).then().statusCode(200);
        given().get("/api/v1/budgets/{d}/2022", dept).then().statusCode(200)
                .body("priorYear.find { it.item == 'basic' }.reason", equalTo("主要原因：\n人员减少"));
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget().replace("\"行政运行\"", "\"行政\\n运行\""))
                .put("/api/v1/budgets/{d}/2022", dept).then().statusCode(400)
                .body("errors.field", hasItem("functional.lines[2].name"));
    }

    @Test
    void controlCharactersInPathsAndQueriesAreRefusedNamingTheParameter() {
        var raw = RestAssured.given().urlEncodingEnabled(false);
        raw.get("/api/v1/departments/43%004").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
        RestAssured.given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(department("a", "b", "c", "d"))
                .put("/api/v1/departments/43%004").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/budgets/43%00/2022").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("dept"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/budgets?department=4%0034&year=2022").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("department"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/departments?region=1301%7F27").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("region"));
    }
}
