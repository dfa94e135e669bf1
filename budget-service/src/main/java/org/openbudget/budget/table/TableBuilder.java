package org.openbudget.budget.table;

import org.openbudget.disclosure.money.AmountUnit;

/** Computes one of the nine disclosure tables; one implementation per table (see {@link DisclosureTables}). */
public interface TableBuilder {

    int number();

    String title();

    DisclosureTable build(TableInput input, AmountUnit unit);
}
