package org.openbudget.aggregation.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@code GET /api/v1/audit/{dept}/{year}} answers: every version of every part of a department-year (and the
 * department's own changes), oldest first, each with who made it and what changed against the part's previous
 * version.
 */
public record AuditTrail(String department, String departmentName, int year, List<Version> versions) {

    /**
     * One version of one part.
     *
     * @param previousVersion the part's version before this one (null for its first)
     * @param changes         status, total and count against the previous version (from null for the first);
     *                        only what differs
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Version(String part, String key, long version, String status, BigDecimal total, Integer count,
                          Who who, OffsetDateTime time, String eventId, Long previousVersion, List<Change> changes) {
    }

    /** The token's subject and the client it was issued to; both null for changes no signed-in request made. */
    public record Who(String subject, String client) {
    }

    /** {@code field} went {@code from} → {@code to}; for figures also the {@code delta} (to − from, null from nothing). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String field, Object from, Object to, BigDecimal delta) {
    }

    /** Orders the rows and compares each with the previous version of its part (same part and key, lower version). */
    static AuditTrail of(String department, String departmentName, int year, List<AuditEntry> rows) {
        Map<String, TreeMap<Long, AuditEntry>> byPart = new HashMap<>();
        for (AuditEntry row : rows) {
            byPart.computeIfAbsent(row.part + " " + row.aggregateKey, k -> new TreeMap<>()).put(row.version, row);
        }
        List<AuditEntry> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((AuditEntry r) -> r.eventTime != null ? r.eventTime : r.recordedAt)
                .thenComparing(r -> r.part).thenComparingLong(r -> r.version));
        List<Version> versions = new ArrayList<>();
        for (AuditEntry row : ordered) {
            var earlier = byPart.get(row.part + " " + row.aggregateKey).lowerEntry(row.version);
            AuditEntry previous = earlier == null ? null : earlier.getValue();
            versions.add(new Version(row.part, row.aggregateKey, row.version, row.status, row.total, row.itemCount,
                    new Who(row.actorSubject, row.actorClient), row.eventTime, row.eventId.toString(),
                    previous == null ? null : previous.version, changes(previous, row)));
        }
        return new AuditTrail(department, departmentName, year, versions);
    }

    private static List<Change> changes(AuditEntry previous, AuditEntry row) {
        List<Change> out = new ArrayList<>();
        String statusBefore = previous == null ? null : previous.status;
        if (!Objects.equals(statusBefore, row.status)) {
            out.add(new Change("status", statusBefore, row.status, null));
        }
        figure(out, "total", previous == null ? null : previous.total, row.total);
        figure(out, "count", previous == null || previous.itemCount == null ? null : BigDecimal.valueOf(previous.itemCount),
                row.itemCount == null ? null : BigDecimal.valueOf(row.itemCount));
        return out;
    }

    private static void figure(List<Change> out, String field, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            out.add(new Change(field, before, after, before != null && after != null ? after.subtract(before) : null));
        }
    }
}
