package org.openbudget.asset.event;

import org.openbudget.asset.holding.HoldingDto;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.procurement.PlanDto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The data of both asset events: the whole state of the key {@code {department}:{year}} after the change,
 * amounts in 元. asset.events is log-compacted, so the latest event of a key must carry everything of that
 * key — the holdings dated in the year (ascending 截止时间) and the procurement plan of the year — whichever
 * part changed. {@code procurementPlan} is the current revision (possibly a draft adjustment);
 * {@code publishedProcurementPlan} the latest published revision (what the public may see), both null when absent.
 */
public record AssetYearState(
        String department,
        int year,
        long version,
        OffsetDateTime updatedAt,
        AmountUnit unit,
        List<HoldingDto> holdings,
        PlanDto procurementPlan,
        PlanDto publishedProcurementPlan) {
}
