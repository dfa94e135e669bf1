package org.openbudget.asset.holding;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.dec;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/**
 * A register (元) from which the table is derived. By hand:
 * 房屋 1 200.50 + 300.00 = 1 500.50 m², 3 600 000 + 450 000 = 4 050 000.00 (办公用房 1 200.50 m², 3 600 000.00);
 * 车辆 1 + 2 + 1 = 4, 180 000 + 420 000 + 350 000 = 950 000.00;
 * 20 万元以上设备: 服务器 260 000 and 密集架 exactly 200 000 → 2, 460 000.00 (空调 5 × 40 000 is below);
 * 其他: 空调 5 + 家具 100 = 105, 200 000 + 150 000 = 350 000.00; 资产总额 5 810 000.00.
 */
@QuarkusTest
class RegisterHoldingsTest {

    static final String REGISTER = """
            [{"assetCode": "FW-001", "name": "办公楼", "category": "房屋", "acquiredOn": "2005-06-01", "quantity": 1200.50,
              "originalValue": 3600000.00, "officeSpace": true},
             {"assetCode": "FW-002", "name": "车库", "category": "房屋", "quantity": 300.00, "originalValue": 450000.00},
             {"assetCode": "CL-001", "name": "轿车", "category": "车辆", "acquiredOn": "2018-03-15", "quantity": 1,
              "originalValue": 180000.00, "use": "一般公务用车"},
             {"assetCode": "CL-002", "name": "执法车", "category": "车辆", "quantity": 2, "originalValue": 420000.00, "use": "执法执勤用车"},
             {"assetCode": "CL-003", "name": "人防指挥车", "category": "车辆", "quantity": 1, "originalValue": 350000.00,
              "use": "特种专业技术用车"},
             {"assetCode": "SB-001", "name": "服务器", "category": "设备", "quantity": 1, "originalValue": 260000.00},
             {"assetCode": "SB-002", "name": "空调", "category": "设备", "quantity": 5, "originalValue": 200000.00},
             {"assetCode": "SB-003", "name": "档案密集架", "category": "设备", "quantity": 1, "originalValue": 200000.00},
             {"assetCode": "QT-001", "name": "办公家具", "category": "其他", "quantity": 100, "originalValue": 150000.00}]
            """;

    @Test
    void blankRowsAreDerivedFromTheRegister() {
        String dept = uniqueDepartment();
        api().body("{\"unit\": \"元\", \"register\": " + REGISTER + "}").put("/api/v1/assets/{d}/2021-12-31", dept)
                .then().statusCode(201)
                .body("totalValue", equalTo(dec("5810000.00")))
                .body("buildings.quantity", equalTo(dec("1500.50"))).body("buildings.value", equalTo(dec("4050000.00")))
                .body("officeBuildings.quantity", equalTo(dec("1200.50"))).body("officeBuildings.value", equalTo(dec("3600000.00")))
                .body("vehicles.quantity", equalTo(4)).body("vehicles.value", equalTo(dec("950000.00")))
                .body("equipmentOver200k.quantity", equalTo(2)).body("equipmentOver200k.value", equalTo(dec("460000.00")))
                .body("otherFixedAssets.quantity", equalTo(105)).body("otherFixedAssets.value", equalTo(dec("350000.00")))
                .body("register", hasSize(9)).body("register[0].officeSpace", equalTo(true))
                .body("register[0].acquiredOn", equalTo("2005-06-01"))
                .body("vehiclesByUse.use", equalTo(List.of("一般公务用车", "执法执勤用车", "特种专业技术用车")))
                .body("vehiclesByUse.quantity", equalTo(List.of(1, 2, 1)))
                .body("vehiclesByUse[1].value", equalTo(dec("420000.00")));
        api().get("/api/v1/assets/{d}/2021-12-31/validation", dept).then().statusCode(200)
                .body("errors", equalTo(0)).body("warnings", equalTo(0));
        api().body("{\"unit\": \"元\", \"register\": " + REGISTER + "}").put("/api/v1/assets/{d}/2021-12-31", dept)
                .then().statusCode(200).header("ETag", "\"1\"");
        // in 万元: 581.00, and the register's cards too
        api().queryParam("unit", "万元").get("/api/v1/assets/{d}/2021-12-31", dept).then().statusCode(200)
                .body("totalValue", equalTo(dec("581.00"))).body("register[0].originalValue", equalTo(dec("360.00")));
    }

    @Test
    void aGivenRowThatDisagreesWithTheRegisterIsReportedNotReplaced() {
        String dept = uniqueDepartment();
        api().body("{\"unit\": \"元\", \"vehicles\": {\"quantity\": 3, \"value\": 950000.00}, \"register\": " + REGISTER + "}")
                .put("/api/v1/assets/{d}/2021-12-31", dept)
                .then().statusCode(201).body("vehicles.quantity", equalTo(3));
        api().get("/api/v1/assets/{d}/2021-12-31/validation", dept).then().statusCode(200)
                .body("errors", equalTo(1))
                .body("findings[0].rule", equalTo("ASSET-REGISTER"))
                .body("findings[0].field", equalTo("vehicles.quantity"))
                .body("findings[0].expected", equalTo(4))
                .body("findings[0].actual", equalTo(3));
    }
}
