package org.openbudget.aggregation.performance;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.aggregation.rollup.Contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a department-year's performance targets (预算绩效目标) add to the roll-ups: how many project
 * tables and indicators, the project spending they cover (in 元) and the lint findings by severity.
 */
public final class PerformanceContributions {

    private PerformanceContributions() {
    }

    public static List<Contribution> of(JsonNode targets) {
        List<Contribution> out = new ArrayList<>();
        long projects = 0;
        long indicators = 0;
        BigDecimal covered = BigDecimal.ZERO;
        for (JsonNode project : targets.path("projects")) {
            projects++;
            indicators += project.path("indicators").size();
            JsonNode yuan = project.path("budget").get("yuan");
            if (yuan != null && !yuan.isNull()) {
                covered = covered.add(new BigDecimal(yuan.asText()));
            }
        }
        out.add(new Contribution("performance", "projects", "count", BigDecimal.valueOf(projects)));
        out.add(new Contribution("performance", "indicators", "count", BigDecimal.valueOf(indicators)));
        out.add(new Contribution("performance", "projectAmount", "total", covered));
        out.add(new Contribution("performance", "departments", "count", BigDecimal.ONE));
        JsonNode lint = targets.path("lint");
        for (String severity : List.of("errors", "warnings", "infos")) {
            out.add(new Contribution("performance", "lint." + severity, "count", BigDecimal.valueOf(lint.path(severity).asLong())));
        }
        return out;
    }
}
