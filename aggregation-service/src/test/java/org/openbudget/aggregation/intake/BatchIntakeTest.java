package org.openbudget.aggregation.intake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the intake applies a batch (what one poll returned) in one transaction. Within it, as across batches,
 * the same event id twice is a duplicate and an older version of an aggregate is stale — only the newest version
 * is applied, the older one recorded as stale (marker and audit row) exactly as if it had come in a batch of its
 * own first; a record breaking the contract is refused alone and the rest of its batch is applied; the roll-up
 * totals equal the sum of the contributions once the transaction committed (the deltas are applied at commit).
 */
@QuarkusTest
class BatchIntakeTest {

    private static final String DEPARTMENT = "org.openbudget.budget.department.changed.v1";
    private static final String BUDGET = "org.openbudget.budget.department-budget.changed.v1";

    @Inject
    EventIntake intake;
    @Inject
    EntityManager em;

    @Test
    void aBatchAppliesTheNewestVersionOfEachAggregateOnceAndRefusesOnlyItsPoisonRecord() throws Exception {
        String code = Events.code("BATCH");
        String region = "139977";
        String v1Id = UUID.randomUUID().toString();
        String v2Id = UUID.randomUUID().toString();
        ConsumerRecord<String, String> department = record(0, code, event(UUID.randomUUID().toString(), DEPARTMENT, code, department(code, region)));
        ConsumerRecord<String, String> v1 = record(1, code + ":2022", event(v1Id, BUDGET, code + ":2022", budget(code, 1)));
        ConsumerRecord<String, String> poison = record(2, code + ":2022", "{this is not json");
        ConsumerRecord<String, String> v2 = record(3, code + ":2022", event(v2Id, BUDGET, code + ":2022", budget(code, 2)));
        ConsumerRecord<String, String> v2Again = record(4, code + ":2022", v2.value());
        List<ConsumerRecord<String, String>> batch = List.of(department, v1, poison, v2, v2Again);

        EventIntake.BatchOutcome done = intake.intake(batch);

        assertEquals(1, done.refused().size(), "only the poison record is refused");
        assertSame(poison, done.refused().get(0).record());
        assertTrue(done.refused().get(0).reason().getMessage().contains("not a CloudEvents JSON envelope"),
                done.refused().get(0).reason().getMessage());
        assertEquals(Outcome.APPLIED, done.outcomes().get(department));
        assertEquals(Outcome.STALE, done.outcomes().get(v1), "an older version in the same batch is not applied");
        assertEquals(Outcome.APPLIED, done.outcomes().get(v2));
        assertEquals(Outcome.DUPLICATE, done.outcomes().get(v2Again));

        assertEquals(Map.of(v1Id, "STALE", v2Id, "APPLIED"), markers(code + ":2022"), "one marker per event id");
        assertEquals(List.of(1L, 2L), query("select version from audit_entry where department = :code and part = 'budget' "
                + "order by version", code), "the stale version is in the audit trail too");
        assertEquals(List.of(2L), query("select source_version from aggregate_view where kind = 'budget' and event_key = :code",
                code + ":2022"));
        assertEquals(List.of(region), query("select distinct region_code from rollup_contribution where department = :code", code),
                "the budget is filed under the county of the department event before it in the batch");

        Map<String, BigDecimal> contributions = sums("select dimension || ' ' || item || ' ' || measure || ' ' || scope, sum(amount) "
                + "from rollup_contribution where region_code = :code and year = 2022 group by 1", region);
        assertFalse(contributions.isEmpty());
        assertEquals(contributions, sums("select dimension || ' ' || item || ' ' || measure || ' ' || scope, amount "
                + "from rollup_total where region_code = :code and year = 2022", region), "totals = sum of contributions");
        assertEquals(List.of(0L, 0L), List.of(count("select count(*) from rollup_total_delta"),
                count("select count(*) from rollup_commit_pending")), "the deltas are applied and gone at commit");

        EventIntake.BatchOutcome again = intake.intake(batch);
        assertEquals(1, again.refused().size());
        assertEquals(List.of(Outcome.DUPLICATE, Outcome.DUPLICATE, Outcome.DUPLICATE, Outcome.DUPLICATE),
                List.copyOf(again.outcomes().values()), "the same batch delivered again changes nothing");
        assertEquals(Map.of(v1Id, "STALE", v2Id, "APPLIED"), markers(code + ":2022"));
    }

    private Map<String, String> markers(String subject) {
        Map<String, String> out = new TreeMap<>();
        for (Object row : query("select cast(event_id as text), outcome from processed_event where subject = :code", subject)) {
            Object[] c = (Object[]) row;
            out.put((String) c[0], (String) c[1]);
        }
        return out;
    }

    private Map<String, BigDecimal> sums(String sql, String region) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Object row : query(sql, region)) {
            Object[] c = (Object[]) row;
            out.put((String) c[0], ((BigDecimal) c[1]).stripTrailingZeros());
        }
        return out;
    }

    private List<?> query(String sql, String code) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter("code", code).getResultList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static ConsumerRecord<String, String> record(long offset, String key, String value) {
        return new ConsumerRecord<>("budget.events", 0, offset, key, value);
    }

    private static ObjectNode department(String code, String region) {
        ObjectNode department = JsonNodeFactory.instance.objectNode();
        department.put("code", code).put("name", "批量测试部门").put("version", 1).put("updatedAt", "2022-02-10T08:00:00Z");
        department.putObject("region").put("code", region).put("name", "批量县");
        department.putArray("units");
        return department;
    }

    private static ObjectNode budget(String code, long version) throws Exception {
        ObjectNode content = Events.budgetDocument(Events.seedBudgetInYuan(), code, 2022, "draft", version, 0)
                .put("updatedAt", "2022-02-1" + version + "T08:00:00Z");
        ObjectNode budget = JsonNodeFactory.instance.objectNode();
        budget.put("department", code).put("year", 2022).put("version", version).put("status", "draft").put("adjustment", 0);
        budget.set("budget", content);
        budget.putNull("published");
        return budget;
    }

    private static String event(String id, String type, String subject, ObjectNode data) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0").put("id", id).put("source", "/test").put("type", type)
                .put("time", "2022-02-10T08:00:00Z").put("subject", subject).put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }
}
