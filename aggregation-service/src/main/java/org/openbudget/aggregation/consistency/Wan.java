package org.openbudget.aggregation.consistency;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reading 元 amounts from event JSON and showing them in 万元 as the documents do. */
final class Wan {

    static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** One printed cent of 万元 in 元: the rounding step of a 万元 document. */
    static final BigDecimal STEP = BigDecimal.valueOf(100);

    private Wan() {
    }

    static BigDecimal of(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal amount(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !(v.isNumber() || v.isTextual()) ? null : new BigDecimal(v.asText());
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static String text(BigDecimal yuan) {
        return of(nz(yuan)).toPlainString();
    }
}
