package org.openbudget.performance.targets;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.FieldError;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A budget too large for amount_yuan numeric(18, 2) once converted to 元 is a 400, not a numeric overflow (a 500). */
class AmountLimitTest {

    @Test
    void aBudgetMustFitInYuan() {
        assertEquals(Optional.of(new FieldError("projects[0].budget.value", "must be at most 9999999999999999.99 元")),
                Amounts.check(new AmountPayload(new BigDecimal("99999999999999.99"), "万元"), "projects[0].budget"));
        assertEquals(Optional.empty(),
                Amounts.check(new AmountPayload(new BigDecimal("999999999999.999999"), "万元"), "projects[0].budget"));
        assertEquals(Optional.empty(), Amounts.check(new AmountPayload(new BigDecimal("99999999999999.99"), "元"), "budget"));
    }
}
