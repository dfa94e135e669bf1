package org.openbudget.budget.hostile;

import org.openbudget.common.testing.HostileInput;
import org.openbudget.common.testing.HostileRun;
import org.openbudget.common.testing.OutboxRowCount;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;

import javax.sql.DataSource;
import java.util.List;

/** ≥ 1,000 generated hostile PUTs of a department-year budget (the seed's): never a 5xx, never a change. */
@QuarkusTest
class BudgetHostileInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void hostileBudgetPutsAreRefusedCleanly() {
        String dept = SeedFixture.departmentWithSeedBudget("H");
        long seed = HostileRun.seed();
        HostileInput input = new HostileInput(seed, SeedFixture.seedBudget(), List.of(dept, "2022"), true);
        new HostileRun("budget-service PUT /api/v1/budgets/{dept}/{year}", "/api/v1/budgets/%s/%s", List.of(dept, "2022"),
                "/api/v1/budgets/" + dept + "/2022", () -> OutboxRowCount.of(dataSource, dept + ":2022"))
                .run(input, seed, HostileRun.requests());
    }
}
