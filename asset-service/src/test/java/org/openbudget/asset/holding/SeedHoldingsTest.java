package org.openbudget.asset.holding;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.Json;
import org.openbudget.seeds.seed.SeedDocument;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.dec;

/**
 * Section 七 of the seed (seeds/000_089e20c77680147c.txt, 434 高邑县政府办, 截止时间 2021-12-31):
 * 资产总额 947.09; 房屋, 办公用房 and 20 万元以上设备 blank; 车辆 8 / 138.26; 其他固定资产 568 / 808.83 (万元) —
 * typed by hand, and checked against the importer's reading of the seed (seeds-importer's SeedDocument).
 */
@QuarkusTest
class SeedHoldingsTest {

    static final String SEED_TABLE = """
            {"unit": "万元", "totalValue": 947.09,
             "buildings": {"quantity": null, "value": null},
             "officeBuildings": {"quantity": null, "value": null},
             "vehicles": {"quantity": 8, "value": 138.26},
             "equipmentOver200k": {"quantity": null, "value": null},
             "otherFixedAssets": {"quantity": 568, "value": 808.83}}
            """;

    @Test
    void theTypedTableIsWhatTheImporterReadsFromTheSeed() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        ObjectNode typed = (ObjectNode) json.readTree(SEED_TABLE);
        // a blank row is written out here and left out by the loader: the same table
        List<String> blank = new ArrayList<>();
        typed.properties().forEach(e -> {
            if (e.getValue().isObject() && e.getValue().get("quantity").isNull() && e.getValue().get("value").isNull()) {
                blank.add(e.getKey());
            }
        });
        typed.remove(blank);
        JsonNode read = json.readTree(Json.compact(SeedDocument.body("/api/v1/assets/434/2021-12-31")));
        assertEquals(read, typed);
    }

    @Test
    void theSeedTableRoundTripsCellByCellWithBlanksKeptBlank() {
        api().body(SEED_TABLE).put("/api/v1/assets/434/2021-12-31").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).header("ETag", "\"1\"").body("unit", equalTo("万元")).body("totalValue", equalTo(dec("947.09")));

        api().queryParam("unit", "万元").get("/api/v1/assets/434/2021-12-31").then().statusCode(200)
                .body("department", equalTo("434"))
                .body("asOf", equalTo("2021-12-31"))
                .body("unit", equalTo("万元"))
                .body("enteredUnit", equalTo("万元"))
                .body("totalValue", equalTo(dec("947.09")))
                .body("buildings.quantity", nullValue()).body("buildings.value", nullValue())
                .body("officeBuildings.quantity", nullValue()).body("officeBuildings.value", nullValue())
                .body("vehicles.quantity", equalTo(8)).body("vehicles.value", equalTo(dec("138.26")))
                .body("equipmentOver200k.quantity", nullValue()).body("equipmentOver200k.value", nullValue())
                .body("otherFixedAssets.quantity", equalTo(568)).body("otherFixedAssets.value", equalTo(dec("808.83")))
                .body("register", nullValue());

        // canonical 元: 947.09 万元 = 9 470 900.00 元 exactly
        api().get("/api/v1/assets/434/2021-12-31").then().statusCode(200)
                .body("unit", equalTo("元"))
                .body("totalValue", equalTo(dec("9470900.00")))
                .body("vehicles.value", equalTo(dec("1382600.00")))
                .body("otherFixedAssets.value", equalTo(dec("8088300.00")));

        // the same table again changes nothing
        api().body(SEED_TABLE).put("/api/v1/assets/434/2021-12-31").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void theSeedTotalsValidate() {
        api().body(SEED_TABLE).put("/api/v1/assets/434/2021-12-31").then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(200), equalTo(201)));
        // 138.26 + 808.83 = 947.09 exactly: not even a rounding gap
        api().queryParam("unit", "万元").get("/api/v1/assets/434/2021-12-31/validation").then().statusCode(200)
                .body("errors", equalTo(0)).body("warnings", equalTo(0))
                .body("roundingInfos", equalTo(0)).body("findings", empty());
    }

    @Test
    void listsByDepartmentAndYear() {
        api().body(SEED_TABLE).put("/api/v1/assets/434/2021-12-31").then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(200), equalTo(201)));
        api().queryParam("year", "2021").queryParam("unit", "万元").get("/api/v1/assets/434").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].asOf", equalTo("2021-12-31"))
                .body("items[0].totalValue", equalTo(dec("947.09")));
        api().queryParam("year", "2020").get("/api/v1/assets/434").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        api().queryParam("department", "434").get("/api/v1/assets").then().statusCode(200)
                .body("items[0].department", equalTo("434"));
    }
}
