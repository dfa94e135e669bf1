package org.openbudget.aggregation.budget;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "三公" 经费 (official travel abroad, vehicles, receptions) of one budget: every item of table 9 with
 * the parents derived from their children where the document left them out.
 */
final class ThreePublic {

    /** Parent → children, as table 9 nests them. */
    private static final Map<String, List<String>> CHILDREN = Map.of(
            "subtotal", List.of("outbound", "vehicle", "reception"),
            "outbound", List.of("outboundTeaching", "outboundOther"),
            "vehicle", List.of("vehiclePurchase", "vehicleOperation"));
    private static final List<String> ORDER = List.of("subtotal", "outbound", "outboundTeaching", "outboundOther",
            "vehicle", "vehiclePurchase", "vehicleOperation", "reception");

    private ThreePublic() {
    }

    /** Item → amount (Σ of the appropriation funds), blanks left out. */
    static Map<String, BigDecimal> items(JsonNode lines) {
        Map<String, BigDecimal> printed = new LinkedHashMap<>();
        for (JsonNode line : lines) {
            BigDecimal sum = null;
            for (String fund : List.of("generalBudget", "governmentFund", "stateCapital")) {
                sum = CodeTree.add(sum, BudgetContributions.amount(line, fund));
            }
            if (sum != null) {
                printed.put(line.path("item").asText(), sum);
            }
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String item : ORDER) {
            BigDecimal value = resolve(item, printed);
            if (value != null) {
                out.put(item, value);
            }
        }
        return out;
    }

    private static BigDecimal resolve(String item, Map<String, BigDecimal> printed) {
        if (printed.containsKey(item)) {
            return printed.get(item);
        }
        if (item.equals("subtotal") && printed.containsKey("total")) {
            return printed.get("total");
        }
        BigDecimal sum = null;
        for (String child : CHILDREN.getOrDefault(item, List.of())) {
            sum = CodeTree.add(sum, resolve(child, printed));
        }
        return sum;
    }
}
