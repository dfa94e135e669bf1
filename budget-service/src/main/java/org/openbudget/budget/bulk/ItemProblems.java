package org.openbudget.budget.bulk;

import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.util.List;

/**
 * A part's problem as the single PUT gives it (same status, type and message), its fields named within the bulk
 * request: {@code functional.lines[2].code} → {@code items[3].budget.functional.lines[2].code}; the path parameter
 * {@code dept} → {@code items[3].department}; the If-Match header (and a stale one, 412) →
 * {@code items[3].ifMatch.budget}; another problem without fields (a refusal) names the item's part.
 */
final class ItemProblems {

    private ItemProblems() {
    }

    static ProblemException within(ProblemException e, int index, BulkPart part) {
        Problem p = e.toProblem();
        String item = "items[" + index + "]";
        String at = item + "." + part.field();
        List<FieldError> errors = p.errors() == null || p.errors().isEmpty()
                // a stale If-Match (412) names no field in the single PUT: here it is the item's ifMatch of the part
                ? List.of(new FieldError(p.status() == 412 ? item + ".ifMatch." + part.field() : at, p.detail()))
                : p.errors().stream().map(f -> new FieldError(rename(f.field(), item, at, part), f.message())).toList();
        String slug = p.type().substring(p.type().lastIndexOf(':') + 1);
        return new ProblemException(p.status(), slug, p.title(), at + ": " + p.detail(), errors);
    }

    private static String rename(String field, String item, String at, BulkPart part) {
        if (field == null || field.isEmpty() || "$".equals(field)) {
            return at;
        }
        return switch (field) {
            case "dept", "code" -> item + ".department";
            case "year" -> item + ".year";
            case VersionTag.IF_MATCH -> item + ".ifMatch." + part.field();
            default -> at + "." + field;
        };
    }
}
