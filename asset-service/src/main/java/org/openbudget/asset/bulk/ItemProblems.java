package org.openbudget.asset.bulk;

import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.util.List;

/**
 * Turns the problem of one part of one item — as the single-item API states it, fields named in the part's body or
 * its path — into the bulk request's problem: same status and type, fields named from the request's root
 * ({@code items[3].procurement.items[0].amount}, {@code items[3].department}, {@code items[3].ifMatch.holdings}).
 */
final class ItemProblems {

    private ItemProblems() {
    }

    static String item(int index) {
        return "items[" + index + "]";
    }

    static ProblemException at(int index, String part, ProblemException e) {
        Problem p = e.toProblem();
        // a stale version (412) names no field in the single API: there it is the If-Match header
        String whole = field(index, part, p.status() == 412 ? VersionTag.IF_MATCH : "$");
        List<FieldError> errors = p.errors() == null || p.errors().isEmpty()
                ? List.of(new FieldError(whole, p.detail()))
                : p.errors().stream().map(f -> new FieldError(field(index, part, f.field()), f.message())).toList();
        return new ProblemException(p.status(), slug(p.type()), p.title(), item(index) + ": " + p.detail(), errors);
    }

    /** A field of the part's body, a path parameter or a header of the single PUT, named where the bulk carries it. */
    static String field(int index, String part, String field) {
        String item = item(index);
        if (field == null || field.isEmpty() || "$".equals(field)) {
            return item + "." + part;
        }
        return switch (field) {
            case VersionTag.IF_MATCH -> item + ".ifMatch." + part;
            case "dept" -> item + ".department";
            case "year" -> item + ".year";
            case "asOf" -> item + ".holdingsAsOf";
            default -> item + "." + part + "." + field;
        };
    }

    static String slug(String type) {
        return type.substring(type.lastIndexOf(':') + 1);
    }
}
