package org.openbudget.asset.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.openbudget.asset.money.AmountSink;
import org.openbudget.asset.money.Amounted;
import org.openbudget.disclosure.money.AmountUnit;

/** The body of a single-line edit: the line and the unit its amounts are written in. */
public record ItemChange(
        @NotNull(message = "must be 元 or 万元") AmountUnit unit,
        @NotNull @Valid ItemPayload item) implements Amounted {

    @Override
    public void amounts(String prefix, AmountSink sink) {
        item.amounts(prefix + "item", sink);
    }
}
