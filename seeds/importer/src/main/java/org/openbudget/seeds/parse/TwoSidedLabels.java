package org.openbudget.seeds.parse;

import java.util.Optional;

/**
 * Row keys of the two-sided tables 1 and 4 (revenue | expenditure on one printed line). Table 4 prints
 * the three funds twice on the revenue side: as this year's appropriations and, after
 * 年初财政拨款结转和结余, as the opening balances — the row's position decides which, so one instance
 * reads one table.
 */
public final class TwoSidedLabels {

    private final TableKind kind;
    private final Warnings warnings;
    private boolean afterOpening;
    private boolean afterClosing;

    public TwoSidedLabels(TableKind kind, Warnings warnings) {
        this.kind = kind;
        this.warnings = warnings;
    }

    public Optional<String> revenue(String name) {
        if (kind == TableKind.SUMMARY) {
            return RowLabels.summaryRevenue(name);
        }
        Optional<String> key = RowLabels.fiscalRevenue(name);
        if (key.isPresent() && key.get().equals("openingBalance")) {
            afterOpening = true;
            return key;
        }
        if (key.isPresent() && afterOpening && isFund(key.get())) {
            return Optional.of("opening." + key.get());
        }
        return key;
    }

    /** A 类 code (by the 类's name), a total row, or a closing balance of a fund. */
    public Optional<String> expenditure(int line, String name) {
        Optional<String> total = RowLabels.expenditureTotal(name);
        if (total.isPresent()) {
            afterClosing |= total.get().equals("closingBalance");
            return total;
        }
        Optional<String> code = FunctionalClasses.code(name);
        if (code.isPresent()) {
            return code;
        }
        Optional<String> obsolete = FunctionalClasses.obsoleteCode(name);
        if (obsolete.isPresent()) {
            warnings.add(line, WarningKind.HEALED, "obsolete 类 name \"" + name + "\" read as " + obsolete.get() + " "
                    + FunctionalClasses.name(obsolete.get()).orElse(""));
            return obsolete;
        }
        Optional<String> fund = RowLabels.fiscalRevenue(name);
        if (afterClosing && fund.isPresent() && isFund(fund.get())) {
            return Optional.of("closing." + fund.get());
        }
        return Optional.empty();
    }

    private static boolean isFund(String key) {
        return key.equals(TableKind.GENERAL) || key.equals(TableKind.GOVERNMENT) || key.equals(TableKind.STATE);
    }
}
