package org.openbudget.performance.targets;

import org.openbudget.common.problem.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input rules Bean Validation cannot express (project ids present and unique, amounts per unit,
 * special funds consistent), and the normal form content is stored in. Pure.
 */
public final class TargetValidator {

    private TargetValidator() {
    }

    public static List<FieldError> check(TargetSetPayload set) {
        List<FieldError> errors = new ArrayList<>();
        TargetSetPayload.SpecialFunds funds = set.specialFunds();
        if (funds != null && funds.none() != null && funds.goals() != null) {
            if (funds.none() && !funds.goals().isEmpty()) {
                errors.add(new FieldError("specialFunds.goals", "must be empty when none is true"));
            }
            if (!funds.none() && funds.goals().isEmpty()) {
                errors.add(new FieldError("specialFunds.goals", "must list the goals of the earmarked funds when none is false"));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < set.projects().size(); i++) {
            ProjectPayload p = set.projects().get(i);
            String field = "projects[" + i + "]";
            if (p.id() == null) {
                errors.add(new FieldError(field + ".id", "must be given: the project's identifier within the department-year"));
            } else {
                Integer first = seen.putIfAbsent(p.id(), i);
                if (first != null) {
                    errors.add(new FieldError(field + ".id", "duplicates projects[" + first + "].id '" + p.id() + "'"));
                }
            }
            errors.addAll(check(p, field));
        }
        return errors;
    }

    /** Rules of one project table; {@code prefix} is where it sits in the request body ("" for a single project). */
    public static List<FieldError> check(ProjectPayload project, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        String field = prefix.isEmpty() ? "budget" : prefix + ".budget";
        Amounts.check(project.budget(), field).ifPresent(errors::add);
        return errors;
    }

    public static TargetSetPayload normalize(TargetSetPayload set) {
        return set.withProjects(set.projects().stream().map(TargetValidator::normalize).toList());
    }

    public static ProjectPayload normalize(ProjectPayload p) {
        return new ProjectPayload(p.id(), p.name(), Amounts.normalize(p.budget()), p.functionalCode(), p.goal(), p.indicators());
    }
}
