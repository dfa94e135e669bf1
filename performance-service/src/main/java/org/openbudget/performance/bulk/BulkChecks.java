package org.openbudget.performance.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.performance.targets.TargetService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule the single PUT applies to its body, applied to each item of a bulk request — Bean Validation of the
 * payload record and {@link TargetService#check} — plus the bulk's own: one item per department-year, If-Match only
 * for parts this service owns. All findings of all items are collected, each field named from the request's root.
 */
@ApplicationScoped
class BulkChecks {

    private final Validator validator;

    BulkChecks(Validator validator) {
        this.validator = validator;
    }

    /** The expected version of each item's part (null where none was sent), once nothing is wrong with any item. */
    List<Long> check(List<BulkItem> items) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            String at = BulkProblems.item(i);
            if (item == null) {
                errors.add(new FieldError(at, "must not be null"));
                expected.add(null);
                continue;
            }
            List<FieldError> own = new ArrayList<>();
            for (ConstraintViolation<BulkItem> v : validator.validate(item)) {
                own.add(new FieldError(at + "." + path(v), v.getMessage()));
            }
            // the single PUT runs these only on a body that passed Bean Validation: they assume its shape
            if (own.isEmpty()) {
                for (FieldError f : TargetService.check(item.targets())) {
                    own.add(new FieldError(BulkProblems.field(i, BulkItem.TARGETS, f.field(), BulkItem.PATH_FIELDS), f.message()));
                }
                Integer first = seen.putIfAbsent(item.department() + ":" + item.year(), i);
                if (first != null) {
                    own.add(new FieldError(at, "writes department " + item.department() + ", year " + item.year()
                            + " again, as " + BulkProblems.item(first) + " does: one item per department-year"));
                }
            }
            expected.add(expectedVersion(i, item, own));
            errors.addAll(own);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().sorted(BY_ITEM).toList());
        }
        return expected;
    }

    private static Long expectedVersion(int index, BulkItem item, List<FieldError> errors) {
        if (item.ifMatch() == null) {
            return null;
        }
        Long expected = null;
        for (Map.Entry<String, String> e : item.ifMatch().entrySet()) {
            if (!BulkItem.TARGETS.equals(e.getKey())) {
                errors.add(new FieldError(BulkProblems.item(index) + ".ifMatch." + e.getKey(),
                        "names no part of this service; the part is '" + BulkItem.TARGETS + "'"));
                continue;
            }
            try {
                expected = VersionTag.expected(e.getValue());
            } catch (ProblemException bad) {
                errors.add(new FieldError(BulkProblems.field(index, BulkItem.TARGETS, VersionTag.IF_MATCH, BulkItem.PATH_FIELDS),
                        bad.toProblem().errors().get(0).message()));
            }
        }
        return expected;
    }

    /** {@code targets.projects[0].<list element>} → {@code targets.projects[0]}, as the single PUT's problems name it. */
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
