package org.openbudget.seeds.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.load.api.PlanBody;

/** The companion tables agree with their budget the way the consistency report checks them. */
class CompanionGeneratorTest {

    @Test
    void projectTargetsProcurementAndHoldingsAgreeWithTheBudget() throws Exception {
        Catalog catalog = Catalog.shipped(2022);
        int purchases = 0;
        for (DepartmentYear dy : new ProvinceGenerator(catalog, 3).province(2, 25, 2031)) {
            ExpenditureByType total = dy.budget().functional().total().expenditure().generalBudget();
            BigDecimal projectTotal = total.project() == null ? BigDecimal.ZERO.setScale(2) : total.project();

            // one target table per 项 with 项目支出; together they budget exactly the 项目支出
            List<PerformanceBody.Project> projects = dy.performance().projects();
            BigDecimal targeted = projects.stream().map(p -> p.budget().value()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            assertEquals(projectTotal, targeted, dy.code());
            for (PerformanceBody.Project p : projects) {
                assertEquals(7, p.functionalCode().length());
                assertTrue(p.indicators().size() >= 3, p.id());
                assertEquals("万元", p.budget().unit());
            }

            // each purchase: quantity × unit price = amount, within its project's budget, funded by the general budget
            for (PlanBody.Item item : dy.procurement().items()) {
                purchases++;
                assertEquals(item.amount(), item.quantity().multiply(item.unitPrice()).setScale(2));
                assertTrue(item.amount().compareTo(item.projectBudget()) <= 0, item.projectName());
                assertEquals(item.amount(), item.funding().generalBudget());
                assertTrue(item.smeReserved().compareTo(item.amount()) <= 0);
                assertTrue(projects.stream().anyMatch(p -> p.name().equals(item.projectName())
                        && p.budget().value().equals(item.projectBudget())), item.projectName());
            }

            HoldingBody h = dy.holdings();
            BigDecimal vehicles = h.vehicles() == null ? BigDecimal.ZERO.setScale(2) : h.vehicles().value();
            assertNotNull(h.otherFixedAssets());
            assertEquals(h.totalValue(), vehicles.add(h.otherFixedAssets().value()));
            assertEquals("2030-12-31", dy.holdingsAsOf());
        }
        assertTrue(purchases > 10, "the generator makes purchases: " + purchases);
    }
}
