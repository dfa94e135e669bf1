package org.openbudget.seeds.bench;

import org.openbudget.seeds.load.api.BudgetBody;
import org.openbudget.seeds.load.api.DepartmentBody;

/** One generated department and its budget for one year; {@code rows} counts functional plus economic lines. */
public record DepartmentYear(String code, String regionCode, DepartmentBody department, int year, BudgetBody budget) {

    public int rows() {
        return budget.functional().lines().size() + budget.economic().lines().size();
    }
}
