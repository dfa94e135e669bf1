package org.openbudget.budget.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk request must be before anything is looked up: within the size limit (413), every part valid by the
 * constraints of its single PUT's body (the same annotations, run here so that the limit is checked first), and the
 * request's own shape — a part per item, a department's profile once, a department-year's budget once (400, each
 * field named with its item's index).
 */
@ApplicationScoped
class BulkChecks {

    private final Validator validator;
    private final int maxItems;

    BulkChecks(Validator validator, @ConfigProperty(name = "openbudget.bulk.max-items", defaultValue = "500") int maxItems) {
        this.validator = validator;
        this.maxItems = maxItems;
    }

    void check(BulkRequest request) {
        if (request == null) {
            throw ProblemException.invalid("items", "a JSON body {\"items\": […]} is required");
        }
        if (request.items() != null && request.items().size() > maxItems) {
            throw BulkProblems.tooMany(request.items().size(), maxItems);
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<BulkRequest> v : validator.validate(request)) {
            // the validator's pseudo-nodes (<list element>) are no part of the JSON path a client knows
            errors.add(new FieldError(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage()));
        }
        if (errors.isEmpty()) {
            shape(request.items(), errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.invalid(errors);
        }
    }

    private static void shape(List<BulkItem> items, List<FieldError> errors) {
        Map<String, Integer> profiles = new HashMap<>();
        Map<String, Integer> budgets = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item.profile() == null && item.budget() == null) {
                errors.add(new FieldError(at, "gives no part: a profile, a budget or both"));
            }
            if (item.profile() != null) {
                Integer first = profiles.putIfAbsent(item.department(), i);
                if (first != null) {
                    errors.add(new FieldError(at + ".profile", "department " + item.department()
                            + " has its profile in items[" + first + "] already: one profile per department and request"));
                }
            }
            if (item.budget() != null) {
                Integer first = budgets.putIfAbsent(item.department() + "/" + item.year(), i);
                if (first != null) {
                    errors.add(new FieldError(at + ".budget", "the budget of " + item.department() + "/" + item.year()
                            + " is in items[" + first + "] already: one budget per department-year and request"));
                }
            }
        }
    }
}
