package org.openbudget.aggregation.audit;

import org.openbudget.aggregation.budget.BudgetTotals;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.DepartmentChanged;
import org.openbudget.aggregation.event.DepartmentYearState;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.intake.Received;

import java.math.BigDecimal;

/**
 * What the audit trail keeps of one owner event: which part of which department-year, its version and status, and
 * the part's headline figures (元), read from the event's record. Plain Java. A figure the data does not carry is
 * null: the intake has judged the event already, the trail never refuses one.
 *
 * @param total budget: total expenditure (as the department's document prints it, {@link BudgetTotals}); performance:
 *              the project budgets covered; holdings: total value at the latest as-of date; procurement: the plan's
 *              total
 * @param count performance: projects; procurement: plan items; otherwise null
 */
public record AuditFacts(String department, Integer year, String part, String key, long version, String status,
                        BigDecimal total, Integer count) {

    public static final String DEPARTMENT = "department";
    public static final String BUDGET = "budget";
    public static final String PERFORMANCE = "performance";
    public static final String HOLDINGS = "holdings";
    public static final String PROCUREMENT = "procurement";

    public static AuditFacts of(Received event) {
        String key = event.envelope().subject();
        return switch (event.type()) {
            case DEPARTMENT_CHANGED -> {
                DepartmentChanged d = (DepartmentChanged) event.data();
                yield new AuditFacts(d.code(), null, DEPARTMENT, key, d.version(), null, null, null);
            }
            case BUDGET_CHANGED -> {
                BudgetChanged b = (BudgetChanged) event.data();
                BigDecimal total = b.budget() == null ? null : BudgetTotals.of(b.budget().content()).expenditure();
                yield state(b, BUDGET, key, b.status(), total, null);
            }
            case TARGETS_CHANGED -> {
                TargetsChanged t = (TargetsChanged) event.data();
                yield state(t, PERFORMANCE, key, t.status(), t.projectAmount(), t.projects().size());
            }
            case HOLDINGS_CHANGED -> {
                AssetYearChanged a = (AssetYearChanged) event.data();
                yield state(a, HOLDINGS, key, null, a.latestHolding() == null ? null : a.latestHolding().totalValue(), null);
            }
            case PROCUREMENT_PLAN_CHANGED -> {
                AssetYearChanged.Plan plan = ((AssetYearChanged) event.data()).procurementPlan();
                yield state((AssetYearChanged) event.data(), PROCUREMENT, key, plan == null ? null : plan.status(),
                        plan == null ? null : plan.total(), plan == null ? null : plan.itemCount());
            }
        };
    }

    private static AuditFacts state(DepartmentYearState state, String part, String key, String status, BigDecimal total,
                                    Integer count) {
        return new AuditFacts(state.department(), state.year(), part, key, state.version(), status, total, count);
    }
}
