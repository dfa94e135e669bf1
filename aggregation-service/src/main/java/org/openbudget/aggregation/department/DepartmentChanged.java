package org.openbudget.aggregation.department;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Our reading of budget-service's {@code department.changed.v1} data (its JSON Schema lives in
 * budget-service/src/main/resources/events). A tolerant reader: fields added later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DepartmentChanged(String code, String name, Region region, List<Unit> units, long version,
                                OffsetDateTime updatedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String name, String nature, String grade, String fundingForm) {
    }
}
