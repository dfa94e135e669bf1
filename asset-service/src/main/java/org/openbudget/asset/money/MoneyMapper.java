package org.openbudget.asset.money;

import jakarta.enterprise.context.ApplicationScoped;
import org.mapstruct.Context;
import org.mapstruct.Named;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;

/**
 * The amount conversions the MapStruct mappers apply to money fields only (qualified by name, so that
 * quantities such as m² or counts are never converted).
 */
@ApplicationScoped
public class MoneyMapper {

    @Named("toYuan")
    public BigDecimal toYuan(BigDecimal amount, @Context AmountUnit unit) {
        return ExactAmounts.toYuan(unit, amount);
    }

    @Named("fromYuan")
    public BigDecimal fromYuan(BigDecimal yuan, @Context AmountUnit unit) {
        return ExactAmounts.fromYuan(unit, yuan);
    }
}
