package org.openbudget.budget.department;

import java.time.OffsetDateTime;
import java.util.List;

/** A department as the API returns it and as {@code DepartmentChanged} carries it. */
public record DepartmentDto(
        String code,
        String name,
        DepartmentPayload.Region region,
        List<DepartmentPayload.Unit> units,
        List<String> duties,
        String organization,
        List<DepartmentPayload.GlossaryEntry> glossary,
        String otherMatters,
        long version,
        OffsetDateTime updatedAt) {
}
