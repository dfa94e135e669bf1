package org.openbudget.asset.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.openbudget.asset.holding.AssetHolding;
import org.openbudget.asset.holding.HoldingService;
import org.openbudget.asset.procurement.PlanService;
import org.openbudget.asset.procurement.ProcurementItem;
import org.openbudget.asset.web.Requests;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule the single PUTs apply to their bodies, applied to each item of a bulk request — Bean Validation of the
 * payload records, then the services' own input checks ({@link HoldingService#candidate}, {@link PlanService#lines}) —
 * plus the bulk's own: at least one part, one holdings table per department and as-of date and one plan per
 * department-year, If-Match only for this service's parts. All findings of all items are collected, each field named
 * from the request's root; the items come back as the services' write path takes them.
 */
@ApplicationScoped
class BulkChecks {

    private static final Set<String> PARTS = Set.of(BulkItem.HOLDINGS, BulkItem.PROCUREMENT);

    private final Validator validator;
    private final HoldingService holdings;
    private final PlanService plans;

    BulkChecks(Validator validator, HoldingService holdings, PlanService plans) {
        this.validator = validator;
        this.holdings = holdings;
        this.plans = plans;
    }

    List<CheckedItem> check(List<BulkItem> items) {
        List<FieldError> errors = new ArrayList<>();
        List<CheckedItem> checked = new ArrayList<>();
        Map<String, Integer> holdingKeys = new HashMap<>();
        Map<String, Integer> planKeys = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            String at = BulkProblems.item(i);
            if (item == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            List<FieldError> own = new ArrayList<>();
            for (ConstraintViolation<BulkItem> v : validator.validate(item)) {
                own.add(new FieldError(at + "." + path(v), v.getMessage()));
            }
            if (item.holdings() == null && item.procurement() == null) {
                own.add(new FieldError(at, "must hold at least one part: holdings, procurement"));
            }
            Map<String, Long> expected = expectedVersions(i, item, own);
            // the single PUTs run their own checks only on a body that passed Bean Validation: they assume its shape
            if (!own.isEmpty()) {
                errors.addAll(own);
                continue;
            }
            AssetHolding holding = null;
            if (item.holdings() != null) {
                try {
                    LocalDate asOf = asOf(item);
                    holding = holdings.candidate(item.department(), asOf, item.holdings());
                    duplicate(holdingKeys, item.department() + "@" + asOf, i, "holdings of department "
                            + item.department() + " as of " + asOf, own);
                } catch (ProblemException e) {
                    own.addAll(BulkProblems.within(e, i, BulkItem.HOLDINGS, BulkItem.PATH_FIELDS).toProblem().errors());
                }
            } else if (item.holdingsAsOf() != null) {
                own.add(new FieldError(at + ".holdingsAsOf", "is the date of the holdings, which this item does not hold"));
            }
            List<ProcurementItem> lines = null;
            if (item.procurement() != null) {
                try {
                    lines = plans.lines(item.procurement());
                    duplicate(planKeys, item.department() + ":" + item.year(), i, "the procurement plan of department "
                            + item.department() + " for " + item.year(), own);
                } catch (ProblemException e) {
                    own.addAll(BulkProblems.within(e, i, BulkItem.PROCUREMENT, BulkItem.PATH_FIELDS).toProblem().errors());
                }
            }
            errors.addAll(own);
            checked.add(new CheckedItem(i, item, holding, expected.get(BulkItem.HOLDINGS), lines,
                    expected.get(BulkItem.PROCUREMENT)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().sorted(BY_ITEM).toList());
        }
        return checked;
    }

    /** The holdings' as-of date: the item's, or the last day of the year before the budget year. */
    private static LocalDate asOf(BulkItem item) {
        return item.holdingsAsOf() == null ? LocalDate.of(item.year() - 1, 12, 31)
                : Requests.date("asOf", item.holdingsAsOf());
    }

    private static void duplicate(Map<String, Integer> seen, String key, int index, String what, List<FieldError> errors) {
        Integer first = seen.putIfAbsent(key, index);
        if (first != null) {
            errors.add(new FieldError(BulkProblems.item(index), "writes " + what + " again, as "
                    + BulkProblems.item(first) + " does: one per request"));
        }
    }

    private static Map<String, Long> expectedVersions(int index, BulkItem item, List<FieldError> errors) {
        Map<String, Long> expected = new HashMap<>();
        if (item.ifMatch() == null) {
            return expected;
        }
        for (Map.Entry<String, String> e : item.ifMatch().entrySet()) {
            String part = e.getKey();
            if (!PARTS.contains(part)) {
                errors.add(new FieldError(BulkProblems.item(index) + ".ifMatch." + part,
                        "names no part of this service; the parts are holdings and procurement"));
                continue;
            }
            try {
                expected.put(part, VersionTag.expected(e.getValue()));
            } catch (ProblemException bad) {
                errors.add(new FieldError(BulkProblems.field(index, part, VersionTag.IF_MATCH, BulkItem.PATH_FIELDS),
                        bad.toProblem().errors().get(0).message()));
            }
        }
        return expected;
    }

    /** {@code holdings.register[0].<list element>} → {@code holdings.register[0]}, as the single PUT's problems name it. */
    private static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }

    /** items[2] before items[10]; within an item, by field. */
    private static final Comparator<FieldError> BY_ITEM = Comparator
            .comparingInt((FieldError f) -> index(f.field())).thenComparing(FieldError::field);

    private static int index(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open < 0 || close < open ? -1 : Integer.parseInt(field.substring(open + 1, close));
    }
}
