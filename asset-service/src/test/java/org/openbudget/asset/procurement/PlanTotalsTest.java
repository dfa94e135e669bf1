package org.openbudget.asset.procurement;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanTotalsTest {

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static ItemDto item(ProcurementKind kind, String amount, String sme, boolean asset, Funding funding) {
        return new ItemDto(1, null, null, "x", null, kind, null, null, null, d(amount), funding, d(sme), asset, AmountUnit.WAN_YUAN);
    }

    @Test
    void totalsByKindSmeAndPlannedAssets() {
        // 万元: goods 1.20 + 0.35 (assets), works 10.00, services 2.40; SME 1.20 + 5.00 + blank
        Funding blank = Funding.blank();
        List<ItemDto> items = List.of(
                item(ProcurementKind.GOODS, "1.20", "1.20", true, new Funding(d("1.20"), null, null, null, null, null, null)),
                item(ProcurementKind.GOODS, "0.35", null, true, new Funding(null, null, null, null, d("0.35"), null, null)),
                item(ProcurementKind.WORKS, "10.00", "5.00", false, new Funding(d("6.00"), null, null, null, null, d("4.00"), null)),
                item(ProcurementKind.SERVICES, "2.40", null, false, blank));
        PlanTotals totals = PlanTotals.of(items, AmountUnit.WAN_YUAN);
        assertEquals(4, totals.items());
        assertEquals(d("13.95"), totals.amount());
        assertEquals(d("6.20"), totals.smeReserved());
        assertEquals(d("1.55"), totals.plannedFixedAssets());
        assertEquals(new PlanTotals.KindTotal(2, d("1.55"), d("1.20")), totals.goods());
        assertEquals(new PlanTotals.KindTotal(1, d("10.00"), d("5.00")), totals.works());
        assertEquals(new PlanTotals.KindTotal(1, d("2.40"), d("0.00")), totals.services());
        assertEquals(d("7.20"), totals.funding().generalBudget());
        assertEquals(d("0.35"), totals.funding().unitFunds());
        assertEquals(d("4.00"), totals.funding().fiscalCarryOver());
        assertEquals(d("0.00"), totals.funding().governmentFund());
    }
}
