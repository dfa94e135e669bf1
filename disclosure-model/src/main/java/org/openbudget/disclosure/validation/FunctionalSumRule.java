package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.Codes;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code functional.parent-sum}: every 类 and 款 row = Σ its children, cell by cell;
 * {@code functional.total-sum}: the stated 合计 row = Σ 类 rows. (Tables 2, 3, 5, 7, 8 print these rows.)
 */
public class FunctionalSumRule implements Rule {

    @Override
    public List<Finding> check(ValidationInput in) {
        List<FunctionalLine> lines = in.content().functional().lines();
        List<Finding> findings = new ArrayList<>();
        for (FunctionalLine parent : lines) {
            List<FunctionalLine> children = lines.stream().filter(l -> Codes.isChild(parent.code(), l.code())).toList();
            if (children.isEmpty()) {
                continue;
            }
            String childLevel = Codes.levelName(children.get(0).code());
            Gaps gaps = new Gaps("functional.parent-sum", parent.code() + " " + parent.name(),
                    "differs from the sum of its " + children.size() + " " + childLevel, in.inputUnit());
            compare(gaps, "functional[" + parent.code() + "]", parent.figures(), children);
            findings.addAll(gaps.findings());
        }
        FunctionalFigures total = in.content().functional().total();
        if (total != null) {
            List<FunctionalLine> classes = lines.stream().filter(l -> l.code().length() == 3).toList();
            Gaps gaps = new Gaps("functional.total-sum", "合计", "differs from the sum of the " + classes.size() + " 类 rows",
                    in.inputUnit());
            compare(gaps, "functional.total", total, classes);
            findings.addAll(gaps.findings());
        }
        return findings;
    }

    private static void compare(Gaps gaps, String path, FunctionalFigures stated, List<FunctionalLine> children) {
        for (FunctionalMeasure m : FunctionalMeasure.ALL) {
            List<BigDecimal> values = children.stream().map(c -> m.value().apply(c.figures())).toList();
            gaps.compare(path + "." + m.path(), m.label(), m.value().apply(stated), Amounts.sum(values),
                    (int) values.stream().filter(Objects::nonNull).count(),
                    children.stream().map(c -> "functional[" + c.code() + "]." + m.path()).toList());
        }
    }
}
