package org.openbudget.asset.hostile;

import org.openbudget.common.testing.HostileInput;
import org.openbudget.common.testing.HostileRun;
import org.openbudget.common.testing.OutboxRowCount;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.asset.procurement.ProcurementPlanTest;

import javax.sql.DataSource;
import java.util.List;

import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/** ≥ 1,000 generated hostile PUTs of a department-year's procurement plan: never a 5xx, never a change. */
@QuarkusTest
class PlanHostileInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void hostilePlanPutsAreRefusedCleanly() {
        String dept = uniqueDepartment();
        api().body(ProcurementPlanTest.PLAN).put("/api/v1/procurement/{d}/2022", dept).then().statusCode(201);
        long seed = HostileRun.seed();
        HostileInput input = new HostileInput(seed, ProcurementPlanTest.PLAN, List.of(dept, "2022"), true);
        new HostileRun("asset-service PUT /api/v1/procurement/{dept}/{year}", "/api/v1/procurement/%s/%s", List.of(dept, "2022"),
                "/api/v1/procurement/" + dept + "/2022", () -> OutboxRowCount.of(dataSource, dept + ":2022"))
                .run(input, seed, HostileRun.requests());
    }
}
