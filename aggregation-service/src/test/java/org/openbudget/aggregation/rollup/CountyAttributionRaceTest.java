package org.openbudget.aggregation.rollup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.department.DepartmentProjector;
import org.openbudget.aggregation.event.DepartmentChanged;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.aggregation.intake.EventIntake;
import org.openbudget.aggregation.intake.Outcome;
import org.openbudget.common.event.CloudEventCodec;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A department event and a budget of that department applied at the same time by two transactions, as the
 * intake's channels do when a backlog of all three topics arrives at once (the fault suite's broker outage): the
 * budget's contributions must end under the department's county, whichever transaction reads or commits first.
 * Before the per-department attribution lock, the budget read "no county yet" while the department event's
 * reattribution could not see the budget's uncommitted rows, and the contributions stayed under 000000 for good.
 */
@QuarkusTest
class CountyAttributionRaceTest {

    @Inject
    EventIntake intake;
    @Inject
    DepartmentProjector departments;
    @Inject
    CloudEventCodec codec;
    @Inject
    EventBinder binder;
    @Inject
    EntityManager em;

    @Test
    void aBudgetFiledWhileItsDepartmentEventIsUncommittedEndsUnderTheCounty() throws Exception {
        String code = Events.code("RACE");
        String region = "139901";
        ObjectNode department = JsonNodeFactory.instance.objectNode();
        department.put("code", code).put("name", "竞态测试部门").put("version", 1).put("updatedAt", "2022-02-10T08:00:00Z");
        department.putObject("region").put("code", region).put("name", "竞态县");
        department.putArray("units");
        var departmentEvent = codec.read(event("org.openbudget.budget.department.changed.v1", code, department));

        ObjectNode content = Events.budgetDocument(Events.seedBudgetInYuan(), code, 2022, "draft", 1, 0)
                .put("updatedAt", "2022-02-10T08:00:00Z");
        ObjectNode budget = JsonNodeFactory.instance.objectNode();
        budget.put("department", code).put("year", 2022).put("version", 1).put("status", "draft").put("adjustment", 0);
        budget.set("budget", content);
        budget.putNull("published");
        String budgetEvent = event("org.openbudget.budget.department-budget.changed.v1", code + ":2022", budget);

        CountDownLatch departmentApplied = new CountDownLatch(1);
        CountDownLatch commitDepartment = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                departments.apply(departmentEvent, binder.bind(departmentEvent.data(), DepartmentChanged.class));
                departmentApplied.countDown();
                try {
                    commitDepartment.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(departmentApplied.await(30, TimeUnit.SECONDS), "the department event was not applied");
            Future<Outcome> second = pool.submit(() -> intake.intake(
                    new ConsumerRecord<>("budget.events", 0, 0L, code + ":2022", budgetEvent)));
            // the budget gets every chance to file its contributions while the department event is uncommitted
            try {
                second.get(2, TimeUnit.SECONDS);
            } catch (TimeoutException waiting) {
                // it waits for the department's transaction: what the lock is for
            }
            commitDepartment.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertEquals(Outcome.APPLIED, second.get(30, TimeUnit.SECONDS));
        } finally {
            commitDepartment.countDown();
            pool.shutdownNow();
        }

        List<?> regions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select distinct region_code from rollup_contribution where department = :code")
                .setParameter("code", code).getResultList());
        assertEquals(List.of(region), regions, "the counties " + code + "'s contributions are filed under");
    }

    private static String event(String type, String subject, ObjectNode data) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "/test").put("type", type)
                .put("time", "2022-02-10T08:00:00Z").put("subject", subject).put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }
}
