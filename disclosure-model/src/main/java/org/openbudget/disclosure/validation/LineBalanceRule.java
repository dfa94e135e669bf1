package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.Sums;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code functional.line-balance} (warning): per functional code, table 2's 合计 = table 3's 合计 — a
 * department budget funds each purpose with its own revenue; a difference is worth a look, not always wrong.
 */
public class LineBalanceRule implements Rule {

    @Override
    public List<Finding> check(ValidationInput in) {
        List<Finding> findings = new ArrayList<>();
        for (FunctionalLine line : in.content().functional().lines()) {
            if (line.revenue() == null && line.expenditure() == null) {
                continue;
            }
            Gaps gaps = new Gaps("functional.line-balance", line.code() + " " + line.name(),
                    "收入合计 (table 2) differs from 支出合计 (table 3)", in.inputUnit(), Severity.WARNING);
            gaps.compare("functional[" + line.code() + "].revenue", "收入合计 vs 支出合计", Sums.revenueOf(line).total(),
                    Sums.expenditureOf(line).total(), 2, List.of("functional[" + line.code() + "].expenditure"));
            findings.addAll(gaps.findings());
        }
        return findings;
    }
}
