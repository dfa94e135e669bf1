package org.openbudget.asset.measure;

import jakarta.enterprise.context.ApplicationScoped;
import org.mapstruct.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Gives quantities (m², 数量) the scale of their column before they are stored, so that a figure read
 * back ({@code 10.0000}) equals the one sent ({@code 10}) and an identical PUT is recognised as identical.
 * Bean Validation has already limited the decimals, so no rounding ever happens here.
 */
@ApplicationScoped
public class QuantityMapper {

    /** Areas in m² and register quantities: numeric(14,2). */
    @Named("area")
    public BigDecimal area(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Procurement 数量: numeric(16,4). */
    @Named("count4")
    public BigDecimal count4(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(4, RoundingMode.UNNECESSARY);
    }

    /** Procurement 数量 as a client wrote it: {@code 10} rather than {@code 10.0000}. */
    @Named("plain")
    public BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
