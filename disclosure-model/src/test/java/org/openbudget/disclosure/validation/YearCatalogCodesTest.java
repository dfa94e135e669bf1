package org.openbudget.disclosure.validation;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.classification.CatalogScheme;
import org.openbudget.disclosure.classification.YearCatalogs;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The code rule against the shipped catalogs: 234 抗疫特别国债安排的支出 is in the 2022 catalog and retired from 2023
 * (catalogs/changes.csv); 2031 has no catalog and is checked against 2026's, saying so.
 */
class YearCatalogCodesTest {

    private static List<String> codeFindings(int year, String code, String name) {
        BudgetContent content = new BudgetContent(AmountUnit.YUAN, null, null,
                new FunctionalSection(null, List.of(new FunctionalLine(code, name, null, null))),
                new EconomicSection(null, List.of()), List.of(), List.of());
        ValidationInput in = new ValidationInput(content, AmountUnit.YUAN,
                new YearCatalogCodes(YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, year)),
                new YearCatalogCodes(YearCatalogs.catalog(CatalogScheme.ECONOMIC, year)));
        return new CodeRule().check(in).stream().map(f -> f.rule() + " " + f.severity() + " " + f.message()).toList();
    }

    @Test
    void aCodeOfItsYearIsValidAndARetiredOneObsolete() {
        assertEquals(List.of(), codeFindings(2022, "234", "抗疫特别国债安排的支出"));
        assertEquals(List.of("functional.code-obsolete WARNING 234 抗疫特别国债安排的支出: obsolete in 2023 (retired after 2022)"),
                codeFindings(2023, "234", "抗疫特别国债安排的支出"));
    }

    @Test
    void aNameTheCatalogSpellsOtherwiseIsAWarningNamingTheStandInCatalog() {
        assertEquals(List.of("functional.name-differs WARNING 201 一般公共服务: the 2026 catalog names 201 \"一般公共服务支出\""
                        + " (no 2031 catalog: the 2026 one is used)"),
                codeFindings(2031, "201", "一般公共服务"));
    }
}
