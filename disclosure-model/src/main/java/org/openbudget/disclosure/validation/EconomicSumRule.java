package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.Codes;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code economic.parent-sum}: every 类 row of table 6 = Σ its 款 rows; {@code economic.total-sum}: the
 * stated 合计 = Σ 类 rows — for 人员经费 and 公用经费 each.
 */
public class EconomicSumRule implements Rule {

    private record Measure(String path, String label, Function<EconomicFigures, BigDecimal> value) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("personnel", "人员经费", EconomicFigures::personnel),
            new Measure("publicUse", "公用经费", EconomicFigures::publicUse));

    @Override
    public List<Finding> check(ValidationInput in) {
        List<EconomicLine> lines = in.content().economic().lines();
        List<Finding> findings = new ArrayList<>();
        for (EconomicLine parent : lines) {
            List<EconomicLine> children = lines.stream().filter(l -> Codes.isChild(parent.code(), l.code())).toList();
            if (children.isEmpty()) {
                continue;
            }
            Gaps gaps = new Gaps("economic.parent-sum", parent.code() + " " + parent.name(),
                    "differs from the sum of its " + children.size() + " 款", in.inputUnit());
            compare(gaps, "economic[" + parent.code() + "]", parent.figures(), children);
            findings.addAll(gaps.findings());
        }
        EconomicFigures total = in.content().economic().total();
        if (total != null) {
            List<EconomicLine> classes = lines.stream().filter(l -> l.code().length() == 3).toList();
            Gaps gaps = new Gaps("economic.total-sum", "合计 (table 6)", "differs from the sum of the " + classes.size()
                    + " 类 rows", in.inputUnit());
            compare(gaps, "economic.total", total, classes);
            findings.addAll(gaps.findings());
        }
        return findings;
    }

    private static void compare(Gaps gaps, String path, EconomicFigures stated, List<EconomicLine> children) {
        for (Measure m : MEASURES) {
            List<BigDecimal> values = children.stream().map(c -> m.value().apply(c.figures())).toList();
            gaps.compare(path + "." + m.path(), m.label(), m.value().apply(stated), Amounts.sum(values),
                    (int) values.stream().filter(Objects::nonNull).count(),
                    children.stream().map(c -> "economic[" + c.code() + "]." + m.path()).toList());
        }
    }
}
