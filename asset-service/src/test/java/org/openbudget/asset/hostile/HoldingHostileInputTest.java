package org.openbudget.asset.hostile;

import org.openbudget.common.testing.HostileInput;
import org.openbudget.common.testing.HostileRun;
import org.openbudget.common.testing.OutboxRowCount;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/** ≥ 1,000 generated hostile PUTs of a department's holdings (table rows and register): never a 5xx, never a change. */
@QuarkusTest
class HoldingHostileInputTest {

    static final String VALID = """
            {"unit": "元", "totalValue": 5810000.00, "vehicles": {"quantity": 4, "value": 950000.00},
             "register": [
              {"assetCode": "FW-001", "name": "办公楼", "category": "房屋", "acquiredOn": "2005-06-01", "quantity": 1200.50,
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
              {"assetCode": "QT-001", "name": "办公家具", "category": "其他", "quantity": 100, "originalValue": 150000.00}]}
            """;

    @Inject
    DataSource dataSource;

    @Test
    void hostileHoldingPutsAreRefusedCleanly() {
        String dept = uniqueDepartment();
        api().body(VALID).put("/api/v1/assets/{d}/2021-12-31", dept).then().statusCode(201);
        long seed = HostileRun.seed();
        HostileInput input = new HostileInput(seed, VALID, List.of(dept, "2021-12-31"), true);
        new HostileRun("asset-service PUT /api/v1/assets/{dept}/{asOf}", "/api/v1/assets/%s/%s", List.of(dept, "2021-12-31"),
                "/api/v1/assets/" + dept + "/2021-12-31", () -> OutboxRowCount.of(dataSource, dept + ":2021"))
                .run(input, seed, HostileRun.requests());
    }
}
