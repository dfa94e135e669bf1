package org.openbudget.seeds.parse;

import org.openbudget.seeds.parse.model.AssetTable;
import org.openbudget.seeds.parse.model.Performance;
import org.openbudget.seeds.parse.model.ProcurementTable;
import org.openbudget.seeds.parse.model.Profile;
import org.openbudget.seeds.parse.model.YearOverYear;

import java.util.List;
import java.util.Optional;

/**
 * Everything the parser read from one published disclosure, figures exactly as printed, and the
 * warnings about what it healed, skipped, assumed or derived.
 *
 * @param unit           the unit of the budget tables (元 or 万元)
 * @param departmentCode as printed in the table headers; null when the layout prints none (Shanghai)
 */
public record DisclosureDocument(String source, Layout layout, String unit, String departmentCode,
                                 String departmentName, Integer year, List<ParsedTable> tables, Profile profile,
                                 Performance performance, AssetTable assets, ProcurementTable procurement,
                                 List<YearOverYear> yearOverYear, List<Warning> warnings) {

    public DisclosureDocument {
        tables = List.copyOf(tables);
        yearOverYear = yearOverYear == null ? List.of() : List.copyOf(yearOverYear);
        warnings = List.copyOf(warnings);
    }

    public Optional<ParsedTable> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }
}
