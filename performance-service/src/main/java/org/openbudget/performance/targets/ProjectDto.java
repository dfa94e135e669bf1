package org.openbudget.performance.targets;

import java.util.List;

/** A project target table as the API returns it. Field meanings: {@link ProjectPayload}. */
public record ProjectDto(
        String id,
        String name,
        AmountDto budget,
        String functionalCode,
        String goal,
        List<IndicatorDto> indicators) {
}
