package org.openbudget.seeds.parse.model;

import java.math.BigDecimal;

/**
 * A year-over-year statement of sections 二 and 四 ("基本支出减少18.4万元，减少5.19%，主要原因是人员减少"):
 * the item, the current amount (from the tables), the printed change, and the prior-year amount it
 * implies. The services store the prior-year amount and the reason; the document generator computes
 * the change again.
 *
 * @param item      a prior-year item of budget-service: total, basic, project, threePublic, outbound,
 *                  vehiclePurchase, vehicleOperation, reception …
 * @param direction {@code decrease}, {@code increase} or {@code same}
 * @param unit      the unit of {@code current}, {@code change} and {@code prior}
 */
public record YearOverYear(int line, String item, BigDecimal current, String direction, BigDecimal change,
                           BigDecimal percent, BigDecimal prior, String unit, String reason) {
}
