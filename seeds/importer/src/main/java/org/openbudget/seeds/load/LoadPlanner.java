package org.openbudget.seeds.load;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.seeds.load.ApiCall.Service;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.load.api.PlanBody;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed document into the REST requests of the three owner services: the department
 * (budget-service), the department-year budget (budget-service), the performance targets
 * (performance-service), the fixed-asset holdings and the procurement plan (asset-service). Pure: it
 * builds the requests, {@link RestLoader} sends them.
 */
public final class LoadPlanner {

    private LoadPlanner() {
    }

    /**
     * @throws IllegalArgumentException when the tables print no unit, or the department code or the year is
     *                                  neither printed nor given
     */
    public static LoadPlan plan(DisclosureDocument doc, LoadOptions options) {
        Warnings warnings = new Warnings();
        if (doc.unit() == null) {
            throw new IllegalArgumentException(doc.source() + " prints no unit (单位：元 or 万元) over its tables: its figures "
                    + "cannot be loaded");
        }
        String dept = department(doc, options, warnings);
        int year = year(doc, options, warnings);
        List<ApiCall> calls = new ArrayList<>();

        if (options.region() == null) {
            warnings.add(0, WarningKind.NOT_LOADED, "the county (region code and name) is printed in no layout: give it with "
                    + "--region CODE:NAME, or load into a department that already exists");
        }
        DepartmentBody department = DepartmentBodies.build(doc, options.region(), warnings);
        calls.add(new ApiCall(Service.BUDGET, "PUT", "/api/v1/departments/" + dept, department));

        BudgetContent budget = new BudgetBodies(doc, warnings).build();
        calls.add(new ApiCall(Service.BUDGET, "PUT", "/api/v1/budgets/" + dept + "/" + year, budget));

        PerformanceBody performance = PerformanceBodies.build(doc.performance(), warnings);
        if (performance != null) {
            calls.add(new ApiCall(Service.PERFORMANCE, "PUT", "/api/v1/performance/" + dept + "/" + year, performance));
        } else if (doc.performance() == null) {
            warnings.add(0, WarningKind.NOT_LOADED, "no performance targets (预算绩效) printed: nothing loaded into performance-service");
        }

        HoldingBody holdings = AssetBodies.holdings(doc.assets(), doc.unit(), warnings);
        if (holdings != null) {
            calls.add(new ApiCall(Service.ASSET, "PUT", "/api/v1/assets/" + dept + "/" + doc.assets().asOf(), holdings));
        } else {
            warnings.add(doc.assets() == null ? 0 : doc.assets().line(), WarningKind.NOT_LOADED,
                    "no fixed-asset holdings with an as-of date printed: nothing loaded as holdings");
        }

        PlanBody plan = AssetBodies.plan(doc.procurement(), warnings);
        if (plan != null) {
            calls.add(new ApiCall(Service.ASSET, "PUT", "/api/v1/procurement/" + dept + "/" + year, plan));
        }
        return new LoadPlan(dept, year, calls, warnings.list());
    }

    /** In the paths of a parse-only plan whose department code is known neither from the document nor the options. */
    public static final String MISSING_CODE = "{dept}";

    /**
     * The department code: {@code --dept} where given (one document's code stated by hand wins, with a warning where
     * the document prints another), else as printed, else the {@code --departments} list's code for the printed name.
     */
    private static String department(DisclosureDocument doc, LoadOptions options, Warnings warnings) {
        String printed = doc.departmentCode();
        String given = options.department();
        if (given != null && printed != null && !given.equals(printed)) {
            warnings.add(0, WarningKind.ASSUMED, "department code " + given + " given, the document prints " + printed
                    + ": loaded as " + given);
        }
        String dept = given != null ? given : printed;
        if (dept == null) {
            dept = options.codes().code(doc.departmentName()).orElse(null);
            if (dept != null) {
                warnings.add(0, WarningKind.ASSUMED, "department code " + dept + " from " + options.codes().source()
                        + " for the printed name " + doc.departmentName());
            }
        }
        if (dept == null) {
            String missing = doc.source() + " prints no department code (" + doc.departmentName() + ") and "
                    + (options.codes().size() == 0 ? "no --departments list is given" : options.codes().source()
                    + " lists no such name") + ": give one with --dept CODE or --departments FILE";
            if (!options.codeMayBeMissing()) {
                throw new IllegalArgumentException(missing);
            }
            warnings.add(0, WarningKind.NOT_LOADED, "department code missing: " + missing);
            return MISSING_CODE;
        }
        if (!dept.matches("[0-9A-Za-z]{1,20}")) {
            throw new IllegalArgumentException("department code " + dept + " must be 1-20 letters or digits");
        }
        return dept;
    }

    private static int year(DisclosureDocument doc, LoadOptions options, Warnings warnings) {
        Integer printed = doc.year();
        Integer given = options.year();
        if (given != null && printed != null && !given.equals(printed)) {
            warnings.add(0, WarningKind.ASSUMED, "year " + given + " given, the document prints " + printed + ": loaded as " + given);
        }
        Integer year = given != null ? given : printed;
        if (year == null) {
            throw new IllegalArgumentException(doc.source() + " prints no budget year: give one with --year YYYY");
        }
        return year;
    }
}
