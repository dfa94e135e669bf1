package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.Sums;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One stored cell of a functional row — 8 revenue columns and 4 funds × 5 types of expenditure. */
record FunctionalMeasure(String path, String label, Function<FunctionalFigures, BigDecimal> value) {

    static final List<FunctionalMeasure> ALL = build();

    private static List<FunctionalMeasure> build() {
        List<FunctionalMeasure> all = new ArrayList<>();
        revenue(all, "appropriation", "财政拨款收入", FunctionalRevenue::appropriation);
        revenue(all, "specialAccount", "财政专户收入", FunctionalRevenue::specialAccount);
        revenue(all, "institution", "事业收入", FunctionalRevenue::institution);
        revenue(all, "institutionOperating", "经营收入", FunctionalRevenue::institutionOperating);
        revenue(all, "superiorSubsidy", "上级补助收入", FunctionalRevenue::superiorSubsidy);
        revenue(all, "affiliatedRemittance", "附属单位上缴收入", FunctionalRevenue::affiliatedRemittance);
        revenue(all, "other", "其他收入", FunctionalRevenue::other);
        revenue(all, "carryOver", "上年结转", FunctionalRevenue::carryOver);
        for (Fund fund : Fund.values()) {
            for (ExpenditureType type : ExpenditureType.values()) {
                all.add(new FunctionalMeasure("expenditure." + fund.wireName() + "." + type.wireName(),
                        fund.label() + type.label(), f -> Sums.expenditureOf(f).get(fund, type)));
            }
        }
        return List.copyOf(all);
    }

    private static void revenue(List<FunctionalMeasure> all, String name, String label,
                                Function<FunctionalRevenue, BigDecimal> getter) {
        all.add(new FunctionalMeasure("revenue." + name, label, f -> getter.apply(Sums.revenueOf(f))));
    }
}
