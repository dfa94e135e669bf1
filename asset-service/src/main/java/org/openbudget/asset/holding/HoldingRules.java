package org.openbudget.asset.holding;

import org.openbudget.asset.validation.Finding;
import org.openbudget.asset.validation.Severity;
import org.openbudget.asset.validation.Tolerance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static org.openbudget.asset.validation.Tolerance.orZero;

/**
 * The rules a 固定资产占用情况表 must satisfy. Plain Java: runs on a {@link HoldingDto} in any unit and
 * reports findings in that unit. Findings of {@link #INPUT_RULES} make a write a 400 (the figures are not
 * figures of assets at all); the others are stored and reported, never corrected.
 */
public final class HoldingRules {

    /** Counts, areas and values are never negative. */
    public static final String NON_NEGATIVE = "ASSET-NONNEG";
    /** A register card is well-formed: vehicles have a use, counts are whole, only buildings are office space. */
    public static final String REGISTER_ITEM = "ASSET-REGISTER-ITEM";
    /** 资产总额 = 房屋 + 车辆 + 20 万元以上设备 + 其他固定资产 (办公用房 is part of 房屋). */
    public static final String TOTAL = "ASSET-TOTAL";
    /** 办公用房 is part of 房屋: neither its area nor its value exceeds the buildings'. */
    public static final String OFFICE_WITHIN_BUILDINGS = "ASSET-OFFICE";
    /** A row with a quantity but no value, or a value but no quantity, is probably incomplete. */
    public static final String ROW_PAIR = "ASSET-ROW-PAIR";
    /** With a register, every row and the total equal what the register yields. */
    public static final String REGISTER_TOTALS = "ASSET-REGISTER";

    public static final Set<String> INPUT_RULES = Set.of(NON_NEGATIVE, REGISTER_ITEM);

    private record Row(String field, BigDecimal quantity, BigDecimal value) {
    }

    private HoldingRules() {
    }

    public static List<Finding> check(HoldingDto h) {
        List<Finding> findings = new ArrayList<>();
        List<Row> rows = rows(h);
        nonNegative(h, rows, findings);
        registerItems(h, findings);
        if (!findings.isEmpty()) {
            return findings;
        }
        total(h, findings);
        office(h, findings);
        rowPairs(rows, findings);
        registerTotals(h, findings);
        return findings;
    }

    public static boolean rejectsInput(Finding finding) {
        return INPUT_RULES.contains(finding.rule());
    }

    private static List<Row> rows(HoldingDto h) {
        return List.of(
                new Row("buildings", h.buildings().quantity(), h.buildings().value()),
                new Row("officeBuildings", h.officeBuildings().quantity(), h.officeBuildings().value()),
                count("vehicles", h.vehicles()),
                count("equipmentOver200k", h.equipmentOver200k()),
                count("otherFixedAssets", h.otherFixedAssets()));
    }

    private static Row count(String field, CountRow row) {
        return new Row(field, row.quantity() == null ? null : BigDecimal.valueOf(row.quantity()), row.value());
    }

    private static void nonNegative(HoldingDto h, List<Row> rows, List<Finding> findings) {
        negative("totalValue", h.totalValue(), findings);
        for (Row row : rows) {
            negative(row.field() + ".quantity", row.quantity(), findings);
            negative(row.field() + ".value", row.value(), findings);
        }
        if (h.register() != null) {
            for (int i = 0; i < h.register().size(); i++) {
                RegisterItem item = h.register().get(i);
                negative("register[" + i + "].quantity", item.quantity(), findings);
                negative("register[" + i + "].originalValue", item.originalValue(), findings);
            }
        }
    }

    private static void negative(String field, BigDecimal value, List<Finding> findings) {
        if (value != null && value.signum() < 0) {
            findings.add(new Finding(NON_NEGATIVE, Severity.ERROR, field, "must not be negative", null, value));
        }
    }

    private static void registerItems(HoldingDto h, List<Finding> findings) {
        if (h.register() == null) {
            return;
        }
        for (int i = 0; i < h.register().size(); i++) {
            RegisterItem item = h.register().get(i);
            String at = "register[" + i + "].";
            boolean vehicle = item.category() == RegisterCategory.VEHICLE;
            if (vehicle && item.use() == null) {
                findings.add(Finding.of(REGISTER_ITEM, Severity.ERROR, at + "use",
                        "a vehicle needs its use, e.g. 一般公务用车, 执法执勤用车 or 特种专业技术用车"));
            }
            if (!vehicle && item.use() != null) {
                findings.add(Finding.of(REGISTER_ITEM, Severity.ERROR, at + "use", "only vehicles have a use"));
            }
            if (item.isOfficeSpace() && item.category() != RegisterCategory.BUILDING) {
                findings.add(Finding.of(REGISTER_ITEM, Severity.ERROR, at + "officeSpace",
                        "only buildings can be office space (办公用房)"));
            }
            if (item.category() != RegisterCategory.BUILDING && item.quantity().stripTrailingZeros().scale() > 0) {
                findings.add(new Finding(REGISTER_ITEM, Severity.ERROR, at + "quantity",
                        "a number of " + item.category().label() + " must be whole", null, item.quantity()));
            }
        }
    }

    private static void total(HoldingDto h, List<Finding> findings) {
        List<BigDecimal> parts = java.util.stream.Stream.of(h.buildings().value(), h.vehicles().value(),
                h.equipmentOver200k().value(), h.otherFixedAssets().value()).filter(Objects::nonNull).toList();
        if (parts.isEmpty() && h.totalValue() == null) {
            return;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (h.totalValue() == null) {
            findings.add(new Finding(TOTAL, Severity.ERROR, "totalValue",
                    "资产总额 is blank but the categories add up to " + sum, sum, null));
            return;
        }
        Tolerance.classify(sum, h.totalValue(), h.enteredUnit(), h.unit(), parts.size()).ifPresent(severity ->
                findings.add(new Finding(TOTAL, severity, "totalValue",
                        "资产总额 " + h.totalValue() + " ≠ 房屋 + 车辆 + 20万元以上设备 + 其他固定资产 = " + sum,
                        sum, h.totalValue())));
    }

    private static void office(HoldingDto h, List<Finding> findings) {
        AreaRow office = h.officeBuildings();
        AreaRow buildings = h.buildings();
        exceeds("officeBuildings.quantity", office.quantity(), buildings.quantity(), "area", findings);
        exceeds("officeBuildings.value", office.value(), buildings.value(), "value", findings);
    }

    private static void exceeds(String field, BigDecimal part, BigDecimal whole, String what, List<Finding> findings) {
        if (part != null && part.compareTo(orZero(whole)) > 0) {
            findings.add(new Finding(OFFICE_WITHIN_BUILDINGS, Severity.ERROR, field,
                    "办公用房 " + what + " " + part + " exceeds the 房屋 " + what + " " + orZero(whole), orZero(whole), part));
        }
    }

    private static void rowPairs(List<Row> rows, List<Finding> findings) {
        for (Row row : rows) {
            if (row.quantity() != null && row.value() == null) {
                findings.add(Finding.of(ROW_PAIR, Severity.WARNING, row.field() + ".value",
                        "a quantity of " + row.quantity() + " but no value"));
            } else if (row.value() != null && row.quantity() == null && row.value().signum() != 0) {
                findings.add(Finding.of(ROW_PAIR, Severity.WARNING, row.field() + ".quantity",
                        "a value of " + row.value() + " but no quantity"));
            }
        }
    }

    private static void registerTotals(HoldingDto h, List<Finding> findings) {
        if (h.register() == null) {
            return;
        }
        RegisterTotals.Rows derived = RegisterTotals.derive(h.register(), h.unit());
        compareValue("totalValue", derived.totalValue(), h.totalValue(), h, findings);
        compareArea("buildings", derived.buildings(), h.buildings(), h, findings);
        compareArea("officeBuildings", derived.officeBuildings(), h.officeBuildings(), h, findings);
        compareCount("vehicles", derived.vehicles(), h.vehicles(), h, findings);
        compareCount("equipmentOver200k", derived.equipmentOver200k(), h.equipmentOver200k(), h, findings);
        compareCount("otherFixedAssets", derived.otherFixedAssets(), h.otherFixedAssets(), h, findings);
    }

    private static void compareArea(String field, AreaRow derived, AreaRow given, HoldingDto h, List<Finding> findings) {
        compareQuantity(field, derived.quantity(), given.quantity(), findings);
        compareValue(field + ".value", derived.value(), given.value(), h, findings);
    }

    private static void compareCount(String field, CountRow derived, CountRow given, HoldingDto h, List<Finding> findings) {
        Function<Long, BigDecimal> big = n -> n == null ? null : BigDecimal.valueOf(n);
        compareQuantity(field, big.apply(derived.quantity()), big.apply(given.quantity()), findings);
        compareValue(field + ".value", derived.value(), given.value(), h, findings);
    }

    private static void compareQuantity(String field, BigDecimal derived, BigDecimal given, List<Finding> findings) {
        if (orZero(derived).compareTo(orZero(given)) != 0) {
            findings.add(new Finding(REGISTER_TOTALS, Severity.ERROR, field + ".quantity",
                    "the register has " + orZero(derived) + ", the table says " + orZero(given), orZero(derived), orZero(given)));
        }
    }

    private static void compareValue(String field, BigDecimal derived, BigDecimal given, HoldingDto h, List<Finding> findings) {
        Tolerance.classify(orZero(derived), orZero(given), h.enteredUnit(), h.unit(), 1).ifPresent(severity ->
                findings.add(new Finding(REGISTER_TOTALS, severity, field,
                        "the register adds up to " + orZero(derived) + ", the table says " + orZero(given),
                        orZero(derived), orZero(given))));
    }
}
