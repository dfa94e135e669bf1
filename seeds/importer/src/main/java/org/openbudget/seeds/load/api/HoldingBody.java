package org.openbudget.seeds.load.api;

import java.math.BigDecimal;

/** Body of asset-service {@code PUT /api/v1/assets/{dept}/{asOf}} (its HoldingPayload); absent rows are blank. */
public record HoldingBody(String unit, BigDecimal totalValue, Row buildings, Row officeBuildings, Row vehicles,
                          Row equipmentOver200k, Row otherFixedAssets) {

    /** m² for buildings, a count for the others; {@code value} in {@code unit}. */
    public record Row(BigDecimal quantity, BigDecimal value) {
    }
}
