package org.openbudget.asset.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbudget.asset.procurement.ProcurementPlanTest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.dec;
import static org.openbudget.asset.support.Api.outboxRows;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/** Bad input is a 400 problem+json naming the field; nothing is stored and no event is appended. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static String holdings(String vehicles) {
        return """
                {"unit": "万元", "totalValue": 947.09, "vehicles": %s, "otherFixedAssets": {"quantity": 568, "value": 808.83}}
                """.formatted(vehicles);
    }

    @Test
    void badHoldingsAreRefusedAndNothingIsStored() {
        String dept = uniqueDepartment();
        String at = "/api/v1/assets/{d}/2021-12-31";
        assertField(api().body(holdings("{\"quantity\": -8, \"value\": 138.26}")).put(at, dept), "vehicles.quantity");
        assertField(api().body(holdings("{\"quantity\": 8.5, \"value\": 138.26}")).put(at, dept), "vehicles.quantity");
        assertField(api().body(holdings("{\"quantity\": \"8\", \"value\": 138.26}")).put(at, dept), "vehicles.quantity");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": 138.2612345}")).put(at, dept), "vehicles.value");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": -138.26}")).put(at, dept), "vehicles.value");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": 138.26, \"colour\": \"red\"}")).put(at, dept),
                "vehicles.colour");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": 138.26}").replace("万元", "千元")).put(at, dept), "unit");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": 138.26}").replace("\"unit\": \"万元\",", "")).put(at, dept), "unit");
        assertField(api().body("{\"unit\": \"元\", \"totalValue\": 1382600.125}").put(at, dept), "totalValue");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": 138.26}")).put("/api/v1/assets/{d}/2021-13-01", dept), "asOf");
        assertField(api().body(holdings("{\"quantity\": 8, \"value\": 138.26}")).put("/api/v1/assets/{d}/2021-12-31", "43-4"), "dept");
        assertField(api().body("{\"unit\": \"万元\", \"totalValue\": ").put(at, dept), "$");
        // a register vehicle without its use, and a desk that claims to be office space
        assertFields(api().body("""
                {"unit": "元", "register": [
                  {"name": "轿车", "category": "车辆", "quantity": 1, "originalValue": 180000.00},
                  {"name": "办公桌", "category": "其他", "quantity": 1, "originalValue": 1200.00, "officeSpace": true}]}
                """).put(at, dept), "register[0].use", "register[1].officeSpace");
        assertField(api().body("{\"unit\": \"元\", \"register\": [{\"name\": \"车\", \"category\": \"飞机\", \"quantity\": 1, "
                + "\"originalValue\": 1.00}]}").put(at, dept), "register[0].category");

        api().get(at, dept).then().statusCode(404).contentType(PROBLEM);
        assertEquals(0, outboxRows(dept + ":2021"), "rejected requests leave no event");
    }

    @Test
    void badPlansAreRefusedAndTheStoredPlanIsUnchanged() {
        String dept = uniqueDepartment();
        String at = "/api/v1/procurement/{d}/2022";
        api().body(ProcurementPlanTest.PLAN).put(at, dept).then().statusCode(201);
        String line = "{\"itemName\": \"打印机\", \"kind\": \"货物\", \"quantity\": 3, \"unitPrice\": 2350.50, \"amount\": 7051.50}";

        assertField(api().body(plan(line.replace("货物", "设备"))).put(at, dept), "items[0].kind");
        assertField(api().body(plan(line.replace(", \"amount\": 7051.50", ""))).put(at, dept), "items[0].amount");
        assertField(api().body(plan(line.replace("2350.50", "-2350.50"))).put(at, dept), "items[0].unitPrice");
        assertField(api().body(plan(line.replace("2350.50", "2350.505"))).put(at, dept), "items[0].unitPrice");
        assertField(api().body(plan(line.replace("7051.50", "\"七千\""))).put(at, dept), "items[0].amount");
        assertField(api().body(plan(line.replace("\"itemName\": \"打印机\"", "\"itemName\": \"\""))).put(at, dept), "items[0].itemName");
        assertField(api().body(plan(line.replace("}", ", \"funding\": {\"generalBudget\": -1.00}}"))).put(at, dept),
                "items[0].funding.generalBudget");
        assertField(api().body(plan(line.replace("}", ", \"fixedAsset\": \"yes\"}"))).put(at, dept), "items[0].fixedAsset");
        assertField(api().body("{\"unit\": \"元\"}").put(at, dept), "items");
        assertField(api().body(plan(line)).put("/api/v1/procurement/{d}/22", dept), "year");
        assertField(api().body("{\"unit\": \"元\", \"item\": " + line.replace("3,", "-3,") + "}").post(at + "/items", dept),
                "item.quantity");
        assertField(api().body("{\"unit\": \"元\", \"item\": " + line + "}").put(at + "/items/x", dept), "lineNo");
        assertField(api().queryParam("unit", "千元").get(at, dept), "unit");
        assertField(api().queryParam("approvedOn", "2022-02-30").post(at + "/approve", dept), "approvedOn");
        api().header("If-Match", "\"9\"").body(plan(line)).put(at, dept).then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:openbudget:problem:version-mismatch"));

        api().get(at, dept).then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("draft"))
                .body("totals.amount", equalTo(dec("313451.50")));
        assertEquals(1, outboxRows(dept + ":2022"), "only the accepted PUT left an event");
    }

    @Test
    void unknownThingsAre404Problems() {
        api().get("/api/v1/procurement/NOPE/2022").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        api().get("/api/v1/assets/NOPE/2021-12-31").then().statusCode(404).contentType(PROBLEM);
        api().post("/api/v1/procurement/NOPE/2022/submit").then().statusCode(404).contentType(PROBLEM);
    }

    private static String plan(String line) {
        return "{\"unit\": \"元\", \"items\": [" + line + "]}";
    }

    private static void assertField(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:openbudget:problem:" + (field.equals("$") ? "malformed-json" : "invalid-input")))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field.equals("$") ? "" : field));
    }

    private static void assertFields(io.restassured.response.Response response, String... fields) {
        response.then().statusCode(400).contentType(PROBLEM).body("errors.field", containsInAnyOrder(fields));
    }
}
