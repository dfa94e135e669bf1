package org.openbudget.asset.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.asset.money.AmountSink;
import org.openbudget.asset.money.Amounted;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;

/** What a client PUTs for the 部门政府采购预算 of a department-year; an empty list is the printed empty table. */
public record PlanPayload(
        @NotNull(message = "must be 元 or 万元") AmountUnit unit,
        @NotNull(message = "must be a list, [] for an empty table") @Size(max = 5000)
        List<@NotNull @Valid ItemPayload> items) implements Amounted {

    @Override
    public void amounts(String prefix, AmountSink sink) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                items.get(i).amounts(prefix + "items[" + i + "]", sink);
            }
        }
    }
}
