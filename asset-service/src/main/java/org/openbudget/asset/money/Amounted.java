package org.openbudget.asset.money;

/** A request body that lists its amounts (not its quantities), so that they can be checked against its unit. */
public interface Amounted {
    void amounts(String prefix, AmountSink sink);
}
