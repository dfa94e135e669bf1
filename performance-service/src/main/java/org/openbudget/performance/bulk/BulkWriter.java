package org.openbudget.performance.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.performance.targets.TargetService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes checked items in one transaction, each through the single PUT's write path ({@link TargetService#replace}):
 * the same versions and the same events in the outbox, all or nothing.
 */
@ApplicationScoped
class BulkWriter {

    private final TargetService service;
    private final EntityManager em;

    BulkWriter(TargetService service, EntityManager em) {
        this.service = service;
        this.em = em;
    }

    @Transactional
    public BulkResult write(List<BulkItem> items, List<Long> expected) {
        BulkResult.Item[] results = new BulkResult.Item[items.size()];
        // every writer locks department-years in one order, so two overlapping bulks wait for each other, never deadlock
        Integer[] order = new Integer[items.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing((Integer i) -> items.get(i).department())
                .thenComparing(i -> items.get(i).year()));
        for (int i : order) {
            BulkItem item = items.get(i);
            TargetService.Saved saved;
            try {
                saved = service.replace(item.department(), item.year(), item.targets(), expected.get(i));
            } catch (ProblemException e) {
                throw BulkProblems.within(e, i, BulkItem.TARGETS, BulkItem.PATH_FIELDS); // rolls the whole request back
            }
            // the item is written and its event appended: without clearing, every later flush and query would
            // dirty-check all earlier items' entities too, and a bulk's cost grows with the square of its size (JFR:
            // half the time in flushEverythingToExecutions at 100 items). The locks stay until the commit.
            em.flush();
            em.clear();
            long version = saved.set().version();
            results[i] = new BulkResult.Item(item.department(), item.year(), Map.of(BulkItem.TARGETS,
                    new BulkResult.Part(version, VersionTag.etag(version).toString(), saved.created())));
        }
        return new BulkResult(new ArrayList<>(Arrays.asList(results)));
    }
}
