package org.openbudget.asset.procurement;

import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.Finding;
import org.openbudget.asset.validation.Severity;
import org.openbudget.asset.validation.Tolerance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules the lines of a procurement plan must satisfy. Plain Java: runs on {@link ItemDto}s in any unit
 * and reports in that unit. Lines entered in 万元 were rounded per printed cell, so their checks allow
 * 0.01 万元 per rounded cell as rounding ({@link Tolerance}). Findings of {@link #INPUT_RULES} make a write
 * a 400; the others are stored and reported as they are — a wrong line total is never corrected.
 */
public final class ProcurementRules {

    /** Quantities and amounts are never negative. */
    public static final String NON_NEGATIVE = "PROC-NONNEG";
    /** 数量 × 单价 = 合计 (to the fen; to 0.01 万元 for lines entered in 万元). */
    public static final String LINE_TOTAL = "PROC-LINE-TOTAL";
    /** The funding columns add up to the line total. */
    public static final String FUNDING_SUM = "PROC-FUNDING-SUM";
    /** 预留中小微企业份额 ≤ the line total. */
    public static final String SME_SHARE = "PROC-SME-SHARE";
    /** The catalog code's letter (A 货物, B 工程, C 服务) agrees with the kind. */
    public static final String KIND_CATALOG = "PROC-KIND-CATALOG";
    /** The lines of one project do not exceed the project's budget, and the project states one budget. */
    public static final String PROJECT_BUDGET = "PROC-PROJECT-BUDGET";

    public static final Set<String> INPUT_RULES = Set.of(NON_NEGATIVE);

    private ProcurementRules() {
    }

    /** {@code prefix} is the JSON path of the list, e.g. {@code items}. */
    public static List<Finding> check(List<ItemDto> items, AmountUnit shownIn, String prefix) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nonNegative(items.get(i), prefix + "[" + i + "].", findings);
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        for (int i = 0; i < items.size(); i++) {
            ItemDto item = items.get(i);
            String at = prefix + "[" + i + "].";
            lineTotal(item, shownIn, at, findings);
            fundingSum(item, shownIn, at, findings);
            smeShare(item, at, findings);
            kindCatalog(item, at, findings);
        }
        projectBudgets(items, prefix, findings);
        return findings;
    }

    /** The input rules of a single line (for single-line edits); {@code at} is its JSON path with a trailing dot. */
    public static List<Finding> inputFindings(ItemDto item, String at) {
        List<Finding> findings = new ArrayList<>();
        nonNegative(item, at, findings);
        return findings;
    }

    public static boolean rejectsInput(Finding finding) {
        return INPUT_RULES.contains(finding.rule());
    }

    private static void nonNegative(ItemDto item, String at, List<Finding> findings) {
        negative(at + "projectBudget", item.projectBudget(), findings);
        negative(at + "quantity", item.quantity(), findings);
        negative(at + "unitPrice", item.unitPrice(), findings);
        negative(at + "amount", item.amount(), findings);
        negative(at + "smeReserved", item.smeReserved(), findings);
        List<BigDecimal> cells = item.funding().cells();
        for (int c = 0; c < cells.size(); c++) {
            negative(at + "funding." + Funding.COLUMNS.get(c), cells.get(c), findings);
        }
    }

    private static void negative(String field, BigDecimal value, List<Finding> findings) {
        if (value != null && value.signum() < 0) {
            findings.add(new Finding(NON_NEGATIVE, Severity.ERROR, field, "must not be negative", null, value));
        }
    }

    private static void lineTotal(ItemDto item, AmountUnit shownIn, String at, List<Finding> findings) {
        if (item.quantity() == null || item.unitPrice() == null) {
            return;
        }
        BigDecimal product = Tolerance.toFen(item.quantity().multiply(item.unitPrice()), shownIn);
        Tolerance.classify(product, item.amount(), item.enteredUnit(), shownIn, 1).ifPresent(severity ->
                findings.add(new Finding(LINE_TOTAL, severity, at + "amount",
                        "数量 " + item.quantity().stripTrailingZeros().toPlainString() + " × 单价 " + item.unitPrice()
                                + " = " + product + ", but the line total is " + item.amount(),
                        product, item.amount())));
    }

    private static void fundingSum(ItemDto item, AmountUnit shownIn, String at, List<Finding> findings) {
        List<BigDecimal> filled = item.funding().filled();
        BigDecimal sum = item.funding().sum();
        Tolerance.classify(item.amount(), sum, item.enteredUnit(), shownIn, Math.max(filled.size(), 1)).ifPresent(severity ->
                findings.add(new Finding(FUNDING_SUM, severity, at + "funding",
                        "the funding sources add up to " + sum + ", the line total is " + item.amount(),
                        item.amount(), sum)));
    }

    private static void smeShare(ItemDto item, String at, List<Finding> findings) {
        if (item.smeReserved() != null && item.smeReserved().compareTo(item.amount()) > 0) {
            findings.add(new Finding(SME_SHARE, Severity.ERROR, at + "smeReserved",
                    "the share reserved for small and micro enterprises " + item.smeReserved()
                            + " exceeds the line total " + item.amount(), item.amount(), item.smeReserved()));
        }
    }

    private static void kindCatalog(ItemDto item, String at, List<Finding> findings) {
        ProcurementKind byCode = ProcurementKind.ofCatalogCode(item.catalogCode());
        if (byCode != null && byCode != item.kind()) {
            findings.add(Finding.of(KIND_CATALOG, Severity.WARNING, at + "kind",
                    "catalog code " + item.catalogCode() + " is " + byCode.label() + ", the line says " + item.kind().label()));
        }
    }

    private static void projectBudgets(List<ItemDto> items, String prefix, List<Finding> findings) {
        Map<String, List<Integer>> byProject = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).projectName() != null && !items.get(i).projectName().isBlank()) {
                byProject.computeIfAbsent(items.get(i).projectName(), p -> new ArrayList<>()).add(i);
            }
        }
        byProject.forEach((project, lines) -> {
            List<BigDecimal> budgets = lines.stream().map(i -> items.get(i).projectBudget())
                    .filter(java.util.Objects::nonNull).toList();
            if (budgets.isEmpty()) {
                return;
            }
            BigDecimal budget = budgets.get(0);
            int first = lines.get(0);
            if (budgets.stream().anyMatch(b -> b.compareTo(budget) != 0)) {
                findings.add(Finding.of(PROJECT_BUDGET, Severity.WARNING, prefix + "[" + first + "].projectBudget",
                        "project " + project + " states different budgets on its lines: " + budgets));
                return;
            }
            BigDecimal procured = lines.stream().map(i -> items.get(i).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (procured.compareTo(budget) > 0) {
                findings.add(new Finding(PROJECT_BUDGET, Severity.WARNING, prefix + "[" + first + "].projectBudget",
                        "the lines of project " + project + " add up to " + procured + ", more than its budget " + budget,
                        budget, procured));
            }
        });
    }
}
