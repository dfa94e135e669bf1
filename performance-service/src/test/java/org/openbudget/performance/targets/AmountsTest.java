package org.openbudget.performance.targets;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.FieldError;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountsTest {

    @Test
    void wanYuanToYuan() {
        // the seed's two project lines: 20.00 万元 (2110301 大气) and 38.00 万元 (2010302)
        assertEquals(new BigDecimal("200000.00"), Amounts.toYuan(new AmountPayload(new BigDecimal("20.00"), "万元")));
        assertEquals(new BigDecimal("380000.00"), Amounts.toYuan(new AmountPayload(new BigDecimal("38"), "万元")));
        assertEquals(new BigDecimal("12345.67"), Amounts.toYuan(new AmountPayload(new BigDecimal("1.234567"), "万元")));
        assertEquals(new BigDecimal("5.10"), Amounts.toYuan(new AmountPayload(new BigDecimal("5.1"), "元")));
    }

    @Test
    void normalFormHasAtLeastTwoDecimals() {
        assertEquals(new AmountPayload(new BigDecimal("20.00"), "万元"), Amounts.normalize(new AmountPayload(new BigDecimal("20"), "万元")));
        assertEquals(new AmountPayload(new BigDecimal("20.00"), "万元"), Amounts.normalize(new AmountPayload(new BigDecimal("20.0000"), "万元")));
        assertEquals(new AmountPayload(new BigDecimal("1.2345"), "万元"), Amounts.normalize(new AmountPayload(new BigDecimal("1.23450"), "万元")));
    }

    @Test
    void yuanTakesTwoDecimals() {
        assertEquals(Optional.of(new FieldError("budget.value", "an amount in 元 has at most 2 decimals")),
                Amounts.check(new AmountPayload(new BigDecimal("1.005"), "元"), "budget"));
        assertEquals(Optional.empty(), Amounts.check(new AmountPayload(new BigDecimal("1.0500"), "元"), "budget"));
        assertEquals(Optional.empty(), Amounts.check(new AmountPayload(new BigDecimal("1.005"), "万元"), "budget"));
    }

    @Test
    void projectIdsRequiredAndUnique() {
        ProjectPayload a = new ProjectPayload("a", "甲", null, null, "目标", List.of());
        ProjectPayload noId = new ProjectPayload(null, "乙", null, null, "目标", List.of());
        TargetSetPayload set = new TargetSetPayload("总体", List.of(), List.of(),
                new TargetSetPayload.SpecialFunds(true, null, List.of()), List.of(a, noId, a));
        assertEquals(List.of("projects[1].id", "projects[2].id"),
                TargetValidator.check(set).stream().map(FieldError::field).toList());
    }

    @Test
    void specialFundsMustAgreeWithNone() {
        TargetSetPayload.SpecialFundGoal g = new TargetSetPayload.SpecialFundGoal("某专项", "目标");
        assertEquals(List.of("specialFunds.goals"), TargetValidator.check(new TargetSetPayload("总体", List.of(), List.of(),
                new TargetSetPayload.SpecialFunds(true, null, List.of(g)), List.of())).stream().map(FieldError::field).toList());
        assertEquals(List.of("specialFunds.goals"), TargetValidator.check(new TargetSetPayload("总体", List.of(), List.of(),
                new TargetSetPayload.SpecialFunds(false, null, List.of()), List.of())).stream().map(FieldError::field).toList());
    }
}
