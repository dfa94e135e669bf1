package org.openbudget.asset.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openbudget.asset.holding.HoldingService;
import org.openbudget.asset.procurement.PlanService;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes checked items in one transaction, each part through its single PUT's write path ({@link HoldingService#store},
 * {@link PlanService#store}): the same versions and the same events in the outbox, all or nothing.
 */
@ApplicationScoped
class BulkWriter {

    private final HoldingService holdings;
    private final PlanService plans;
    private final EntityManager em;

    BulkWriter(HoldingService holdings, PlanService plans, EntityManager em) {
        this.holdings = holdings;
        this.plans = plans;
        this.em = em;
    }

    @Transactional
    public BulkResult write(int size, List<CheckedItem> checked) {
        BulkResult.Item[] results = new BulkResult.Item[size];
        // every writer locks the keys in one order (department, then year; holdings are of the year before), so two
        // overlapping bulks wait for each other rather than deadlock
        List<CheckedItem> ordered = new ArrayList<>(checked);
        ordered.sort(Comparator.comparing((CheckedItem c) -> c.item().department()).thenComparing(c -> c.item().year()));
        for (CheckedItem c : ordered) {
            Map<String, BulkResult.Part> parts = new LinkedHashMap<>();
            if (c.holding() != null) {
                try {
                    HoldingService.Saved saved = holdings.store(c.holding(), c.item().holdings().unit(), c.expectedHoldings());
                    parts.put(BulkItem.HOLDINGS, part(saved.holding().version(), saved.created()));
                } catch (ProblemException e) {
                    throw BulkProblems.within(e, c.index(), BulkItem.HOLDINGS, BulkItem.PATH_FIELDS); // rolls the whole request back
                }
            }
            if (c.lines() != null) {
                try {
                    PlanService.Saved saved = plans.store(c.item().department(), c.item().year(), c.lines(),
                            c.item().procurement().unit(), c.expectedProcurement());
                    parts.put(BulkItem.PROCUREMENT, part(saved.plan().version(), saved.created()));
                } catch (ProblemException e) {
                    throw BulkProblems.within(e, c.index(), BulkItem.PROCUREMENT, BulkItem.PATH_FIELDS);
                }
            }
            // the item is written and its events appended: without clearing, every later flush and query would
            // dirty-check all earlier items' entities too, and a bulk's cost would grow with the square of its size.
            // The locks stay until the commit.
            em.flush();
            em.clear();
            results[c.index()] = new BulkResult.Item(c.item().department(), c.item().year(), parts);
        }
        return new BulkResult(new ArrayList<>(Arrays.asList(results)));
    }

    private static BulkResult.Part part(long version, boolean created) {
        return new BulkResult.Part(version, VersionTag.etag(version).toString(), created);
    }
}
