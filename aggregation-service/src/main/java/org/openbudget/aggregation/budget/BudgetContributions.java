package org.openbudget.aggregation.budget;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.aggregation.rollup.Contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one department-year budget (budget-service's {@code BudgetDocument} JSON, amounts in 元)
 * contributes to the county roll-ups. Plain Java: unit-tested on the seed's figures.
 *
 * <p>Dimensions: {@code department} (item = department code), {@code functional.类|款|项},
 * {@code economic.类|款}, {@code fund}, {@code type}, {@code threePublic}, {@code agencyOperation} and
 * {@code priorYear} (the prior-year figures the department declared).
 */
public final class BudgetContributions {

    /** 资金性质 as the budget JSON names them. */
    enum Fund { generalBudget, governmentFund, stateCapital, other }

    /** 支出类型 as the budget JSON names them. */
    enum Type { basic, project, operating, superiorRemittance, affiliateSubsidy }

    static final String[] FUNCTIONAL_LEVELS = {"functional.类", "functional.款", "functional.项"};
    static final String[] ECONOMIC_LEVELS = {"economic.类", "economic.款"};

    private BudgetContributions() {
    }

    public static List<Contribution> of(String department, JsonNode budget) {
        List<Contribution> out = new ArrayList<>();
        CodeTree<Spending> functional = functionalTree(budget.path("functional").path("lines"));
        CodeTree<Personnel> economic = economicTree(budget.path("economic").path("lines"));

        Spending all = Spending.ZERO;
        for (int level = 0; level < FUNCTIONAL_LEVELS.length; level++) {
            for (String code : functional.codesAt(level)) {
                Spending s = functional.figures(code);
                add(out, FUNCTIONAL_LEVELS[level], code, "total", s.total());
                add(out, FUNCTIONAL_LEVELS[level], code, "basic", s.type(Type.basic));
                add(out, FUNCTIONAL_LEVELS[level], code, "project", s.type(Type.project));
                if (level == 0) {
                    all = all.plus(s);
                }
            }
        }
        for (Fund fund : Fund.values()) {
            add(out, "fund", fund.name(), "total", all.fund(fund));
        }
        for (Type type : Type.values()) {
            add(out, "type", type.name(), "total", all.type(type));
        }

        Personnel staff = Personnel.ZERO;
        for (int level = 0; level < ECONOMIC_LEVELS.length; level++) {
            for (String code : economic.codesAt(level)) {
                Personnel p = economic.figures(code);
                add(out, ECONOMIC_LEVELS[level], code, "total", p.total());
                add(out, ECONOMIC_LEVELS[level], code, "personnel", p.personnel());
                add(out, ECONOMIC_LEVELS[level], code, "publicUse", p.publicUse());
                if (level == 0) {
                    staff = staff.plus(p);
                }
            }
        }
        JsonNode economicTotal = budget.path("economic").path("total");
        BigDecimal personnel = printedOr(economicTotal, "personnel", staff.personnel());
        BigDecimal publicUse = printedOr(economicTotal, "publicUse", staff.publicUse());
        add(out, "type", "personnel", "total", personnel);
        add(out, "type", "publicUse", "total", publicUse);
        // 机关运行经费 = 公用经费 of the general budget's basic expenditure (DESIGN §4)
        add(out, "agencyOperation", "total", "total", publicUse);

        Map<String, BigDecimal> threePublic = ThreePublic.items(budget.path("threePublic"));
        threePublic.forEach((item, amount) -> add(out, "threePublic", item, "total", amount));

        for (JsonNode prior : budget.path("priorYear")) {
            add(out, "priorYear", prior.path("item").asText(), "total", amount(prior, "amount"));
        }

        // the printed 合计 row wins over the sum of the 类 rows (a 万元 document rounds each cell by itself)
        Spending printed = Spending.of(budget.path("functional").path("total").path("expenditure"));
        Spending departmentTotal = printed.total() != null ? printed : all;
        BigDecimal expenditure = departmentTotal.total();
        add(out, "department", department, "expenditure", expenditure);
        add(out, "department", department, "revenue", revenueTotal(budget.path("revenue")));
        add(out, "department", department, "basic", departmentTotal.type(Type.basic));
        add(out, "department", department, "project", departmentTotal.type(Type.project));
        add(out, "department", department, "personnel", personnel);
        add(out, "department", department, "publicUse", publicUse);
        add(out, "department", department, "threePublic", threePublic.get("subtotal"));
        return out;
    }

    private static CodeTree<Spending> functionalTree(JsonNode lines) {
        CodeTree<Spending> tree = new CodeTree<>(new int[]{3, 5, 7}, Spending.ZERO, Spending::plus);
        for (JsonNode line : lines) {
            tree.put(line.path("code").asText(), Spending.of(line.path("expenditure")));
        }
        return tree;
    }

    private static CodeTree<Personnel> economicTree(JsonNode lines) {
        CodeTree<Personnel> tree = new CodeTree<>(new int[]{3, 5}, Personnel.ZERO, Personnel::plus);
        for (JsonNode line : lines) {
            tree.put(line.path("code").asText(), new Personnel(amount(line, "personnel"), amount(line, "publicUse")));
        }
        return tree;
    }

    /** The 合计 as printed when present (a 万元 document rounds it by itself), else the sum. */
    private static BigDecimal printedOr(JsonNode node, String field, BigDecimal computed) {
        JsonNode total = node.get(field);
        return total != null && !total.isNull() ? total.decimalValue() : computed;
    }

    private static BigDecimal revenueTotal(JsonNode revenue) {
        BigDecimal sum = null;
        for (JsonNode value : revenue) {
            if (value.isNumber() || value.isTextual()) {
                sum = CodeTree.add(sum, new BigDecimal(value.asText()));
            }
        }
        return sum;
    }

    static BigDecimal amount(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private static void add(List<Contribution> out, String dimension, String item, String measure, BigDecimal amount) {
        if (amount != null) {
            out.add(new Contribution(dimension, item, measure, amount));
        }
    }

    /** Expenditure of one functional row: fund × type, blank cells absent. */
    record Spending(Map<Fund, Map<Type, BigDecimal>> cells) {
        static final Spending ZERO = new Spending(new EnumMap<>(Fund.class));

        static Spending of(JsonNode expenditure) {
            Map<Fund, Map<Type, BigDecimal>> cells = new EnumMap<>(Fund.class);
            for (Fund fund : Fund.values()) {
                JsonNode byType = expenditure.path(fund.name());
                for (Type type : Type.values()) {
                    BigDecimal value = amount(byType, type.name());
                    if (value != null) {
                        cells.computeIfAbsent(fund, f -> new EnumMap<>(Type.class)).put(type, value);
                    }
                }
            }
            return new Spending(cells);
        }

        Spending plus(Spending other) {
            Map<Fund, Map<Type, BigDecimal>> sum = new EnumMap<>(Fund.class);
            for (Spending s : List.of(this, other)) {
                s.cells.forEach((fund, byType) -> byType.forEach((type, value) ->
                        sum.computeIfAbsent(fund, f -> new EnumMap<>(Type.class)).merge(type, value, BigDecimal::add)));
            }
            return new Spending(sum);
        }

        BigDecimal type(Type type) {
            BigDecimal sum = null;
            for (Map<Type, BigDecimal> byType : cells.values()) {
                sum = CodeTree.add(sum, byType.get(type));
            }
            return sum;
        }

        BigDecimal fund(Fund fund) {
            Map<Type, BigDecimal> byType = cells.get(fund);
            return byType == null ? null : byType.values().stream().reduce(BigDecimal::add).orElse(null);
        }

        BigDecimal total() {
            BigDecimal sum = null;
            for (Fund fund : Fund.values()) {
                sum = CodeTree.add(sum, fund(fund));
            }
            return sum;
        }
    }

    /** 人员经费 and 公用经费 of one economic row. */
    record Personnel(BigDecimal personnel, BigDecimal publicUse) {
        static final Personnel ZERO = new Personnel(null, null);

        Personnel plus(Personnel other) {
            return new Personnel(CodeTree.add(personnel, other.personnel), CodeTree.add(publicUse, other.publicUse));
        }

        BigDecimal total() {
            return CodeTree.add(personnel, publicUse);
        }
    }
}
