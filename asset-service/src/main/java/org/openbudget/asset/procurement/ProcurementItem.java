package org.openbudget.asset.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;

/** A stored line of a procurement plan, amounts in 元; see {@link ItemPayload} for the meaning of each column. */
@Embeddable
public class ProcurementItem {

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "project_budget")
    public BigDecimal projectBudget;

    @Column(name = "item_name", nullable = false)
    public String itemName;

    @Column(name = "catalog_code")
    public String catalogCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProcurementKind kind;

    @Column(name = "measure_unit")
    public String measureUnit;

    public BigDecimal quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "general_budget")
    public BigDecimal generalBudget;

    @Column(name = "government_fund")
    public BigDecimal governmentFund;

    @Column(name = "state_capital")
    public BigDecimal stateCapital;

    @Column(name = "fiscal_special_account")
    public BigDecimal fiscalSpecialAccount;

    @Column(name = "unit_funds")
    public BigDecimal unitFunds;

    @Column(name = "fiscal_carry_over")
    public BigDecimal fiscalCarryOver;

    @Column(name = "non_fiscal_carry_over")
    public BigDecimal nonFiscalCarryOver;

    @Column(name = "sme_reserved")
    public BigDecimal smeReserved;

    @Column(name = "fixed_asset", nullable = false)
    public boolean fixedAsset;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_unit", nullable = false)
    public AmountUnit enteredUnit;
}
