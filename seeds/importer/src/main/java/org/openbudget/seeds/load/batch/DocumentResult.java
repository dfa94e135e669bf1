package org.openbudget.seeds.load.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Locale;

/**
 * How one document of a batch went: one summary line and one entry of the JSON report.
 *
 * @param outcome     {@code loaded}, {@code published}, {@code parsed} (--parse-only), {@code unchanged} (already
 *                    published, left as it is) or {@code failed}
 * @param tablesFound how many of the nine tables the parser found
 * @param rows        the rows of those tables as printed (header rows left out)
 * @param warnings    the parse and load warnings
 * @param errors      what made it fail: unreadable, unrecognised, unplannable, a refused request
 * @param requests    requests that succeeded, of {@code planned}
 * @param status      the exit status this document alone would give: 0, 1 a request was refused, 2 not read or planned
 * @param parsed      --parse-only: the document and the requests, for stdout; not in the report
 */
public record DocumentResult(String document, String outcome, String layout, String department, Integer year,
                             int tablesFound, int rows, int warnings, List<String> errors, int requests, int planned,
                             long millis, int status, @JsonIgnore Object parsed) {

    public static final int TABLES = 9;

    public DocumentResult {
        errors = List.copyOf(errors);
    }

    public boolean failed() {
        return status != 0;
    }

    /** {@code a.pdf: loaded 434/2022 (hebei), tables 9/9, rows 123, warnings 14, errors 0, 0.84 s}. */
    public String summary() {
        StringBuilder sb = new StringBuilder(document).append(": ").append(outcome);
        if (department != null || year != null) {
            sb.append(' ').append(department == null ? "?" : department).append('/').append(year == null ? "?" : year);
        }
        if (layout != null) {
            sb.append(" (").append(layout).append(')');
        }
        sb.append(", tables ").append(tablesFound).append('/').append(TABLES).append(", rows ").append(rows)
                .append(", warnings ").append(warnings).append(", errors ").append(errors.size());
        if (planned > 0) {
            sb.append(", requests ").append(requests).append('/').append(planned);
        }
        sb.append(", ").append(String.format(Locale.ROOT, "%.2f s", millis / 1000.0));
        if (!errors.isEmpty()) {
            sb.append(" — ").append(errors.get(0).lines().findFirst().orElse(""));
        }
        return sb.toString();
    }
}
