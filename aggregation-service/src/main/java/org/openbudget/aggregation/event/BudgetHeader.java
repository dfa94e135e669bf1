package org.openbudget.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The metadata of one budget ({@link BudgetVersion}): whose, which year, which adjustment (0 = 年初预算, n = the n-th
 * 调整预算), its status and dates.
 *
 * @param inputUnit    the unit the figures were entered in (元 or 万元): 万元 figures keep the printed rounding
 * @param approvalDate the day the budget was approved (批复); disclosure is due 20 days later
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetHeader(String department, String departmentName, int year, int adjustment, String status,
                           long version, String inputUnit, LocalDate approvalDate, OffsetDateTime publishedAt,
                           OffsetDateTime updatedAt) {

    public static final String WAN_YUAN = "万元";

    public boolean enteredInWan() {
        return WAN_YUAN.equals(inputUnit);
    }
}
