package org.openbudget.asset.holding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored register card (资产卡片); see {@link RegisterItem}. */
@Embeddable
public class RegisterEntry {

    @Column(name = "asset_code")
    public String assetCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegisterCategory category;

    @Column(name = "acquired_on")
    public LocalDate acquiredOn;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "original_value", nullable = false)
    public BigDecimal originalValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_use")
    public VehicleUse vehicleUse;

    @Column(name = "office_space", nullable = false)
    public boolean officeSpace;
}
