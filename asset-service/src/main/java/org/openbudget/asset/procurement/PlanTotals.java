package org.openbudget.asset.procurement;

import org.openbudget.asset.money.ExactAmounts;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of a procurement plan, in the plan DTO's unit: the whole, by kind (货物/工程/服务), by funding
 * source, the share reserved for small and micro enterprises, and 本年度拟购置固定资产 (lines flagged as
 * fixed assets). Conversions between 元 and 万元 are exact, so these equal the totals of the stored 元 figures.
 */
public record PlanTotals(
        int items,
        BigDecimal amount,
        BigDecimal smeReserved,
        BigDecimal plannedFixedAssets,
        KindTotal goods,
        KindTotal works,
        KindTotal services,
        Funding funding) {

    /** The lines of one kind: how many, their amount and their reserved SME share. */
    public record KindTotal(int items, BigDecimal amount, BigDecimal smeReserved) {
    }

    public static PlanTotals of(List<ItemDto> items, AmountUnit unit) {
        BigDecimal zero = ExactAmounts.zero();
        BigDecimal amount = zero;
        BigDecimal sme = zero;
        BigDecimal assets = zero;
        Funding funding = new Funding(zero, zero, zero, zero, zero, zero, zero);
        for (ItemDto item : items) {
            amount = amount.add(item.amount());
            sme = sme.add(item.smeReserved() == null ? zero : item.smeReserved());
            if (item.fixedAsset()) {
                assets = assets.add(item.amount());
            }
            funding = funding.plus(item.funding(), zero);
        }
        return new PlanTotals(items.size(), amount, sme, assets,
                kind(items, ProcurementKind.GOODS, zero), kind(items, ProcurementKind.WORKS, zero),
                kind(items, ProcurementKind.SERVICES, zero), funding);
    }

    private static KindTotal kind(List<ItemDto> items, ProcurementKind kind, BigDecimal zero) {
        List<ItemDto> ofKind = items.stream().filter(i -> i.kind() == kind).toList();
        BigDecimal amount = ofKind.stream().map(ItemDto::amount).reduce(zero, BigDecimal::add);
        BigDecimal sme = ofKind.stream().map(i -> i.smeReserved() == null ? zero : i.smeReserved()).reduce(zero, BigDecimal::add);
        return new KindTotal(ofKind.size(), amount, sme);
    }
}
