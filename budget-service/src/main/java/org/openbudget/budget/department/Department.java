package org.openbudget.budget.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** 部门 — a department that reports a budget, e.g. 434 高邑县政府办, and the units it consolidates. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** 行政区划代码 of the county (6 digits); its first two digits name the province. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "region_name", nullable = false)
    public String regionName;

    @ElementCollection
    @CollectionTable(name = "department_unit", joinColumns = @JoinColumn(name = "department_code"))
    @OrderColumn(name = "position")
    public List<OrgUnit> units = new ArrayList<>();

    /** Increases by one with every committed change; carried by the event so consumers drop stale ones. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
