package org.openbudget.budget.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.openbudget.budget.department.DepartmentService;
import org.openbudget.budget.departmentbudget.BudgetService;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Writes the parts of a checked and authorized bulk request in one transaction, each through the service its single
 * PUT uses (same rules, versions and events, appended to the outbox in this transaction). The first refused part
 * rolls everything back and answers its single PUT's problem, named within the request ({@link BulkProblems}).
 *
 * <p>Order: every profile first (a budget needs its department), then the budgets; each by department and year, so
 * that two concurrent bulk requests take their row locks in the same order instead of deadlocking.
 *
 * <p>Each part leaves the persistence context empty ({@link #settle}): a profile of 100 department-years showed the
 * request spending its time in Hibernate's dirty checks, which every query's auto-flush runs over every entity the
 * session holds — the editions and line rows of all the items before — so the request grew with the square of its
 * items.
 */
@ApplicationScoped
class BulkWriter {

    private final DepartmentService departments;
    private final BudgetService budgets;
    private final EntityManager entities;

    BulkWriter(DepartmentService departments, BudgetService budgets, EntityManager entities) {
        this.departments = departments;
        this.budgets = budgets;
        this.entities = entities;
    }

    /**
     * The transaction may last {@code openbudget.bulk.transaction-timeout} seconds instead of the default 60: 500
     * large items take that long on a starved machine. One that runs out is rolled back ({@link TimedOut}).
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = TimedOut.TIMEOUT_KEY)
    BulkResult write(List<BulkItem> items) {
        List<Map<String, BulkResult.Part>> parts = new ArrayList<>(items.size());
        items.forEach(item -> parts.add(new LinkedHashMap<>()));
        for (int i : order(items)) {
            BulkItem item = items.get(i);
            if (item.profile() != null) {
                parts.get(i).put(BulkPart.PROFILE.field(), profile(item, i));
                settle();
            }
        }
        for (int i : order(items)) {
            BulkItem item = items.get(i);
            if (item.budget() != null) {
                parts.get(i).put(BulkPart.BUDGET.field(), budget(item, i));
                settle();
            }
        }
        List<BulkResult.Item> answer = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            answer.add(new BulkResult.Item(items.get(i).department(), items.get(i).year(), parts.get(i)));
        }
        return new BulkResult(answer);
    }

    private BulkResult.Part profile(BulkItem item, int index) {
        try {
            DepartmentService.Saved saved = departments.put(item.department(), item.profile(),
                    VersionTag.expected(item.ifMatchOf(BulkPart.PROFILE)));
            return part(saved.department().version(), saved.created());
        } catch (ProblemException e) {
            throw BulkProblems.within(e, index, BulkPart.PROFILE.field(), BulkPart.PATH_FIELDS);
        }
    }

    private BulkResult.Part budget(BulkItem item, int index) {
        try {
            BudgetService.Saved saved = budgets.put(item.department(), item.year(), item.budget(),
                    VersionTag.expected(item.ifMatchOf(BulkPart.BUDGET)));
            return part(saved.document().version(), saved.created());
        } catch (ProblemException e) {
            throw BulkProblems.within(e, index, BulkPart.BUDGET.field(), BulkPart.PATH_FIELDS);
        }
    }

    /** Writes what the part changed (in this transaction) and forgets its entities: no later part reads them. */
    private void settle() {
        entities.flush();
        entities.clear();
    }

    private static BulkResult.Part part(long version, boolean created) {
        // the ETag header as the single PUT sends it: a strong tag, to be sent back as If-Match unchanged
        return new BulkResult.Part(version, "\"" + version + "\"", created);
    }

    private static int[] order(List<BulkItem> items) {
        return IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> items.get(i).department()).thenComparing(i -> items.get(i).year()))
                .mapToInt(Integer::intValue).toArray();
    }
}
