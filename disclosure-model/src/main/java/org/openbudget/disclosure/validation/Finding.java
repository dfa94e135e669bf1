package org.openbudget.disclosure.validation;

import java.util.List;

/**
 * One thing the validation found about one row or one pair of totals.
 *
 * @param rule    stable id, e.g. {@code functional.parent-sum}
 * @param subject the row or total it is about, e.g. "21011 行政事业单位医疗"
 * @param cells   every cell involved (the stated ones and those they are compared with), as document paths
 * @param figures the compared figures; empty for findings about codes and names
 */
public record Finding(String rule, Severity severity, String subject, String message, List<String> cells,
                      List<Figure> figures) {
}
