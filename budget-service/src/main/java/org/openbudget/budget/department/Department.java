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

    /** 部门职责 — the duties, in the order printed as (一), (二), …. */
    @ElementCollection
    @CollectionTable(name = "department_duty", joinColumns = @JoinColumn(name = "department_code"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    public List<String> duties = new ArrayList<>();

    /** 机构设置 — text about the organisation besides the table of units. */
    public String organization;

    /** 名词解释 — the department's glossary (section 八). */
    @ElementCollection
    @CollectionTable(name = "department_glossary_term", joinColumns = @JoinColumn(name = "department_code"))
    @OrderColumn(name = "position")
    public List<GlossaryTerm> glossary = new ArrayList<>();

    /** 其他需要说明的事项 (section 九). */
    @Column(name = "other_matters")
    public String otherMatters;

    /** Increases by one with every committed change; carried by the event so consumers drop stale ones. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
