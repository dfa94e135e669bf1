package org.openbudget.common.bulk;

import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.util.List;
import java.util.Map;

/**
 * The problems of the owners' bulk writes ({@code POST /api/v1/bulk}, issue 16), named from the request's root.
 * A part of an item is checked and written by its single PUT's code, which names fields in the part's body, its path
 * parameters or the If-Match header; here those names become where the bulk request carries them:
 * {@code functional.lines[2].code} → {@code items[3].budget.functional.lines[2].code}, the path parameter {@code dept}
 * → {@code items[3].department}, If-Match (and a stale version, 412, which names no field) →
 * {@code items[3].ifMatch.budget}. Status, type and title stay the single PUT's, so a client handles both alike.
 */
public final class BulkProblems {

    private BulkProblems() {
    }

    /** {@code items[i]}. */
    public static String item(int index) {
        return "items[" + index + "]";
    }

    /**
     * A field of a part, as the single PUT names it, named within the bulk request; {@code pathFields} maps the single
     * PUT's path parameters to the item's own fields ({@code dept → department}).
     */
    public static String field(int index, String part, String field, Map<String, String> pathFields) {
        String item = item(index);
        if (field == null || field.isEmpty() || "$".equals(field)) {
            return item + "." + part;
        }
        if (VersionTag.IF_MATCH.equals(field)) {
            return item + ".ifMatch." + part;
        }
        String own = pathFields.get(field);
        return own != null ? item + "." + own : item + "." + part + "." + field;
    }

    /** The single PUT's problem of one part of one item, as the bulk request's problem. */
    public static ProblemException within(ProblemException e, int index, String part, Map<String, String> pathFields) {
        Problem p = e.toProblem();
        List<FieldError> errors = p.errors() == null || p.errors().isEmpty()
                ? List.of(new FieldError(field(index, part, p.status() == 412 ? VersionTag.IF_MATCH : "$", pathFields),
                        p.detail()))
                : p.errors().stream().map(f -> new FieldError(field(index, part, f.field(), pathFields), f.message()))
                        .toList();
        return new ProblemException(p.status(), slug(p), p.title(), item(index) + "." + part + ": " + p.detail(), errors);
    }

    /** A refusal of the whole item (the caller may not write its department): the item named, the refusal's status. */
    public static ProblemException refused(ProblemException e, int index) {
        Problem p = e.toProblem();
        String item = item(index);
        return new ProblemException(p.status(), slug(p), p.title(), item + ": " + p.detail(),
                List.of(new FieldError(item, p.detail())));
    }

    /** 413 naming {@code items}: more items than one request may carry ({@code openbudget.bulk.max-items}). */
    public static ProblemException tooMany(int items, int max) {
        return new ProblemException(413, "too-many-items", "Too many items",
                items + " items in one request; at most " + max,
                List.of(new FieldError("items", "at most " + max + " items per request (openbudget.bulk.max-items); "
                        + "this one has " + items + ": split it")));
    }

    private static String slug(Problem p) {
        return p.type().substring(p.type().lastIndexOf(':') + 1);
    }
}
