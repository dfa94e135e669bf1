package org.openbudget.aggregation.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.ValidationReport;
import org.openbudget.disclosure.classification.YearCatalog;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.validation.BudgetValidator;
import org.openbudget.disclosure.validation.Finding;
import org.openbudget.disclosure.validation.ValidationInput;
import org.openbudget.disclosure.validation.YearCatalogCodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * budget-service's validation (disclosure-model's {@link BudgetValidator}) of an uploaded budget, against the year's
 * shipped catalogs, in the shape its event carries it: the findings go through JSON as they do from budget-service's
 * event to this service, so the consistency rules read them the same way.
 */
final class UploadedValidation {

    private UploadedValidation() {
    }

    /** @param budget the budget in 元; its header's input unit is the printed unit */
    static ValidationReport of(BudgetVersion budget, YearCatalog functional, YearCatalog economic, ObjectMapper json) {
        AmountUnit inputUnit = budget.header().enteredInWan() ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
        List<Finding> findings = BudgetValidator.findings(new ValidationInput(budget.content(), inputUnit,
                new YearCatalogCodes(functional), new YearCatalogCodes(economic)));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("unit", inputUnit.label());
        report.put("findings", findings);
        return json.convertValue(report, ValidationReport.class);
    }
}
