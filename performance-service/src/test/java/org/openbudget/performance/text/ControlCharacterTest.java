package org.openbudget.performance.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Control characters in any text of the targets (PostgreSQL cannot store U+0000) are a 400 naming the field, in a
 * body at any depth and in a path; narratives keep their line breaks, names and indicator levels may not have them.
 */
@QuarkusTest
class ControlCharacterTest {

    private static String cleanSet() throws IOException {
        try (InputStream in = ControlCharacterTest.class.getResourceAsStream("/clean-set.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValidatableResponse put(String dept, String body) {
        return RestAssured.given().contentType("application/json").body(body).put("/api/v1/performance/{d}/2022", dept).then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:invalid-input")).body("errors.field", hasItem(field));
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldAndChangeNothing() throws IOException {
        String set = cleanSet();
        String dept = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        put(dept, set).statusCode(201);

        refused(put(dept, set.replace("\"发放宣传资料数量\"", "\"发放宣传\\u0000资料数量\"")), "projects[0].indicators[0].level3");
        refused(put(dept, set.replace("\"大气办经费\"", "\"大气办\\n经费\"")), "projects[0].name");
        refused(put(dept, set.replace("\"二是建立健全工作机制。\"", "\"二是建立健全\\u0000工作机制。\"")), "safeguards[1]");
        refused(put(dept, set.replace("\"根据往年经历\"", "\"根据往年\\u001b经历\"")), "projects[0].indicators[0].basis");
        refused(put(dept, set.replace("\"≥4000 份\"", "\"≥4000 \\ud800份\"")), "projects[0].indicators[0].value");
        RestAssured.given().get("/api/v1/performance/{d}/2022", dept).then().statusCode(200).body("version", equalTo(1));

        put(dept, set.replace("\"二是建立健全工作机制。\"", "\"二是建立健全工作机制：\\n\\t（一）……\"")).statusCode(200)
                .body("safeguards[1]", equalTo("二是建立健全工作机制：\n\t（一）……"));
    }

    @Test
    void controlCharactersInPathsAndQueriesAreRefusedNamingTheParameter() {
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/performance/43%004/2022").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("dept"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/performance/434/2022/projects/p%001").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("projectId"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/performance?status=draft%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
    }
}
