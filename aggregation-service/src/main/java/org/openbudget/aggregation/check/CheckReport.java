package org.openbudget.aggregation.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.aggregation.consistency.Finding;

import java.util.List;
import java.util.Map;

/**
 * What {@code POST /api/v1/check} answers for one uploaded document; nothing of it is stored.
 *
 * @param source      the uploaded file's name
 * @param layout      the document family the parser recognised (HEBEI, SHANGHAI)
 * @param department  the department code as printed; null when the document prints none
 * @param unit        the unit the tables print (元 or 万元)
 * @param catalogYear the classification catalog the codes were checked against (the year's, or the nearest one)
 * @param tables      the nine tables built from the figures read, cell by cell (disclosure-model)
 * @param warnings    the parser's and the mapping's warnings, with the printed line they point at
 * @param catalog     codes the year's catalog does not confirm
 * @param counts      the consistency findings by severity
 * @param findings    the consistency findings, by the rules the platform runs on stored budgets
 * @param notChecked  what this check cannot tell, and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckReport(String source, String layout, String department, String departmentName, int year, String unit,
                          int catalogYear, List<CheckTable> tables, List<ParseWarning> warnings,
                          List<CatalogFinding> catalog, Map<String, Integer> counts, List<Finding> findings,
                          List<String> notChecked) {

    /** A warning of the parser or of the mapping onto the budget; {@code line} 0 is the whole document. */
    public record ParseWarning(int line, String kind, String message) {
    }
}
