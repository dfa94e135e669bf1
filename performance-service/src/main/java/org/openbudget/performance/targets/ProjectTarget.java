package org.openbudget.performance.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 项目支出绩效目标表 — one project's performance-target table within a revision. */
@Entity
@Table(name = "performance_project")
public class ProjectTarget {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_project_id_seq")
    @SequenceGenerator(name = "performance_project_id_seq", sequenceName = "performance_project_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public int position;

    /** The client's identifier of the project (path segment {@code projects/{projectId}}). */
    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Column(nullable = false)
    public String name;

    /** The budget as entered, in {@link #amountUnit}; null when the table states no amount. */
    @Column(name = "amount_value")
    public BigDecimal amountValue;

    /** 元 or 万元. */
    @Column(name = "amount_unit")
    public String amountUnit;

    /** The same amount in the canonical unit, 元 with 2 decimals. */
    @Column(name = "amount_yuan")
    public BigDecimal amountYuan;

    @Column(name = "functional_code")
    public String functionalCode;

    /** 绩效目标 of the project. */
    @Column(nullable = false)
    public String goal;

    @ElementCollection
    @CollectionTable(name = "performance_indicator", joinColumns = @JoinColumn(name = "project_pk"))
    @OrderColumn(name = "position")
    public List<IndicatorRow> indicators = new ArrayList<>();
}
