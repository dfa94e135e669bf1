package org.openbudget.performance.targets;

import org.openbudget.performance.indicator.IndicatorValue;

/**
 * An indicator row as stored (verbatim, for documents) with its 指标值 parsed (for computation).
 * Field meanings: {@link IndicatorPayload}.
 */
public record IndicatorDto(
        String level1,
        String level2,
        String level3,
        String description,
        String value,
        IndicatorValue parsed,
        String basis) {
}
