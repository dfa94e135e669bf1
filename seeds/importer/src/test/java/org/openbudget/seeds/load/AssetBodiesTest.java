package org.openbudget.seeds.load;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.api.PlanBody;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.ProcurementTable;
import org.openbudget.seeds.parse.model.ProcurementTable.ProcurementRow;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Procurement lines (the seed's table is empty, so the rows here are typed for the test). */
class AssetBodiesTest {

    private final Warnings warnings = new Warnings();

    @Test
    void aPrintedLineBecomesAnItemWithItsKindFromTheCatalogCode() {
        Map<String, String> texts = new LinkedHashMap<>(Map.of("projectName", "办公设备购置", "itemName", "台式计算机",
                "catalogCode", "A02010104", "measureUnit", "台"));
        Map<String, BigDecimal> amounts = new LinkedHashMap<>(Map.of("projectBudget", new BigDecimal("5.00"),
                "quantity", new BigDecimal("5"), "unitPrice", new BigDecimal("0.60"), "amount", new BigDecimal("3.00"),
                "generalBudget", new BigDecimal("3.00")));
        ProcurementTable t = new ProcurementTable(603, "万元", List.of(new ProcurementRow(611, texts, amounts)), null, new BigDecimal("3.00"));
        PlanBody plan = AssetBodies.plan(t, warnings);
        JsonAssert.equal("""
                {"unit": "万元", "items": [{"projectName": "办公设备购置", "projectBudget": 5.00, "itemName": "台式计算机",
                  "catalogCode": "A02010104", "kind": "货物", "measureUnit": "台", "quantity": 5, "unitPrice": 0.60,
                  "amount": 3.00, "funding": {"generalBudget": 3.00}, "fixedAsset": false}]}
                """, Json.compact(plan));
        assertTrue(warnings.list().isEmpty(), warnings.list().toString());
    }

    @Test
    void aLineWithoutCatalogCodeIsSkippedAndTheStatedTotalThenDiffers() {
        ProcurementTable t = new ProcurementTable(603, "万元", List.of(new ProcurementRow(611, Map.of("itemName", "物业服务"),
                Map.of("amount", new BigDecimal("12.00")))), null, new BigDecimal("12.00"));
        PlanBody plan = AssetBodies.plan(t, warnings);
        assertEquals(List.of(), plan.items());
        // in line order: the total stated for the table (603), then the skipped line (611)
        assertEquals(List.of(WarningKind.MISMATCH, WarningKind.SKIPPED), warnings.list().stream().map(w -> w.kind()).toList());
        assertEquals(List.of(603, 611), warnings.list().stream().map(w -> w.line()).toList());
    }

    @Test
    void aPlanStatedOnlyAsATotalIsNotLoadedAsAnEmptyTable() {
        ProcurementTable t = new ProcurementTable(359, "万元", List.of(), null, new BigDecimal("120.60"));
        assertNull(AssetBodies.plan(t, warnings));
        assertEquals(WarningKind.NOT_LOADED, warnings.list().get(0).kind());
    }

    @Test
    void kindsByCatalogLetter() {
        assertEquals("货物", AssetBodies.kind("A0201"));
        assertEquals("工程", AssetBodies.kind("b01"));
        assertEquals("服务", AssetBodies.kind("C1204"));
        assertNull(AssetBodies.kind("D01"));
        assertNull(AssetBodies.kind(null));
    }
}
