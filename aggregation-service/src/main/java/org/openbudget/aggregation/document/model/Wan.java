package org.openbudget.aggregation.document.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 元 → 万元 as documents print them (DESIGN §3): each cell rounded half-up to 2 decimals from its exact 元
 * amount, never from other rounded cells.
 */
public final class Wan {

    private Wan() {
    }

    /** The 万元 amount of a cell; blank stays blank. */
    public static BigDecimal of(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** Tables and sections 六/七: always 2 decimals ("0.00", "947.09"); blank reads as 0.00. */
    public static String fixed(BigDecimal yuan) {
        return of(yuan == null ? BigDecimal.ZERO : yuan).toPlainString();
    }

    /**
     * The sentences of sections 二–五 as the seed writes them: rounded to 2 decimals, then without trailing
     * zeros ("394.3万元", "58万元", "0万元"); blank reads as 0.
     */
    public static String text(BigDecimal yuan) {
        BigDecimal wan = of(yuan == null ? BigDecimal.ZERO : yuan);
        return wan.signum() == 0 ? "0" : wan.stripTrailingZeros().toPlainString();
    }
}
