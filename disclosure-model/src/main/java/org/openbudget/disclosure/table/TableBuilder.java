package org.openbudget.disclosure.table;

import org.openbudget.disclosure.money.AmountUnit;

/** Computes one of the nine disclosure tables; one implementation per table (see {@link DisclosureTables}). */
public interface TableBuilder {

    int number();

    String title();

    /** Every amount cell in {@code unit}, rounded half-up to 2 decimals from its exact 元 figure. */
    DisclosureTable build(TableInput input, AmountUnit unit);
}
