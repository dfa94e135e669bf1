package org.openbudget.asset.procurement;

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
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 政府采购预算 — one revision of a department-year's procurement plan. A published revision is never changed
 * again; an adjustment (调整预算) is a new revision, so the history stays.
 */
@Entity
@Table(name = "procurement_plan")
public class ProcurementPlan extends PanacheEntityBase {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procurement_plan_id_seq")
    @SequenceGenerator(name = "procurement_plan_id_seq", sequenceName = "procurement_plan_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkflowStatus status;

    /** The day the finance bureau approved it: disclosure is due 20 days later. */
    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @ElementCollection
    @CollectionTable(name = "procurement_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<ProcurementItem> items = new ArrayList<>();

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
