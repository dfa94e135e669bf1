package org.openbudget.seeds.load;

import org.openbudget.disclosure.budget.Blankable;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;
import org.openbudget.seeds.parse.CurrentAmounts;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.ParsedRow;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.TableKind;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.YearOverYear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.openbudget.seeds.parse.TableKind.*;

/**
 * Maps the nine parsed tables onto budget-service's department-year budget, the shared content record
 * {@link BudgetContent} (so the body cannot say what the service would read otherwise). The service keeps one row per
 * functional code with its table 2 revenue and its expenditure by fund × type, and derives tables 1, 3
 * and 4 and every 合计 from them; so a printed figure the service derives is checked here against what it
 * will derive, and any difference is reported (it would not survive the round trip).
 */
final class BudgetBodies {

    private final DisclosureDocument doc;
    private final Warnings warnings;

    BudgetBodies(DisclosureDocument doc, Warnings warnings) {
        this.doc = doc;
        this.warnings = warnings;
    }

    BudgetContent build() {
        AmountUnit unit = AmountUnit.byLabel(doc.unit())
                .orElseThrow(() -> new IllegalArgumentException(doc.source() + ": unit " + doc.unit() + " is neither 元 nor 万元"));
        return new BudgetContent(unit, revenue(), carryOver(), functional(), economic(), threePublic(), priorYear());
    }

    // ------------------------------------------------------------------ table 1 revenue, tables 1 and 4 balances

    private Revenue revenue() {
        Optional<ParsedTable> t1 = doc.table(SUMMARY);
        if (t1.isEmpty()) {
            warnings.add(0, WarningKind.NOT_LOADED, "no table 1: revenue by source not loaded");
            return null;
        }
        ParsedTable t = t1.get();
        Revenue r = new Revenue(rev(t, "generalBudget"), rev(t, "governmentFund"), rev(t, "stateCapital"),
                rev(t, "specialAccount"), rev(t, "institution"), rev(t, "institutionOperating"), rev(t, "superiorSubsidy"),
                rev(t, "affiliatedRemittance"), rev(t, "other"));
        BigDecimal sources = r.total();
        derived(t, REVENUE_SIDE, "appropriation", AMOUNT, r.appropriation(), "财政拨款收入 = the three appropriation funds");
        derived(t, REVENUE_SIDE, "currentYearTotal", AMOUNT, sources, "本年收入合计 = the sources");
        BigDecimal carried = rev(t, "priorYearCarryOver");
        derived(t, REVENUE_SIDE, "grandTotal", AMOUNT, Amounts.sum(sources, carried), "收入总计 = 本年收入合计 + 上年结转结余");
        return Blankable.orNull(r);
    }

    private CarryOver carryOver() {
        ParsedTable t1 = doc.table(SUMMARY).orElse(null);
        ParsedTable t4 = doc.table(FISCAL_SUMMARY).orElse(null);
        CarryOver c = new CarryOver(cell(t1, REVENUE_SIDE, "priorYearCarryOver", AMOUNT),
                cell(t1, EXPENDITURE_SIDE, "yearEndCarryOver", AMOUNT),
                cell(t4, REVENUE_SIDE, "opening.generalBudget", AMOUNT), cell(t4, REVENUE_SIDE, "opening.governmentFund", AMOUNT),
                cell(t4, REVENUE_SIDE, "opening.stateCapital", AMOUNT), cell(t4, EXPENDITURE_SIDE, "closing.generalBudget", TOTAL),
                cell(t4, EXPENDITURE_SIDE, "closing.governmentFund", TOTAL), cell(t4, EXPENDITURE_SIDE, "closing.stateCapital", TOTAL));
        if (t4 != null) {
            derived(t4, REVENUE_SIDE, "openingBalance", AMOUNT, Amounts.sum(c.openingGeneralBudget(), c.openingGovernmentFund(),
                    c.openingStateCapital()), "年初财政拨款结转和结余 = the three funds");
        }
        return Blankable.orNull(c);
    }

    // ------------------------------------------------------------------ tables 2, 3, 5, 7, 8

    private FunctionalSection functional() {
        ParsedTable t2 = doc.table(REVENUE).orElse(null);
        ParsedTable t3 = doc.table(EXPENDITURE).orElse(null);
        ParsedTable t5 = doc.table(GENERAL_BUDGET).orElse(null);
        ParsedTable t7 = doc.table(GOVERNMENT_FUND).orElse(null);
        ParsedTable t8 = doc.table(STATE_CAPITAL).orElse(null);
        if (t5 == null && t3 != null) {
            warnings.add(t3.line(), WarningKind.ASSUMED, "no table 5: table 3's expenditure cannot be split by fund and is "
                    + "loaded as 其他资金 (not appropriations)");
        }
        Set<String> codes = new LinkedHashSet<>();
        Stream.of(t3, t2, t5, t7, t8).filter(Objects::nonNull).forEach(t -> t.codeRows().forEach(r -> codes.add(r.key())));
        List<FunctionalLine> lines = new ArrayList<>();
        for (String code : codes) {
            ParsedRow r2 = row(t2, code);
            ParsedRow r3 = row(t3, code);
            ParsedRow r5 = row(t5, code);
            ParsedRow r7 = row(t7, code);
            ParsedRow r8 = row(t8, code);
            String name = names(code, r3, r2, r5, r7, r8);
            if (t3 != null && r3 == null) {
                ParsedRow where = Stream.of(r2, r5, r7, r8).filter(Objects::nonNull).findFirst().orElseThrow();
                warnings.add(where.line(), WarningKind.MISMATCH, "code " + code + " is not in table 3 (部门预算支出总表)");
            }
            lines.add(new FunctionalLine(code, name, revenue(r2), expenditure(code, r3, r5, r7, r8)));
        }
        FunctionalFigures total = new FunctionalFigures(revenue(row(t2, TOTAL_ROW)),
                expenditure("合计", row(t3, TOTAL_ROW), row(t5, TOTAL_ROW), row(t7, TOTAL_ROW), row(t8, TOTAL_ROW)));
        return new FunctionalSection(total, lines);
    }

    /** One row of table 2 without its derived 合计 and 小计, which are checked. */
    private FunctionalRevenue revenue(ParsedRow r) {
        if (r == null) {
            return null;
        }
        FunctionalRevenue v = new FunctionalRevenue(r.cell(APPROPRIATION), r.cell(SPECIAL_ACCOUNT), r.cell(INSTITUTION),
                r.cell(INSTITUTION_OPERATING), r.cell(SUPERIOR_SUBSIDY), r.cell(AFFILIATED_REMITTANCE), r.cell(OTHER),
                r.cell(CARRY_OVER));
        derived(r, CURRENT_YEAR, v.currentYear(), "table 2 本年收入小计 = the seven sources");
        derived(r, TOTAL, v.total(), "table 2 合计 = 小计 + 上年结转");
        return Blankable.orNull(v);
    }

    /**
     * Tables 5, 7 and 8 give the appropriation funds by 基本/项目; what table 3 has beyond them is 其他资金, and
     * table 3's 经营/上解上级/对附属单位补助 columns have no fund table, so they are 其他资金 too.
     */
    private FunctionalExpenditure expenditure(String code, ParsedRow r3, ParsedRow r5, ParsedRow r7, ParsedRow r8) {
        ExpenditureByType general = fundTable(r5, 5);
        ExpenditureByType government = fundTable(r7, 7);
        ExpenditureByType state = fundTable(r8, 8);
        ExpenditureByType other = null;
        if (r3 != null) {
            derived(r3, TOTAL, Amounts.sum(r3.cell(BASIC), r3.cell(PROJECT), r3.cell(OPERATING), r3.cell(SUPERIOR_REMITTANCE),
                    r3.cell(AFFILIATE_SUBSIDY)), "table 3 合计 = the five kinds of expenditure");
            other = Blankable.orNull(new ExpenditureByType(remainder(code, r3, BASIC, general, government, state),
                    remainder(code, r3, PROJECT, general, government, state), r3.cell(OPERATING),
                    r3.cell(SUPERIOR_REMITTANCE), r3.cell(AFFILIATE_SUBSIDY)));
        }
        return Blankable.orNull(new FunctionalExpenditure(general, government, state, other));
    }

    private ExpenditureByType fundTable(ParsedRow r, int table) {
        if (r == null) {
            return null;
        }
        derived(r, TOTAL, Amounts.sum(r.cell(BASIC), r.cell(PROJECT)), "table " + table + " 合计 = 基本支出 + 项目支出");
        return Blankable.orNull(new ExpenditureByType(r.cell(BASIC), r.cell(PROJECT), null, null, null));
    }

    /** Table 3's column less the fund tables' — the part paid from other money; blank when nothing is left. */
    private BigDecimal remainder(String code, ParsedRow r3, String column, ExpenditureByType... funds) {
        BigDecimal all = r3.cell(column);
        BigDecimal appropriated = null;
        for (ExpenditureByType f : funds) {
            if (f != null) {
                appropriated = Amounts.sum(appropriated, BASIC.equals(column) ? f.basic() : f.project());
            }
        }
        if (all == null) {
            if (appropriated != null && appropriated.signum() != 0) {
                warnings.add(r3.line(), WarningKind.MISMATCH, code + ": table 3 prints no " + column + " but the fund tables give "
                        + appropriated.toPlainString());
            }
            return null;
        }
        BigDecimal rest = appropriated == null ? all : all.subtract(appropriated);
        if (rest.signum() < 0) {
            warnings.add(r3.line(), WarningKind.MISMATCH, code + ": table 3 " + column + " " + all.toPlainString()
                    + " is less than the fund tables' " + appropriated.toPlainString() + "; nothing loaded as 其他资金");
            return null;
        }
        if (rest.signum() == 0) {
            return null;
        }
        warnings.add(r3.line(), WarningKind.DERIVED, code + ": " + column + " " + rest.toPlainString() + " paid from other money "
                + "(其他资金) = table 3 " + all.toPlainString() + " − the fund tables " + (appropriated == null ? "0" : appropriated.toPlainString()));
        return rest;
    }

    private String names(String code, ParsedRow... rows) {
        String name = null;
        for (ParsedRow r : rows) {
            if (r == null) {
                continue;
            }
            if (name == null) {
                name = r.name();
            } else if (!name.equals(r.name())) {
                warnings.add(r.line(), WarningKind.MISMATCH, code + " is named \"" + r.name() + "\" here but \"" + name
                        + "\" in table 3: loaded as \"" + name + "\"");
            }
        }
        return name;
    }

    // ------------------------------------------------------------------ table 6

    private EconomicSection economic() {
        Optional<ParsedTable> t6 = doc.table(BASIC_ECONOMIC);
        if (t6.isEmpty()) {
            return null;
        }
        List<EconomicLine> lines = new ArrayList<>();
        for (ParsedRow r : t6.get().codeRows()) {
            EconomicLine line = new EconomicLine(r.key(), r.name(), r.cell(PERSONNEL), r.cell(PUBLIC_USE));
            derived(r, TOTAL, line.total(), "table 6 合计 = 人员经费 + 公用经费");
            lines.add(line);
        }
        EconomicFigures total = t6.get().row(TOTAL_ROW).map(r -> {
            EconomicFigures figures = new EconomicFigures(r.cell(PERSONNEL), r.cell(PUBLIC_USE));
            derived(r, TOTAL, figures.total(), "table 6 合计 = 人员经费 + 公用经费");
            return Blankable.orNull(figures);
        }).orElse(null);
        return new EconomicSection(total, lines);
    }

    // ------------------------------------------------------------------ table 9

    private List<ThreePublicLine> threePublic() {
        Optional<ParsedTable> t9 = doc.table(THREE_PUBLIC);
        if (t9.isEmpty()) {
            return List.of();
        }
        ParsedTable t = t9.get();
        boolean byFund = t.rows().stream().anyMatch(r -> r.cell(GENERAL) != null || r.cell(GOVERNMENT) != null || r.cell(STATE) != null);
        boolean convert = t.unit() != null && doc.unit() != null && !t.unit().equals(doc.unit());
        if (!byFund && !t.rows().isEmpty()) {
            if (!onlyGeneralBudget()) {
                warnings.add(t.line(), WarningKind.NOT_LOADED, "the \"三公\" table gives no fund and the department has appropriations "
                        + "of other funds: not loaded rather than assigned to a fund by guess");
                return List.of();
            }
            warnings.add(t.line(), WarningKind.ASSUMED, "the \"三公\" table gives no fund: its figures are loaded as 一般公共预算, "
                    + "the department's only appropriation fund (tables 1 and 4 print no 政府性基金 or 国有资本经营 appropriation)");
        }
        if (convert) {
            warnings.add(t.line(), WarningKind.DERIVED, "the \"三公\" table is printed in " + t.unit() + ", the budget in " + doc.unit()
                    + ": converted exactly (1 万元 = 10000 元)");
        }
        List<ThreePublicLine> lines = new ArrayList<>();
        for (ParsedRow r : t.rows()) {
            if (r.key().equals("agencyOperation")) {
                warnings.add(r.line(), WarningKind.NOT_LOADED, "机关运行经费 " + r.cell(TOTAL) + " " + t.unit() + " is not stored by "
                        + "budget-service (the generator takes it from 公用经费 of table 6)");
                continue;
            }
            Optional<ThreePublicItem> item = ThreePublicItem.byWireName(r.key());
            if (item.isEmpty()) {
                warnings.add(r.line(), WarningKind.NOT_LOADED, "\"三公\" row " + r.name() + " is not an item budget-service stores");
                continue;
            }
            BigDecimal general = byFund ? r.cell(GENERAL) : r.cell(TOTAL);
            ThreePublicLine line = new ThreePublicLine(item.get(), conv(general, t, convert), conv(r.cell(GOVERNMENT), t, convert),
                    conv(r.cell(STATE), t, convert));
            if (byFund) {
                derived(r, TOTAL, Amounts.sum(r.cell(GENERAL), r.cell(GOVERNMENT), r.cell(STATE)), "table 9 合计 = the three funds");
            }
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private BigDecimal conv(BigDecimal amount, ParsedTable t, boolean convert) {
        return amount == null || !convert ? amount : CurrentAmounts.convert(amount, t.unit(), doc.unit());
    }

    /** Tables 1 and 4 print no 政府性基金 or 国有资本经营 appropriation. */
    private boolean onlyGeneralBudget() {
        for (TableKind k : List.of(SUMMARY, FISCAL_SUMMARY)) {
            Optional<ParsedTable> t = doc.table(k);
            if (t.isPresent()) {
                for (String fund : List.of(GOVERNMENT, STATE)) {
                    BigDecimal a = cell(t.get(), REVENUE_SIDE, fund, AMOUNT);
                    if (a != null && a.signum() != 0) {
                        return false;
                    }
                }
            }
        }
        return doc.table(SUMMARY).isPresent() || doc.table(FISCAL_SUMMARY).isPresent();
    }

    // ------------------------------------------------------------------ year over year

    private List<PriorYearFigure> priorYear() {
        List<PriorYearFigure> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YearOverYear y : doc.yearOverYear()) {
            if (!seen.add(y.item())) {
                warnings.add(y.line(), WarningKind.SKIPPED, "a second year-over-year statement on " + y.item() + " skipped");
                continue;
            }
            Optional<PriorYearItem> item = PriorYearItem.byWireName(y.item());
            if (item.isEmpty()) {
                warnings.add(y.line(), WarningKind.NOT_LOADED, "prior-year " + y.item() + " is not an item budget-service stores");
                continue;
            }
            out.add(new PriorYearFigure(item.get(), CurrentAmounts.convert(y.prior(), y.unit(), doc.unit()), y.reason()));
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Reports a printed derived figure that differs from what the service will derive from the loaded cells
     * (a blank is not checked: the layout may not print the column at all, as Shanghai's table 2 has no 小计).
     */
    private void derived(ParsedRow r, String column, BigDecimal expected, String rule) {
        BigDecimal printed = r.cell(column);
        if (printed != null && printed.compareTo(expected == null ? BigDecimal.ZERO : expected) != 0) {
            warnings.add(r.line(), WarningKind.MISMATCH, rule + ": printed " + printed.toPlainString() + ", the parts give "
                    + (expected == null ? "nothing" : expected.toPlainString()) + " (budget-service derives it from the parts)");
        }
    }

    private void derived(ParsedTable t, String side, String key, String column, BigDecimal expected, String rule) {
        t.row(side, key).ifPresent(r -> derived(r, column, expected, rule));
    }

    private static ParsedRow row(ParsedTable t, String key) {
        return t == null ? null : t.row(key).orElse(null);
    }

    private static BigDecimal rev(ParsedTable t, String key) {
        return cell(t, REVENUE_SIDE, key, AMOUNT);
    }

    private static BigDecimal cell(ParsedTable t, String side, String key, String column) {
        return t == null ? null : t.row(side, key).map(r -> r.cell(column)).orElse(null);
    }
}
