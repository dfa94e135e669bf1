package org.openbudget.asset.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.openbudget.asset.procurement.ProcurementPlanTest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.outboxRows;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/** Control characters in any text (PostgreSQL cannot store U+0000) are a 400 naming the field, in a body and in a path. */
@QuarkusTest
class ControlCharacterTest {

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:invalid-input")).body("errors.field", hasItem(field));
    }

    @Test
    void controlCharactersInAPlanOrAHoldingAreRefusedNamingTheField() {
        String dept = uniqueDepartment();
        String plan = "/api/v1/procurement/{d}/2022";
        api().body(ProcurementPlanTest.PLAN).put(plan, dept).then().statusCode(201);

        refused(api().body(ProcurementPlanTest.PLAN.replace("\"打印机\"", "\"打印\\u0000机\"")).put(plan, dept).then(), "items[1].itemName");
        refused(api().body(ProcurementPlanTest.PLAN.replace("\"办公楼维修\"", "\"办公楼\\n维修\"")).put(plan, dept).then(), "items[2].projectName");
        refused(api().body(ProcurementPlanTest.PLAN.replace("\"批\"", "\"\\u007f批\"")).put(plan, dept).then(), "items[4].measureUnit");
        refused(api().body(ProcurementPlanTest.PLAN.replace("\"B0703\"", "\"B07\\udc0003\"")).put(plan, dept).then(), "items[2].catalogCode");
        api().get(plan, dept).then().statusCode(200).body("version", equalTo(1));
        assertEquals(1, outboxRows(dept + ":2022"), "refused requests leave no event");

        String holding = "/api/v1/assets/{d}/2021-12-31";
        refused(api().body("{\"unit\": \"元\", \"register\": [{\"name\": \"轿\\u0000车\", \"category\": \"车辆\", \"quantity\": 1, "
                + "\"originalValue\": 1.00, \"use\": \"一般公务用车\"}]}").put(holding, dept).then(), "register[0].name");
        api().get(holding, dept).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void controlCharactersInPathsAndQueriesAreRefusedNamingTheParameter() {
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/procurement/43%004/2022").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("dept"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/assets/434/2021-12-31%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/procurement?department=434&unit=%E4%B8%87%00%E5%85%83").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("unit"));
    }
}
