package org.openbudget.aggregation.document.source;

import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.TargetsChanged;

/**
 * Everything one department-year document is computed from, as the read models hold it for the chosen
 * scope. Only {@code budget} is required; the others are null when their owner sent nothing yet.
 *
 * @param holding the fixed-asset table printed in section 七 (the latest as of the end of the prior year)
 * @param plan    the procurement plan of the year (section 六)
 */
public record DocumentInput(Profile profile, int year, String scope, BudgetVersion budget, TargetsChanged targets,
                            AssetYearChanged.Holding holding, AssetYearChanged.Plan plan) {
}
