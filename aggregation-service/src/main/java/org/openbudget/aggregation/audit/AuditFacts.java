package org.openbudget.aggregation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;
import org.openbudget.aggregation.asset.AssetProjector;
import org.openbudget.aggregation.budget.BudgetContributions;
import org.openbudget.aggregation.budget.BudgetProjector;
import org.openbudget.aggregation.department.DepartmentProjector;
import org.openbudget.aggregation.performance.PerformanceProjector;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.common.event.CloudEvent;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the audit trail keeps of one owner event: which part of which department-year, its version and status, and
 * the part's headline figures (元), read from the event-carried state. Plain Java. A figure the data does not
 * carry (or carries unreadably) is null: the projector has judged the event already, the trail never refuses one.
 *
 * @param total budget: total expenditure (the printed 合计, else the sum of the 类 rows); performance: the project
 *              budgets covered; holdings: total value at the latest as-of date; procurement: the plan's total
 * @param count performance: projects; procurement: plan items; otherwise null
 */
public record AuditFacts(String department, Integer year, String part, String key, long version, String status,
                        BigDecimal total, Integer count) {

    public static final String DEPARTMENT = "department";
    public static final String BUDGET = "budget";
    public static final String PERFORMANCE = "performance";
    public static final String HOLDINGS = "holdings";
    public static final String PROCUREMENT = "procurement";

    private static final Logger LOG = Logger.getLogger(AuditFacts.class);

    /** The facts of an event the intake applied or found stale; empty for a type the trail does not know. */
    public static Optional<AuditFacts> of(CloudEvent event) {
        JsonNode data = event.data();
        return Optional.ofNullable(switch (event.type()) {
            case DepartmentProjector.TYPE -> new AuditFacts(text(data, "code"), null, DEPARTMENT, event.subject(),
                    data.path("version").asLong(), null, null, null);
            case BudgetProjector.TYPE -> state(event, BUDGET, text(data, "status"), figure(event, () -> budgetTotal(data)), null);
            case PerformanceProjector.TYPE -> state(event, PERFORMANCE, text(data, "status"),
                    figure(event, () -> projectAmount(data)), data.path("projects").isArray() ? data.path("projects").size() : null);
            case AssetProjector.HOLDINGS -> state(event, HOLDINGS, null, figure(event, () -> holdingsValue(data)), null);
            case AssetProjector.PROCUREMENT -> {
                JsonNode plan = data.get("procurementPlan");
                boolean present = plan != null && plan.isObject();
                yield state(event, PROCUREMENT, present ? text(plan, "status") : null,
                        present ? figure(event, () -> planTotal(plan)) : null, present ? planItems(plan) : null);
            }
            default -> null;
        });
    }

    private static AuditFacts state(CloudEvent event, String part, String status, BigDecimal total, Integer count) {
        JsonNode data = event.data();
        return new AuditFacts(text(data, "department"), data.path("year").asInt(), part, event.subject(),
                data.path("version").asLong(), status, total, count);
    }

    private static BigDecimal budgetTotal(JsonNode data) {
        String department = text(data, "department");
        for (Contribution c : BudgetContributions.of(department, data.path("budget"))) {
            if (c.dimension().equals("department") && c.measure().equals("expenditure")) {
                return c.amount();
            }
        }
        return null;
    }

    private static BigDecimal projectAmount(JsonNode data) {
        BigDecimal sum = null;
        for (JsonNode project : data.path("projects")) {
            BigDecimal yuan = decimal(project.path("budget").get("yuan"));
            if (yuan != null) {
                sum = sum == null ? yuan : sum.add(yuan);
            }
        }
        return sum;
    }

    /** Holdings are dated snapshots in ascending order: the latest one is what the department holds now. */
    private static BigDecimal holdingsValue(JsonNode data) {
        JsonNode holdings = data.path("holdings");
        return holdings.isArray() && !holdings.isEmpty() ? decimal(holdings.get(holdings.size() - 1).get("totalValue")) : null;
    }

    private static BigDecimal planTotal(JsonNode plan) {
        BigDecimal printed = decimal(plan.path("totals").get("amount"));
        if (printed != null) {
            return printed;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : plan.path("items")) {
            BigDecimal amount = decimal(item.get("amount"));
            sum = amount == null ? sum : sum.add(amount);
        }
        return sum;
    }

    private static Integer planItems(JsonNode plan) {
        JsonNode items = plan.path("totals").get("items");
        return items != null && items.canConvertToInt() ? items.asInt() : plan.path("items").size();
    }

    private static BigDecimal figure(CloudEvent event, java.util.function.Supplier<BigDecimal> figure) {
        try {
            return figure.get();
        } catch (RuntimeException e) {
            LOG.warnf("event %s: no headline figure for the audit trail (%s)", event.id(), e.toString());
            return null;
        }
    }

    private static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull() || !(value.isNumber() || value.isTextual())) {
            return null;
        }
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
