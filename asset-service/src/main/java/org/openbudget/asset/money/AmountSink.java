package org.openbudget.asset.money;

import java.math.BigDecimal;

/** Receives every amount of a request body with the JSON path it came from. */
@FunctionalInterface
public interface AmountSink {
    void amount(String path, BigDecimal value);
}
