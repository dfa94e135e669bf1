package org.openbudget.seeds.parse;

import org.openbudget.seeds.parse.model.AssetTable;
import org.openbudget.seeds.parse.model.Performance;
import org.openbudget.seeds.parse.model.ProcurementTable;
import org.openbudget.seeds.parse.model.Profile;
import org.openbudget.seeds.parse.model.YearOverYear;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything the parser read from one published disclosure, figures exactly as printed, and the
 * warnings about what it healed, skipped, assumed or derived.
 *
 * @param unit           the unit of the budget tables (元 or 万元)
 * @param departmentCode as printed in the table headers; null when the layout prints none (Shanghai)
 * @param level          部门 (department) or 单位 (one budget unit) as the titles say; null when they say neither
 * @param publishedOn    the publication date as printed (公开日期 …); null when not printed
 * @param approvedOn     the approval date as printed (批复 …); null when not printed
 */
public record DisclosureDocument(String source, Layout layout, String unit, String departmentCode,
                                 String departmentName, Integer year, List<ParsedTable> tables, Profile profile,
                                 Performance performance, AssetTable assets, ProcurementTable procurement,
                                 List<YearOverYear> yearOverYear, List<Warning> warnings, DocumentLevel level,
                                 LocalDate publishedOn, LocalDate approvedOn) {

    public DisclosureDocument {
        tables = List.copyOf(tables);
        yearOverYear = yearOverYear == null ? List.of() : List.copyOf(yearOverYear);
        warnings = List.copyOf(warnings);
    }

    /** How many of the nine tables were found (an empty table printed with its note counts as found). */
    @JsonIgnore
    public int tablesFound() {
        return tables.size();
    }

    /** The tables not found, in the order of the nine. */
    @JsonIgnore
    public List<TableKind> missingTables() {
        return Arrays.stream(TableKind.values()).filter(k -> table(k).isEmpty()).toList();
    }

    /** The rows read, over all tables. */
    @JsonIgnore
    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /**
     * The warnings that are errors: something printed was not taken ({@code skipped}: a cell, row or table) or two
     * printed figures disagree ({@code mismatch}). The others say how a reading was made.
     */
    @JsonIgnore
    public List<Warning> errors() {
        return warnings.stream().filter(w -> w.kind() == WarningKind.SKIPPED || w.kind() == WarningKind.MISMATCH).toList();
    }

    /** "tables found 9/9, rows 97, warnings 12, errors 0": the batch summary's figures of this document. */
    @JsonIgnore
    public String summary() {
        int errors = errors().size();
        return "tables found " + tablesFound() + "/9, rows " + rowCount() + ", warnings " + (warnings.size() - errors)
                + ", errors " + errors;
    }

    public Optional<ParsedTable> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }
}
