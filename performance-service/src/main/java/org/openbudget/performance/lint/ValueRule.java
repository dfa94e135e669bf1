package org.openbudget.performance.lint;

import org.openbudget.performance.indicator.IndicatorValue;
import org.openbudget.performance.indicator.Operator;
import org.openbudget.performance.indicator.ValueKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Quality of a 指标值: it must be stated; a percentage of a rate cannot exceed 100%, so "≥100%" really
 * means "=100%" and "＞100%"/"120%" means nothing (growth indicators excepted); and a bare noun such as
 * "满意度" names the indicator instead of setting a target.
 */
final class ValueRule implements Rules.RowRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Growth and comparison indicators may legitimately exceed 100%. */
    private static final Pattern GROWTH = Pattern.compile("增长|增幅|增速|同比|环比|倍");
    /** Endings of metric names: a value ending like this names what is measured, not a target. */
    private static final List<String> NOUN_ENDINGS = List.of("率", "度", "性", "量", "数", "比例", "比重", "指数", "情况");

    @Override
    public void check(Rules.Row row, Findings out) {
        IndicatorValue value = row.value();
        String printed = row.payload().value();
        if (value.kind() == ValueKind.EMPTY) {
            out.add("value.empty", Severity.ERROR, row.field("value"), row.project().id(),
                    row.label() + "：指标值为空。");
        } else if (value.kind() == ValueKind.QUALITATIVE) {
            if (isBareNoun(value.grade(), row)) {
                out.add("value.bare-noun", Severity.WARNING, row.field("value"), row.project().id(),
                        row.label() + "：指标值「" + printed + "」只是指标名称，没有给出目标值或标准。");
            }
        } else if (value.isPercentage() && !isGrowth(row)) {
            int cmp = value.number().compareTo(HUNDRED);
            if (cmp > 0 || (cmp == 0 && value.operator() == Operator.GREATER)) {
                out.add("value.percent-over-100", Severity.WARNING, row.field("value"), row.project().id(),
                        row.label() + "：指标值「" + printed + "」超过100%，比率不可能达到。");
            } else if (cmp == 0 && value.operator() == Operator.AT_LEAST) {
                out.add("value.rate-at-least-100", Severity.WARNING, row.field("value"), row.project().id(),
                        row.label() + "：指标值「" + printed + "」——比率不会超过100%，「≥100%」实为「=100%」，请写明确的目标值。");
            }
        }
    }

    private static boolean isBareNoun(String grade, Rules.Row row) {
        String g = Rules.squeeze(grade);
        if (g.equals(Rules.squeeze(row.payload().level3())) || g.equals(Rules.squeeze(row.payload().description()))) {
            return true;
        }
        return g.length() <= 8 && NOUN_ENDINGS.stream().anyMatch(g::endsWith);
    }

    private static boolean isGrowth(Rules.Row row) {
        return GROWTH.matcher(Rules.squeeze(row.payload().level3())).find()
                || GROWTH.matcher(Rules.squeeze(row.payload().description())).find();
    }
}
