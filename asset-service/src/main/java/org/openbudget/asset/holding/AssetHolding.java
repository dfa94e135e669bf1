package org.openbudget.asset.holding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** 部门固定资产占用情况表 — a department's fixed assets as of a date (截止时间); amounts in 元, blank = null. */
@Entity
@Table(name = "asset_holding")
public class AssetHolding extends PanacheEntityBase {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "asset_holding_id_seq")
    @SequenceGenerator(name = "asset_holding_id_seq", sequenceName = "asset_holding_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String department;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_unit", nullable = false)
    public AmountUnit enteredUnit;

    @Column(name = "total_value")
    public BigDecimal totalValue;

    @Column(name = "buildings_area")
    public BigDecimal buildingsArea;

    @Column(name = "buildings_value")
    public BigDecimal buildingsValue;

    @Column(name = "office_area")
    public BigDecimal officeArea;

    @Column(name = "office_value")
    public BigDecimal officeValue;

    @Column(name = "vehicles_count")
    public Long vehiclesCount;

    @Column(name = "vehicles_value")
    public BigDecimal vehiclesValue;

    @Column(name = "equipment_count")
    public Long equipmentCount;

    @Column(name = "equipment_value")
    public BigDecimal equipmentValue;

    @Column(name = "other_count")
    public Long otherCount;

    @Column(name = "other_value")
    public BigDecimal otherValue;

    /** Tells "no register given" from "a register with no assets in it". */
    @Column(name = "has_register", nullable = false)
    public boolean hasRegister;

    @ElementCollection
    @CollectionTable(name = "asset_register_item", joinColumns = @JoinColumn(name = "holding_id"))
    @OrderColumn(name = "position")
    public List<RegisterEntry> register = new ArrayList<>();

    /** Increases by one with every committed change of this table; used for If-Match. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
