package org.openbudget.asset.bulk;

import org.openbudget.asset.holding.AssetHolding;
import org.openbudget.asset.procurement.ProcurementItem;

import java.util.List;

/**
 * An item that passed every check, with its parts as the single PUTs build them before storing: the holdings table
 * ({@code null} when the item has none) and the plan's lines ({@code null} when none), and the versions in its ifMatch.
 */
record CheckedItem(int index, BulkItem item, AssetHolding holding, Long expectedHoldings,
                   List<ProcurementItem> lines, Long expectedProcurement) {
}
